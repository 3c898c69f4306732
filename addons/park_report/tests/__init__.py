# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_dashboard
from . import test_monthly_report
from . import test_tour
from . import test_ledgers
from . import test_ledger_access
from . import test_export_background
