# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkHelpdeskIntake(models.Model):
    """The provincial application numbers already taken in, one row each.

    Claimed with ``INSERT ... ON CONFLICT DO NOTHING`` before the case is
    created, so that the same application pushed twice at once makes one
    case: see ``helpdesk.ticket.park_intake``.
    """

    _name = "park.helpdesk.intake"
    _description = "Online Intake Key"

    name = fields.Char(string="Application Number", required=True)
    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket", string="Case", ondelete="cascade"
    )

    _name_uniq = models.Constraint(
        "unique(name)", "This application number was already taken in."
    )
