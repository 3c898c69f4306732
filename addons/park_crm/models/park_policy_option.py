# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkPolicyOption(models.Model):
    """A value of the enterprise file a policy may be restricted to: an
    enterprise size or a life-cycle stage (loaded as data, one per value)."""

    _name = "park.policy.option"
    _description = "Policy Criterion Value"
    _order = "field_name, sequence, id"

    name = fields.Char(required=True, translate=True)
    field_name = fields.Selection(
        selection=[
            ("enterprise_size", "Enterprise Size"),
            ("lifecycle_stage", "Life-cycle Stage"),
        ],
        string="Field",
        required=True,
    )
    code = fields.Char(required=True, help="The value in the enterprise file.")
    sequence = fields.Integer(default=10)

    _code_uniq = models.Constraint(
        "unique(field_name, code)", "This value is already listed."
    )
