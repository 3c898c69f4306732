# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class ParkScorecardLine(models.Model):
    """One indicator of a scorecard: what was counted, the value, the
    weight and the score it earns. Written by the scorecard's compute only,
    never changed once the scorecard is published."""

    _name = "park.scorecard.line"
    _description = "Scorecard Line"
    _order = "sequence, id"

    scorecard_id = fields.Many2one(
        "park.scorecard", required=True, index=True, ondelete="cascade"
    )
    county_id = fields.Many2one(related="scorecard_id.county_id", store=True)
    year = fields.Integer(related="scorecard_id.year", store=True)
    state = fields.Selection(related="scorecard_id.state", store=True)
    indicator_id = fields.Many2one(
        "park.evaluation.indicator", required=True, index=True, ondelete="restrict"
    )
    sequence = fields.Integer(related="indicator_id.sequence", store=True)
    numerator = fields.Float(digits=(16, 1), aggregator="sum")
    denominator = fields.Float(digits=(16, 1), aggregator="sum")
    value = fields.Float(digits=(5, 2), aggregator="avg")
    weight = fields.Float(digits=(5, 1), aggregator="sum")
    weighted_score = fields.Float(
        compute="_compute_weighted_score",
        store=True,
        digits=(5, 2),
    )

    @api.depends("value", "weight")
    def _compute_weighted_score(self):
        for line in self:
            line.weighted_score = line.value * line.weight / 100.0

    def _park_check_refresh(self):
        if not self.env.context.get("park_scorecard_refresh"):
            raise UserError(
                self.env._(
                    "The lines of a scorecard come from its computation and "
                    "can't be edited."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._park_check_refresh()
        return super().create(vals_list)

    def write(self, vals):
        if set(vals) - {"county_id", "year", "state", "sequence"}:
            self._park_check_refresh()
        if self.scorecard_id.filtered(lambda card: card.state != "draft"):
            self.scorecard_id._park_check_draft()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_frozen(self):
        self._park_check_refresh()
        self.scorecard_id._park_check_draft()
