# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import Form, tagged

from .common import ParkBaseCommon


@tagged("post_install", "-at_install")
class TestForms(ParkBaseCommon):
    def test_station_form_readiness(self):
        form = Form(self.env["park.station"].with_user(self.county_admin))
        form.name = "甲区表单服务站"
        form.park_id = self.park_a2
        form.opening_hours = "工作日 9:00-17:00"
        form.has_extranet = True
        station = form.save()
        self.assertTrue(station.code.startswith("ST"))
        self.assertEqual(station.readiness_score, 0)
        with Form(station.with_user(self.county_admin)) as form:
            with form.window_ids.new() as window:
                window.name = "综合受理窗口"
                window.code = "1"
                window.window_type = "comprehensive"
            with form.equipment_ids.new() as equipment:
                equipment.name = "电脑"
                equipment.category = "computer"
                equipment.quantity = 2
            with form.assignment_ids.new() as assignment:
                assignment.partner_id = self.person
                assignment.source = "grid_worker"
                assignment.role = "help_agent"
        self.assertEqual(
            (
                station.readiness_facilities,
                station.readiness_staff,
                station.readiness_functions,
                station.readiness_help_agent,
                station.readiness_score,
                station.is_ready,
            ),
            (True, True, True, True, 4, True),
        )
        self.assertEqual(station.assignment_ids.source, "grid_worker")

    def test_park_form_township_follows_county(self):
        with Form(self.env["park.park"]) as form:
            form.name = "表单园"
            form.code = "T-F1"
            form.county_id = self.county_a
            form.township_id = self.township_a
            form.county_id = self.county_b
            self.assertFalse(form.township_id)
        self.assertEqual(self.county_b.park_count, 2)

    def test_region_form_children(self):
        with Form(self.env["park.region"]) as form:
            form.name = "丙市"
            form.code = "379700"
            form.level = "city"
        city = form.record
        with Form(city) as form, form.child_ids.new() as child:
            child.name = "丙区"
            child.code = "379702"
            child.level = "county"
        self.assertEqual(city.child_ids.complete_name, "丙市 / 丙区")
