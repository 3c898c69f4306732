# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkHelpdeskRefuse(models.TransientModel):
    _name = "park.helpdesk.refuse"
    _description = "Refuse a Case"

    ticket_id = fields.Many2one(comodel_name="helpdesk.ticket", string="Case")
    reason = fields.Text(required=True)

    def action_refuse(self):
        self.ensure_one()
        self.ticket_id.action_park_refuse(self.reason)
        return {"type": "ir.actions.act_window_close"}
