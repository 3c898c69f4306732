# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import ParkBaseCommon


@tagged("post_install", "-at_install")
class TestStaffAssignment(ParkBaseCommon):
    def test_department_required_for_department_sources(self):
        Assignment = self.env["park.staff.assignment"]
        with (
            self.assertRaisesRegex(ValidationError, "choose the department"),
            self.cr.savepoint(),
        ):
            Assignment.create(
                {
                    "partner_id": self.person.id,
                    "station_id": self.station_a1.id,
                    "source": "department_resident",
                }
            )
        assignment = Assignment.create(
            {
                "partner_id": self.person.id,
                "station_id": self.station_a1.id,
                "source": "department_rota",
                "department_id": self.department.id,
            }
        )
        self.assertEqual(assignment.display_name, "王敏 - 甲区化工园服务中心")
        self.assertEqual(assignment.park_id, self.park_a1)
        self.assertEqual(assignment.county_id, self.county_a)

    def test_dates_checked_in_database(self):
        with (
            self.assertRaises(IntegrityError) as caught,
            mute_logger("odoo.sql_db"),
            self.cr.savepoint(),
        ):
            self.env["park.staff.assignment"].create(
                {
                    "partner_id": self.person.id,
                    "station_id": self.station_a1.id,
                    "date_start": "2025-03-01",
                    "date_end": "2025-02-01",
                }
            )
        self.assertEqual(
            self.env["park.staff.assignment"]._sql_error_to_message(caught.exception),
            "The end date of a staff assignment cannot be before its start date.",
        )

    def test_overlap_refused(self):
        Assignment = self.env["park.staff.assignment"]
        Assignment.create(
            {
                "partner_id": self.person.id,
                "station_id": self.station_a1.id,
                "role": "reception",
                "date_start": "2025-01-01",
                "date_end": "2025-06-30",
            }
        )
        with (
            self.assertRaisesRegex(ValidationError, "may not overlap"),
            self.cr.savepoint(),
        ):
            Assignment.create(
                {
                    "partner_id": self.person.id,
                    "station_id": self.station_a1.id,
                    "role": "reception",
                    "date_start": "2025-06-01",
                }
            )
        # the next period, another role or another station are fine
        Assignment.create(
            [
                {
                    "partner_id": self.person.id,
                    "station_id": self.station_a1.id,
                    "role": "reception",
                    "date_start": "2025-07-01",
                },
                {
                    "partner_id": self.person.id,
                    "station_id": self.station_a1.id,
                    "role": "help_agent",
                    "date_start": "2025-06-01",
                },
                {
                    "partner_id": self.person.id,
                    "station_id": self.station_a2.id,
                    "role": "reception",
                    "date_start": "2025-06-01",
                },
            ]
        )
        self.assertEqual(
            Assignment.search_count([("partner_id", "=", self.person.id)]), 4
        )

    def test_states_follow_dates(self):
        Assignment = self.env["park.staff.assignment"]
        with freeze_time("2025-03-10"):
            planned, current, ending = Assignment.create(
                [
                    {
                        "partner_id": self.person.id,
                        "station_id": self.station_a2.id,
                        "role": "help_agent",
                        "date_start": "2025-03-11",
                    },
                    {
                        "partner_id": self.person_2.id,
                        "station_id": self.station_a2.id,
                        "role": "reception",
                        "date_start": "2025-01-01",
                        "date_end": "2025-03-10",
                    },
                    {
                        "partner_id": self.person_2.id,
                        "station_id": self.station_a2.id,
                        "role": "other",
                        "date_start": "2024-01-01",
                    },
                ]
            )
            self.assertEqual(
                (planned.state, current.state, ending.state),
                ("planned", "current", "current"),
            )
            self.assertTrue(self.station_a2.readiness_staff)
            self.assertFalse(self.station_a2.readiness_help_agent)
            self.assertFalse(Assignment._cron_update_states())
        with freeze_time("2025-03-11"):
            ending.date_end = date(2025, 3, 20)
            processed = Assignment._cron_update_states()
            self.assertEqual(processed, planned | current)
            self.assertEqual(planned.state, "current")
            self.assertEqual(current.state, "ended")
            self.assertFalse(current.active, "ended assignments are archived")
            self.assertTrue(self.station_a2.readiness_help_agent)
            self.assertTrue(self.station_a2.readiness_staff)
        with freeze_time("2025-03-21"):
            Assignment._cron_update_states()
            self.assertFalse(ending.active)
            self.assertEqual(
                self.station_a2.assignment_ids, planned, "only the helper is left"
            )

    def test_cron_batches(self):
        Assignment = self.env["park.staff.assignment"]
        with freeze_time("2025-01-01"):
            Assignment.create(
                [
                    {
                        "partner_id": partner.id,
                        "station_id": self.station_b1.id,
                        "date_start": "2025-01-01",
                        "date_end": "2025-01-31",
                    }
                    for partner in (self.person, self.person_2)
                ]
            )
        with (
            freeze_time("2025-02-02"),
            self._as_scheduled("park_base.ir_cron_park_staff_assignment_update") as (
                context,
                progress,
            ),
        ):
            # run by the scheduler out of time: one batch, committed and
            # counted, the rest left for the next call
            first = Assignment.with_context(**context)._cron_update_states(batch_size=1)
            self.assertEqual(len(first), 1)
            self.assertEqual((progress.done, progress.remaining), (1, 1))
            # called by hand: every batch at once
            second = Assignment._cron_update_states(batch_size=1)
            self.assertEqual(len(second), 1)
            self.assertNotEqual(first, second)
            self.assertFalse(Assignment._cron_update_states(batch_size=1))

    def test_onchange_user_fills_partner(self):
        with Form(self.env["park.staff.assignment"]) as form:
            form.station_id = self.station_a1
            form.user_id = self.agent
            self.assertEqual(form.partner_id, self.agent.partner_id)
            form.source = "department_rota"
            form.department_id = self.department
            form.source = "park_staff"
            self.assertFalse(form.department_id)
