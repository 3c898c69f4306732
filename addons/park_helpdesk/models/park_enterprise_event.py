# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ParkEnterpriseEvent(models.Model):
    _inherit = "park.enterprise.event"

    kind = fields.Selection(
        selection_add=[("case", "Case")], ondelete={"case": "cascade"}
    )

    @api.model
    def _kind_icons(self):
        return dict(super()._kind_icons(), case="fa-life-ring")
