# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkStationItemMixin(models.AbstractModel):
    """What belongs to one service station: its windows, terminals, equipment
    and staff. Its park follows the station (``park.scope.mixin``)."""

    _name = "park.station.item.mixin"
    _inherit = ["park.scope.mixin"]
    _description = "Part of a Park Service Station"

    station_id = fields.Many2one(
        comodel_name="park.station",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(related="station_id.park_id", store=True)
