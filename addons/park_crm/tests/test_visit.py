# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from odoo.fields import Command
from odoo.tests import tagged

from .common import ParkCrmCommon


@tagged("post_install", "-at_install")
class TestVisit(ParkCrmCommon):
    def _visit(self, user=None, park=None, **vals):
        env = self.env if user is None else self.env(user=user)
        return env["park.visit"].create(
            dict(
                {
                    "subject": "政策宣讲",
                    "park_id": (park or self.park_a1).id,
                    "department_id": self.department.id,
                    "date": datetime(2031, 3, 10, 9, 0),
                    "kind": "policy",
                    "user_ids": [Command.set((user or self.official).ids)],
                },
                **vals,
            )
        )

    def test_plan_progress_counts_the_department_visits_done_in_the_year(self):
        plan = self.env["park.visit.plan"].create(
            {
                "year": 2031,
                "department_id": self.department.id,
                "park_id": self.park_a1.id,
                "planned_count": 4,
            }
        )
        self._visit().action_park_done()
        self._visit().action_park_done()
        self._visit()  # planned only
        self._visit(park=self.park_a2).action_park_done()
        self._visit(date=datetime(2030, 12, 30, 9, 0)).action_park_done()
        plan.invalidate_recordset()
        self.assertEqual(plan.visit_count, 2)
        self.assertAlmostEqual(plan.progress, 50.0)
        self.assertEqual(plan.county_id, self.county_a)

    def test_planned_visit_reminds_each_official_the_day_before(self):
        visit = self._visit(user=self.official)
        activity = visit.activity_ids
        self.assertEqual(activity.user_id, self.official)
        self.assertEqual(str(activity.date_deadline), "2031-03-09")
        visit.action_park_calendar()
        self.assertIn(self.official.partner_id, visit.calendar_event_id.partner_ids)

    def test_official_sees_the_visits_of_their_county_only(self):
        own = self._visit(park=self.park_a2)
        other = self._visit(park=self.park_b1)
        visible = (
            self.env["park.visit"]
            .with_user(self.official)
            .search([("id", "in", (own | other).ids)])
        )
        self.assertEqual(visible, own)
