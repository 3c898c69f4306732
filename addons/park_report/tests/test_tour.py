# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged

from .common import ParkReportCommon


@tagged("post_install", "-at_install")
class TestTour(HttpCase, ParkReportCommon):
    def test_city_admin_filters_the_dashboard_by_county_and_exports_the_cases(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["park_report"], ["zh_CN"])
        self.city_admin.lang = "zh_CN"
        self.start_tour(
            "/odoo/park-dashboard",
            "park_report_dashboard_tour",
            login=self.city_admin.login,
        )
        # the list's ledger export (R2's button) got the list's domain: the
        # cases of county A filed this month
        export = self.env["park.report.export"].search(
            [("user_id", "=", self.city_admin.id)], order="id desc", limit=1
        )
        self.assertEqual(export.ledger, "cases")
        self.assertEqual(export.state, "done")
        self.assertEqual(export.row_count, 5)
