# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ParkEnterpriseEvent(models.Model):
    _inherit = "park.enterprise.event"

    kind = fields.Selection(
        selection_add=[
            ("demand", "Demand"),
            ("visit", "Visit"),
            ("policy", "Policy"),
            ("project", "Investment Project"),
        ],
        ondelete={
            "demand": "cascade",
            "visit": "cascade",
            "policy": "cascade",
            "project": "cascade",
        },
    )

    @api.model
    def _kind_icons(self):
        return dict(
            super()._kind_icons(),
            demand="fa-comments",
            visit="fa-handshake-o",
            policy="fa-bullhorn",
            project="fa-industry",
        )
