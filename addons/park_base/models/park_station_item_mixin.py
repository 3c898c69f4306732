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

    def write(self, vals):
        if vals.get("station_id") and not self.env.su:
            # the ORM checks the record rules before a write only: an item
            # cannot be moved to a station outside the user's scope
            self.env["park.station"].browse(vals["station_id"]).check_access("read")
        return super().write(vals)
