from odoo import fields, models


class ParkStationItemMixin(models.AbstractModel):
    """What belongs to one service station: its windows, terminals, equipment
    and staff. The stored park is what the record rules scope by."""

    _name = "park.station.item.mixin"
    _description = "Part of a Park Service Station"

    station_id = fields.Many2one(
        comodel_name="park.station",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(
        comodel_name="park.park",
        string="Park",
        related="station_id.park_id",
        store=True,
        index=True,
    )
