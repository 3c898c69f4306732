# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .res_partner import LIFECYCLE_STAGES


class ParkEnterpriseStageHistory(models.Model):
    """Each change of an enterprise's life-cycle stage, written by the partner."""

    _name = "park.enterprise.stage.history"
    _description = "Enterprise Life-cycle Stage History"
    _inherit = ["park.scope.mixin"]
    _order = "date desc, id desc"
    _rec_name = "to_stage"

    partner_id = fields.Many2one(
        "res.partner",
        string="Enterprise",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(related="partner_id.park_id", store=True)
    from_stage = fields.Selection(LIFECYCLE_STAGES)
    to_stage = fields.Selection(LIFECYCLE_STAGES, index=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now, index=True)
    user_id = fields.Many2one(
        "res.users", string="Changed By", default=lambda self: self.env.user
    )
    note = fields.Text()

    @api.depends("partner_id", "to_stage")
    def _compute_display_name(self):
        stages = dict(self._fields["to_stage"]._description_selection(self.env))
        for history in self:
            history.display_name = self.env._(
                "%(enterprise)s: %(stage)s",
                enterprise=history.partner_id.name or "",
                stage=stages.get(history.to_stage, ""),
            )
