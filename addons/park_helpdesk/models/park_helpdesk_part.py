# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

PART_STATES = [("todo", "To Do"), ("done", "Done")]


class ParkHelpdeskPart(models.Model):
    """One department's part of a case handled jointly (联合办理)."""

    _name = "park.helpdesk.part"
    _inherit = ["park.scope.mixin"]
    _description = "Joint Handling Part"
    _order = "ticket_id, sequence, id"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Case",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(related="ticket_id.park_id", store=True)
    sequence = fields.Integer(default=10)
    department_id = fields.Many2one(
        comodel_name="park.department", required=True, ondelete="restrict"
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Owner",
        domain=[("share", "=", False)],
        index=True,
    )
    date_deadline = fields.Date(string="Deadline")
    state = fields.Selection(
        selection=PART_STATES, default="todo", required=True, index=True
    )
    date_done = fields.Date(string="Done On", readonly=True)
    note = fields.Char(string="Notes")

    def action_done(self):
        self.write({"state": "done", "date_done": fields.Date.context_today(self)})
        self.ticket_id._park_parts_done()
        return True

    def action_reopen(self):
        self.write({"state": "todo", "date_done": False})
        return True

    @api.model_create_multi
    def create(self, vals_list):
        parts = super().create(vals_list)
        parts.ticket_id._park_check_open()
        return parts
