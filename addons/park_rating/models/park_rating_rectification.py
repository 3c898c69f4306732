# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import escape

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

STATES = [
    ("verify", "To Verify"),
    ("rectify", "Rectifying"),
    ("callback", "To Call Back"),
    ("closed", "Closed"),
    ("cancelled", "Cancelled"),
]
OPEN_STATES = ("verify", "rectify")
# set by the steps (buttons, call-backs, the daily job), never written by users
STEP_FIELDS = {
    "name",
    "rating_id",
    "state",
    "deadline_date",
    "done_date",
    "is_reminded",
    "is_escalated",
    "escalation_date",
}
# what users write, and in which states
EDITABLE_IN = {
    "verification": ("verify",),
    "cause": ("rectify",),
    "measures": ("rectify",),
    "result": ("rectify",),
    "user_id": ("verify", "rectify", "callback"),
}


class ParkRatingRectification(models.Model):
    """The answer to one bad review: verified, rectified by the station
    manager within a deadline in working days, then called back (回访)."""

    _name = "park.rating.rectification"
    _inherit = [
        "park.scope.mixin",
        "park.batch.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _description = "Bad Review Rectification"
    _order = "deadline_date desc, id desc"

    name = fields.Char(string="Reference", required=True, readonly=True)
    rating_id = fields.Many2one(
        comodel_name="park.rating",
        string="Review",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    ticket_id = fields.Many2one(
        related="rating_id.ticket_id", store=True, string="Case", index=True
    )
    enterprise_id = fields.Many2one(
        related="rating_id.enterprise_id", store=True, string="Enterprise"
    )
    station_id = fields.Many2one(
        related="rating_id.station_id", store=True, string="Station", index=True
    )
    park_id = fields.Many2one(related="station_id.park_id", store=True)
    level = fields.Selection(related="rating_id.level", string="Review Level")
    comment = fields.Text(related="rating_id.comment", string="Enterprise's Comment")
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Responsible",
        index=True,
        tracking=True,
        domain="[('share', '=', False)]",
        help="The station manager who answers for the rectification.",
    )
    state = fields.Selection(
        selection=STATES,
        required=True,
        default="verify",
        readonly=True,
        index=True,
        tracking=True,
    )
    deadline_date = fields.Date(
        string="Deadline", readonly=True, index=True, tracking=True
    )
    verification = fields.Text(
        tracking=True, help="What the verification found about the review."
    )
    cause = fields.Text(tracking=True)
    measures = fields.Text(tracking=True)
    result = fields.Text(tracking=True)
    done_date = fields.Date(string="Rectified On", readonly=True, tracking=True)
    is_on_time = fields.Boolean(
        string="On Time",
        compute="_compute_is_on_time",
        store=True,
        help="Rectified by the deadline.",
    )
    is_reminded = fields.Boolean(string="Reminded", readonly=True, copy=False)
    is_escalated = fields.Boolean(
        string="Escalated to the County", readonly=True, copy=False, index=True
    )
    escalation_date = fields.Date(string="Escalated On", readonly=True, copy=False)
    callback_ids = fields.One2many(
        comodel_name="park.rating.callback",
        inverse_name="rectification_id",
        string="Call-backs",
    )
    is_called_back = fields.Boolean(
        string="Called Back", compute="_compute_callback", store=True
    )
    is_accepted = fields.Boolean(
        string="Accepted by the Enterprise", compute="_compute_callback", store=True
    )

    _rating_uniq = models.Constraint(
        "unique(rating_id)", "A bad review has one rectification."
    )

    @api.depends("done_date", "deadline_date")
    def _compute_is_on_time(self):
        for rectification in self:
            rectification.is_on_time = bool(
                rectification.done_date
                and rectification.deadline_date
                and rectification.done_date <= rectification.deadline_date
            )

    @api.depends("callback_ids.acceptance")
    def _compute_callback(self):
        for rectification in self:
            last = rectification.callback_ids.sorted("id")[-1:]
            rectification.is_called_back = bool(last)
            rectification.is_accepted = last.acceptance == "accepted"

    def write(self, vals):
        if not self.env.su:
            self._park_check_user_write(vals)
        return super().write(vals)

    def _park_check_user_write(self, vals):
        """Users fill in the step they are at; the state, the deadline and
        the dates are the steps' own (so that the rates can be trusted)."""
        if STEP_FIELDS & set(vals):
            raise AccessError(
                self.env._(
                    "The status, deadline and dates of a rectification follow "
                    "its steps and can't be set directly."
                )
            )
        labels = dict(self._fields["state"]._description_selection(self.env))
        for name in set(vals) & set(EDITABLE_IN):
            for rectification in self:
                if rectification.state not in EDITABLE_IN[name]:
                    raise UserError(
                        self.env._(
                            "%(field)s can't be changed while the rectification "
                            "is %(state)s.",
                            field=self._fields[name]._description_string(self.env),
                            state=labels[rectification.state],
                        )
                    )

    # ------------------------------------------------------------------
    # opening
    # ------------------------------------------------------------------
    @api.model
    def _park_deadline_days(self):
        return int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("park_rating.rectification_days", 5)
        )

    @api.model
    def _park_open(self, ratings):
        """One rectification per bad review, assigned to the station manager,
        due in the configured working days."""
        today = fields.Date.context_today(self)
        deadline = self.env["park.holiday"].add_working_days(
            today, self._park_deadline_days()
        )
        rectifications = self.create(
            [
                {
                    "name": self.env._(
                        "Rectification of %(number)s", number=rating.ticket_id.number
                    ),
                    "rating_id": rating.id,
                    "user_id": rating.station_id.sudo().manager_user_id.id,
                    "deadline_date": deadline,
                }
                for rating in ratings
            ]
        )
        for rectification in rectifications:
            if rectification.user_id:
                rectification.activity_schedule(
                    "mail.mail_activity_data_todo",
                    date_deadline=deadline,
                    summary=self.env._("Verify and rectify a bad review"),
                    user_id=rectification.user_id.id,
                )
            rectification._park_log(
                lambda env: env._("Bad review: rectification opened"),
            )
        return rectifications

    def _park_log(self, summary):
        """An internal step on the enterprise's timeline."""
        for rectification in self:
            rectification.enterprise_id._park_log_event(
                "rectification", summary, record=rectification, is_internal=True
            )

    # ------------------------------------------------------------------
    # buttons
    # ------------------------------------------------------------------
    def _park_check_state(self, states):
        labels = dict(self._fields["state"]._description_selection(self.env))
        for rectification in self:
            if rectification.state not in states:
                raise UserError(
                    self.env._(
                        "%(name)s is %(state)s: this step is not possible now.",
                        name=rectification.name,
                        state=labels[rectification.state],
                    )
                )

    def action_verify(self):
        self._park_check_state(("verify",))
        for rectification in self:
            if not (rectification.verification or "").strip():
                raise UserError(
                    self.env._("Write down what the verification found first.")
                )
        self.check_access("write")
        self.sudo().write({"state": "rectify"})
        self._park_log(lambda env: env._("Bad review verified"))
        return True

    def action_done(self):
        self._park_check_state(("rectify",))
        for rectification in self:
            missing = [
                rectification._fields[name]._description_string(self.env)
                for name in ("cause", "measures", "result")
                if not (rectification[name] or "").strip()
            ]
            if missing:
                raise UserError(
                    self.env._(
                        "Fill in %(fields)s before finishing the rectification.",
                        fields="、".join(missing),
                    )
                )
        self.check_access("write")
        self.sudo().write(
            {"state": "callback", "done_date": fields.Date.context_today(self)}
        )
        self.activity_feedback(["mail.mail_activity_data_todo"])
        self._park_log(lambda env: env._("Rectification done; call-back due"))
        return True

    def action_callback(self):
        """Record the call-back, in a dialog."""
        self.ensure_one()
        self._park_check_state(("callback",))
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Call-back"),
            "res_model": "park.rating.callback",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {"default_rectification_id": self.id},
        }

    def _park_called_back(self, callback):
        """After a call-back: closed when the enterprise accepts the result,
        back to rectifying when it does not."""
        self.ensure_one()
        if callback.acceptance == "accepted":
            self.sudo().write({"state": "closed"})
            self._park_log(
                lambda env: env._("Call-back: the enterprise accepts the result")
            )
        else:
            self.sudo().write({"state": "rectify"})
            if self.user_id:
                self.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._(
                        "The enterprise does not accept the result: rectify again"
                    ),
                    user_id=self.user_id.id,
                )
            self._park_log(
                lambda env: env._(
                    "Call-back: the enterprise does not accept the result"
                )
            )

    def _park_cancel(self):
        """An upheld appeal cancels the rectification still open."""
        to_cancel = self.filtered(lambda r: r.state not in ("closed", "cancelled"))
        to_cancel.sudo().write({"state": "cancelled"})
        to_cancel.activity_unlink(["mail.mail_activity_data_todo"])

    # ------------------------------------------------------------------
    # the daily job: reminders before the deadline, escalation after it
    # ------------------------------------------------------------------
    @api.model
    def _park_reminder_days(self):
        return int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("park_rating.reminder_days", 1)
        )

    @api.model
    def _park_remind_domain(self, today):
        threshold = self.env["park.holiday"].add_working_days(
            today, self._park_reminder_days()
        )
        return [
            ("state", "in", OPEN_STATES),
            ("is_reminded", "=", False),
            ("deadline_date", ">=", today),
            ("deadline_date", "<=", threshold),
        ]

    @api.model
    def _park_escalate_domain(self, today):
        return [
            ("state", "in", OPEN_STATES),
            ("is_escalated", "=", False),
            ("deadline_date", "<", today),
        ]

    def _park_remind(self):
        for rectification in self:
            if rectification.user_id:
                rectification.activity_schedule(
                    "mail.mail_activity_data_todo",
                    date_deadline=rectification.deadline_date,
                    summary=self.env._(
                        "Rectification due on %(date)s",
                        date=rectification.deadline_date,
                    ),
                    user_id=rectification.user_id.id,
                )
        self.sudo().write({"is_reminded": True})

    @api.model
    def _park_county_admins(self, county):
        """The county administrators of ``county``."""
        group = self.env.ref("park_base.group_park_county_admin")
        return (
            self.env["res.users"]
            .sudo()
            .search(
                [
                    ("all_group_ids", "in", group.ids),
                    ("park_region_ids", "in", county.ids),
                    ("share", "=", False),
                ]
            )
        )

    def _park_escalate(self, today):
        for rectification in self:
            for user in self._park_county_admins(rectification.county_id):
                rectification.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._(
                        "Overdue rectification (due %(date)s)",
                        date=rectification.deadline_date,
                    ),
                    user_id=user.id,
                )
            rectification.message_post(
                body=escape(
                    self.env._(
                        "Overdue since %(date)s: escalated to the county.",
                        date=rectification.deadline_date,
                    )
                )
            )
            rectification._park_log(
                lambda env: env._("Rectification overdue: escalated to the county")
            )
        self.sudo().write({"is_escalated": True, "escalation_date": today})

    @api.model
    def _cron_park_rectifications(self, today=None):
        """Remind the responsible before the deadline, escalate to the county
        after it; in batches, set-based domains, each batch taken out of its
        domain by the flag it sets."""
        today = today or fields.Date.context_today(self)
        rectifications = self.sudo()
        rectifications._park_process_in_batches(
            rectifications._park_remind_domain(today),
            lambda records: records._park_remind(),
            batch_size=200,
        )
        rectifications._park_process_in_batches(
            rectifications._park_escalate_domain(today),
            lambda records: records._park_escalate(today),
            batch_size=200,
        )
        return True
