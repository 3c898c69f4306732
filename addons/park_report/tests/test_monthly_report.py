# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta
from lxml import html

from odoo.exceptions import AccessError
from odoo.tests import Form, tagged

from .common import ParkReportCommon

REPORT = "park_report.report_monthly_county"


@tagged("post_install", "-at_install")
class TestMonthlyReport(ParkReportCommon):
    def _render(self, user, county, month=None):
        data = {"month": str(month or self.today.replace(day=1))}
        content, _kind = (
            self.env["ir.actions.report"]
            .with_user(user)
            ._render_qweb_html(REPORT, county.ids, data=data)
        )
        return html.fromstring(content)

    @staticmethod
    def _figures(page):
        return {
            row.get("data-key"): (
                row.xpath("string(td[contains(@class, 'o_park_value')])").strip(),
                row.xpath("string(td[contains(@class, 'o_park_previous')])").strip(),
            )
            for row in page.xpath(
                "//table[contains(@class, 'o_park_monthly_figures')]//tr[@data-key]"
            )
        }

    def test_county_admin_prints_their_county_with_figures_and_charts(self):
        page = self._render(self.county_admin, self.county_a)
        figures = self._figures(page)
        self.assertEqual(figures["filed"], ("5", "0"))
        self.assertEqual(figures["done"], ("3", "0"))
        self.assertEqual(figures["on_time_rate"], ("100.0%", "-"))
        self.assertEqual(figures["satisfaction_rate"], ("66.7%", "-"))
        self.assertEqual(figures["bad_ratings"], ("1", "0"))
        self.assertEqual(figures["visits"], ("1", "0"))
        self.assertEqual(figures["visits_year"][0], "1 / 4")
        # two charts drawn as SVG: bars by park, the satisfaction line
        svgs = page.xpath("//*[local-name()='svg']")
        self.assertEqual(len(svgs), 2)
        bars = svgs[0].xpath(".//*[local-name()='rect'][contains(@class, 'o_current')]")
        self.assertEqual(len(bars), 2, "one bar a park of the county this month")
        self.assertTrue(svgs[1].xpath(".//*[local-name()='polyline']"))
        self.assertIn(self.county_a.name, page.text_content())

    def test_previous_month_is_compared(self):
        next_month = self.today.replace(day=1) + relativedelta(months=1)
        figures = self._figures(
            self._render(self.city_admin, self.county_a, next_month)
        )
        self.assertEqual(figures["filed"], ("0", "5"))
        self.assertEqual(figures["satisfaction_rate"], ("-", "66.7%"))

    def test_city_admin_prints_any_county(self):
        figures = self._figures(self._render(self.city_admin, self.county_b))
        self.assertEqual(figures["filed"], ("2", "0"))
        self.assertEqual(figures["satisfaction_rate"], ("0.0%", "-"))
        self.assertEqual(figures["bad_ratings"], ("1", "0"))

    def test_county_admin_cannot_print_another_county(self):
        with self.assertRaisesRegex(AccessError, "your own county"):
            self._render(self.county_admin, self.county_b)
        with self.assertRaises(AccessError):
            self._render(self.station_manager, self.county_a)

    def test_wizard_offers_the_users_counties_and_prints(self):
        wizard = Form(
            self.env["park.report.monthly.wizard"].with_user(self.county_admin)
        )
        self.assertEqual(wizard.county_id, self.county_a)
        wizard.month = str(self.today.month)
        wizard.year = self.today.year
        record = wizard.save()
        self.assertEqual(record.allowed_county_ids, self.county_a)
        action = record.action_print()
        self.assertEqual(action["report_name"], REPORT)
        self.assertEqual(action["data"]["month"], str(self.today.replace(day=1)))
