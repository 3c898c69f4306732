# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged

from .common import ParkSupervisionCommon, day


@tagged("post_install", "-at_install")
class TestTracking(ParkSupervisionCommon):
    """Each county's indicators month by month: taken by the monthly job (in
    batches of counties) or on demand, over the year so far."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Snapshot = cls.env["park.evaluation.snapshot"]
        cls.inspection = cls.env.ref("park_supervision.indicator_inspection")
        cls.indicators = cls.env["park.evaluation.indicator"].search([])

    def _inspect(self, county, score, date):
        return self.env["park.evaluation.inspection"].create(
            {
                "name": "实地查看",
                "county_id": county.id,
                "date": day(date),
                "score": score,
                "inspector_ids": [Command.set(self.city_admin.ids)],
            }
        )

    def _value(self, county, month, indicator=None):
        snapshot = self.Snapshot.search(
            [
                ("county_id", "=", county.id),
                ("month", "=", day(month)),
                ("indicator_id", "=", (indicator or self.inspection).id),
            ]
        )
        self.assertEqual(len(snapshot), 1)
        return snapshot.value

    def test_monthly_job_takes_the_month_just_ended_in_batches(self):
        self._inspect(self.county_a, 60, "2035-02-10")
        self._inspect(self.county_a, 100, "2035-03-10")
        counties = self.env["park.region"].search([("level", "=", "county")])
        self.assertGreater(len(counties), 2)
        cron = "park_supervision.ir_cron_park_evaluation_snapshots"
        with freeze_time("2035-03-01"):
            # out of time after the first batch: the scheduler calls again
            with self._as_scheduled(cron) as (context, progress):
                first = self.Snapshot.with_context(**context)._cron_park_snapshots(
                    batch_size=2
                )
            self.assertEqual(len(first), 2)
            self.assertEqual(progress.done, 2)
            with self._as_scheduled(cron, seconds_left=600) as (context, progress):
                rest = self.Snapshot.with_context(**context)._cron_park_snapshots(
                    batch_size=2
                )
        self.assertEqual(first | rest, counties)
        self.assertFalse(first & rest)
        self.assertEqual(self._value(self.county_a, "2035-02-01"), 60)
        self.assertEqual(
            self.Snapshot.search_count([("month", "=", day("2035-02-01"))]),
            len(counties) * len(self.indicators),
        )
        self.assertEqual(
            set(counties.mapped("park_evaluation_month")), {day("2035-02-01")}
        )
        # run again the same month: nothing left to do
        with freeze_time("2035-03-02"):
            self.assertFalse(self.Snapshot._cron_park_snapshots())
        # a month later: the year so far (both inspections)
        with freeze_time("2035-04-01"):
            self.Snapshot._cron_park_snapshots()
        self.assertEqual(self._value(self.county_a, "2035-03-01"), 80)
        self.assertEqual(self._value(self.county_a, "2035-02-01"), 60, "kept")

    def test_on_demand_by_the_city_replaces_this_month(self):
        self._inspect(self.county_a, 70, "2035-05-02")
        as_city = self.Snapshot.with_user(self.city_admin)
        with freeze_time("2035-05-15"):
            as_city.action_take_snapshots()
            self._inspect(self.county_a, 90, "2035-05-10")
            as_city.action_take_snapshots()
        self.assertEqual(self._value(self.county_a, "2035-05-01"), 80)
        with self.assertRaises(AccessError):
            self.Snapshot.with_user(self.county_admin).action_take_snapshots()

    def test_county_admin_reads_their_county_trend(self):
        with freeze_time("2035-05-15"):
            self.Snapshot._park_take(self.county_a | self.county_b, day("2035-05-01"))
        trend = self.Snapshot.with_user(self.county_admin)._read_group(
            [("month", "=", day("2035-05-01"))], ["county_id"], ["__count"]
        )
        self.assertEqual(trend, [(self.county_a, len(self.indicators))])
