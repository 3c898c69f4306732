# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from .helpdesk_ticket_team import TEAM_LEVELS


class ParkHelpdeskEscalation(models.Model):
    """One step of a case's way up park > county > city, kept as history."""

    _name = "park.helpdesk.escalation"
    _inherit = ["park.scope.mixin"]
    _description = "Case Escalation"
    _order = "date desc, id desc"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Case",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(related="ticket_id.park_id", store=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now)
    user_id = fields.Many2one(
        comodel_name="res.users", string="By", default=lambda self: self.env.user
    )
    is_automatic = fields.Boolean(
        string="Automatic", help="Escalated by the scheduled action."
    )
    level_from = fields.Selection(selection=TEAM_LEVELS, string="From Level")
    level_to = fields.Selection(selection=TEAM_LEVELS, string="To Level")
    team_from_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team", string="From Team"
    )
    team_to_id = fields.Many2one(comodel_name="helpdesk.ticket.team", string="To Team")
    deadline_before = fields.Date()
    deadline_after = fields.Date()
    reason = fields.Text(required=True)
