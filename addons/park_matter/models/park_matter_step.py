# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkMatterStep(models.Model):
    _name = "park.matter.step"
    _inherit = ["park.matter.guide.part"]
    _description = "Procedure Step of a Matter"
    _order = "matter_id, sequence, id"

    matter_id = fields.Many2one(
        "park.matter", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True)
    description = fields.Text()
    responsible = fields.Char(string="Handled By")
    time_limit = fields.Integer(string="Time Limit (working days)")

    _time_limit_non_negative = models.Constraint(
        "CHECK(time_limit >= 0)", "A step's time limit cannot be negative."
    )
