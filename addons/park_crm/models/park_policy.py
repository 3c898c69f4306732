# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain


class ParkPolicy(models.Model):
    """A support policy, with the criteria that say which enterprises of the
    archive it is for (政策找企业)."""

    _name = "park.policy"
    _inherit = ["mail.thread"]
    _description = "Policy"
    _order = "date_start desc, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    issuing_body = fields.Char(required=True, tracking=True)
    department_id = fields.Many2one(
        comodel_name="park.department", string="Issuing Department", index=True
    )
    document_number = fields.Char()
    summary = fields.Html()
    file = fields.Binary(attachment=True)
    file_name = fields.Char()
    date_start = fields.Date(string="Valid From", required=True, tracking=True)
    date_end = fields.Date(string="Valid Until", tracking=True)
    state = fields.Selection(
        selection=[("draft", "Draft"), ("published", "Published")],
        required=True,
        default="draft",
        tracking=True,
        index=True,
    )
    active = fields.Boolean(default=True)
    # eligibility criteria, against the enterprise file; empty means any
    industry_ids = fields.Many2many(
        comodel_name="park.industry",
        relation="park_policy_industry_rel",
        column1="policy_id",
        column2="industry_id",
        string="Industries",
    )
    size_option_ids = fields.Many2many(
        comodel_name="park.policy.option",
        relation="park_policy_size_option_rel",
        column1="policy_id",
        column2="option_id",
        string="Enterprise Sizes",
        domain=[("field_name", "=", "enterprise_size")],
    )
    stage_option_ids = fields.Many2many(
        comodel_name="park.policy.option",
        relation="park_policy_stage_option_rel",
        column1="policy_id",
        column2="option_id",
        string="Life-cycle Stages",
        domain=[("field_name", "=", "lifecycle_stage")],
    )
    park_ids = fields.Many2many(
        comodel_name="park.park",
        relation="park_policy_park_rel",
        column1="policy_id",
        column2="park_id",
        string="Parks",
    )
    is_key_only = fields.Boolean(string="Key Enterprises Only")
    min_age = fields.Integer(
        string="Minimum Age (years)",
        help="Years since registration, counted on today's date; 0: no minimum.",
    )
    max_age = fields.Integer(
        string="Maximum Age (years)",
        help="Years since registration, counted on today's date; 0: no maximum.",
    )
    eligible_count = fields.Integer(
        string="Eligible Enterprises", compute="_compute_eligible_count"
    )
    recipient_ids = fields.One2many(
        comodel_name="park.policy.recipient",
        inverse_name="policy_id",
        string="Recipients",
    )
    reached_count = fields.Integer(string="Reached", compute="_compute_figures")
    read_count = fields.Integer(string="Read", compute="_compute_figures")
    read_rate = fields.Float(string="Read Rate (%)", compute="_compute_figures")

    @api.constrains("min_age", "max_age", "date_start", "date_end")
    def _check_criteria(self):
        for policy in self:
            if policy.min_age < 0 or policy.max_age < 0:
                raise ValidationError(self.env._("An age can't be negative."))
            if policy.max_age and policy.min_age > policy.max_age:
                raise ValidationError(
                    self.env._("The minimum age is above the maximum age.")
                )
            if policy.date_end and policy.date_end < policy.date_start:
                raise ValidationError(self.env._("The policy ends before it starts."))

    def _compute_eligible_count(self):
        Partner = self.env["res.partner"]
        for policy in self:
            policy.eligible_count = Partner.search_count(policy._park_eligible_domain())

    @api.depends("recipient_ids.reached_date", "recipient_ids.read_date")
    def _compute_figures(self):
        Recipient = self.env["park.policy.recipient"].sudo()
        reached = dict(
            Recipient._read_group(
                [("policy_id", "in", self.ids)], ["policy_id"], ["__count"]
            )
        )
        read = dict(
            Recipient._read_group(
                [("policy_id", "in", self.ids), ("read_date", "!=", False)],
                ["policy_id"],
                ["__count"],
            )
        )
        for policy in self:
            policy.reached_count = reached.get(policy, 0)
            policy.read_count = read.get(policy, 0)
            policy.read_rate = (
                100.0 * policy.read_count / policy.reached_count
                if policy.reached_count
                else 0.0
            )

    # ------------------------------------------------------------------
    # eligibility
    # ------------------------------------------------------------------
    def _park_eligible_domain(self, today=None):
        """The enterprises of the archive this policy is for, as a domain."""
        self.ensure_one()
        today = today or fields.Date.context_today(self)
        domain = Domain("is_park_enterprise", "=", True) & Domain(
            "is_company", "=", True
        )
        if self.industry_ids:
            domain &= Domain("park_industry_ids", "in", self.industry_ids.ids)
        if self.size_option_ids:
            domain &= Domain(
                "enterprise_size", "in", self.size_option_ids.mapped("code")
            )
        if self.stage_option_ids:
            domain &= Domain(
                "lifecycle_stage", "in", self.stage_option_ids.mapped("code")
            )
        if self.park_ids:
            domain &= Domain("park_id", "in", self.park_ids.ids)
        if self.is_key_only:
            domain &= Domain("is_key_enterprise", "=", True)
        if self.min_age:
            domain &= Domain(
                "registration_date", "<=", today - relativedelta(years=self.min_age)
            )
        if self.max_age:
            domain &= Domain(
                "registration_date", ">", today - relativedelta(years=self.max_age)
            )
        return domain

    def _park_eligible_enterprises(self):
        self.ensure_one()
        return self.env["res.partner"].search(self._park_eligible_domain())

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    def action_publish(self):
        self.write({"state": "published"})

    def action_view_eligible(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Eligible Enterprises"),
            "res_model": "res.partner",
            "view_mode": "list,form",
            "domain": list(self._park_eligible_domain()),
        }

    def action_view_recipients(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_crm.park_policy_recipient_action"
        )
        action["domain"] = [("policy_id", "=", self.id)]
        return action

    def action_notify_eligible(self):
        """Tell every eligible enterprise not told yet, by mail and on the
        portal, and record that it was reached."""
        self.ensure_one()
        if self.state != "published":
            raise UserError(self.env._("Publish the policy before notifying."))
        already = self.recipient_ids.partner_id
        enterprises = self._park_eligible_enterprises() - already
        if not enterprises:
            raise UserError(
                self.env._("Every eligible enterprise has already been notified.")
            )
        now = fields.Datetime.now()
        recipients = (
            self.env["park.policy.recipient"]
            .sudo()
            .create(
                [
                    {
                        "policy_id": self.id,
                        "partner_id": enterprise.id,
                        "reached_date": now,
                        "reached_by_id": self.env.user.id,
                    }
                    for enterprise in enterprises
                ]
            )
        )
        recipients._park_notify()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "%(count)s enterprises notified.", count=len(recipients)
                ),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

    def _park_portal_url(self):
        self.ensure_one()
        return f"/my/policies/{self.id}"

    def _park_notification_body(self):
        self.ensure_one()
        return Markup("<p>%s</p><p><a href='%s'>%s</a></p>") % (
            self.env._("A new policy may concern you: %(name)s", name=self.name),
            self._park_portal_url(),
            self.env._("Read it on the portal"),
        )
