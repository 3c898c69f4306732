# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import helpdesk_ticket
from . import park_report_dashboard
from . import park_report_monthly
from . import park_report_writer
from . import park_report_ledger
from . import park_report_export
