# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime, time

from stdnum.cn import uscc as stdnum_uscc

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import ZiboDemoCommon

LOGINS = ("agent", "station", "county", "city", "enterprise")


@tagged("post_install", "-at_install")
class TestSampleDatabase(ZiboDemoCommon):
    """What a user of the sample database (``./park run``) meets; the demo
    files are loaded once for all these tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.users = {
            login: cls.env["res.users"].search([("login", "=", login)])
            for login in LOGINS
        }

    def test_two_or_three_pilot_parks_per_county_beside_ordinary_parks(self):
        counties = self.zibo.child_ids
        for county in counties:
            parks = self.sample_parks.filtered(lambda p, c=county: p.county_id == c)
            self.assertIn(
                len(parks.filtered("is_pilot")), (2, 3), f"{county.name} pilot parks"
            )
        with_ordinary = counties.filtered(
            lambda c: (
                self.sample_parks - self.sample_parks.filtered("is_pilot")
            ).filtered(lambda p: p.county_id == c)
        )
        self.assertGreaterEqual(len(with_ordinary), 8)
        maqiao = self.env.ref("park_zibo.park_maqiao_demo")
        self.assertEqual(maqiao.township_id, self.env.ref("park_zibo.region_maqiao"))
        self.assertTrue(maqiao.is_pilot)

    def test_every_sample_park_has_a_matter_list(self):
        counts = dict(
            self.env["park.matter.list.line"]._read_group(
                [("park_id", "in", self.sample_parks.ids)], ["park_id"], ["__count"]
            )
        )
        for park in self.sample_parks:
            self.assertGreater(counts.get(park, 0), 0, f"{park.name} has a list")
        pilot = self.env.ref("park_zibo.park_maqiao_demo")
        ordinary = self.sample_parks.filtered(lambda p: not p.is_pilot)[:1]
        self.assertGreater(counts[pilot], counts[ordinary])

    def test_list_lines_of_a_park_with_a_station_point_to_its_windows(self):
        lines = self.env["park.matter.list.line"].search(
            [("park_id", "=", self.env.ref("park_zibo.park_maqiao_demo").id)]
        )
        station = self.env.ref("park_zibo.station_maqiao_demo")
        self.assertEqual(lines.station_id, station)
        self.assertEqual(lines.window_id.station_id, station)
        for line in lines:
            self.assertIn(
                line.window_id.department_id,
                (line.department_id, self.env["park.department"]),
            )
        tax = lines.filtered(lambda line: line.department_id.short_name == "市税务局")
        self.assertTrue(tax)
        self.assertEqual(tax.window_id.mapped("name"), ["税务窗口"])

    def test_stations_show_every_readiness_level(self):
        stations = self.env["park.station"].search([("code", "=like", "ZB-%")])
        self.assertEqual(len(stations), 13)
        self.assertTrue(self.env.ref("park_zibo.station_maqiao_demo").is_ready)
        self.assertEqual(
            self.env.ref("park_zibo.station_qilu_chemical_demo").readiness_score, 3
        )
        self.assertEqual(
            self.env.ref("park_zibo.station_wenchanghu_tourism_demo").readiness_score,
            0,
        )

    def test_sample_enterprises_have_valid_codes_contacts_and_emails(self):
        enterprises = self.sample_enterprises
        self.assertGreaterEqual(len(enterprises), 300)
        self.assertEqual(enterprises.park_id, self.sample_parks)
        for enterprise in enterprises:
            self.assertTrue(stdnum_uscc.is_valid(enterprise.uscc), enterprise.uscc)
            self.assertTrue(enterprise.email.endswith(".example.com"))
            contacts = enterprise.park_service_contact_ids
            self.assertTrue(contacts, f"{enterprise.name} has a service contact")
            self.assertTrue(all(c.email for c in contacts))

    def test_timeline_and_stage_history_are_dated_by_the_enterprise(self):
        enterprises = self.sample_enterprises
        histories = self.env["park.enterprise.stage.history"].search(
            [("partner_id", "in", enterprises.ids)]
        )
        self.assertEqual(histories.partner_id, enterprises)
        for history in histories:
            self.assertEqual(
                history.date,
                datetime.combine(history.partner_id.registration_date, time(1)),
            )
        events = self.env["park.enterprise.event"].search(
            [
                ("partner_id", "in", enterprises.ids),
                ("kind", "in", ("stage", "licence")),
            ]
        )
        licences = self.env["park.enterprise.licence"].search(
            [("partner_id", "in", enterprises.ids)]
        )
        for event in events:
            if event.kind == "stage":
                expected = event.partner_id.registration_date
            else:
                self.assertEqual(event.res_model, "park.enterprise.licence")
                expected = licences.browse(event.res_id).issue_date
            self.assertEqual(event.date, datetime.combine(expected, time(1)))
        self.assertEqual(
            len(events.filtered(lambda e: e.kind == "licence")), len(licences)
        )

    def test_sample_records_have_no_english_creation_message(self):
        models = ["park.park", "park.station", "park.matter", "res.partner"]
        messages = self.env["mail.message"].search(
            [
                ("model", "in", models),
                ("res_id", "in", self.sample_parks.ids + self.sample_enterprises.ids),
                ("message_type", "=", "notification"),
            ]
        )
        for model in models:
            label = self.env["ir.model"]._get(model).with_context(lang="en_US").name
            self.assertFalse(
                messages.filtered(lambda m, label=label: label in (m.body or "")),
                f"no '{label} created' message",
            )

    def test_sample_database_is_the_city_approval_bureau(self):
        company = self.env.ref("base.main_company")
        self.assertEqual(company.name, "淄博市行政审批服务局")
        self.assertTrue(company.logo)
        self.assertFalse(company.uses_default_logo, "no 'Your logo' placeholder")
        self.assertEqual(
            self.env.ref("base.user_admin").action_id.id,
            self.env.ref("park_base.park_park_action").id,
        )

    # sample users

    def _parks_seen(self, login):
        return self.env["park.park"].with_user(self.users[login]).search([])

    def test_each_role_has_a_sample_user_whose_password_is_the_login(self):
        groups = {
            "agent": "park_base.group_park_agent",
            "station": "park_base.group_park_station_manager",
            "county": "park_base.group_park_county_admin",
            "city": "park_base.group_park_city_admin",
            "enterprise": "park_base.group_park_enterprise",
        }
        for login, group in groups.items():
            user = self.users[login]
            self.assertTrue(user.has_group(group), login)
            user.with_user(user)._check_credentials(
                {"type": "password", "login": login, "password": login},
                {"interactive": True},
            )
        self.assertTrue(self.users["enterprise"].share)
        self.assertFalse(self.users["agent"].share)

    def test_agent_sees_the_park_of_the_agent_only(self):
        self.assertEqual(
            self._parks_seen("agent"), self.env.ref("park_zibo.park_maqiao_demo")
        )
        jinshan_enterprise = self.sample_enterprises.filtered(
            lambda e: e.park_id == self.env.ref("park_zibo.park_jinshan_demo")
        )[:1]
        agent = self.users["agent"]
        with self.assertRaises(AccessError):
            jinshan_enterprise.with_user(agent).write({"employee_count": 1})

    def test_station_manager_sees_the_park_of_the_station(self):
        self.assertEqual(
            self._parks_seen("station"), self.env.ref("park_zibo.park_jinshan_demo")
        )

    def test_county_administrator_sees_the_parks_of_the_county(self):
        huantai = self.env.ref("park_zibo.region_huantai")
        parks = self._parks_seen("county")
        self.assertEqual(parks.county_id, huantai)
        self.assertEqual(
            parks, self.sample_parks.filtered(lambda p: p.county_id == huantai)
        )
        self.assertGreater(len(parks), 2)

    def test_city_administrator_sees_every_park(self):
        self.assertLessEqual(self.sample_parks, self._parks_seen("city"))

    def test_enterprise_user_is_a_service_contact_of_a_sample_enterprise(self):
        user = self.users["enterprise"]
        enterprise = user.partner_id.commercial_partner_id
        self.assertIn(enterprise, self.sample_enterprises)
        self.assertEqual(enterprise.park_id, self.env.ref("park_zibo.park_maqiao_demo"))
        self.assertTrue(user.partner_id.is_park_service_contact)
        self.assertTrue(user.partner_id.email)

    def test_internal_sample_users_land_in_the_park_app(self):
        action = self.env.ref("park_base.park_park_action")
        for login in ("agent", "station", "county", "city"):
            self.assertEqual(self.users[login].action_id.id, action.id, login)

    # sample cases (helpdesk)

    def _sample_cases(self):
        return self.env["helpdesk.ticket"].search(
            [("park_id", "in", self.sample_parks.ids), ("matter_id", "!=", False)]
        )

    def test_sample_cases_in_every_state_dated_over_past_months(self):
        cases = self._sample_cases()
        self.assertGreaterEqual(len(cases), 200)
        counts = {
            state: len(cases.filtered(lambda c, s=state: c.park_state == s))
            for state in ("new", "accepted", "supplement", "done", "refused")
        }
        for state, count in counts.items():
            self.assertGreaterEqual(count, 10, state)
        self.assertTrue(cases.filtered(lambda c: c.park_state == "withdrawn"))
        self.assertEqual(
            set(cases.mapped("outcome")), {False, "approved", "refused", "withdrawn"}
        )
        today = datetime.now().date()
        done = cases.filtered("done_date")
        self.assertGreater(
            (today - min(done.mapped("done_date"))).days, 60, "months of history"
        )
        for case in done:
            self.assertLessEqual(case.accept_date, case.done_date)
            self.assertGreaterEqual(case.deadline_date, case.accept_date)
        self.assertTrue(cases.filtered(lambda c: c.deadline_state == "overdue"))
        self.assertTrue(cases.filtered(lambda c: c.deadline_state == "paused"))
        self.assertTrue(cases.pause_ids.filtered("date_end"))
        self.assertTrue(cases.part_ids.filtered(lambda p: p.state == "todo"))
        self.assertTrue(cases.licence_id or not cases.matter_id.licence_type_id)
        events = self.env["park.enterprise.event"].search(
            [("res_model", "=", "helpdesk.ticket"), ("res_id", "in", done.ids)]
        )
        self.assertLess(min(events.mapped("date")).date(), today)

    def test_sample_cases_reach_every_level_with_history(self):
        cases = self._sample_cases()
        self.assertEqual(set(cases.mapped("park_level")), {"park", "county", "city"})
        teams = self.env["helpdesk.ticket.team"].search([("park_level", "!=", False)])
        self.assertEqual(set(teams.mapped("park_level")), {"park", "county", "city"})
        city_cases = cases.filtered(lambda c: c.park_level == "city")
        for case in city_cases:
            self.assertEqual(
                case.escalation_ids.sorted("id").mapped("level_to"),
                ["county", "city"],
            )
        self.assertTrue(
            self.env["park.helpdesk.rota"].search_count(
                [("date", ">=", datetime.now().date().replace(day=1))]
            )
        )

    def test_sample_cases_stay_in_parks_their_matters_are_delegated_to(self):
        cases = self._sample_cases()
        Delegation = self.env["park.matter.delegation"]
        delegated = {
            (d.park_id, d.matter_id)
            for d in Delegation.search(Delegation._in_force_domain())
        }
        self.assertTrue(delegated)
        for case in cases.filtered("matter_id"):
            self.assertIn((case.park_id, case.matter_id), delegated, case.number)
        # a matter of the park's list not delegated to it goes up at intake
        line = self.env["park.matter.list.line"].search(
            [("park_id", "=", self.env.ref("park_zibo.park_maqiao_demo").id)],
            order="id",
        )
        line = line.filtered(
            lambda ln: (
                (ln.park_id, ln.matter_id) not in delegated
                and ln.matter_id.state == "published"
                and ln.matter_id.is_latest
            )
        )[:1]
        self.assertTrue(line)
        case = self.env["helpdesk.ticket"].create(
            {
                "enterprise_id": cases.filtered(lambda c: c.park_id == line.park_id)[
                    :1
                ].enterprise_id.id,
                "station_id": self.env.ref("park_zibo.station_maqiao_demo").id,
                "matter_id": line.matter_id.id,
            }
        )
        self.assertEqual(case.park_level, line.matter_id.approval_level)
        self.assertTrue(case.escalation_ids.is_automatic)

    def test_agent_sees_the_queue_of_the_maqiao_team(self):
        agent = self.users["agent"]
        team = self.env["helpdesk.ticket.team"].search(
            [("park_id", "=", self.env.ref("park_zibo.park_maqiao_demo").id)]
        )
        self.assertIn(agent, team.user_ids)
        seen = self.env["helpdesk.ticket"].with_user(agent).search([])
        self.assertGreater(len(seen), 20)
        self.assertEqual(seen.park_id, self.env.ref("park_zibo.park_maqiao_demo"))
        mine = seen.filtered(
            lambda c: c.user_id == agent and c.park_state in ("new", "accepted")
        )
        self.assertTrue(mine, "the agent has open cases of its own")

    # sample reviews (好差评)

    def test_sample_reviews_in_every_level_with_rectifications_and_appeals(self):
        ratings = self.env["park.rating"].search(
            [("ticket_id", "in", self._sample_cases().ids)]
        )
        self.assertEqual(
            set(ratings.mapped("level")),
            {
                "very_satisfied",
                "satisfied",
                "basically_satisfied",
                "dissatisfied",
                "very_dissatisfied",
            },
        )
        for rating in ratings:
            self.assertGreaterEqual(rating.rated_on.date(), rating.ticket_id.done_date)
        rectifications = ratings.rectification_ids
        self.assertEqual(len(rectifications), len(ratings.filtered("is_bad")))
        self.assertGreaterEqual(
            set(rectifications.mapped("state")), {"verify", "rectify", "callback"}
        )
        callbacks = self.env["park.rating.callback"].search(
            [("rectification_id", "in", rectifications.ids)]
        )
        self.assertEqual(
            set(callbacks.mapped("acceptance")), {"accepted", "not_accepted"}
        )
        appeals = self.env["park.rating.appeal"].search(
            [("rating_id", "in", ratings.ids)]
        )
        self.assertEqual(sorted(appeals.mapped("state")), ["rejected", "upheld"])
        upheld = appeals.filtered(lambda a: a.state == "upheld")
        self.assertTrue(upheld.rating_id.is_excluded)
        self.assertEqual(upheld.decided_by_id, self.users["county"])
        station = self.users["station"]
        self.assertTrue(
            self.env["park.rating.rectification"].with_user(station).search([])
        )

    def test_enterprise_user_follows_its_cases_and_reviews(self):
        user = self.users["enterprise"]
        enterprise = user.partner_id.commercial_partner_id
        cases = self.env["helpdesk.ticket"].search(
            [("enterprise_id", "=", enterprise.id)]
        )
        self.assertGreaterEqual(len(cases), 5)
        self.assertGreater(len(set(cases.mapped("park_state"))), 1)
        self.assertTrue(cases.park_rating_ids)

    # sample proactive service (CRM)

    def test_sample_visits_demands_policies_and_projects(self):
        parks = self.sample_parks
        plans = self.env["park.visit.plan"].search([("park_id", "in", parks.ids)])
        self.assertTrue(plans)
        visits = self.env["park.visit"].search([("park_id", "in", parks.ids)])
        self.assertEqual(set(visits.mapped("state")), {"planned", "done"})
        leads = self.env["crm.lead"].search([("park_id", "in", parks.ids)])
        demands = leads.filtered(lambda lead: lead.park_lead_kind == "demand")
        self.assertEqual(
            set(demands.mapped("park_demand_state")),
            {"new", "triaged", "answered", "case"},
        )
        self.assertTrue(demands.park_case_ids)
        projects = leads - demands
        self.assertGreaterEqual(len(projects.stage_id), 4)
        policies = self.env["park.policy"].search([("park_ids", "in", parks.ids)])
        self.assertEqual(len(policies), 3)
        self.assertTrue(policies.recipient_ids)

    # sample supervision (park_supervision)

    def test_sample_pilot_plans_meetings_and_surveys(self):
        pilots = self.sample_parks.filtered("is_pilot")
        plans = self.env["park.pilot.plan"].search([("year", "=", 2026)])
        self.assertEqual(plans.county_id, pilots.county_id)
        self.assertEqual(plans.park_ids, pilots)
        self.assertGreaterEqual(len(set(plans.mapped("state"))), 3)
        self.assertTrue(all(plan.budget_total_capitals for plan in plans))
        milestones = plans.milestone_ids
        self.assertEqual(set(milestones.mapped("state")), {"done", "overdue"})
        self.assertTrue(milestones.filtered("is_on_time"))
        self.assertTrue(milestones.filtered("is_overdue").activity_ids)
        meetings = self.env["park.joint.meeting"].search(
            [("county_id", "in", plans.county_id.ids)]
        )
        self.assertEqual(len(meetings), 2 * len(plans))
        self.assertTrue(all(meeting.convener_title for meeting in meetings))
        self.assertEqual(
            set(meetings.action_ids.mapped("state")), {"open", "done", "cancelled"}
        )
        answers = self.env["survey.user_input"].search(
            [("park_survey_kind", "!=", False)]
        )
        self.assertEqual(answers.park_id, pilots)
        done = answers.filtered(lambda answer: answer.state == "done")
        self.assertTrue(answers - done)
        aware = done.filtered("park_is_aware")
        awareness = done.filtered(lambda a: a.park_survey_kind == "awareness")
        self.assertTrue(aware)
        self.assertLess(len(aware), len(awareness))

    def test_sample_scorecards_of_2026_published_and_ranked(self):
        cards = self.env["park.scorecard"].search(
            [("year", "=", 2026), ("state", "=", "published")]
        )
        counties = self.sample_parks.county_id
        self.assertEqual(cards.county_id, counties)
        self.assertEqual(sorted(cards.mapped("rank"))[0], 1)
        for card in cards:
            self.assertEqual(
                len(card.line_ids),
                self.env["park.evaluation.indicator"].search_count([]),
            )
        # computed from the sample data: cases, reviews and inspections count
        self.assertTrue(any(line.denominator for line in cards.line_ids))
        self.assertTrue(self.env["park.evaluation.inspection"].search_count([]))
        months = self.env["park.evaluation.snapshot"].search(
            [("county_id", "in", counties.ids)]
        )
        self.assertGreater(len(set(months.mapped("month"))), 1)
