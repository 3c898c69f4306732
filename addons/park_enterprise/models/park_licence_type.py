# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkLicenceType(models.Model):
    """Kinds of licences and certificates kept in the enterprise archive."""

    _name = "park.licence.type"
    _description = "Licence Type"
    _order = "sequence, name, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    department_id = fields.Many2one(
        "park.department",
        string="Usual Issuing Department",
        help="Proposed as issuing department on new licences of this type.",
    )
    reminder_days = fields.Integer(
        help="Remind this many days before expiry. Leave 0 to use the default "
        "set in the settings.",
    )
    description = fields.Text()
    active = fields.Boolean(default=True)

    _code_uniq = models.Constraint(
        "unique(code)", "The code of a licence type must be unique."
    )
    _reminder_days_positive = models.Constraint(
        "CHECK(reminder_days >= 0)", "Reminder days cannot be negative."
    )
