# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged

from .common import ParkRatingCommon


@tagged("post_install", "-at_install")
class TestTours(ParkRatingCommon, HttpCase):
    def test_enterprise_rates_a_closed_case_on_the_portal(self):
        case = self._closed_case()
        self.start_tour(
            f"/my/ticket/{case.id}", "park_rating_portal_tour", login="park_enterprise"
        )
        rating = case.park_rating_ids
        self.assertEqual(rating.level, "satisfied")
        self.assertEqual(rating.guidance_level, "very_satisfied")
        self.assertEqual(rating.comment, "指导清楚，办理顺利")
        self.assertEqual(rating.channel, "portal")

    def test_station_manager_works_a_rectification_to_the_call_back(self):
        rating = self._closed_case()._park_rate("very_dissatisfied", "device")
        rectification = rating.rectification_id
        self.start_tour(
            "/odoo/action-park_rating.park_rating_rectification_action/"
            f"{rectification.id}",
            "park_rating_rectification_tour",
            login="park_station_manager",
        )
        self.assertEqual(rectification.state, "closed")
        self.assertEqual(rectification.cause, "新入职人员业务不熟")
        self.assertEqual(rectification.callback_ids.contact_name, "王经理")
        self.assertTrue(rectification.is_accepted)
