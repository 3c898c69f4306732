# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkPilotBudgetLine(models.Model):
    """What a pilot plan is backed by: money, people and things (the
    guidance: the county bureau and the park body ensure the budget, staff
    and equipment are in place)."""

    _name = "park.pilot.budget.line"
    _description = "Pilot Plan Budget Line"
    _order = "plan_id, sequence, id"

    sequence = fields.Integer(default=10)
    plan_id = fields.Many2one(
        comodel_name="park.pilot.plan",
        string="Pilot Plan",
        required=True,
        index=True,
        ondelete="cascade",
    )
    county_id = fields.Many2one(related="plan_id.county_id", store=True, index=True)
    kind = fields.Selection(
        selection=[
            ("funds", "Funds"),
            ("staff", "Staff"),
            ("equipment", "Equipment"),
        ],
        required=True,
        default="funds",
    )
    description = fields.Char(required=True)
    currency_id = fields.Many2one(related="plan_id.currency_id")
    amount = fields.Monetary(string="Amount (RMB)", currency_field="currency_id")
