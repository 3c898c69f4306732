# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.fields import Command
from odoo.tests import tagged

from .common import ParkHelpdeskCommon, day


@tagged("post_install", "-at_install")
class TestOutcome(ParkHelpdeskCommon):
    def _accepted(self, **vals):
        case = self._file(**vals)
        with freeze_time("2035-09-28"):
            case.action_park_accept()
        return case

    def test_completing_with_missing_materials_is_refused(self):
        case = self._accepted()
        case.material_line_ids[0].action_mark_received()
        with self.assertRaisesRegex(UserError, "环评批复"):
            case.action_park_complete()
        self.assertEqual(case.park_state, "accepted")
        self.assertFalse(case.outcome)
        # the optional material does not hold the case back
        case.material_line_ids[1].action_mark_received()
        case.action_park_complete()
        self.assertEqual(case.park_state, "done")

    def test_approval_puts_the_licence_in_the_enterprise_file(self):
        case = self._accepted(licence_number="370300-PW-0001")
        self._receive_all(case)
        with freeze_time("2035-10-08"):
            case.action_park_complete()
        self.assertEqual(case.outcome, "approved")
        self.assertEqual(case.done_date, day("2035-10-08"))
        self.assertEqual(case.handling_days, 2)
        licence = case.licence_id
        self.assertEqual(licence.partner_id, self.ent_a)
        self.assertEqual(licence.licence_type_id, self.licence_type)
        self.assertEqual(licence.number, "370300-PW-0001")
        kinds = self.env["park.enterprise.event"].search(
            [("partner_id", "=", self.ent_a.id), ("kind", "=", "case")]
        )
        self.assertEqual(len(kinds), 3)  # filed, accepted, completed

    def test_refusal_needs_a_reason(self):
        case = self._accepted()
        with self.assertRaisesRegex(UserError, "reason"):
            case.action_park_refuse(" ")
        self.assertEqual(case.park_state, "accepted")
        wizard = (
            self.env["park.helpdesk.refuse"]
            .with_user(self.agent)
            .create({"ticket_id": case.id, "reason": "不符合产业政策"})
        )
        wizard.action_refuse()
        self.assertEqual(case.outcome, "refused")
        self.assertEqual(case.park_state, "refused")
        self.assertFalse(case.licence_id)

    def test_withdrawn_case_is_closed(self):
        case = self._accepted()
        case.action_park_withdraw()
        self.assertEqual(case.outcome, "withdrawn")
        self.assertEqual(case.deadline_state, "closed")
        with self.assertRaisesRegex(UserError, "closed"):
            case.action_park_accept()

    def test_joint_case_completes_when_all_parts_are_done(self):
        case = self._accepted()
        self._receive_all(case)
        other = self.env.ref("park_base.department_tax")
        case.part_ids = [
            Command.create(
                {"department_id": self.department.id, "user_id": self.agent.id}
            ),
            Command.create({"department_id": other.id, "user_id": self.agent_2.id}),
        ]
        with self.assertRaisesRegex(UserError, "not done"):
            case.action_park_complete()
        case.part_ids[0].with_user(self.agent).action_done()
        self.assertEqual(case.park_state, "accepted")
        case.part_ids[1].with_user(self.agent_2).action_done()
        self.assertEqual(case.park_state, "done")
        self.assertEqual(case.outcome, "approved")


@tagged("post_install", "-at_install")
class TestVisit(ParkHelpdeskCommon):
    def test_door_to_door_visit_is_planned_for_its_staff(self):
        self.ent_a.write({"street": "化工路1号", "city": "淄博"})
        case = self._file(
            user=self.agent,
            channel_id=self.env.ref("park_helpdesk.channel_door_to_door").id,
        )
        self.assertEqual(case.park_channel, "door_to_door")
        visit = (
            self.env["park.helpdesk.visit"]
            .with_user(self.agent)
            .create(
                {
                    "ticket_id": case.id,
                    "date_start": "2035-10-08 02:00:00",
                    "user_ids": [Command.set((self.agent | self.agent_2).ids)],
                }
            )
        )
        self.assertIn("化工路1号", visit.address)
        self.assertEqual(visit.park_id, self.park_a1)
        self.assertEqual(visit.activity_ids.user_id, self.agent | self.agent_2)
        self.assertEqual(visit.activity_ids[0].date_deadline, day("2035-10-08"))
        visit.action_done()
        self.assertEqual(visit.state, "done")
        self.assertFalse(visit.activity_ids)
        # another park's agent does not see it
        self.assertFalse(
            self.env["park.helpdesk.visit"]
            .with_user(self.agent_b)
            .search([("id", "=", visit.id)])
        )
