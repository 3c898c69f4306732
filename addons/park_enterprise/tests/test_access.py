# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import ParkEnterpriseCommon


@tagged("post_install", "-at_install")
class TestAccess(ParkEnterpriseCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.licence_a = cls._create_licence(cls.enterprise_a, "A-001")
        cls.licence_b = cls._create_licence(cls.enterprise_b, "B-001")
        cls.internal_event_a = cls.enterprise_a._park_log_event(
            "note", "内部备注：企业资金紧张", is_internal=True
        )
        cls.Licence = cls.env["park.enterprise.licence"]
        cls.Event = cls.env["park.enterprise.event"]

    def _scope(self, user):
        action = self.env.ref("park_enterprise.res_partner_action_enterprise")
        return (
            self.env["res.partner"]
            .with_user(user)
            .search(
                [
                    ("is_park_enterprise", "=", True),
                    ("is_in_park_scope", "=", True),
                    ("id", "in", (self.enterprise_a | self.enterprise_b).ids),
                ]
            )
        ), action

    def test_enterprise_menu_is_scoped_to_the_users_parks(self):
        self.assertEqual(self._scope(self.agent_a)[0], self.enterprise_a)
        self.assertEqual(self._scope(self.county_admin_b)[0], self.enterprise_b)
        self.assertEqual(
            self._scope(self.city_admin)[0], self.enterprise_a | self.enterprise_b
        )
        self.assertIn("is_in_park_scope", self._scope(self.agent_a)[1].domain)

    def test_agent_sees_and_edits_only_the_licences_of_their_park(self):
        licences = self.Licence.with_user(self.agent_a)
        self.assertEqual(
            licences.search([("number", "in", ("A-001", "B-001"))]), self.licence_a
        )
        with self.assertRaises(AccessError):
            self.licence_b.with_user(self.agent_a).read(["number"])
        self.licence_a.with_user(self.agent_a).note = "已核验原件"
        with self.assertRaises(AccessError):
            licences.create(
                {
                    "partner_id": self.enterprise_b.id,
                    "licence_type_id": self.licence_type.id,
                    "number": "B-002",
                }
            )
        with self.assertRaises(AccessError):
            self.licence_a.with_user(self.agent_a).unlink()

    def test_agent_maintains_the_enterprise_file(self):
        partner = self.enterprise_a.with_user(self.agent_a)
        partner.write({"employee_count": 120, "lifecycle_stage": "changing"})
        self.assertEqual(self.enterprise_a.employee_count, 120)

    def test_agents_add_notes_only(self):
        Event = self.Event.with_user(self.agent_a)
        note = Event.create({"partner_id": self.enterprise_a.id, "name": "电话回访"})
        self.assertEqual(note.kind, "note")
        with self.assertRaises(UserError):
            Event.create(
                {"partner_id": self.enterprise_a.id, "name": "伪造", "kind": "stage"}
            )
        with self.assertRaises(AccessError):
            Event.create({"partner_id": self.enterprise_b.id, "name": "越权"})
        with self.assertRaises(AccessError):
            note.write({"name": "改写"})

    def test_timeline_is_scoped_like_the_licences(self):
        events = self.Event.with_user(self.agent_a).search([])
        self.assertIn(self.internal_event_a, events)
        self.assertFalse(events.filtered(lambda e: e.partner_id == self.enterprise_b))
        events = self.Event.with_user(self.county_admin_b).search([])
        self.assertTrue(events)
        self.assertEqual(events.partner_id, self.enterprise_b)
        both = self.Event.with_user(self.city_admin).search(
            [("partner_id", "in", (self.enterprise_a | self.enterprise_b).ids)]
        )
        self.assertEqual(both.partner_id, self.enterprise_a | self.enterprise_b)

    def test_county_admin_sees_their_county(self):
        licences = self.Licence.with_user(self.county_admin_b)
        self.assertEqual(
            licences.search([("number", "in", ("A-001", "B-001"))]), self.licence_b
        )
        history = self.env["park.enterprise.stage.history"].with_user(
            self.county_admin_b
        )
        self.assertEqual(history.search([]).partner_id, self.enterprise_b)

    def test_city_admin_sees_all(self):
        licences = self.Licence.with_user(self.city_admin)
        self.assertEqual(
            licences.search([("number", "in", ("A-001", "B-001"))]),
            self.licence_a | self.licence_b,
        )

    def test_portal_user_sees_only_their_own_file(self):
        licences = self.Licence.with_user(self.portal_a)
        self.assertEqual(licences.search([]), self.licence_a)
        with self.assertRaises(AccessError):
            self.licence_b.with_user(self.portal_a).read(["number"])
        with self.assertRaises(AccessError):
            self.licence_a.with_user(self.portal_a).write({"number": "改号"})
        events = self.Event.with_user(self.portal_a).search([])
        self.assertTrue(events)
        self.assertEqual(events.partner_id, self.enterprise_a)
        self.assertNotIn(self.internal_event_a, events, "internal notes stay internal")
        self.assertEqual(
            self.Licence.with_user(self.portal_b).search([]), self.licence_b
        )

    def test_plain_employee_has_no_access(self):
        with self.assertRaises(AccessError):
            self.Licence.with_user(self.employee).search([])
        with self.assertRaises(AccessError):
            self.Event.with_user(self.employee).search([])

    def test_import_is_for_station_managers_and_above(self):
        with self.assertRaises(AccessError):
            self.env["park.enterprise.import"].with_user(self.agent_a).create({})
        self.env["park.enterprise.import"].with_user(self.county_admin_b).create({})

    def test_agent_cannot_change_the_file_of_another_parks_enterprise(self):
        """The file is scoped by record rules on res.partner: another park's
        enterprise can't be read, changed, moved into, created or deleted."""
        Partner = self.env["res.partner"].with_user(self.agent_a)
        with self.assertRaises(AccessError):
            self.enterprise_b.with_user(self.agent_a).write(
                {"lifecycle_stage": "closed"}
            )
        with self.assertRaises(AccessError):
            self.enterprise_a.with_user(self.agent_a).write({"park_id": self.park_b.id})
        with self.assertRaises(AccessError):
            Partner.create(
                {
                    "name": "越权新建企业",
                    "is_company": True,
                    "is_park_enterprise": True,
                    "park_id": self.park_b.id,
                }
            )
        with self.assertRaises(AccessError):
            self.enterprise_b.with_user(self.agent_a).unlink()
        self.assertTrue(self.enterprise_b.exists())
        self.assertEqual(self.enterprise_b.lifecycle_stage, "construction")
        self.assertEqual(self.enterprise_a.park_id, self.park_a)
        with self.assertRaises(AccessError):
            self.enterprise_b.with_user(self.agent_a).phone = "0533-1234567"
        self.enterprise_b.with_user(self.county_admin_b).lifecycle_stage = "operating"
        self.enterprise_a.with_user(self.city_admin).is_key_enterprise = True

    def test_licence_cannot_be_moved_to_another_parks_enterprise(self):
        with self.assertRaises(AccessError):
            self.licence_a.with_user(self.agent_a).write(
                {"partner_id": self.enterprise_b.id}
            )
        self.assertEqual(self.licence_a.partner_id, self.enterprise_a)

    def test_agent_cannot_mark_a_licence_as_reminded(self):
        with self.assertRaises(AccessError):
            self.licence_a.with_user(self.agent_a).write(
                {"reminder_sent_for": "2030-01-01"}
            )
        self.assertFalse(self.licence_a.reminder_sent_for)
