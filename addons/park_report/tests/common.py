# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields

from odoo.addons.park_crm.tests.common import ParkCrmCommon
from odoo.addons.park_rating.tests.common import ParkRatingCommon


class ParkReportCommon(ParkRatingCommon, ParkCrmCommon):
    """park_rating's and park_crm's worlds together (both extend
    park_helpdesk's), with figures whose answers are known, all this month:

    - park A1: 3 completed cases (rated very satisfied, satisfied and
      dissatisfied: one bad review, its rectification open), 2 open cases,
      one of them overdue and one at risk; 1 visit done, 4 planned this year;
    - park B1: 1 completed case (rated very dissatisfied: a bad review
      open), 1 open case; 1 visit done, 2 planned;
    - park A2: nothing.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Dashboard = cls.env["park.report.dashboard"]
        cls.today = fields.Date.context_today(cls.Dashboard)
        b1 = {"enterprise": cls.ent_b, "station": cls.station_b1}
        cls.rated_a1 = [
            cls._rated("very_satisfied", user=cls.agent, team=cls.team_park),
            cls._rated("satisfied", user=cls.agent, team=cls.team_park),
            cls._rated("dissatisfied", user=cls.agent_2, team=cls.team_park),
        ]
        cls.rated_b1 = cls._rated("very_dissatisfied", **b1)
        cls.open_a1 = cls._file(user_id=cls.agent.id, team_id=cls.team_park.id)
        cls.open_a1_late = cls._file(user_id=cls.agent.id, team_id=cls.team_park.id)
        cls.open_a1_late.sudo().write({"deadline_state": "overdue", "is_at_risk": True})
        cls.open_b1 = cls._file(enterprise=cls.ent_b, station=cls.station_b1)
        cls.visits = cls.env["park.visit"].create(
            [
                {
                    "subject": subject,
                    "park_id": park.id,
                    "department_id": cls.department.id,
                    "state": "done",
                }
                for subject, park in (
                    ("走访甲区化工园", cls.park_a1),
                    ("走访乙县园", cls.park_b1),
                )
            ]
        )
        cls.env["park.visit.plan"].create(
            [
                {
                    "year": cls.today.year,
                    "park_id": park.id,
                    "department_id": cls.department.id,
                    "planned_count": planned,
                }
                for park, planned in ((cls.park_a1, 4), (cls.park_b1, 2))
            ]
        )
        cls.env.flush_all()

    def _dashboard(self, user, **filters):
        return self.Dashboard.with_user(user).get_dashboard_data(filters)

    @staticmethod
    def _kpis(data):
        return {kpi["key"]: kpi["value"] for kpi in data["kpis"]}

    @staticmethod
    def _chart(data, key):
        chart = next(chart for chart in data["charts"] if chart["key"] == key)
        return {row["label"]: row["value"] for row in chart["rows"]}
