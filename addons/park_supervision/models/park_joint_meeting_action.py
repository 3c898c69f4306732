# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain


class ParkJointMeetingAction(models.Model):
    """A decision of a joint meeting to carry out: owner, deadline, state,
    and a reminder to the owner once overdue."""

    _name = "park.joint.meeting.action"
    _inherit = [
        "park.supervision.deadline.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _description = "Joint Meeting Action Item"
    _order = "deadline, id"

    name = fields.Char(string="Decision", required=True)
    meeting_id = fields.Many2one(
        comodel_name="park.joint.meeting",
        required=True,
        index=True,
        ondelete="cascade",
    )
    county_id = fields.Many2one(related="meeting_id.county_id", store=True, index=True)
    state = fields.Selection(
        selection=[("open", "Open"), ("done", "Done"), ("cancelled", "Cancelled")],
        default="open",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    note = fields.Text(string="Progress Notes")

    def _park_is_closed(self):
        self.ensure_one()
        return self.state != "open"

    @api.model
    def _park_closed_domain(self):
        return Domain("state", "!=", "open")

    @api.depends("deadline", "done_date", "state")
    def _compute_is_overdue(self):
        return super()._compute_is_overdue()

    def action_done(self):
        if self.filtered(lambda action: action.state != "open"):
            raise UserError(self.env._("Only an open action item can be done."))
        self.write({"state": "done"})
        self._park_mark_done()

    def action_cancel(self):
        if self.filtered(lambda action: action.state != "open"):
            raise UserError(self.env._("Only an open action item can be cancelled."))
        self.write({"state": "cancelled"})

    def action_reopen(self):
        self.write({"state": "open", "done_date": False})
