# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

MONTHS = [(str(number), str(number)) for number in range(1, 13)]


class ParkReportMonthlyWizard(models.TransientModel):
    """Choose a county and a month, print the county's monthly report."""

    _name = "park.report.monthly.wizard"
    _description = "Print the County Monthly Report"

    county_id = fields.Many2one(
        comodel_name="park.region",
        required=True,
        domain="[('level', '=', 'county'), ('id', 'in', allowed_county_ids)]",
        default=lambda self: self._default_county_id(),
    )
    allowed_county_ids = fields.Many2many(
        comodel_name="park.region", compute="_compute_allowed_county_ids"
    )
    year = fields.Integer(
        required=True, default=lambda self: self._default_month().year
    )
    month = fields.Selection(
        selection=MONTHS,
        required=True,
        default=lambda self: str(self._default_month().month),
    )

    @api.model
    def _default_month(self):
        return fields.Date.context_today(self).replace(day=1) - relativedelta(months=1)

    @api.model
    def _allowed_counties(self):
        """The counties the user may print: all for the city, their own for a
        county administrator (the report checks it again)."""
        Region = self.env["park.region"]
        user = self.env.user
        if user.has_group("park_base.group_park_city_admin"):
            return Region.search([("level", "=", "county")], order="code")
        if user.has_group("park_base.group_park_county_admin"):
            return Region.search(
                [
                    ("level", "=", "county"),
                    ("id", "child_of", user.sudo().park_region_ids.ids),
                ],
                order="code",
            )
        return Region

    @api.model
    def _default_county_id(self):
        return self._allowed_counties()[:1].id

    def _compute_allowed_county_ids(self):
        counties = self._allowed_counties()
        for wizard in self:
            wizard.allowed_county_ids = counties

    def action_print(self):
        self.ensure_one()
        month = fields.Date.to_string(
            fields.Date.today().replace(year=self.year, month=int(self.month), day=1)
        )
        report = self.env.ref("park_report.action_report_monthly_county")
        return report.report_action(self.county_id, data={"month": month})
