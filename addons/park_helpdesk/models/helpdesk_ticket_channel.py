# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

PARK_CHANNELS = [
    ("window", "Window"),
    ("terminal", "Self-service Terminal"),
    ("online", "Online"),
    ("help_agent", "Help / Agent Service"),
    ("door_to_door", "Door to Door"),
]


class HelpdeskTicketChannel(models.Model):
    _inherit = "helpdesk.ticket.channel"

    park_code = fields.Selection(
        selection=PARK_CHANNELS,
        string="Park Channel",
        index=True,
        help="The park service channel this helpdesk channel stands for.",
    )
