# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkHelpdeskEscalate(models.TransientModel):
    _name = "park.helpdesk.escalate"
    _description = "Escalate Cases"

    ticket_ids = fields.Many2many(comodel_name="helpdesk.ticket", string="Cases")
    reason = fields.Text(required=True)

    def action_escalate(self):
        self.ensure_one()
        self.ticket_ids._park_escalate(self.reason)
        return {"type": "ir.actions.act_window_close"}
