# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from psycopg2 import IntegrityError

from odoo import fields
from odoo.fields import Command
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import ParkEnterpriseCommon


@tagged("post_install", "-at_install")
class TestLicenceReminder(ParkEnterpriseCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env["park.enterprise.licence"])
        cls.Licence = cls.env["park.enterprise.licence"]
        cls.cron = cls.env.ref("park_enterprise.ir_cron_licence_expiry_reminder")
        cls.activity_type = cls.env.ref(
            "park_enterprise.mail_activity_type_licence_renewal"
        )
        # licences already in the database (sample data) stay out of the way
        cls.Licence.search([("reminder_pending", "=", True)]).active = False
        # the agent of park A is agent_a: park_base's agent serves another park
        cls.agent.park_park_ids = cls.park_a2

    def _activities(self, licence):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "park.enterprise.licence"),
                ("res_id", "=", licence.id),
                ("activity_type_id", "=", self.activity_type.id),
            ]
        )

    def _reminder_mails(self, licence):
        """Mails posted to recipients (the reminder, in the enterprise's
        language)."""
        return licence.message_ids.filtered(
            lambda m: m.message_type == "comment" and m.partner_ids
        )

    def test_state_follows_the_window(self):
        soon = self._create_licence(
            self.enterprise_a, "S-1", self.today + timedelta(10)
        )
        later = self._create_licence(
            self.enterprise_a, "S-2", self.today + timedelta(60)
        )
        long_type = self._create_licence(
            self.enterprise_a,
            "S-3",
            self.today + timedelta(60),
            licence_type_id=self.licence_type_long.id,
        )
        past = self._create_licence(self.enterprise_a, "S-4", self.today - timedelta(1))
        unlimited = self._create_licence(self.enterprise_a, "S-5")
        self.assertEqual(soon.state, "expiring")
        self.assertEqual(later.state, "valid")
        self.assertEqual(long_type.state, "expiring", "the type reminds 90 days ahead")
        self.assertEqual(past.state, "expired")
        self.assertEqual(unlimited.state, "valid")
        mine = [("partner_id", "=", self.enterprise_a.id)]
        self.assertEqual(
            self.Licence.search(mine + [("state", "=", "expiring")]), soon | long_type
        )
        self.assertEqual(self.Licence.search(mine + [("state", "=", "expired")]), past)
        self.assertEqual(
            self.Licence.search(mine + [("state", "=", "valid")]), later | unlimited
        )
        self.assertEqual(self.enterprise_a.park_licence_expiring_count, 3)

    def test_cron_reminds_once_per_licence_and_window(self):
        licence = self._create_licence(
            self.enterprise_a, "R-1", self.today + timedelta(10)
        )
        not_yet = self._create_licence(
            self.enterprise_a, "R-2", self.today + timedelta(45)
        )
        done = self.Licence._cron_send_expiry_reminders()
        self.assertIn(licence, done)
        self.assertNotIn(not_yet, done)

        activity = self._activities(licence)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.agent_a, "the park's agent")
        self.assertEqual(activity.date_deadline, licence.expiry_date)
        mail = self._reminder_mails(licence)
        self.assertEqual(len(mail), 1)
        self.assertEqual(mail.partner_ids, self.contact_a, "the service contact")
        self.assertEqual(licence.reminder_sent_for, licence.expiry_date)
        self.assertFalse(licence.reminder_pending)
        self.assertFalse(self._activities(not_yet))
        events = self.enterprise_a.park_event_ids.filtered(
            lambda e: e.res_id == licence.id and "expires on" in e.name
        )
        self.assertEqual(len(events), 1)

        # the next runs change nothing for this window
        self.Licence._cron_send_expiry_reminders()
        self.Licence._cron_send_expiry_reminders()
        self.assertEqual(len(self._activities(licence)), 1)
        self.assertEqual(len(self._reminder_mails(licence)), 1)

        # renewal closes the activity and opens a new window
        licence.expiry_date = self.today + timedelta(20)
        self.assertTrue(licence.reminder_pending)
        self.assertFalse(self._activities(licence), "renewal marks the activity done")
        self.Licence._cron_send_expiry_reminders()
        self.assertEqual(len(self._activities(licence)), 1)
        self.assertEqual(len(self._reminder_mails(licence)), 2)
        self.assertEqual(licence.reminder_sent_for, self.today + timedelta(20))

    def test_cron_works_in_batches(self):
        licences = self.Licence
        for number in range(3):
            licences |= self._create_licence(
                self.enterprise_b, f"B-{number}", self.today + timedelta(5)
            )
        pending = self.Licence.search([("reminder_pending", "=", True)])
        with self._as_scheduled("park_enterprise.ir_cron_licence_expiry_reminder") as (
            context,
            progress,
        ):
            # out of time after the first batch: the scheduler calls again
            first = self.Licence.with_context(**context)._cron_send_expiry_reminders(
                batch_size=2
            )
            self.assertEqual(len(first), 2)
            self.assertEqual(progress.done, 2)
            self.assertTrue(progress.remaining)
        # by hand, every batch at once
        second = self.Licence._cron_send_expiry_reminders(batch_size=2)
        self.assertFalse(first & second)
        self.assertLessEqual(licences, first | second)
        self.assertFalse(licences.filtered("reminder_pending"))
        self.assertLessEqual(first | second, pending)
        for licence in licences:
            self.assertEqual(len(self._activities(licence)), 1)

    def test_reminder_goes_to_the_responsible_agent_first(self):
        other_agent = self.env["res.users"].create(
            {
                "name": "另一位代办员",
                "login": "ent_other_agent",
                "group_ids": [
                    Command.set(self.env.ref("park_base.group_park_agent").ids)
                ],
                "park_park_ids": [Command.set(self.park_a.ids)],
            }
        )
        self.enterprise_a.user_id = other_agent
        licence = self._create_licence(
            self.enterprise_a, "P-1", self.today + timedelta(3)
        )
        self.Licence._cron_send_expiry_reminders()
        self.assertEqual(self._activities(licence).user_id, other_agent)

    def test_without_agent_or_contact(self):
        """Park B has no agent: the administrator gets the activity; enterprise
        B has no e-mail: no mail, but the reminder is still done once."""
        licence = self._create_licence(
            self.enterprise_b, "N-1", self.today + timedelta(3)
        )
        self.Licence._cron_send_expiry_reminders()
        self.assertEqual(
            self._activities(licence).user_id, self.env.ref("base.user_admin")
        )
        self.assertFalse(self._reminder_mails(licence))
        self.assertFalse(licence.reminder_pending)

    def test_default_days_come_from_the_settings(self):
        licence = self._create_licence(
            self.enterprise_a, "D-1", self.today + timedelta(40)
        )
        self.assertEqual(licence.state, "valid")
        settings = self.env["res.config.settings"].create(
            {"park_licence_reminder_days": 45}
        )
        settings.execute()
        licence.invalidate_recordset(["state"])
        self.assertEqual(licence.state, "expiring")
        self.assertIn(licence, self.Licence._cron_send_expiry_reminders())

    def test_licence_timeline_and_renewal_events(self):
        licence = self._create_licence(
            self.enterprise_a, "T-1", self.today + timedelta(100)
        )
        events = self.enterprise_a.park_event_ids.filtered(
            lambda e: e.kind == "licence"
        )
        self.assertEqual(len(events), 1)
        self.assertIn("T-1", events.name)
        licence.expiry_date = self.today + timedelta(465)
        events = self.enterprise_a.park_event_ids.filtered(
            lambda e: e.kind == "licence"
        )
        self.assertEqual(len(events), 2)
        self.assertIn("renewed", events.sorted("id")[-1].name)

    def test_dates_and_numbers_are_checked_in_the_database(self):
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self._create_licence(
                self.enterprise_a,
                "X-1",
                self.today,
                issue_date=self.today + timedelta(1),
            ).flush_recordset()
        self._create_licence(self.enterprise_a, "X-2")
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self._create_licence(self.enterprise_b, "X-2").flush_recordset()
