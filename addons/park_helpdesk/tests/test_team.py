# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.fields import Command
from odoo.tests import tagged

from .common import ParkHelpdeskCommon, day


@tagged("post_install", "-at_install")
class TestTeamsAndRota(ParkHelpdeskCommon):
    def test_members_come_from_staff_assignments(self):
        self.env["park.staff.assignment"].create(
            [
                {
                    "station_id": self.station_a1.id,
                    "partner_id": self.agent.partner_id.id,
                    "user_id": self.agent.id,
                    "role": "help_agent",
                    "date_start": day("2020-01-01"),
                },
                {
                    "station_id": self.station_a1.id,
                    "partner_id": self.agent_2.partner_id.id,
                    "user_id": self.agent_2.id,
                    "role": "reception",
                    "date_start": day("2020-01-01"),
                },
            ]
        )
        self.team_park.action_park_sync_members()
        self.assertEqual(self.team_park.user_ids, self.agent)

    def test_month_rota_turns_and_copies_forward(self):
        wizard = (
            self.env["park.helpdesk.rota.generate"]
            .with_user(self.station_manager)
            .create({"team_id": self.team_park.id, "month": day("2035-10-01")})
        )
        self.assertEqual(wizard.station_id, self.station_a1)
        wizard.action_generate()
        Rota = self.env["park.helpdesk.rota"]
        october = Rota.search([("team_id", "=", self.team_park.id)], order="date")
        # 23 weekdays in October 2035, 5 of them National Day holidays
        self.assertEqual(len(october), 18)
        self.assertEqual(october[0].date, day("2035-10-08"))
        self.assertEqual(october[0].user_id, self.agent)
        self.assertEqual(october[1].user_id, self.agent_2)
        with self.assertRaisesRegex(UserError, "already has a rota"):
            wizard.action_generate()
        wizard.action_copy_forward()
        november = Rota.search(
            [("team_id", "=", self.team_park.id), ("date", ">=", "2035-11-01")],
            order="date",
        )
        self.assertEqual(len(november), 22)
        self.assertEqual(november[0].date, day("2035-11-01"))
        self.assertEqual(november[0].user_id, self.agent)

    def test_new_case_goes_to_the_on_duty_member_with_fewest_open_cases(self):
        Rota = self.env["park.helpdesk.rota"]
        with freeze_time("2035-10-08"):
            # nobody on the rota: all members, the least busy first
            first = self._file()
            second = self._file(matter=self.matter_instant)
            self.assertEqual(first.team_id, self.team_park)
            self.assertEqual(
                {first.user_id, second.user_id}, {self.agent, self.agent_2}
            )
            Rota.create(
                {
                    "team_id": self.team_park.id,
                    "station_id": self.station_a1.id,
                    "date": day("2035-10-08"),
                    "user_id": self.agent_2.id,
                }
            )
            third = self._file()
            fourth = self._file(matter=self.matter_instant)
        self.assertEqual(third.user_id, self.agent_2)
        self.assertEqual(fourth.user_id, self.agent_2)

    def test_rota_member_must_be_in_the_team(self):
        with self.assertRaisesRegex(Exception, "not a member"):
            self.env["park.helpdesk.rota"].create(
                {
                    "team_id": self.team_park.id,
                    "station_id": self.station_a1.id,
                    "date": day("2035-10-08"),
                    "user_id": self.agent_b.id,
                }
            )


@tagged("post_install", "-at_install")
class TestEscalation(ParkHelpdeskCommon):
    def test_agent_escalates_park_county_city_with_history(self):
        case = self._file(user=self.agent)
        with freeze_time("2035-09-28"):
            case.action_park_accept()
        wizard = (
            self.env["park.helpdesk.escalate"]
            .with_user(self.agent)
            .create({"ticket_ids": [Command.set(case.ids)], "reason": "涉及跨部门审批"})
        )
        wizard.action_escalate()
        self.assertEqual(case.park_level, "county")
        self.assertEqual(case.team_id, self.team_county)
        self.assertEqual(case.user_id, self.county_admin)
        history = case.escalation_ids
        self.assertEqual(history.level_from, "park")
        self.assertEqual(history.level_to, "county")
        self.assertEqual(history.team_from_id, self.team_park)
        self.assertEqual(history.deadline_before, day("2035-10-09"))
        self.assertEqual(history.deadline_after, day("2035-10-09"))
        self.assertEqual(history.user_id, self.agent)
        self.assertFalse(history.is_automatic)
        # the park agent still follows the case of their park
        self.assertTrue(case.with_user(self.agent).escalation_ids)
        case.with_user(self.county_admin)._park_escalate("需市级协调")
        self.assertEqual(case.park_level, "city")
        self.assertEqual(case.team_id, self.team_city)
        self.assertEqual(len(case.escalation_ids), 2)
        events = self.env["park.enterprise.event"].search(
            [("res_model", "=", "helpdesk.ticket"), ("res_id", "=", case.id)]
        )
        self.assertEqual(len(events), 4)  # filed, accepted, escalated twice

    def test_escalating_beyond_the_city_is_refused(self):
        case = self._file()
        case._park_escalate("一")
        case._park_escalate("二")
        with self.assertRaisesRegex(UserError, "can't be escalated any further"):
            case._park_escalate("三")
        self.assertEqual(case.park_level, "city")
        self.assertEqual(len(case.escalation_ids), 2)

    def test_escalation_needs_a_reason(self):
        case = self._file()
        with self.assertRaisesRegex(UserError, "reason"):
            case._park_escalate("  ")
        self.assertEqual(case.park_level, "park")

    def test_extra_days_on_escalation_move_the_deadline(self):
        self.env["ir.config_parameter"].set_param(
            "park_helpdesk.escalation_extra_days", "2"
        )
        case = self._file()
        with freeze_time("2035-09-28"):
            case.action_park_accept()
            case._park_escalate("延长")
        self.assertEqual(case.escalation_ids.deadline_after, day("2035-10-11"))
        self.assertEqual(case.deadline_date, day("2035-10-11"))

    def test_undelegated_matter_goes_to_its_approval_level_at_intake(self):
        self.assertEqual(
            self.env["ir.config_parameter"].get_param(
                "park_helpdesk.escalate_undelegated"
            ),
            "1",
        )
        self.assertEqual(self.matter.approval_level, "county")
        delegation = self.delegations.filtered(
            lambda d: d.park_id == self.park_a1 and d.matter_id == self.matter
        )
        delegation.date_to = day("2025-12-31")  # no longer in force
        case = self._file()
        self.assertEqual(case.park_level, "county")
        self.assertEqual(case.team_id, self.team_county)
        self.assertTrue(case.escalation_ids.is_automatic)
        self.assertIn("not delegated", case.escalation_ids.reason)
        delegation.date_to = False
        delegated = self._file()
        self.assertEqual(delegated.park_level, "park")
        self.assertEqual(delegated.team_id, self.team_park)
        self.assertFalse(delegated.escalation_ids)
        self.env["ir.config_parameter"].set_param(
            "park_helpdesk.escalate_undelegated", "0"
        )
        delegation.date_to = day("2025-12-31")
        self.assertEqual(self._file().park_level, "park")
