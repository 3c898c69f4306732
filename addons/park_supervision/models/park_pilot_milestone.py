# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class ParkPilotMilestone(models.Model):
    """A milestone of a pilot plan (the guidance: pilots finished by the end
    of July), owned by an administrator, due on a date."""

    _name = "park.pilot.milestone"
    _inherit = [
        "park.supervision.deadline.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _description = "Pilot Plan Milestone"
    _order = "deadline, sequence, id"

    sequence = fields.Integer(default=10)
    plan_id = fields.Many2one(
        comodel_name="park.pilot.plan",
        string="Pilot Plan",
        required=True,
        index=True,
        ondelete="cascade",
    )
    county_id = fields.Many2one(related="plan_id.county_id", store=True, index=True)
    year = fields.Integer(related="plan_id.year", store=True)
    state = fields.Selection(
        selection=[("open", "Open"), ("done", "Done"), ("overdue", "Overdue")],
        compute="_compute_state",
        store=True,
        index=True,
    )
    is_on_time = fields.Boolean(
        string="Done on Time",
        compute="_compute_is_on_time",
        store=True,
        help="Done no later than its deadline.",
    )
    note = fields.Text(string="Notes")

    @api.depends("done_date", "is_overdue")
    def _compute_state(self):
        for milestone in self:
            if milestone.done_date:
                milestone.state = "done"
            elif milestone.is_overdue:
                milestone.state = "overdue"
            else:
                milestone.state = "open"

    @api.depends("done_date", "deadline")
    def _compute_is_on_time(self):
        for milestone in self:
            milestone.is_on_time = bool(
                milestone.done_date
                and milestone.deadline
                and milestone.done_date <= milestone.deadline
            )

    def action_done(self):
        if self.filtered("done_date"):
            raise UserError(self.env._("This milestone is already done."))
        self._park_mark_done()

    def action_reopen(self):
        self.write({"done_date": False})
