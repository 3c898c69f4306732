# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ParkEvaluationInspection(models.Model):
    """An on-site inspection (实地查看) of a county by the city: who went,
    when, what they found, photos, and the score it earns in the evaluation."""

    _name = "park.evaluation.inspection"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _description = "On-site Inspection"
    _order = "date desc, id desc"

    name = fields.Char(string="Subject", required=True, tracking=True)
    county_id = fields.Many2one(
        "park.region",
        required=True,
        index=True,
        ondelete="restrict",
        domain=[("level", "=", "county")],
        tracking=True,
    )
    year = fields.Integer(
        compute="_compute_year", store=True, index=True, readonly=False
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    park_ids = fields.Many2many(
        "park.park",
        string="Parks Visited",
        domain="[('county_id', '=', county_id)]",
    )
    inspector_ids = fields.Many2many(
        "res.users",
        "park_evaluation_inspection_res_users_rel",
        "inspection_id",
        "user_id",
        string="Inspectors",
        default=lambda self: self.env.user,
        domain=[("share", "=", False)],
    )
    findings = fields.Html()
    photo_ids = fields.Many2many(
        "ir.attachment",
        "park_evaluation_inspection_photo_rel",
        "inspection_id",
        "attachment_id",
        string="Photos",
    )
    score = fields.Float(digits=(5, 1), tracking=True)

    _score_range = models.Constraint(
        "CHECK(score >= 0 AND score <= 100)",
        "An inspection score is between 0 and 100.",
    )

    @api.depends("date")
    def _compute_year(self):
        for inspection in self:
            inspection.year = inspection.date.year if inspection.date else False
