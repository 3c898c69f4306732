# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from freezegun import freeze_time

from odoo.fields import Command
from odoo.tests import tagged

from .common import ParkSupervisionCommon, day

PERIOD = (day("2035-01-01"), day("2035-12-31"), 2035)


@tagged("post_install", "-at_install")
class TestIndicators(ParkSupervisionCommon):
    """Each indicator counted on data built here, with known numerators and
    denominators, for county A and county B at once."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Indicator = cls.env["park.evaluation.indicator"]
        cls.counties = cls.county_a | cls.county_b

    def _count(self, code, period=PERIOD):
        counter = getattr(self.Indicator, f"_park_count_{code}")
        figures = counter(self.counties, *period, {})
        return {
            county: figures.get(county.id, (0, 0))
            for county in (self.county_a, self.county_b)
        }

    def _assert_figures(self, code, expected_a, expected_b, period=PERIOD):
        figures = self._count(code, period)
        self.assertEqual(figures[self.county_a], expected_a, f"{code}: county A")
        self.assertEqual(figures[self.county_b], expected_b, f"{code}: county B")

    # ------------------------------------------------------------------
    def _delegate(self, park, matter, **vals):
        return self.env["park.matter.delegation"].create(
            dict(
                {
                    "park_id": park.id,
                    "matter_id": matter.id,
                    "department_id": self.department.id,
                    "document_number": f"淄审授〔2035〕{park.code}{matter.id}号",
                    "date_from": day("2035-02-01"),
                },
                **vals,
            )
        )

    def test_delegation_counts_matter_park_pairs_in_force(self):
        self.delegations.active = False
        self.matter_off_list.may_handle_in_park = False
        catalogue = self.env["park.matter"].search_count(
            [
                ("state", "=", "published"),
                ("is_latest", "=", True),
                ("may_handle_in_park", "=", True),
            ]
        )
        self._delegate(self.park_a1, self.matter)
        # a second document for the same matter and park counts once
        self._delegate(self.park_a1, self.matter, document_number="补充授权")
        self._delegate(self.park_a2, self.matter_instant)
        # ended before the end of the period: not in force
        self._delegate(self.park_a2, self.matter, date_to=day("2035-06-30"))
        # not in the catalogue's park matters
        self._delegate(self.park_b1, self.matter_off_list)
        # archived
        self._delegate(self.park_b1, self.matter, active=False)
        self._assert_figures("delegation", (2, 2 * catalogue), (0, catalogue))

    # ------------------------------------------------------------------
    def _case(self, done_on, late=False, escalate=False, enterprise=None, station=None):
        case = self._file(enterprise=enterprise, station=station)
        with freeze_time("2035-09-28"):
            case.action_park_accept()
        if escalate:
            with freeze_time("2035-09-28"):
                case._park_escalate("园区无权限办理")
        self._receive_all(case)
        finish = case.deadline_date + datetime.timedelta(days=3) if late else done_on
        with freeze_time(finish):
            case.action_park_complete()
        return case

    def test_cases_handled_in_park_and_on_time(self):
        self._case(day("2035-09-29"))
        self._case(day("2035-09-29"), late=True)
        escalated = self._case(day("2035-09-29"), escalate=True)
        self.assertNotEqual(escalated.park_level, "park")
        self._case(day("2035-09-29"), enterprise=self.ent_b, station=self.station_b1)
        # still open: not counted
        self._file()
        self._assert_figures("in_park", (2, 3), (1, 1))
        self._assert_figures("on_time", (2, 3), (1, 1))
        # a period before the cases were finished counts none of them
        self._assert_figures(
            "on_time", (0, 0), (0, 0), (day("2035-01-01"), day("2035-09-01"), 2035)
        )

    # ------------------------------------------------------------------
    def _rating(self, level, enterprise=None, station=None):
        case = self._closed_case(enterprise=enterprise, station=station)
        with freeze_time("2035-10-20"):
            return case._park_rate(level, "portal")

    def test_satisfaction_rectification_and_callback(self):
        self._rating("very_satisfied")
        self._rating("satisfied")
        bad = self._rating("dissatisfied")
        excluded = self._rating("very_dissatisfied")
        excluded.sudo().is_excluded = True
        self._rating(
            "very_dissatisfied", enterprise=self.ent_b, station=self.station_b1
        )
        rectification = bad.rectification_id
        self.assertTrue(rectification)
        rectification.sudo().write(
            {"state": "callback", "done_date": day("2035-10-25")}
        )
        self.env["park.rating.callback"].create(
            {
                "rectification_id": rectification.id,
                "method": "phone",
                "acceptance": "accepted",
                "date": datetime.datetime(2035, 10, 26, 9),
            }
        )
        self._assert_figures("satisfaction", (2, 3), (0, 1))
        self._assert_figures("rectification", (1, 1), (0, 1))
        self._assert_figures("callback", (1, 1), (0, 1))
        # at the end of September nothing was rated yet
        self._assert_figures(
            "satisfaction", (0, 0), (0, 0), (day("2035-01-01"), day("2035-09-30"), 2035)
        )

    # ------------------------------------------------------------------
    def test_visits_against_plan(self):
        Plan = self.env["park.visit.plan"]
        Plan.create(
            [
                {
                    "year": 2035,
                    "park_id": self.park_a1.id,
                    "department_id": self.department.id,
                    "planned_count": 3,
                },
                {
                    "year": 2035,
                    "park_id": self.park_a2.id,
                    "department_id": self.department.id,
                    "planned_count": 1,
                },
                {
                    "year": 2034,
                    "park_id": self.park_b1.id,
                    "department_id": self.department.id,
                    "planned_count": 5,
                },
            ]
        )
        Visit = self.env["park.visit"]

        def visit(park, date, done=True):
            record = Visit.create(
                {
                    "subject": "上门服务",
                    "park_id": park.id,
                    "department_id": self.department.id,
                    "date": date,
                }
            )
            if done:
                record.action_park_done()
            return record

        visit(self.park_a1, datetime.datetime(2035, 3, 1, 9))
        visit(self.park_a2, datetime.datetime(2035, 4, 1, 9))
        visit(self.park_a1, datetime.datetime(2035, 5, 1, 9), done=False)
        visit(self.park_a1, datetime.datetime(2034, 5, 1, 9))
        visit(self.park_b1, datetime.datetime(2035, 5, 1, 9))
        self._assert_figures("visit", (2, 4), (1, 0))
        visit_indicator = self.env.ref("park_supervision.indicator_visit")
        self.assertEqual(visit_indicator._park_value(2, 4), 50.0)
        self.assertEqual(visit_indicator._park_value(6, 4), 100.0, "capped")
        self.assertEqual(visit_indicator._park_value(1, 0), 0.0)

    # ------------------------------------------------------------------
    def test_pilot_milestones_on_time(self):
        plan = self._plan(self.county_a, year=2035)
        self._milestone(plan, "2035-07-31", done_date=day("2035-07-20"))
        self._milestone(plan, "2035-07-31", done_date=day("2035-08-05"))
        self._milestone(plan, "2035-06-30")
        other_year = self._plan(self.county_b, year=2034)
        self._milestone(other_year, "2034-07-31", done_date=day("2034-07-01"))
        self._assert_figures("milestone", (1, 3), (0, 0))

    # ------------------------------------------------------------------
    def test_stations_meeting_the_four_basics(self):
        self._assert_figures("station", (0, 2), (0, 1))
        station = self.station_a2
        station.write({"opening_hours": "工作日 8:30-17:30", "has_extranet": True})
        self.env["park.station.window"].create(
            {"name": "综合受理", "station_id": station.id}
        )
        self.env["park.station.equipment"].create(
            {"name": "高拍仪", "category": "camera", "station_id": station.id}
        )
        self.env["park.staff.assignment"].create(
            {
                "partner_id": self.person.id,
                "station_id": station.id,
                "source": "third_party",
                "role": "help_agent",
            }
        )
        self.assertTrue(station.is_ready)
        self._assert_figures("station", (1, 2), (0, 1))

    # ------------------------------------------------------------------
    def test_enterprise_awareness(self):
        Survey = self.env["survey.survey"]
        awareness = Survey.create(
            {"title": "园区事园区办知晓度调查", "park_survey_kind": "awareness"}
        )
        satisfaction = Survey.create(
            {"title": "满意度调查", "park_survey_kind": "satisfaction"}
        )
        contact_b = self.env["res.partner"].create(
            {"name": "孙悦", "parent_id": self.ent_b.id}
        )
        Answer = self.env["survey.user_input"]

        def answer(survey, partner, state="done", aware=False):
            record = Answer.create(
                {
                    "survey_id": survey.id,
                    "partner_id": partner.id,
                    "state": state,
                    "end_datetime": datetime.datetime(2035, 5, 10, 9)
                    if state == "done"
                    else False,
                }
            )
            record.park_is_aware = aware
            return record

        first = answer(awareness, self.contact_a, aware=True)
        self.assertEqual(
            (first.park_county_id, first.state, first.park_survey_kind),
            (self.county_a, "done", "awareness"),
        )
        answer(awareness, self.enterprise.partner_id)
        answer(awareness, self.contact_a, state="in_progress")
        answer(satisfaction, self.contact_a)
        in_b = answer(awareness, contact_b, aware=True)
        self.assertEqual(in_b.park_county_id, self.county_b)
        self._assert_figures("awareness", (1, 2), (1, 1))

    # ------------------------------------------------------------------
    def test_policy_reach(self):
        self.env["res.partner"].create(
            {
                "name": "甲区科技园新能源有限公司",
                "is_company": True,
                "is_park_enterprise": True,
                "park_id": self.park_a2.id,
            }
        )
        Policy = self.env["park.policy"]
        policies = Policy.create(
            [
                {
                    "name": name,
                    "issuing_body": "测试市人民政府",
                    "date_start": day("2035-01-01"),
                }
                for name in ("技改补贴", "人才政策")
            ]
        )
        Recipient = self.env["park.policy.recipient"]
        Recipient.create(
            [
                {
                    "policy_id": policy.id,
                    "partner_id": self.ent_a.id,
                    "reached_date": datetime.datetime(2035, 3, 1, 9),
                }
                for policy in policies
            ]
            + [
                {
                    "policy_id": policies[0].id,
                    "partner_id": self.ent_b.id,
                    "reached_date": datetime.datetime(2034, 12, 1, 9),
                }
            ]
        )
        self._assert_figures("policy_reach", (1, 2), (0, 1))

    # ------------------------------------------------------------------
    def test_inspection_score_is_the_average(self):
        Inspection = self.env["park.evaluation.inspection"]
        for date, score in (("2035-04-01", 80), ("2035-10-01", 90), ("2034-10-01", 10)):
            Inspection.create(
                {
                    "name": "实地查看",
                    "county_id": self.county_a.id,
                    "date": day(date),
                    "score": score,
                    "inspector_ids": [Command.set(self.city_admin.ids)],
                }
            )
        self._assert_figures("inspection", (170, 2), (0, 0))
        indicator = self.env.ref("park_supervision.indicator_inspection")
        self.assertEqual(indicator._park_value(170, 2), 85.0)

    def test_every_indicator_has_its_counting_method(self):
        for indicator in self.Indicator.search([]):
            method = getattr(self.Indicator, f"_park_count_{indicator.code}")
            self.assertTrue(method.__doc__, indicator.code)
