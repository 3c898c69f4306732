# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkMatterFaq(models.Model):
    _name = "park.matter.faq"
    _inherit = ["park.matter.guide.part"]
    _description = "Frequently Asked Question of a Matter"
    _order = "matter_id, sequence, id"

    matter_id = fields.Many2one(
        "park.matter", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    question = fields.Char(required=True)
    answer = fields.Text(required=True)
