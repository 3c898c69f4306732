# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.tools import SQL
from odoo.tools.sql import column_exists, create_column


class HelpdeskTicket(models.Model):
    """What the evaluation counts on a case, stored so that the on-time rate
    is grouped with the other case figures in one query (a comparison of two
    columns can't be a group)."""

    _inherit = "helpdesk.ticket"

    park_is_on_time = fields.Boolean(
        string="Finished on Time",
        compute="_compute_park_is_on_time",
        store=True,
        help="Finished on or before its promised deadline.",
    )

    def _auto_init(self):
        # filled in one statement on install rather than computed case by
        # case over a million rows
        if not column_exists(self.env.cr, "helpdesk_ticket", "park_is_on_time"):
            create_column(self.env.cr, "helpdesk_ticket", "park_is_on_time", "boolean")
            self.env.cr.execute(
                SQL(
                    "UPDATE helpdesk_ticket SET park_is_on_time = "
                    "COALESCE(done_date <= deadline_date, FALSE)"
                )
            )
        return super()._auto_init()

    @api.depends("done_date", "deadline_date")
    def _compute_park_is_on_time(self):
        for case in self:
            case.park_is_on_time = bool(
                case.done_date
                and case.deadline_date
                and case.done_date <= case.deadline_date
            )
