# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Command
from odoo.tools import float_compare


class ParkEvaluationYear(models.Model):
    """The evaluation of one year: the weights of its indicators (summing to
    100), copied from the previous year when a new year is made."""

    _name = "park.evaluation.year"
    _inherit = ["mail.thread"]
    _description = "Evaluation Year"
    _order = "year desc"
    _rec_name = "year"

    year = fields.Integer(
        required=True,
        default=lambda self: fields.Date.context_today(self).year,
        tracking=True,
    )
    weight_ids = fields.One2many(
        "park.evaluation.weight", "year_id", string="Weights", copy=True
    )
    weight_total = fields.Float(
        string="Total Weight", compute="_compute_weight_total", digits=(5, 1)
    )
    note = fields.Text(string="Notes")

    _year_uniq = models.Constraint(
        "unique(year)", "Each year has one evaluation configuration."
    )

    @api.depends("year")
    def _compute_display_name(self):
        for record in self:
            record.display_name = self.env._("%(year)s Evaluation", year=record.year)

    @api.depends("weight_ids.weight")
    def _compute_weight_total(self):
        for record in self:
            record.weight_total = sum(record.weight_ids.mapped("weight"))

    @api.constrains("weight_ids")
    def _check_weights(self):
        for record in self:
            if float_compare(record.weight_total, 100.0, precision_digits=1):
                raise ValidationError(
                    self.env._(
                        "The weights of the %(year)s evaluation add up to "
                        "%(total)s, not 100.",
                        year=record.year,
                        total=round(record.weight_total, 1),
                    )
                )
            indicators = record.weight_ids.indicator_id
            if len(indicators) != len(record.weight_ids):
                raise ValidationError(
                    self.env._(
                        "An indicator has one weight per year (%(year)s).",
                        year=record.year,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("weight_ids"):
                vals["weight_ids"] = self._park_default_weights(vals.get("year"))
        return super().create(vals_list)

    @api.model
    def _park_default_weights(self, year):
        """The weights of the latest year before ``year``, else the
        indicators' default weights."""
        previous = self.search(
            [("year", "<", year or fields.Date.context_today(self).year)],
            order="year desc",
            limit=1,
        )
        if previous:
            return [
                Command.create(
                    {"indicator_id": line.indicator_id.id, "weight": line.weight}
                )
                for line in previous.weight_ids
            ]
        return [
            Command.create(
                {"indicator_id": indicator.id, "weight": indicator.default_weight}
            )
            for indicator in self.env["park.evaluation.indicator"].search(
                [("active", "=", True)]
            )
        ]

    def action_compute_scorecards(self):
        """Compute (or refresh) the draft scorecards of every county for
        this year and show them."""
        self.ensure_one()
        return self.env["park.scorecard"].action_compute_year(self.year)

    @api.model
    def _park_get(self, year):
        """The configuration of ``year``, made when missing."""
        record = self.search([("year", "=", year)], limit=1)
        return record or self.sudo().create({"year": year}).sudo(False)


class ParkEvaluationWeight(models.Model):
    _name = "park.evaluation.weight"
    _description = "Evaluation Indicator Weight"
    _order = "sequence, id"

    year_id = fields.Many2one(
        "park.evaluation.year", required=True, index=True, ondelete="cascade"
    )
    indicator_id = fields.Many2one(
        "park.evaluation.indicator", required=True, ondelete="restrict"
    )
    sequence = fields.Integer(related="indicator_id.sequence", store=True)
    weight = fields.Float(digits=(5, 1))

    _weight_range = models.Constraint(
        "CHECK(weight >= 0 AND weight <= 100)", "A weight is between 0 and 100."
    )
