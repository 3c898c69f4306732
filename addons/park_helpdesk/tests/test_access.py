# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import ParkHelpdeskCommon


@tagged("post_install", "-at_install")
class TestAccess(ParkHelpdeskCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.case_a = cls._file()
        cls.case_b = cls._file(enterprise=cls.ent_b, station=cls.station_b1)

    def _visible(self, user):
        return self.Ticket.with_user(user).search(
            [("id", "in", (self.case_a | self.case_b).ids)]
        )

    def test_park_roles_are_helpdesk_users(self):
        self.assertTrue(self.agent.has_group("helpdesk_mgmt.group_helpdesk_user_own"))
        self.assertFalse(self.agent.has_group("helpdesk_mgmt.group_helpdesk_user"))
        self.assertTrue(
            self.city_admin.has_group("helpdesk_mgmt.group_helpdesk_manager")
        )

    def test_each_role_sees_the_cases_of_its_scope(self):
        self.assertEqual(self._visible(self.agent), self.case_a)
        self.assertEqual(self._visible(self.station_manager), self.case_a)
        self.assertEqual(self._visible(self.county_admin), self.case_a)
        self.assertEqual(self._visible(self.city_admin), self.case_a | self.case_b)
        self.assertEqual(self._visible(self.agent_b), self.case_b)
        self.assertFalse(self._visible(self.employee))
        # the enterprise's portal user sees its own enterprise's case
        self.assertEqual(self._visible(self.enterprise), self.case_a)

    def test_agent_cannot_read_or_change_another_parks_case(self):
        with self.assertRaises(AccessError):
            self.case_b.with_user(self.agent).read(["number"])
        with self.assertRaises(AccessError):
            self.case_b.with_user(self.agent).write({"priority": "3"})
        with self.assertRaises(AccessError):
            self.case_b.material_line_ids.with_user(self.agent).read(["state"])

    def test_agent_cannot_file_a_case_in_another_park(self):
        with self.assertRaises(AccessError):
            self._file(user=self.agent, enterprise=self.ent_b, station=self.station_b1)

    def test_agent_cannot_move_a_case_to_another_park(self):
        with self.assertRaises(AccessError):
            self.case_a.with_user(self.agent).write({"station_id": self.station_b1.id})
        self.assertEqual(self.case_a.park_id, self.park_a1)

    def test_agent_marks_materials_of_their_park(self):
        line = self.case_a.material_line_ids[0].with_user(self.agent)
        line.action_mark_received()
        self.assertEqual(line.state, "received")

    def test_escalation_history_is_read_only(self):
        self.case_a._park_escalate("测试")
        with self.assertRaises(AccessError):
            self.case_a.escalation_ids.with_user(self.agent).write({"reason": "x"})

    def test_portal_user_cannot_change_a_case(self):
        with self.assertRaises(AccessError):
            self.case_a.with_user(self.enterprise).write({"priority": "3"})
