# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkScorecardRevise(models.TransientModel):
    """Correct a published scorecard: a new revision, computed now, with the
    reason of the correction."""

    _name = "park.scorecard.revise"
    _description = "Revise a Scorecard"

    scorecard_id = fields.Many2one(
        "park.scorecard", required=True, readonly=True, ondelete="cascade"
    )
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        revision = self.scorecard_id._park_new_revision(self.reason)
        return {
            "type": "ir.actions.act_window",
            "res_model": "park.scorecard",
            "res_id": revision.id,
            "view_mode": "form",
            "target": "current",
        }
