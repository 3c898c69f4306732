# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command
from odoo.tests import Form, tagged

from .common import ParkSupervisionCommon, day

CRON = "park_supervision.ir_cron_park_pilot_milestone_overdue"


@tagged("post_install", "-at_install")
class TestPilotPlan(ParkSupervisionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plan = cls._plan(cls.county_a)
        with freeze_time("2026-05-01"):
            cls._make_milestones()
            cls.env.flush_all()

    @classmethod
    def _make_milestones(cls):
        cls.ms_centre = cls._milestone(cls.plan, "2026-06-30")
        cls.ms_list = cls._milestone(cls.plan, "2026-07-31", name="公布园区事项清单")

    def test_county_admin_drafts_a_plan_for_the_pilot_parks_of_their_county(self):
        Plan = self.Plan.with_user(self.county_admin)
        with Form(Plan) as form:
            form.name = "甲区一园一策实施方案"
            self.assertEqual(form.county_id, self.county_a)
            form.park_ids.add(self.park_a1)
            form.park_ids.add(self.park_a2)
            with form.milestone_ids.new() as milestone:
                milestone.name = "选配企业服务人员"
                milestone.deadline = day("2026-07-31")
            with form.budget_line_ids.new() as line:
                line.kind = "funds"
                line.description = "服务中心装修"
                line.amount = 120000
            with form.budget_line_ids.new() as line:
                line.kind = "equipment"
                line.description = "自助终端2台"
                line.amount = 35000.5
        plan = form.record
        self.assertEqual(plan.state, "draft")
        self.assertEqual(plan.park_ids, self.park_a1 | self.park_a2)
        self.assertEqual(plan.milestone_ids.user_id, self.county_admin)
        self.assertEqual(plan.currency_id, self.env.ref("base.CNY"))
        self.assertEqual(plan.budget_total, 155000.5)
        self.assertEqual(plan.budget_total_capitals, "壹拾伍万伍仟元伍角")

    def test_plan_takes_only_the_pilot_parks_of_its_county(self):
        with self.assertRaisesRegex(ValidationError, "乙县产业园"):
            self._plan(self.county_a, park_ids=[Command.set(self.park_b1.ids)])
        self.park_a2.is_pilot = False
        with self.assertRaisesRegex(ValidationError, "甲区科技园"):
            self.plan.park_ids = self.park_a1 | self.park_a2

    def test_plan_belongs_to_a_county_not_a_township(self):
        with self.assertRaisesRegex(ValidationError, "county"):
            self._plan(self.township_a, park_ids=[])

    @freeze_time("2026-05-02")
    def test_progress_counts_the_milestones_done(self):
        self.assertEqual(self.plan.progress, 0)
        self.ms_centre.action_done()
        self.assertEqual(self.plan.progress, 50)
        self.assertEqual(self.plan.milestone_done_count, 1)
        with self.assertRaisesRegex(UserError, "already done"):
            self.ms_centre.action_done()
        self.ms_list.done_date = day("2026-07-20")
        self.assertEqual(self.plan.progress, 100)
        self.ms_list.action_reopen()
        self.assertEqual(self.ms_list.state, "open")
        self.assertEqual(self.plan.progress, 50)

    def test_milestone_on_time_when_done_by_its_deadline(self):
        self.ms_centre.done_date = day("2026-06-30")
        self.ms_list.done_date = day("2026-08-01")
        self.assertTrue(self.ms_centre.is_on_time)
        self.assertFalse(self.ms_list.is_on_time)
        self.assertEqual((self.ms_centre | self.ms_list).mapped("state"), ["done"] * 2)

    def test_city_approves_county_starts_city_accepts_when_all_done(self):
        plan = self.plan.with_user(self.county_admin)
        with self.assertRaisesRegex(UserError, "city administrator"):
            plan.action_approve()
        with self.assertRaisesRegex(UserError, "not possible"):
            plan.action_start()
        self.plan.with_user(self.city_admin).action_approve()
        self.assertEqual(self.plan.state, "approved")
        plan.action_start()
        self.assertEqual(self.plan.state, "in_progress")
        self.ms_centre.action_done()
        with self.assertRaisesRegex(UserError, "all its milestones"):
            self.plan.with_user(self.city_admin).action_accept()
        with self.assertRaisesRegex(UserError, "city administrator"):
            plan.action_accept()
        self.ms_list.with_user(self.county_admin).action_done()
        self.plan.with_user(self.city_admin).action_accept()
        self.assertEqual(self.plan.state, "accepted")

    def test_plan_without_milestones_is_not_approved(self):
        plan = self._plan(self.county_b)
        with self.assertRaisesRegex(UserError, "milestones"):
            plan.with_user(self.city_admin).action_approve()

    def test_city_sends_an_approved_plan_back_to_draft(self):
        self.plan.action_approve()
        self.plan.with_user(self.city_admin).action_draft()
        self.assertEqual(self.plan.state, "draft")

    def test_overdue_milestone_reminds_its_owner_once(self):
        with freeze_time("2026-07-01"):
            self.assertEqual(self.ms_centre.state, "open")
            with self._as_scheduled(CRON) as (ctx, _progress):
                done = self.Milestone.with_context(**ctx)._cron_park_remind_overdue()
            self.assertEqual(done, self.ms_centre)
            self.assertEqual(self.ms_centre.state, "overdue")
            self.assertTrue(self.ms_centre.is_overdue)
            self.assertEqual(self.ms_list.state, "open")
            activity = self.ms_centre.activity_ids
            self.assertEqual(activity.user_id, self.county_admin)
            self.assertIn("建成园区企业服务中心", activity.summary)
            self.assertEqual(self.plan.milestone_overdue_count, 1)
            # not repeated the next day
            self.assertFalse(self.Milestone._cron_park_remind_overdue())
            self.assertEqual(len(self.ms_centre.activity_ids), 1)
        with freeze_time("2026-08-05"):
            # a moved deadline is reminded again once it passes
            self.ms_centre.deadline = day("2026-08-01")
            self.ms_list.action_done()
            done = self.Milestone._cron_park_remind_overdue()
            self.assertEqual(done, self.ms_centre)
            self.assertEqual(len(self.ms_centre.activity_ids), 2)
            self.assertFalse(self.ms_list.activity_ids)

    def test_milestone_done_late_is_no_longer_overdue(self):
        with freeze_time("2026-07-05"):
            self.Milestone._cron_park_remind_overdue()
            self.assertEqual(self.ms_centre.state, "overdue")
            self.ms_centre.action_done()
            self.assertEqual(self.ms_centre.state, "done")
            self.assertFalse(self.ms_centre.is_overdue)
            self.assertFalse(self.ms_centre.is_on_time)

    def test_printed_plan_shows_the_budget_total_in_capitals_and_milestones(self):
        self.plan.budget_line_ids = [
            Command.create(
                {"kind": "funds", "description": "服务中心建设", "amount": 1200000}
            ),
            Command.create(
                {"kind": "staff", "description": "购买服务人员", "amount": 345678.9}
            ),
        ]
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "park_supervision.report_park_pilot_plan", self.plan.ids
        )
        text = html.decode()
        self.assertIn("壹佰伍拾肆万伍仟陆佰柒拾捌元玖角", text)
        self.assertIn("1,545,678.90", text)
        self.assertIn("公布园区事项清单", text)
        self.assertIn("甲区化工园", text)
        # printed in Chinese for a Chinese user
        html, _kind = (
            self.env["ir.actions.report"]
            .with_context(lang="zh_CN")
            ._render_qweb_html("park_supervision.report_park_pilot_plan", self.plan.ids)
        )
        self.assertIn("合计（大写）", html.decode())
        self.assertIn("节点任务", html.decode())
