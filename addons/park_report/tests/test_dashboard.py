# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.park_report.models.park_report_dashboard import COUNTED_FIGURES

from .common import ParkReportCommon


@tagged("post_install", "-at_install")
class TestDashboard(ParkReportCommon):
    def test_city_admin_sees_every_park(self):
        data = self._dashboard(self.city_admin)
        self.assertEqual(data["role"], "city")
        self.assertIn(self.city.name, data["title"])
        self.assertEqual(
            self._kpis(data),
            {
                "filed": 7,
                "done": 4,
                "on_time_rate": 100.0,
                "open": 3,
                "overdue": 1,
                "at_risk": 1,
                "escalations": 0,
                "satisfaction_rate": 50.0,
                "bad_open": 2,
                "visits": 2,
                "planned": 6,
            },
        )
        by_park = self._chart(data, "park_id")
        self.assertEqual(by_park[self.park_a1.name], 5)
        self.assertEqual(by_park[self.park_b1.name], 2)
        self.assertEqual(
            self._chart(data, "county_id"),
            {self.county_a.name: 5, self.county_b.name: 2},
        )

    def test_county_admin_sees_their_county_only(self):
        data = self._dashboard(self.county_admin)
        self.assertEqual(data["role"], "county")
        self.assertIn(self.county_a.name, data["title"])
        kpis = self._kpis(data)
        self.assertEqual(
            (kpis["filed"], kpis["done"], kpis["open"], kpis["overdue"]), (5, 3, 2, 1)
        )
        self.assertEqual(kpis["satisfaction_rate"], 66.7)
        self.assertEqual((kpis["bad_open"], kpis["visits"], kpis["planned"]), (1, 1, 4))
        self.assertEqual(self._chart(data, "county_id"), {self.county_a.name: 5})
        self.assertEqual(
            [c["id"] for c in data["choices"]["counties"]], self.county_a.ids
        )
        self.assertEqual(
            {p["id"] for p in data["choices"]["parks"]},
            set((self.park_a1 | self.park_a2).ids),
        )

    def test_station_manager_and_agent_see_park_a1_only(self):
        for user, role in ((self.station_manager, "station"), (self.agent, "agent")):
            with self.subTest(role=role):
                data = self._dashboard(user)
                self.assertEqual(data["role"], role)
                kpis = self._kpis(data)
                self.assertEqual((kpis["filed"], kpis["done"], kpis["open"]), (5, 3, 2))
                self.assertEqual(self._chart(data, "park_id"), {self.park_a1.name: 5})
                self.assertEqual(
                    [p["id"] for p in data["choices"]["parks"]], self.park_a1.ids
                )
        self.assertIn(
            self.station_a1.name, self._dashboard(self.station_manager)["title"]
        )

    def test_figures_by_state_channel_matter_and_agent(self):
        data = self._dashboard(self.county_admin)
        states = dict(
            self.env["helpdesk.ticket"]
            ._fields["park_state"]
            ._description_selection(self.env)
        )
        by_state = self._chart(data, "park_state")
        self.assertEqual(by_state[states["done"]], 3)
        self.assertEqual(sum(by_state.values()), 5)
        self.assertEqual(self._chart(data, "matter_id"), {self.matter.name: 5})
        self.assertEqual(sum(self._chart(data, "park_channel").values()), 5)
        self.assertEqual(self._chart(data, "workload")[self.agent.name], 2)
        trend = self._chart(data, "satisfaction_trend")
        self.assertEqual(len(trend), 6)
        self.assertEqual(trend[self.today.strftime("%Y-%m")], 66.7)
        visits = next(c for c in data["charts"] if c["key"] == "visits_by_park")
        self.assertEqual(
            [(r["label"], r["display"]) for r in visits["rows"]],
            [(self.park_a1.name, "1 / 4")],
        )

    def test_every_figure_opens_the_records_it_counts(self):
        for user in (self.city_admin, self.county_admin, self.station_manager):
            data = self._dashboard(user)
            for kpi in data["kpis"]:
                if kpi["key"] not in COUNTED_FIGURES:
                    continue
                with self.subTest(user=user.login, figure=kpi["key"]):
                    records = self.env[kpi["model"]].with_user(user)
                    self.assertEqual(records.search_count(kpi["domain"]), kpi["value"])
            for chart in data["charts"]:
                if chart["key"] in ("satisfaction_trend",):
                    continue
                for row in chart["rows"]:
                    with self.subTest(user=user.login, chart=chart["key"], row=row):
                        records = self.env[chart["model"]].with_user(user)
                        self.assertEqual(
                            records.search_count(row["domain"]), row["value"]
                        )

    def test_filters_by_county_and_park(self):
        data = self._dashboard(self.city_admin, county_id=self.county_b.id)
        self.assertEqual(self._kpis(data)["filed"], 2)
        self.assertEqual(data["filters"]["county_id"], self.county_b.id)
        data = self._dashboard(self.city_admin, park_id=self.park_a1.id)
        self.assertEqual(self._kpis(data)["filed"], 5)
        data = self._dashboard(self.county_admin, park_id=self.park_a2.id)
        self.assertEqual(self._kpis(data)["filed"], 0)

    def test_filter_outside_the_scope_is_refused(self):
        with self.assertRaisesRegex(UserError, "not in your scope"):
            self._dashboard(self.county_admin, county_id=self.county_b.id)
        with self.assertRaisesRegex(UserError, "not in your scope"):
            self._dashboard(self.station_manager, park_id=self.park_b1.id)

    def test_periods(self):
        for period in ("month", "quarter", "year"):
            with self.subTest(period=period):
                data = self._dashboard(self.city_admin, period=period)
                self.assertEqual(self._kpis(data)["filed"], 7)
                self.assertLessEqual(data["filters"]["date_from"], str(self.today))
                self.assertGreaterEqual(data["filters"]["date_to"], str(self.today))
        data = self._dashboard(
            self.city_admin,
            period="custom",
            date_from="2020-01-01",
            date_to="2020-12-31",
        )
        self.assertEqual(self._kpis(data)["filed"], 0)
        self.assertEqual(self._kpis(data)["open"], 3, "open cases are as of today")
        yesterday = str(self.today - datetime.timedelta(days=1))
        with self.assertRaisesRegex(UserError, "ends before it starts"):
            self._dashboard(
                self.city_admin,
                period="custom",
                date_from=str(self.today),
                date_to=yesterday,
            )
        with self.assertRaisesRegex(UserError, "first and last day"):
            self._dashboard(self.city_admin, period="custom")
        with self.assertRaisesRegex(UserError, "YYYY-MM-DD"):
            self._dashboard(
                self.city_admin, period="custom", date_from="1/2/2026", date_to="x"
            )
        with self.assertRaisesRegex(UserError, "Unknown period"):
            self._dashboard(self.city_admin, period="week")

    def test_on_time_rate_follows_the_deadlines(self):
        late = self.rated_a1[0].ticket_id
        late.sudo().write(
            {"deadline_date": late.done_date - datetime.timedelta(days=1)}
        )
        cases = self.env["helpdesk.ticket"].search([("is_park_case", "=", True)])
        on_time = cases.filtered("park_is_on_time")
        self.assertEqual(len(on_time), 3)
        self.assertNotIn(late, on_time)
        self.assertEqual(
            cases.search([("id", "in", cases.ids), ("park_is_on_time", "=", True)]),
            on_time,
        )
        self.assertEqual(
            cases.search([("id", "in", cases.ids), ("park_is_on_time", "=", False)]),
            cases - on_time,
        )
        data = self._dashboard(self.city_admin)
        self.assertEqual(self._kpis(data)["on_time_rate"], 75.0)

    def test_menus_are_for_station_managers_and_above(self):
        # a menu shows when its root does: the root of the reports
        dashboard = self.env.ref("park_report.park_report_menu_root")
        monthly = self.env.ref("park_report.park_report_menu_monthly")
        for user, sees_dashboard, sees_monthly in (
            (self.agent, False, False),
            (self.station_manager, True, False),
            (self.county_admin, True, True),
            (self.city_admin, True, True),
        ):
            with self.subTest(user=user.login):
                visible = self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()
                self.assertEqual(dashboard.id in visible, sees_dashboard)
                self.assertEqual(monthly.id in visible, sees_monthly)
