# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re
from datetime import date

from odoo.fields import Command
from odoo.tests import HttpCase, tagged

from .common import ParkCrmCommon


@tagged("post_install", "-at_install")
class TestPortal(HttpCase, ParkCrmCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.enterprise.password = "park_enterprise_pw"
        cls.demand_a = cls._demand(name="厂区道路维修诉求")
        cls.demand_a.park_answer = "<p>已安排街道办事处处理。</p>"
        cls.demand_a.action_park_answer()
        cls.demand_b = cls._demand(enterprise=cls.ent_b, name="乙县企业诉求")
        cls.policy = cls.env["park.policy"].create(
            {
                "name": "技术改造专项资金",
                "issuing_body": "测试市财政局",
                "date_start": date(2030, 1, 1),
                "park_ids": [Command.set(cls.park_a1.ids)],
            }
        )
        cls.policy.action_publish()
        cls.policy.action_notify_eligible()

    def setUp(self):
        super().setUp()
        self.authenticate("park_enterprise", "park_enterprise_pw")

    def _csrf(self, url):
        page = self.url_open(url).text
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def test_enterprise_reads_its_demands_and_the_answer(self):
        listing = self.url_open("/my/demands")
        self.assertEqual(listing.status_code, 200)
        self.assertIn("厂区道路维修诉求", listing.text)
        self.assertNotIn("乙县企业诉求", listing.text)
        page = self.url_open(f"/my/demands/{self.demand_a.id}")
        self.assertEqual(page.status_code, 200)
        self.assertIn("已安排街道办事处处理", page.text)

    def test_another_enterprises_demand_is_refused(self):
        page = self.url_open(f"/my/demands/{self.demand_b.id}")
        self.assertEqual(page.status_code, 404)
        self.assertNotIn("乙县企业诉求", page.text)

    def test_enterprise_sends_a_demand_from_the_portal(self):
        response = self.url_open(
            "/my/demands/new",
            data={"name": "希望协调用电增容", "csrf_token": self._csrf("/my/demands")},
        )
        self.assertEqual(response.status_code, 200)
        demand = self.env["crm.lead"].search([("name", "=", "希望协调用电增容")])
        self.assertEqual(demand.park_enterprise_id, self.ent_a)
        self.assertEqual(demand.park_channel, "portal")
        self.assertEqual(demand.park_id, self.park_a1)
        self.assertFalse(demand.user_id)

    def test_opening_a_policy_on_the_portal_marks_it_read(self):
        recipient = self.policy.recipient_ids.filtered(
            lambda r: r.partner_id == self.ent_a
        )
        self.assertFalse(recipient.read_date)
        page = self.url_open(f"/my/policies/{self.policy.id}")
        self.assertEqual(page.status_code, 200)
        self.assertIn("技术改造专项资金", page.text)
        recipient.invalidate_recordset()
        self.assertTrue(recipient.read_date)
        self.assertEqual(recipient.read_by_id, self.enterprise)
        self.assertEqual(self.policy.read_count, 1)

    def test_policy_not_sent_to_the_enterprise_is_refused(self):
        other = self.env["park.policy"].create(
            {
                "name": "未推送政策",
                "issuing_body": "测试市",
                "date_start": date(2030, 1, 1),
            }
        )
        self.assertEqual(self.url_open(f"/my/policies/{other.id}").status_code, 404)
