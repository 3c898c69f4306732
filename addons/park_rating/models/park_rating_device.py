# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import secrets
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

TOKEN_BYTES = 32


class ParkRatingDevice(models.Model):
    """The review device (评价器) of a window: a full-screen page, opened on
    the device by its secret address, that shows the case just completed at
    the window and takes the enterprise's review on the spot."""

    _name = "park.rating.device"
    _inherit = ["park.scope.mixin"]
    _description = "Window Review Device"
    _order = "station_id, window_id, id"

    name = fields.Char(required=True)
    window_id = fields.Many2one(
        comodel_name="park.station.window",
        required=True,
        index=True,
        ondelete="cascade",
    )
    station_id = fields.Many2one(
        related="window_id.station_id", store=True, string="Station", index=True
    )
    park_id = fields.Many2one(related="station_id.park_id", store=True)
    equipment_id = fields.Many2one(
        comodel_name="park.station.equipment",
        ondelete="set null",
        domain="[('category', '=', 'evaluation_device'), "
        "('station_id', '=', station_id)]",
        help="The review device in the station's equipment list.",
    )
    token = fields.Char(
        copy=False,
        readonly=True,
        groups="park_base.group_park_station_manager",
        default=lambda self: secrets.token_urlsafe(TOKEN_BYTES),
    )
    url = fields.Char(
        string="Device Address",
        compute="_compute_url",
        groups="park_base.group_park_station_manager",
        help="Open this address full screen on the device. Anyone with it can "
        "rate the cases completed at the window: make a new one if it leaks.",
    )
    active = fields.Boolean(default=True)

    _token_uniq = models.Constraint("unique(token)", "Device tokens must be unique.")

    @api.depends("token")
    def _compute_url(self):
        for device in self:
            device.url = (
                f"{device.get_base_url()}/park/rating/device/{device.token}"
                if device.token
                else False
            )

    @api.constrains("equipment_id", "window_id")
    def _check_equipment(self):
        for device in self.filtered("equipment_id"):
            equipment = device.equipment_id.sudo()
            if equipment.category != "evaluation_device":
                raise ValidationError(
                    self.env._(
                        "%(equipment)s is not a review device.",
                        equipment=equipment.name,
                    )
                )
            if equipment.station_id != device.window_id.station_id:
                raise ValidationError(
                    self.env._(
                        "%(equipment)s belongs to another station than the window.",
                        equipment=equipment.name,
                    )
                )

    def action_new_token(self):
        for device in self:
            device.sudo().token = secrets.token_urlsafe(TOKEN_BYTES)
        return True

    @api.model
    def _park_minutes(self):
        return int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("park_rating.device_minutes", 30)
        )

    def _park_current_case(self):
        """The case completed last at the window, not rated yet, closed in the
        last minutes (configurable)."""
        self.ensure_one()
        since = fields.Datetime.now() - timedelta(minutes=self._park_minutes())
        return (
            self.env["helpdesk.ticket"]
            .sudo()
            .search(
                [
                    ("park_window_id", "=", self.window_id.id),
                    ("stage_id.closed", "=", True),
                    ("park_rating_ids", "=", False),
                    ("enterprise_id", "!=", False),
                    ("closed_date", ">=", since),
                ],
                order="closed_date desc, id desc",
                limit=1,
            )
        )
