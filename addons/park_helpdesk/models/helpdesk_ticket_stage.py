# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

# the life of a park case; each state is carried by a helpdesk stage
PARK_STATES = [
    ("new", "Filed"),
    ("accepted", "In Progress"),
    ("supplement", "Supplement Needed"),
    ("done", "Completed"),
    ("refused", "Refused"),
    ("withdrawn", "Withdrawn"),
]
OPEN_STATES = ("new", "accepted", "supplement")


class HelpdeskTicketStage(models.Model):
    _inherit = "helpdesk.ticket.stage"

    park_state = fields.Selection(
        selection=PARK_STATES,
        string="Park Case State",
        index=True,
        help="What a park case in this stage is: the case actions move cases to "
        "the first stage of the state they reach.",
    )
