# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from odoo.addons.park_helpdesk.tests.common import day

from .common import ParkRatingCommon

CRON = "park_rating.ir_cron_park_rating_rectifications"


@tagged("post_install", "-at_install")
class TestRectification(ParkRatingCommon):
    def _bad_review(self, level="very_dissatisfied"):
        case = self._closed_case()
        # rated on Wednesday 26 September 2035: five working days later, over
        # the make-up Saturday and the National Day holidays, is 9 October
        with freeze_time("2035-09-26 03:00:00"):
            return case._park_rate(level, "portal", "窗口态度差")

    def _callback(self, rectification, acceptance, user=None):
        form = Form(
            self.env["park.rating.callback"]
            .with_user(user or self.station_manager)
            .with_context(default_rectification_id=rectification.id)
        )
        form.method = "phone"
        form.contact_name = "王经理"
        form.acceptance = acceptance
        return form.save()

    def _events(self, kind="rectification"):
        return self.env["park.enterprise.event"].search(
            [("partner_id", "=", self.ent_a.id), ("kind", "=", kind)]
        )

    def test_good_review_opens_no_rectification(self):
        case = self._closed_case()
        rating = case._park_rate("basically_satisfied", "portal")
        self.assertFalse(rating.is_bad)
        self.assertFalse(rating.rectification_ids)

    def test_bad_review_opens_a_rectification_for_the_station_manager(self):
        rating = self._bad_review("dissatisfied")
        rectification = rating.rectification_id
        self.assertTrue(rating.is_bad)
        self.assertEqual(rectification.state, "verify")
        self.assertEqual(rectification.user_id, self.station_manager)
        self.assertEqual(rectification.deadline_date, day("2035-10-09"))
        self.assertEqual(rectification.park_id, self.park_a1)
        activity = rectification.activity_ids
        self.assertEqual(activity.user_id, self.station_manager)
        self.assertEqual(activity.date_deadline, day("2035-10-09"))
        self.assertTrue(self._events().is_internal)

    def test_deadline_days_are_configurable(self):
        self.env["ir.config_parameter"].set_param("park_rating.rectification_days", 10)
        rating = self._bad_review()
        # 27, 28, 29 (make-up) September, 8 to 12 and 15, 16 October 2035
        self.assertEqual(rating.rectification_id.deadline_date, day("2035-10-16"))

    def test_bad_review_rectified_and_called_back(self):
        rectification = self._bad_review().rectification_id.with_user(
            self.station_manager
        )
        with self.assertRefused(UserError, "verification"):
            rectification.action_verify()
        with self.assertRefused(UserError, "call-back comes after"):
            self._callback(rectification, "accepted")
        rectification.verification = "核实属实：窗口人员解释不清"
        rectification.action_verify()
        self.assertEqual(rectification.state, "rectify")
        rectification.cause = "新入职人员业务不熟"
        with self.assertRefused(UserError, "Measures"):
            rectification.action_done()
        rectification.measures = "开展业务培训，一次性告知清单上墙"
        rectification.result = "已向企业当面说明并致歉"
        with freeze_time("2035-10-08"):
            rectification.action_done()
        self.assertEqual(rectification.state, "callback")
        self.assertEqual(rectification.done_date, day("2035-10-08"))
        self.assertTrue(rectification.is_on_time)
        # the enterprise does not accept: back to work, then accepted
        self._callback(rectification, "not_accepted")
        self.assertEqual(rectification.state, "rectify")
        self.assertTrue(rectification.is_called_back)
        self.assertFalse(rectification.is_accepted)
        rectification.result = "补充上门服务，办结排污许可"
        with freeze_time("2035-10-10"):
            rectification.action_done()
        self.assertFalse(rectification.is_on_time)
        callback = self._callback(rectification, "accepted")
        self.assertEqual(callback.user_id, self.station_manager)
        self.assertEqual(rectification.state, "closed")
        self.assertTrue(rectification.is_accepted)
        self.assertEqual(len(rectification.callback_ids), 2)
        events = self._events()
        self.assertGreaterEqual(len(events), 6)
        self.assertTrue(all(events.mapped("is_internal")))

    def test_agent_reads_but_does_not_work_a_rectification(self):
        rectification = self._bad_review().rectification_id
        as_agent = rectification.with_user(self.agent)
        self.assertEqual(as_agent.state, "verify")
        with self.assertRefused(AccessError, ""):
            as_agent.write({"verification": "代为核实"})
        with self.assertRefused(AccessError, ""):
            rectification.with_user(self.agent_b).read(["state"])

    def _run_cron(self, today):
        with self._as_scheduled(CRON, seconds_left=60) as (context, _progress):
            self.env["park.rating.rectification"].with_context(
                **context
            )._cron_park_rectifications(today=day(today))

    def test_reminder_before_the_deadline_and_escalation_after_it(self):
        rectification = self._bad_review().rectification_id
        first = rectification.activity_ids
        self._run_cron("2035-10-05")  # holiday; the next working day is 8 Oct
        self.assertFalse(rectification.is_reminded)
        self._run_cron("2035-10-08")
        self.assertTrue(rectification.is_reminded)
        reminder = rectification.activity_ids - first
        self.assertEqual(reminder.user_id, self.station_manager)
        self.assertIn("2035-10-09", reminder.summary)
        self._run_cron("2035-10-09")  # due today: not overdue yet
        self.assertFalse(rectification.is_escalated)
        self._run_cron("2035-10-10")
        self.assertTrue(rectification.is_escalated)
        self.assertEqual(rectification.escalation_date, day("2035-10-10"))
        county = rectification.activity_ids.filtered(
            lambda a: a.user_id == self.county_admin
        )
        self.assertEqual(len(county), 1)
        # escalated once only
        self._run_cron("2035-10-11")
        self.assertEqual(
            len(
                rectification.activity_ids.filtered(
                    lambda a: a.user_id == self.county_admin
                )
            ),
            1,
        )

    def test_rectified_case_is_not_escalated(self):
        rectification = self._bad_review().rectification_id
        rectification.write(
            {"verification": "属实", "cause": "a", "measures": "b", "result": "c"}
        )
        rectification.action_verify()
        with freeze_time("2035-10-09"):
            rectification.action_done()
        self._run_cron("2035-10-12")
        self.assertFalse(rectification.is_escalated)

    def test_deadline_days_set_in_the_settings(self):
        settings = Form(self.env["res.config.settings"])
        self.assertEqual(settings.park_rating_rectification_days, 5)
        settings.park_rating_rectification_days = 3
        settings.save().execute()
        rating = self._bad_review()
        # 27, 28 and 29 (make-up Saturday) September 2035
        self.assertEqual(rating.rectification_id.deadline_date, day("2035-09-29"))

    def test_status_deadline_and_dates_follow_the_steps(self):
        rectification = self._bad_review().rectification_id.with_user(
            self.station_manager
        )
        for vals in (
            {"state": "closed"},
            {"deadline_date": "2035-12-31"},
            {"done_date": "2035-09-27"},
            {"is_escalated": False},
        ):
            with self.assertRefused(AccessError, "follow its steps"):
                rectification.write(vals)
        with self.assertRefused(UserError, "Cause"):
            rectification.cause = "写早了"
        self.assertEqual(rectification.state, "verify")
        self.assertEqual(rectification.deadline_date, day("2035-10-09"))
