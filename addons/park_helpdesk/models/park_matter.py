# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkMatter(models.Model):
    _inherit = "park.matter"

    licence_type_id = fields.Many2one(
        comodel_name="park.licence.type",
        string="Licence Produced",
        ondelete="restrict",
        help="The licence an approved case of this matter puts in the "
        "enterprise's file.",
    )
