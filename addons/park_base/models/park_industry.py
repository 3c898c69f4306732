# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

INDUSTRY_CATEGORIES = [
    ("four_strong", "Four Leading Industries"),
    ("four_new", "Four New Economy"),
    ("other", "Other"),
]


class ParkIndustry(models.Model):
    _name = "park.industry"
    _description = "Industry"
    _order = "category, sequence, name, id"
    _rec_names_search = ["name", "code"]

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True, index=True)
    category = fields.Selection(
        selection=INDUSTRY_CATEGORIES,
        required=True,
        default="other",
        index=True,
        help="Four leading industries (四强产业) are chosen by the city; the four "
        "new economy (四新经济) covers new technology, new industries, new "
        "business formats and new models.",
    )
    sequence = fields.Integer(default=10)
    color = fields.Integer()
    active = fields.Boolean(default=True)
    description = fields.Text()
    park_ids = fields.Many2many(
        comodel_name="park.park",
        relation="park_park_industry_rel",
        column1="industry_id",
        column2="park_id",
        string="Parks",
    )
    park_count = fields.Integer(string="Number of Parks", compute="_compute_park_count")

    _code_uniq = models.Constraint(
        "unique(code)", "Another industry already uses this code."
    )

    @api.depends("park_ids")
    def _compute_park_count(self):
        counts = {
            industry.id: count
            for industry, count in self.env["park.park"]._read_group(
                [("industry_ids", "in", self.ids)],
                groupby=["industry_ids"],
                aggregates=["__count"],
            )
        }
        for industry in self:
            industry.park_count = counts.get(industry.id, 0)
