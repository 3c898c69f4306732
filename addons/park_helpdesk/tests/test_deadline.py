# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest.mock import patch

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import ParkHelpdeskCommon, day


@tagged("post_install", "-at_install")
class TestDeadline(ParkHelpdeskCommon):
    def _accept(self, case, on):
        with freeze_time(on):
            case.action_park_accept()

    def _remaining(self, case, on):
        with freeze_time(on):
            case.invalidate_recordset(["remaining_days"])
            return case.remaining_days

    def test_deadline_skips_holidays_and_counts_make_up_days(self):
        case = self._file()
        # accepted Friday 28 September 2035: Saturday 29 is a make-up working
        # day (1), 1-5 October are holidays, Monday 8 (2), Tuesday 9 (3)
        self._accept(case, "2035-09-28")
        self.assertEqual(case.park_state, "accepted")
        self.assertEqual(case.accept_date, day("2035-09-28"))
        self.assertEqual(case.deadline_date, day("2035-10-09"))
        self.assertEqual(self._remaining(case, "2035-09-28"), 3)
        self.assertEqual(self._remaining(case, "2035-10-08"), 1)
        self.assertEqual(case.deadline_state, "on_time")

    def test_supplement_pauses_the_clock_and_extends_the_deadline(self):
        case = self._file()
        self._accept(case, "2035-09-28")
        case.material_line_ids[1].action_mark_missing()
        with freeze_time("2035-10-08"):
            case.action_park_request_supplement()
        self.assertEqual(case.park_state, "supplement")
        self.assertEqual(case.deadline_state, "paused")
        self.assertEqual(len(case.pause_ids), 1)
        with freeze_time("2035-10-10"):
            case.action_park_supplement_received()
        # Tuesday 9 and Wednesday 10 October were paused: 3 + 2 working days
        self.assertEqual(case.pause_ids.working_days, 2)
        self.assertEqual(case.paused_days, 2)
        self.assertEqual(case.deadline_date, day("2035-10-11"))
        self.assertEqual(case.park_state, "accepted")

    def test_supplement_sends_one_notice_listing_everything_missing(self):
        case = self._file()
        case.material_line_ids[:2].action_mark_missing()
        messages = case.message_ids
        with freeze_time("2035-09-28"):
            case.action_park_request_supplement()
        notice = case.message_ids - messages
        notice = notice.filtered(lambda m: "排污许可申请表" in (m.body or ""))
        self.assertEqual(len(notice), 1)
        self.assertIn("环评批复", notice.body)
        self.assertNotIn("其他说明", notice.body)
        self.assertIn(self.ent_a, notice.partner_ids)

    def test_supplement_without_missing_material_is_refused(self):
        case = self._file()
        with self.assertRaisesRegex(UserError, "Mark the missing materials"):
            case.action_park_request_supplement()
        self.assertEqual(case.park_state, "new")

    def test_instant_matter_is_due_the_same_day(self):
        case = self._file(matter=self.matter_instant)
        self._accept(case, "2035-09-28")
        self.assertEqual(case.deadline_date, day("2035-09-28"))
        self.assertEqual(self._remaining(case, "2035-09-28"), 0)
        self.assertEqual(case.deadline_state, "due_soon")

    def test_deadline_in_a_year_without_holidays_is_refused(self):
        case = self._file()
        with self.assertRaisesRegex(UserError, "no holidays for 2036"):
            self._accept(case, "2036-06-02")
        self.assertEqual(case.park_state, "new")
        self.assertFalse(case.accept_date)
        self.assertFalse(case.deadline_date)

    def test_agent_mode_needs_the_enterprise_authorisation(self):
        case = self._file(handling_mode="agent")
        with self.assertRaisesRegex(UserError, "authorisation"):
            self._accept(case, "2035-09-28")
        self.assertEqual(case.park_state, "new")
        case.write(
            {"authorisation_date": day("2035-09-27"), "authorisation_file": self._pdf()}
        )
        self._accept(case, "2035-09-28")
        self.assertEqual(case.park_state, "accepted")

    def test_daily_job_refreshes_status_and_escalates_late_cases(self):
        on_time = self._file()
        late = self._file(matter=self.matter_instant)
        self._accept(on_time, "2035-09-28")
        self._accept(late, "2035-09-28")
        with (
            freeze_time("2035-10-09"),
            patch.object(
                type(self.env["ir.cron"]), "_commit_progress", return_value=60
            ),
        ):
            self.Ticket._cron_park_daily()
        self.assertEqual(on_time.deadline_state, "due_soon")
        self.assertEqual(self._remaining(on_time, "2035-10-09"), 0)
        self.assertEqual(on_time.park_level, "park")
        # due 28 September, 3 working days late on 9 October: escalated
        self.assertEqual(late.deadline_state, "overdue")
        self.assertEqual(self._remaining(late, "2035-10-09"), -3)
        self.assertEqual(late.park_level, "county")
        self.assertEqual(late.team_id, self.team_county)
        self.assertTrue(late.escalation_ids.is_automatic)
        # the agent and the station manager are told
        self.assertEqual(late.activity_ids.user_id, self.agent_2 | self.station_manager)
        self.assertTrue(on_time.activity_ids)

    def test_history_of_the_matter_flags_cases_at_risk(self):
        slow = []
        for _i in range(5):
            case = self._file()
            self._accept(case, "2035-09-10")
            self._receive_all(case)
            with freeze_time("2035-09-17"):
                case.action_park_complete()
            slow.append(case)
        # five cases took 5 working days against a promise of 3
        self.assertEqual({c.handling_days for c in slow}, {5})
        case = self._file()
        self._accept(case, "2035-09-28")
        instant = self._file(matter=self.matter_instant)
        self.Ticket._park_refresh_risk()
        self.assertTrue(case.is_at_risk)
        self.assertFalse(instant.is_at_risk)
        self.assertEqual(case.predicted_finish_date, day("2035-10-11"))
