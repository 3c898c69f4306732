# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkMatterChannel(models.Model):
    _name = "park.matter.channel"
    _description = "Service Channel"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    icon = fields.Char(help="Font Awesome icon class, e.g. fa-desktop.")
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)

    _code_uniq = models.Constraint("unique(code)", "The channel code must be unique.")
