# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.park_crm.models.rmb import rmb_capitals

PLAN_STATES = [
    ("draft", "Draft"),
    ("approved", "Approved"),
    ("in_progress", "In Progress"),
    ("accepted", "Accepted"),
]


class ParkPilotPlan(models.Model):
    """A county's "one park, one policy" (一园一策) plan for its pilot parks:
    goals, measures, milestones and the budget behind them.

    The county drafts it and starts it once approved; the city approves and
    accepts it (acceptance needs every milestone done)."""

    _name = "park.pilot.plan"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _description = "Pilot Plan (One Park, One Policy)"
    _order = "year desc, county_id, id"

    name = fields.Char(required=True, tracking=True)
    county_id = fields.Many2one(
        comodel_name="park.region",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        domain="[('level', '=', 'county')]",
        default=lambda self: self._default_county_id(),
        help="The county, district or functional zone that runs the pilot.",
    )
    year = fields.Integer(
        required=True,
        index=True,
        default=lambda self: fields.Date.context_today(self).year,
        tracking=True,
    )
    park_ids = fields.Many2many(
        comodel_name="park.park",
        relation="park_pilot_plan_park_rel",
        column1="plan_id",
        column2="park_id",
        string="Pilot Parks",
        domain="[('county_id', '=', county_id), ('is_pilot', '=', True)]",
        help="The county's pilot parks (marked on the parks' forms; 2 to 3 per "
        "county).",
    )
    goals = fields.Html()
    measures = fields.Html()
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Responsible",
        index=True,
        tracking=True,
        default=lambda self: self.env.user,
    )
    state = fields.Selection(
        selection=PLAN_STATES,
        default="draft",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    milestone_ids = fields.One2many(
        comodel_name="park.pilot.milestone",
        inverse_name="plan_id",
        string="Milestones",
        copy=True,
    )
    budget_line_ids = fields.One2many(
        comodel_name="park.pilot.budget.line",
        inverse_name="plan_id",
        string="Budget",
        copy=True,
    )
    currency_id = fields.Many2one(
        comodel_name="res.currency",
        required=True,
        default=lambda self: self.env.ref("base.CNY"),
    )
    budget_total = fields.Monetary(
        compute="_compute_budget_total",
        store=True,
        currency_field="currency_id",
    )
    budget_total_capitals = fields.Char(
        string="Budget Total in Capitals",
        compute="_compute_budget_total",
        store=True,
    )
    milestone_count = fields.Integer(compute="_compute_progress", store=True)
    milestone_done_count = fields.Integer(
        string="Milestones Done", compute="_compute_progress", store=True
    )
    milestone_overdue_count = fields.Integer(
        string="Overdue Milestones", compute="_compute_progress", store=True
    )
    progress = fields.Float(
        string="Progress (%)",
        compute="_compute_progress",
        store=True,
        aggregator="avg",
        help="Share of the milestones done.",
    )

    @api.model
    def _default_county_id(self):
        counties = self.env.user.park_region_ids.filtered(
            lambda region: region.level == "county"
        )
        return counties[:1]

    @api.depends("budget_line_ids.amount")
    def _compute_budget_total(self):
        for plan in self:
            plan.budget_total = sum(plan.budget_line_ids.mapped("amount"))
            plan.budget_total_capitals = rmb_capitals(plan.budget_total)

    @api.depends("milestone_ids.state")
    def _compute_progress(self):
        for plan in self:
            states = plan.milestone_ids.mapped("state")
            plan.milestone_count = len(states)
            plan.milestone_done_count = states.count("done")
            plan.milestone_overdue_count = states.count("overdue")
            plan.progress = (
                100.0 * plan.milestone_done_count / plan.milestone_count
                if plan.milestone_count
                else 0.0
            )

    @api.constrains("county_id", "park_ids")
    def _check_park_ids(self):
        for plan in self:
            wrong = plan.park_ids.filtered(
                lambda park, plan=plan: (
                    park.county_id != plan.county_id or not park.is_pilot
                )
            )
            if wrong:
                raise ValidationError(
                    self.env._(
                        "A pilot plan covers pilot parks of its own county only: "
                        "%(parks)s is not a pilot park of %(county)s. Mark the "
                        "county's pilot parks on their forms first.",
                        parks=", ".join(wrong.mapped("name")),
                        county=plan.county_id.name,
                    )
                )

    @api.constrains("county_id")
    def _check_county_id(self):
        if self.filtered(lambda plan: plan.county_id.level != "county"):
            raise ValidationError(
                self.env._("A pilot plan belongs to a county or a functional zone.")
            )

    # ------------------------------------------------------------------
    # state buttons
    # ------------------------------------------------------------------
    def _park_check_city_admin(self):
        if not self.env.user.has_group("park_base.group_park_city_admin"):
            raise UserError(
                self.env._("Only a city administrator approves or accepts a plan.")
            )

    def _park_check_state(self, *states):
        wrong = self.filtered(lambda plan: plan.state not in states)
        if wrong:
            labels = dict(self._fields["state"]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "%(plan)s is %(state)s: this step is not possible now.",
                    plan=wrong[0].name,
                    state=labels[wrong[0].state],
                )
            )

    def action_approve(self):
        self._park_check_city_admin()
        self._park_check_state("draft")
        empty = self.filtered(lambda plan: not plan.park_ids or not plan.milestone_ids)
        if empty:
            raise UserError(
                self.env._(
                    "%(plan)s needs its pilot parks and milestones before approval.",
                    plan=empty[0].name,
                )
            )
        self.write({"state": "approved"})

    def action_start(self):
        self._park_check_state("approved")
        self.write({"state": "in_progress"})

    def action_accept(self):
        self._park_check_city_admin()
        self._park_check_state("in_progress")
        for plan in self:
            if not plan.milestone_ids or plan.milestone_ids.filtered(
                lambda milestone: milestone.state != "done"
            ):
                raise UserError(
                    self.env._(
                        "%(plan)s can be accepted once all its milestones are done.",
                        plan=plan.name,
                    )
                )
        self.write({"state": "accepted"})

    def action_draft(self):
        self._park_check_city_admin()
        self._park_check_state("approved")
        self.write({"state": "draft"})
