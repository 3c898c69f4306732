# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ParkHelpdeskPause(models.Model):
    """A period during which a case's clock stood still (补正, waiting for the
    enterprise's supplement)."""

    _name = "park.helpdesk.pause"
    _inherit = ["park.scope.mixin"]
    _description = "Case Clock Pause"
    _order = "ticket_id, date_start, id"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Case",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(related="ticket_id.park_id", store=True)
    date_start = fields.Date(string="Paused On", required=True)
    date_end = fields.Date(string="Resumed On")
    working_days = fields.Integer(
        compute="_compute_working_days",
        store=True,
        help="Working days added to the deadline: those after the pause began, "
        "up to and including the day the case resumed.",
    )
    reason = fields.Char()

    _dates_check = models.Constraint(
        "CHECK(date_end IS NULL OR date_end >= date_start)",
        "A pause cannot end before it starts.",
    )

    @api.depends("date_start", "date_end")
    def _compute_working_days(self):
        holidays = self.env["park.holiday"]
        for pause in self:
            if pause.date_start and pause.date_end:
                pause.working_days = holidays.count_working_days(
                    pause.date_start, pause.date_end
                )
            else:
                pause.working_days = 0
