# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command
from odoo.tests import Form, tagged

from .common import ParkSupervisionCommon, day

CRON = "park_supervision.ir_cron_park_joint_meeting_action_overdue"


@tagged("post_install", "-at_install")
class TestJointMeeting(ParkSupervisionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.meeting = cls._meeting(cls.county_a)
        with freeze_time("2026-05-21"):
            cls._make_items()
            cls.env.flush_all()

    @classmethod
    def _make_items(cls):
        cls.item_staff = cls._action_item(cls.meeting, "2026-06-10")
        cls.item_list = cls._action_item(
            cls.meeting, "2026-06-30", name="编制园区事项清单"
        )

    def test_county_admin_plans_a_meeting_convened_by_the_leader_in_charge(self):
        with Form(self.Meeting.with_user(self.county_admin)) as form:
            form.name = "2026年第二次联席会议"
            self.assertEqual(form.county_id, self.county_a)
            form.convener_id = self.leader_a
            self.assertEqual(form.convener_title, "甲区副区长")
            form.department_ids.add(self.department)
            form.township_ids.add(self.township_a)
            form.park_ids.add(self.park_a1)
            form.agenda = "<p>研究试点园区人员配备</p>"
            with form.action_ids.new() as item:
                item.name = "落实帮办代办人员"
                item.deadline = day("2026-07-15")
        meeting = form.record
        self.assertEqual(meeting.state, "draft")
        self.assertEqual(meeting.action_ids.user_id, self.county_admin)
        self.assertEqual(meeting.action_ids.county_id, self.county_a)
        self.assertEqual(meeting.action_open_count, 1)

    def test_meeting_brings_together_its_own_county_only(self):
        with self.assertRaisesRegex(ValidationError, "乙县产业园"):
            self.meeting.park_ids = [Command.set(self.park_b1.ids)]
        with self.assertRaisesRegex(ValidationError, "甲镇"):
            self._meeting(
                self.county_b, township_ids=[Command.set(self.township_a.ids)]
            )

    def test_meeting_is_held_once_its_minutes_are_written(self):
        with self.assertRaisesRegex(UserError, "minutes"):
            self.meeting.action_held()
        self.meeting.minutes = "<p>会议议定三项事项</p>"
        self.meeting.action_held()
        self.assertEqual(self.meeting.state, "held")
        with self.assertRaisesRegex(UserError, "already held"):
            self.meeting.action_held()

    def test_action_item_done_cancelled_and_reopened(self):
        with freeze_time("2026-06-05"):
            self.item_staff.action_done()
        self.assertEqual(self.item_staff.state, "done")
        self.assertEqual(self.item_staff.done_date, day("2026-06-05"))
        with self.assertRaisesRegex(UserError, "open action item"):
            self.item_staff.action_cancel()
        self.item_list.action_cancel()
        self.assertEqual(self.meeting.action_open_count, 0)
        self.item_staff.action_reopen()
        self.assertEqual(self.item_staff.state, "open")
        self.assertFalse(self.item_staff.done_date)

    def test_overdue_action_item_reminds_its_owner_once(self):
        self.item_list.user_id = self.city_admin
        with freeze_time("2026-07-02"):
            self.item_staff.action_cancel()
            with self._as_scheduled(CRON) as (ctx, _progress):
                done = self.ActionItem.with_context(**ctx)._cron_park_remind_overdue()
            self.assertEqual(done, self.item_list)
            self.assertTrue(self.item_list.is_overdue)
            self.assertFalse(self.item_staff.is_overdue)
            self.assertEqual(self.item_list.activity_ids.user_id, self.city_admin)
            self.assertEqual(self.meeting.action_overdue_count, 1)
            self.assertFalse(self.ActionItem._cron_park_remind_overdue())
            self.assertEqual(len(self.item_list.activity_ids), 1)
            self.item_list.action_done()
            self.assertFalse(self.item_list.is_overdue)

    def test_printed_minutes_list_the_decisions(self):
        self.meeting.write(
            {
                "minutes": "<p>会议议定：加快服务站建设</p>",
                "department_ids": [Command.set(self.department.ids)],
            }
        )
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "park_supervision.report_park_joint_meeting", self.meeting.ids
        )
        text = html.decode()
        self.assertIn("张建国", text)
        self.assertIn("甲区副区长", text)
        self.assertIn("加快服务站建设", text)
        self.assertIn("编制园区事项清单", text)
        self.assertIn(self.department.name, text)
