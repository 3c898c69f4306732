# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import datetime

from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.tests import Form, tagged

from .common import ParkRatingCommon

RATES = ("satisfaction_rate", "bad_rate", "on_time_rate", "callback_rate")


@tagged("post_install", "-at_install")
class TestAppealAndRates(ParkRatingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].set_param("park_rating.rectification_days", 5)
        # station A1: one review of each level but "basically satisfied";
        # station B1: one "basically satisfied"
        cls.reviews = {
            level: cls._closed_case(user=cls.agent, team=cls.team_park)._park_rate(
                level, "portal"
            )
            for level in (
                "very_satisfied",
                "satisfied",
                "dissatisfied",
                "very_dissatisfied",
            )
        }
        cls.review_b = cls._closed_case(
            enterprise=cls.ent_b, station=cls.station_b1
        )._park_rate("basically_satisfied", "link")
        # the first bad review is rectified on time and called back; the
        # second is still open past its deadline
        done = cls.reviews["dissatisfied"].rectification_id
        done.write(
            {"verification": "属实", "cause": "a", "measures": "b", "result": "c"}
        )
        done.action_verify()
        done.action_done()
        cls.env["park.rating.callback"].create(
            {"rectification_id": done.id, "method": "visit", "acceptance": "accepted"}
        )
        late = cls.reviews["very_dissatisfied"].rectification_id
        late.deadline_date = datetime.date(2020, 1, 6)

    def _rates(self, groupby, domain=()):
        self.env.flush_all()
        groups = self.env["park.rating.report"]._read_group(
            list(domain),
            [groupby],
            ["rating_count:sum", *(f"{rate}:avg" for rate in RATES)],
        )
        return {
            group: (
                count,
                *(
                    round(v, 2) if v is not False and v is not None else None
                    for v in values
                ),
            )
            for group, count, *values in groups
        }

    def _evidence(self):
        return (
            self.env["ir.attachment"]
            .with_user(self.station_manager)
            .create(
                {
                    "name": "通话录音记录.txt",
                    "datas": base64.b64encode(b"call log"),
                }
            )
        )

    def _appeal(self, rating, user=None):
        form = Form(
            self.env["park.rating.appeal"].with_user(user or self.station_manager)
        )
        form.rating_id = rating
        form.ground = "malicious"
        form.reason = "企业与窗口人员私人纠纷，与办件无关"
        appeal = form.save()
        appeal.evidence_ids = [Command.link(self._evidence().id)]
        return appeal

    def test_rates_per_station_with_known_answers(self):
        rates = self._rates("station_id")
        # A1: 4 reviews, 2 good, 2 bad; 1 of 2 bad rectified on time (the other
        # late); 1 of 2 called back
        self.assertEqual(rates[self.station_a1], (4, 50.0, 50.0, 50.0, 50.0))
        # B1: 1 good review, no bad one: no rectification figures
        self.assertEqual(rates[self.station_b1], (1, 100.0, 0.0, None, None))

    def test_rates_per_county_team_agent_matter_and_month(self):
        by_county = self._rates("county_id")
        self.assertEqual(by_county[self.county_a][:3], (4, 50.0, 50.0))
        self.assertEqual(by_county[self.county_b][:3], (1, 100.0, 0.0))
        by_park = self._rates("park_id")
        self.assertEqual(by_park[self.park_a1][:3], (4, 50.0, 50.0))
        by_agent = self._rates("user_id", [("user_id", "!=", False)])
        self.assertEqual(by_agent[self.agent][:3], (4, 50.0, 50.0))
        by_matter = self._rates("matter_id")
        self.assertEqual(by_matter[self.matter][:3], (5, 60.0, 40.0))
        by_month = self._rates("rated_on:month")
        self.assertEqual(list(by_month.values()), [(5, 60.0, 40.0, 50.0, 50.0)])
        by_team = self._rates("team_id", [("team_id", "=", self.team_park.id)])
        self.assertEqual(by_team[self.team_park], (4, 50.0, 50.0, 50.0, 50.0))

    def test_appeal_upheld_keeps_the_review_but_excludes_it_from_the_rates(self):
        rating = self.reviews["very_dissatisfied"]
        appeal = self._appeal(rating)
        appeal.with_user(self.station_manager).action_submit()
        self.assertEqual(appeal.state, "submitted")
        self.assertIn(self.county_admin, appeal.activity_ids.user_id)
        with self.assertRefused(UserError, "already waiting"):
            self._appeal(rating).action_submit()
        with self.assertRefused(AccessError, "county administrator"):
            appeal.with_user(self.station_manager).action_uphold()
        as_county = appeal.with_user(self.county_admin)
        with self.assertRefused(UserError, "reasons"):
            as_county.action_uphold()
        as_county.decision = "经核查通话记录，评价与办件无关，属恶意评价"
        as_county.action_uphold()
        self.assertEqual(appeal.state, "upheld")
        self.assertEqual(appeal.decided_by_id, self.county_admin)
        self.assertTrue(rating.is_excluded)
        self.assertEqual(rating.rectification_id.state, "cancelled")
        # still visible, to the enterprise as well
        self.assertEqual(rating.with_user(self.enterprise).level, "very_dissatisfied")
        # A1 now counts 3 reviews: 2 good, 1 bad, rectified on time, called back
        self.assertEqual(
            self._rates("station_id")[self.station_a1], (3, 66.67, 33.33, 100.0, 100.0)
        )
        with self.assertRefused(UserError, "already excluded"):
            self._appeal(rating).action_submit()

    def test_appeal_rejected_leaves_the_rates(self):
        rating = self.reviews["dissatisfied"]
        appeal = self._appeal(rating)
        with self.assertRefused(UserError, "evidence"):
            appeal.evidence_ids = [Command.clear()]
            appeal.action_submit()
        appeal.action_submit()
        with self.assertRefused(UserError, "only decided"):
            appeal.with_user(self.station_manager).reason = "补充理由"
        as_county = appeal.with_user(self.county_admin)
        as_county.decision = "证据不足，维持评价"
        as_county.action_reject()
        self.assertEqual(appeal.state, "rejected")
        self.assertFalse(rating.is_excluded)
        self.assertEqual(rating.rectification_id.state, "closed")
        self.assertEqual(
            self._rates("station_id")[self.station_a1], (4, 50.0, 50.0, 50.0, 50.0)
        )
        events = self.env["park.enterprise.event"].search(
            [("res_model", "=", "park.rating.appeal"), ("res_id", "=", appeal.id)]
        )
        self.assertEqual(len(events), 2)
        self.assertTrue(all(events.mapped("is_internal")))

    def test_agent_does_not_appeal(self):
        with self.assertRefused(AccessError, ""):
            self.env["park.rating.appeal"].with_user(self.agent).create(
                {
                    "rating_id": self.reviews["dissatisfied"].id,
                    "reason": "x",
                }
            )

    def test_rates_follow_the_users_scope(self):
        self.env.flush_all()
        report = self.env["park.rating.report"]
        self.assertEqual(report.with_user(self.agent).search_count([]), 4)
        self.assertEqual(report.with_user(self.agent_b).search_count([]), 1)
        self.assertEqual(report.with_user(self.city_admin).search_count([]), 5)

    def test_appeal_status_follows_its_steps(self):
        appeal = self._appeal(self.reviews["dissatisfied"])
        as_manager = appeal.with_user(self.station_manager)
        with self.assertRefused(AccessError, "follows its steps"):
            as_manager.state = "upheld"
        with self.assertRefused(AccessError, "county administrator"):
            as_manager.decision = "自己裁定"
        self.assertEqual(appeal.state, "draft")
        self.assertFalse(self.reviews["dissatisfied"].is_excluded)
