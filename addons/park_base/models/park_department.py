# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkDepartment(models.Model):
    _name = "park.department"
    _description = "Government Department"
    _order = "sequence, name, id"
    _rec_names_search = ["name", "short_name", "code"]

    name = fields.Char(required=True, translate=True)
    short_name = fields.Char(translate=True)
    code = fields.Char(required=True, index=True)
    sequence = fields.Integer(default=10)
    region_id = fields.Many2one(
        comodel_name="park.region",
        index=True,
        ondelete="restrict",
        help="The city or county this department belongs to; leave empty for a "
        "kind of department found at every level.",
    )
    is_approval_bureau = fields.Boolean(
        string="Approval Bureau",
        help="The administrative approval service bureau that runs the service "
        "centres and stations of its region.",
    )
    phone = fields.Char()
    active = fields.Boolean(default=True)
    note = fields.Text(string="Notes")

    _code_uniq = models.Constraint(
        "unique(code)", "Another department already uses this code."
    )
