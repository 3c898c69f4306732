# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    park_rating_rectification_days = fields.Integer(
        string="Rectification Deadline (working days)",
        config_parameter="park_rating.rectification_days",
        default=5,
        help="Working days a station manager has to rectify a bad review.",
    )
    park_rating_reminder_days = fields.Integer(
        string="Reminder (working days before the deadline)",
        config_parameter="park_rating.reminder_days",
        default=1,
    )
    park_rating_link_valid_days = fields.Integer(
        string="Review Link Valid (days)",
        config_parameter="park_rating.link_valid_days",
        default=15,
        help="Days the review link of the closing mail can be used.",
    )
    park_rating_device_minutes = fields.Integer(
        string="Review Device Shows a Case (minutes)",
        config_parameter="park_rating.device_minutes",
        default=30,
        help="Minutes a completed case stays on its window's review device.",
    )
