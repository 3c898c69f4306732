# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkRegion(models.Model):
    """Counties are what the monthly tracking job works through in batches."""

    _name = "park.region"
    _inherit = ["park.region", "park.batch.mixin"]

    park_evaluation_month = fields.Date(
        string="Last Tracked Month",
        readonly=True,
        copy=False,
        help="The last month whose evaluation snapshots were taken for this "
        "county by the monthly job.",
    )
