# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

GROUNDS = [
    ("mistaken", "Mistaken Review"),
    ("malicious", "Malicious Review"),
]
STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("upheld", "Upheld"),
    ("rejected", "Rejected"),
]


class ParkRatingAppeal(models.Model):
    """A station manager's appeal against a review judged mistaken or
    malicious, with evidence; the county administrator decides. An upheld
    appeal keeps the review visible and excludes it from the rates."""

    _name = "park.rating.appeal"
    _inherit = ["park.scope.mixin", "mail.thread", "mail.activity.mixin"]
    _description = "Review Appeal"
    _order = "id desc"

    rating_id = fields.Many2one(
        comodel_name="park.rating",
        string="Review",
        required=True,
        index=True,
        ondelete="restrict",
    )
    park_id = fields.Many2one(related="rating_id.park_id", store=True)
    ticket_id = fields.Many2one(related="rating_id.ticket_id", string="Case")
    level = fields.Selection(related="rating_id.level", string="Review Level")
    ground = fields.Selection(
        selection=GROUNDS, required=True, default="mistaken", tracking=True
    )
    reason = fields.Text(
        string="Explanation",
        required=True,
        help="Why the review is mistaken or malicious.",
    )
    evidence_ids = fields.Many2many(
        comodel_name="ir.attachment",
        relation="park_rating_appeal_ir_attachment_rel",
        column1="appeal_id",
        column2="attachment_id",
    )
    state = fields.Selection(
        selection=STATES, required=True, default="draft", readonly=True, tracking=True
    )
    decision = fields.Text(tracking=True, help="The county's reasons for its decision.")
    decided_by_id = fields.Many2one(comodel_name="res.users", readonly=True)
    decided_on = fields.Date(readonly=True)

    @api.depends("rating_id")
    def _compute_display_name(self):
        for appeal in self:
            appeal.display_name = self.env._(
                "Appeal of %(review)s", review=appeal.rating_id.display_name or ""
            )

    def write(self, vals):
        if not self.env.su:
            self._park_check_user_write(vals)
        return super().write(vals)

    def _park_check_user_write(self, vals):
        """A draft is the station manager's; the decision is the county's;
        the state and who decided follow the buttons."""
        if {"state", "decided_by_id", "decided_on"} & set(vals):
            raise AccessError(
                self.env._(
                    "The status of an appeal follows its steps and can't be set "
                    "directly."
                )
            )
        if "decision" in vals and not self.env.user.has_group(
            "park_base.group_park_county_admin"
        ):
            raise AccessError(
                self.env._("Only the county administrator decides an appeal.")
            )
        for appeal in self:
            if set(vals) - {"decision"} and appeal.state != "draft":
                raise UserError(
                    self.env._("A submitted appeal can't be changed, only decided.")
                )
            if "decision" in vals and appeal.state != "submitted":
                raise UserError(self.env._("Only a submitted appeal can be decided."))

    def action_submit(self):
        for appeal in self:
            if appeal.state != "draft":
                raise UserError(self.env._("The appeal is already submitted."))
            if not appeal.evidence_ids:
                raise UserError(
                    self.env._(
                        "Attach the evidence that the review is mistaken or malicious."
                    )
                )
            rating = appeal.rating_id
            if rating.is_excluded:
                raise UserError(
                    self.env._("The review is already excluded from the rates.")
                )
            pending = self.search_count(
                [
                    ("rating_id", "=", rating.id),
                    ("state", "=", "submitted"),
                    ("id", "!=", appeal.id),
                ]
            )
            if pending:
                raise UserError(
                    self.env._(
                        "An appeal of this review is already waiting for the county."
                    )
                )
        self.check_access("write")
        self.sudo().write({"state": "submitted"})
        for appeal in self:
            admins = self.env["park.rating.rectification"]._park_county_admins(
                appeal.county_id
            )
            for user in admins:
                appeal.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._("Decide an appeal against a review"),
                    user_id=user.id,
                )
            appeal._park_log(lambda env: env._("Review appealed to the county"))
        return True

    def _park_check_decider(self):
        if not self.env.user.has_group("park_base.group_park_county_admin"):
            raise AccessError(
                self.env._("Only the county administrator decides an appeal.")
            )
        for appeal in self:
            if appeal.state != "submitted":
                raise UserError(self.env._("Only a submitted appeal can be decided."))
            if not (appeal.decision or "").strip():
                raise UserError(
                    self.env._("Write down the reasons for the decision first.")
                )

    def _park_decide(self, state):
        self._park_check_decider()
        self.sudo().write(
            {
                "state": state,
                "decided_by_id": self.env.uid,
                "decided_on": fields.Date.context_today(self),
            }
        )
        self.activity_unlink(["mail.mail_activity_data_todo"])

    def action_uphold(self):
        self._park_decide("upheld")
        for appeal in self:
            appeal.rating_id.sudo().write({"is_excluded": True})
            appeal.rating_id.sudo().rectification_ids._park_cancel()
            appeal._park_log(
                lambda env: env._(
                    "Appeal upheld: the review no longer counts in the rates"
                )
            )
        return True

    def action_reject(self):
        self._park_decide("rejected")
        self._park_log(lambda env: env._("Appeal rejected: the review counts"))
        return True

    def _park_log(self, summary):
        for appeal in self:
            appeal.rating_id.sudo().enterprise_id._park_log_event(
                "rating", summary, record=appeal, is_internal=True
            )
