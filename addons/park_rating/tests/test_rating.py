# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged

from .common import ParkRatingCommon


@tagged("post_install", "-at_install")
class TestRating(ParkRatingCommon):
    def test_closed_case_is_rated_once_with_its_scope(self):
        case = self._closed_case()
        case.user_id = self.agent
        rating = case._park_rate(
            "satisfied",
            "portal",
            "办得很快",
            attitude_level="very_satisfied",
            guidance_level="basically_satisfied",
        )
        self.assertEqual(rating.ticket_id, case)
        self.assertEqual(rating.enterprise_id, self.ent_a)
        self.assertEqual(rating.station_id, self.station_a1)
        self.assertEqual(rating.park_id, self.park_a1)
        self.assertEqual(rating.county_id, self.county_a)
        self.assertEqual(rating.user_id, self.agent)
        self.assertEqual(rating.matter_id, self.matter)
        self.assertEqual(rating.score, 4)
        self.assertFalse(rating.is_bad)
        self.assertEqual(rating.attitude_level, "very_satisfied")
        self.assertFalse(rating.efficiency_level)
        self.assertEqual(case.park_rating_level, "satisfied")
        self.assertFalse(rating.rectification_ids)
        with self.assertRefused(UserError, "already been rated"):
            case._park_rate("very_dissatisfied", "portal")
        self.assertEqual(len(case.park_rating_ids), 1)

    def test_open_case_is_not_rated(self):
        case = self._file()
        with self.assertRefused(UserError, "not closed"):
            case._park_rate("very_satisfied", "portal")
        self.assertFalse(self.Rating.search([("ticket_id", "=", case.id)]))

    def test_review_is_never_changed_or_deleted(self):
        rating = self._rated("dissatisfied")
        for user in (
            self.agent,
            self.station_manager,
            self.county_admin,
            self.city_admin,
        ):
            with self.assertRefused(AccessError, ""):
                rating.with_user(user).write({"level": "very_satisfied"})
            with self.assertRefused(AccessError, ""):
                rating.with_user(user).unlink()
        with self.assertRefused(AccessError, "can't be changed"):
            rating.with_user(self.city_admin).sudo(False).write({"comment": "x"})
        self.assertEqual(rating.level, "dissatisfied")

    def test_review_on_the_enterprise_timeline(self):
        rating = self._rated("very_satisfied")
        event = self.env["park.enterprise.event"].search(
            [("partner_id", "=", self.ent_a.id), ("kind", "=", "rating")]
        )
        self.assertEqual(len(event), 1)
        self.assertFalse(event.is_internal)
        self.assertEqual(event.res_model, "park.rating")
        self.assertEqual(event.res_id, rating.id)
        self.assertIn(rating.ticket_id.number, event.name)

    def test_review_device_must_be_a_review_device_of_the_station(self):
        printer = self.env["park.station.equipment"].create(
            {"name": "打印机", "category": "printer", "station_id": self.station_a1.id}
        )
        with self.assertRefused(ValidationError, "not a review device"):
            self.env["park.rating.device"].create(
                {
                    "name": "1号评价器",
                    "window_id": self.window_a1.id,
                    "equipment_id": printer.id,
                }
            )

    def test_enterprise_sees_its_review_on_the_timeline_but_not_internal_steps(self):
        rating = self._rated("very_dissatisfied")
        self.assertTrue(rating.rectification_id)
        events = (
            self.env["park.enterprise.event"]
            .with_user(self.enterprise)
            .search([("partner_id", "=", self.ent_a.id)])
        )
        self.assertIn("rating", events.mapped("kind"))
        self.assertNotIn("rectification", events.mapped("kind"))
        internal = self.env["park.enterprise.event"].search(
            [("partner_id", "=", self.ent_a.id), ("kind", "=", "rectification")]
        )
        self.assertTrue(internal)
        self.assertTrue(all(internal.mapped("is_internal")))

    def _paper_review(self, case, user, level="satisfied"):
        action = case.with_user(user).action_park_record_paper_review()
        form = Form(
            self.env[action["res_model"]]
            .with_user(user)
            .with_context(**action["context"])
        )
        form.level = level
        form.comment = "纸质评价表"
        return form.save()

    def test_clerk_types_in_the_paper_review_of_the_window(self):
        case = self._closed_case()
        self._paper_review(case, self.agent, "basically_satisfied").action_record()
        rating = case.park_rating_ids
        self.assertEqual(rating.channel, "window")
        self.assertEqual(rating.level, "basically_satisfied")
        self.assertEqual(rating.comment, "纸质评价表")
        wizard = self._paper_review(self._file(), self.agent)
        with self.assertRefused(UserError, "not closed"):
            wizard.action_record()

    def test_clerk_of_another_park_does_not_record_a_review(self):
        case = self._closed_case()
        wizard = (
            self.env["park.rating.record"]
            .with_user(self.agent_b)
            .create({"ticket_id": case.id, "level": "very_dissatisfied"})
        )
        with self.assertRefused(AccessError, ""):
            wizard.action_record()
        self.assertFalse(case.park_rating_ids)
