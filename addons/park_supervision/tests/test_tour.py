# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.tests import HttpCase, tagged

from .common import ParkSupervisionCommon


@tagged("post_install", "-at_install")
class TestScorecardTour(HttpCase, ParkSupervisionCommon):
    def test_city_admin_compares_and_publishes_in_chinese(self):
        """The city administrator, in Chinese: opens the scorecards, compares
        two counties, publishes one."""
        with freeze_time("2036-01-15"):
            cards = self.env["park.scorecard"]._park_compute_year(
                2035, self.county_a | self.county_b
            )
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_base", "park_supervision"], ["zh_CN"], overwrite=True
        )
        self.city_admin.lang = "zh_CN"
        self.start_tour(
            "/odoo/action-park_supervision.park_scorecard_action",
            "park_supervision_scorecard_tour",
            login=self.city_admin.login,
        )
        card_a = cards.filtered(lambda card: card.county_id == self.county_a)
        self.assertEqual(card_a.state, "published")
        self.assertEqual(card_a.rank, 1)
        self.assertEqual((cards - card_a).state, "draft")
