# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import park_report_monthly
from . import park_report_ledger
