# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestTours(HttpCase):
    """The tours run in Chinese, as the bureau's administrators use it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(["park_base"], ["zh_CN"])
        cls.env.ref("base.user_admin").lang = "zh_CN"

    def test_station_tour(self):
        city = self.env["park.region"].create(
            {"name": "巡检市", "code": "379600", "level": "city"}
        )
        county = self.env["park.region"].create(
            {
                "name": "巡检区",
                "code": "T-TOUR",
                "level": "county",
                "is_functional_zone": True,
                "parent_id": city.id,
            }
        )
        park = self.env["park.park"].create(
            {"name": "巡检产业园", "code": "T-TOUR-1", "county_id": county.id}
        )
        self.start_tour("/odoo", "park_base_station_tour", login="admin")
        station = self.env["park.station"].search([("name", "=", "巡检服务站")])
        self.assertEqual(station.park_id, park)
        self.assertEqual(station.opening_hours, "工作日 9:00-17:00")
        self.assertEqual(station.window_ids.window_type, "comprehensive")
        self.assertEqual(station.equipment_ids.name, "窗口电脑")
        self.assertEqual(station.readiness_score, 1)
        self.assertTrue(station.readiness_facilities)
        self.assertFalse(station.is_ready)

    def test_calculator_tour(self):
        self.start_tour("/odoo", "park_base_calculator_tour", login="admin")
