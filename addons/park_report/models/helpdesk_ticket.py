# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    # (finished on time: ``park_is_on_time``, stored by park_supervision)

    # the dashboards count the cases filed and the cases completed in a
    # period: indexes on those dates of the park cases (Odoo indexes neither)
    _park_report_create_date_idx = models.Index(
        "(create_date) WHERE is_park_case IS TRUE"
    )
    _park_report_done_date_idx = models.Index("(done_date) WHERE park_state = 'done'")
