# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ParkVisitPlan(models.Model):
    """A county department's yearly plan of visits to one park."""

    _name = "park.visit.plan"
    _inherit = ["park.scope.mixin", "mail.thread"]
    _description = "Visit Plan"
    _order = "year desc, county_id, department_id, park_id"

    name = fields.Char(compute="_compute_name", store=True)
    year = fields.Integer(
        required=True,
        index=True,
        default=lambda self: fields.Date.context_today(self).year,
    )
    park_id = fields.Many2one(required=True, tracking=True)
    department_id = fields.Many2one(
        comodel_name="park.department",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    planned_count = fields.Integer(string="Planned Visits", tracking=True)
    visit_count = fields.Integer(
        string="Visits Done", compute="_compute_progress", store=False
    )
    progress = fields.Float(
        string="Progress (%)",
        compute="_compute_progress",
        help="Visits done this year by the department in the park, against the "
        "planned count.",
    )
    note = fields.Text(string="Notes")
    active = fields.Boolean(default=True)

    _plan_uniq = models.Constraint(
        "unique(year, department_id, park_id)",
        "A department has one visit plan per park and year.",
    )
    _planned_count_positive = models.Constraint(
        "CHECK(planned_count >= 0)", "The planned count can't be negative."
    )

    @api.depends("year", "department_id.name", "park_id.name")
    def _compute_name(self):
        for plan in self:
            plan.name = (
                f"{plan.year} {plan.department_id.name or ''} "
                f"{plan.park_id.name or ''}".strip()
            )

    @api.depends("year", "department_id", "park_id", "planned_count")
    def _compute_progress(self):
        counts = {}
        years = set(self.mapped("year"))
        if self.ids and years:
            groups = (
                self.env["park.visit"]
                .sudo()
                ._read_group(
                    [
                        ("state", "=", "done"),
                        ("visit_year", "in", list(years)),
                        ("park_id", "in", self.park_id.ids),
                        ("department_id", "in", self.department_id.ids),
                    ],
                    ["visit_year", "department_id", "park_id"],
                    ["__count"],
                )
            )
            counts = {
                (year, department.id, park.id): count
                for year, department, park, count in groups
            }
        for plan in self:
            done = counts.get((plan.year, plan.department_id.id, plan.park_id.id), 0)
            plan.visit_count = done
            plan.progress = (
                100.0 * done / plan.planned_count if plan.planned_count else 0.0
            )
