# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged

from .common import ParkCrmCommon


@tagged("post_install", "-at_install")
class TestTour(HttpCase, ParkCrmCommon):
    def test_official_records_a_visit_logs_two_demands_and_turns_one_into_a_case(
        self,
    ):
        self.env["park.department"].create(
            {"name": "测试发展改革局", "code": "T-CRM", "region_id": self.county_a.id}
        )
        self.start_tour("/odoo", "park_crm_visit_tour", login="park_official")
        visit = self.env["park.visit"].search(
            [("subject", "=", "化工园区政策宣讲走访")]
        )
        self.assertEqual(visit.park_id, self.park_a1)
        self.assertEqual(visit.user_ids, self.official)
        demands = visit.demand_ids
        self.assertEqual(len(demands), 2)
        self.assertEqual(demands.park_enterprise_id, self.ent_a)
        turned = demands.filtered(lambda d: d.park_demand_state == "case")
        self.assertEqual(turned.name, "办理排污许可证")
        case = turned.park_case_ids
        self.assertEqual(case.enterprise_id, self.ent_a)
        self.assertEqual(case.matter_id, self.matter)
        self.assertEqual(case.park_id, self.park_a1)
