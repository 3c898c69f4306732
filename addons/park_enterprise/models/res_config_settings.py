# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from .park_enterprise_licence import DEFAULT_REMINDER_DAYS, REMINDER_DAYS_PARAM


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    park_licence_reminder_days = fields.Integer(
        string="Licence Reminder Days",
        config_parameter=REMINDER_DAYS_PARAM,
        default=DEFAULT_REMINDER_DAYS,
        help="Remind agents and enterprises this many days before a licence "
        "expires, unless its type sets its own number of days.",
    )
