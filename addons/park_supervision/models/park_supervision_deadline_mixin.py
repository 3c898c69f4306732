# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.fields import Domain


class ParkSupervisionDeadlineMixin(models.AbstractModel):
    """A task with an owner and a deadline: a pilot milestone, a joint-meeting
    action item. One way for both: overdue when open past its deadline, done
    with the date it was done, and reminded once by the daily job (one
    activity for the owner, not repeated until the deadline moves).

    A model using it says which records are finished with
    ``_park_closed_domain`` and keeps ``is_overdue`` in its views."""

    _name = "park.supervision.deadline.mixin"
    _inherit = ["park.batch.mixin"]
    _description = "Supervised Task with a Deadline"

    name = fields.Char(required=True)
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Owner",
        index=True,
        default=lambda self: self.env.user,
        domain=lambda self: [
            (
                "all_group_ids",
                "in",
                self.env.ref("park_base.group_park_county_admin").ids,
            )
        ],
        help="Who answers for it: a county or city administrator, who gets the "
        "reminder when it is overdue.",
    )
    deadline = fields.Date(required=True, index=True)
    done_date = fields.Date(string="Done On", copy=False)
    is_overdue = fields.Boolean(
        string="Overdue",
        compute="_compute_is_overdue",
        store=True,
        index=True,
        help="Still open after its deadline. Kept up to date every day by a "
        "scheduled job.",
    )
    is_reminded = fields.Boolean(
        string="Reminded",
        copy=False,
        readonly=True,
        help="The owner got the overdue reminder.",
    )

    def _park_is_closed(self):
        """Whether this record is finished (done, cancelled)."""
        self.ensure_one()
        return bool(self.done_date)

    @api.model
    def _park_closed_domain(self):
        """The finished records, as a domain."""
        return Domain("done_date", "!=", False)

    @api.depends("deadline", "done_date")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for task in self:
            task.is_overdue = bool(
                task.deadline and task.deadline < today and not task._park_is_closed()
            )

    def write(self, vals):
        if "deadline" in vals:
            vals = dict(vals, is_reminded=False)
        return super().write(vals)

    @api.model
    def _park_overdue_domain(self):
        """Open tasks past their deadline whose owner wasn't reminded yet."""
        return (
            Domain("deadline", "<", fields.Date.context_today(self))
            & Domain("is_reminded", "=", False)
            & ~self._park_closed_domain()
        )

    @api.model
    def _cron_park_remind_overdue(self):
        """Daily: flag the tasks that became overdue and remind their owners."""
        return self._park_process_in_batches(
            self._park_overdue_domain(),
            lambda tasks: tasks._park_remind_overdue(),
            batch_size=500,
        )

    def _park_remind_overdue(self):
        # "overdue" follows the day: recompute it (and what follows from it,
        # a milestone's state, a plan's counts) as if the deadline changed
        self.modified(["deadline"])
        for task in self:
            if task.user_id:
                task.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._(
                        "Overdue since %(deadline)s: %(name)s",
                        deadline=task.deadline,
                        name=task.name,
                    ),
                    user_id=task.user_id.id,
                )
        self.write({"is_reminded": True})

    def _park_mark_done(self):
        self.write({"done_date": fields.Date.context_today(self)})
