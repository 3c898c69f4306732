# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re
from datetime import timedelta

from odoo import fields
from odoo.tests import HttpCase, new_test_user, tagged

from .common import ParkRatingCommon

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@tagged("post_install", "-at_install")
class TestRatingHttp(ParkRatingCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal_b = new_test_user(
            cls.env,
            login="park_enterprise_b",
            groups="base.group_portal,park_base.group_park_enterprise",
            parent_id=cls.ent_b.id,
        )

    def _link_of(self, case):
        """The review link in the case's closing mail."""
        bodies = " ".join(str(body) for body in case.message_ids.mapped("body"))
        match = re.search(r"/park/rate/([A-Za-z0-9_\-]+)", bodies)
        self.assertTrue(match, "the closing mail carries a review link")
        return f"/park/rate/{match.group(1)}"

    def _post(self, url, **data):
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200, page.text[:500])
        token = CSRF.search(page.text).group(1)
        return self.url_open(url, data=dict(data, csrf_token=token))

    # ------------------------------------------------------------------
    # the link, without login
    # ------------------------------------------------------------------
    def test_closing_mail_link_rates_the_case_once(self):
        case = self._closed_case()
        url = self._link_of(case)
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200)
        self.assertIn(case.number, page.text)
        self.assertIn("o_park_level_very_dissatisfied", page.text)
        response = self._post(
            url, level="very_satisfied", efficiency_level="satisfied", comment="很满意"
        )
        self.assertEqual(response.status_code, 200)
        rating = case.park_rating_ids
        self.assertEqual(rating.level, "very_satisfied")
        self.assertEqual(rating.channel, "link")
        self.assertEqual(rating.efficiency_level, "satisfied")
        self.assertEqual(rating.comment, "很满意")
        # used: refused, nothing more written
        again = self.url_open(url)
        self.assertEqual(again.status_code, 403)
        # the page is in the visitor's language (English or Chinese)
        self.assertRegex(again.text, "already been used|已使用")
        self.assertEqual(len(case.park_rating_ids), 1)

    def test_reused_link_post_is_refused(self):
        case = self._closed_case()
        url = self._link_of(case)
        token = CSRF.search(self.url_open(url).text).group(1)
        self.url_open(url, data={"csrf_token": token, "level": "satisfied"})
        second = self.url_open(
            url, data={"csrf_token": token, "level": "very_dissatisfied"}
        )
        self.assertEqual(second.status_code, 403)
        self.assertEqual(case.park_rating_ids.level, "satisfied")
        self.assertFalse(case.park_rating_ids.rectification_ids)

    def test_expired_link_is_refused(self):
        case = self._closed_case()
        url = self._link_of(case)
        case.sudo().park_rating_link_ids.expiry_date = (
            fields.Datetime.now() - timedelta(minutes=1)
        )
        response = self.url_open(url)
        self.assertEqual(response.status_code, 403)
        self.assertRegex(response.text, "expired|已过期")
        self.assertFalse(case.park_rating_ids)

    def test_link_lasts_the_configured_days(self):
        self.env["ir.config_parameter"].set_param("park_rating.link_valid_days", 3)
        case = self._closed_case()
        link = case.sudo().park_rating_link_ids
        self.assertEqual(len(link), 1)
        self.assertAlmostEqual(
            link.expiry_date,
            fields.Datetime.now() + timedelta(days=3),
            delta=timedelta(minutes=5),
        )
        self.assertGreaterEqual(len(link.token), 43)

    def test_guessed_link_is_not_found(self):
        case = self._closed_case()
        token = self._link_of(case).rsplit("/", 1)[1]
        for guess in (token[:-1] + ("A" if token[-1] != "A" else "B"), "1", "x" * 300):
            self.assertEqual(self.url_open(f"/park/rate/{guess}").status_code, 404)
        self.assertFalse(case.park_rating_ids)

    def test_link_rates_its_own_case_only(self):
        case_a = self._closed_case()
        case_b = self._closed_case(enterprise=self.ent_b, station=self.station_b1)
        url = self._link_of(case_a)
        self._post(url, level="dissatisfied", ticket_id=case_b.id)
        self.assertEqual(case_a.park_rating_ids.level, "dissatisfied")
        self.assertFalse(case_b.park_rating_ids)

    def test_open_case_has_no_link(self):
        case = self._file()
        self.assertFalse(case.sudo().park_rating_link_ids)

    # ------------------------------------------------------------------
    # the portal
    # ------------------------------------------------------------------
    def test_enterprise_rates_its_closed_case_on_the_portal(self):
        case = self._closed_case()
        self.authenticate("park_enterprise", "park_enterprise")
        page = self.url_open(f"/my/ticket/{case.id}")
        self.assertIn(f"/my/park/rating/{case.id}", page.text)
        response = self._post(
            f"/my/park/rating/{case.id}", level="dissatisfied", comment="等待太久"
        )
        self.assertEqual(response.status_code, 200)
        rating = case.park_rating_ids
        self.assertEqual((rating.level, rating.channel), ("dissatisfied", "portal"))
        self.assertEqual(rating.rectification_id.user_id, self.station_manager)
        again = self.url_open(f"/my/park/rating/{case.id}")
        self.assertEqual(again.status_code, 403)
        self.assertRegex(again.text, "already been rated|已评价")
        page = self.url_open(f"/my/ticket/{case.id}")
        self.assertIn("等待太久", page.text)

    def test_portal_form_without_a_level_writes_nothing(self):
        case = self._closed_case()
        self.authenticate("park_enterprise", "park_enterprise")
        response = self._post(f"/my/park/rating/{case.id}", level="excellent")
        self.assertIn("o_park_rating_error", response.text)
        self.assertFalse(case.park_rating_ids)

    def test_open_case_is_refused_on_the_portal(self):
        case = self._file(partner_id=self.enterprise.partner_id.id)
        self.authenticate("park_enterprise", "park_enterprise")
        response = self.url_open(f"/my/park/rating/{case.id}")
        self.assertEqual(response.status_code, 403)
        self.assertRegex(response.text, "not closed|尚未办结")
        self.assertFalse(case.park_rating_ids)

    def test_another_enterprises_case_is_not_found_on_the_portal(self):
        case_b = self._closed_case(enterprise=self.ent_b, station=self.station_b1)
        self.authenticate("park_enterprise", "park_enterprise")
        self.assertEqual(self.url_open(f"/my/park/rating/{case_b.id}").status_code, 404)
        own = self._closed_case()
        token = CSRF.search(self.url_open(f"/my/park/rating/{own.id}").text).group(1)
        response = self.url_open(
            f"/my/park/rating/{case_b.id}",
            data={"csrf_token": token, "level": "very_dissatisfied"},
        )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(case_b.park_rating_ids)
        self.assertEqual(self.url_open("/my/park/rating/999999").status_code, 404)

    def test_staff_do_not_rate_on_the_enterprises_behalf(self):
        case = self._closed_case()
        self.authenticate("park_agent", "park_agent")
        self.assertEqual(self.url_open(f"/my/park/rating/{case.id}").status_code, 404)

    # ------------------------------------------------------------------
    # the window's review device
    # ------------------------------------------------------------------
    def test_review_device_shows_and_rates_the_case_just_completed(self):
        equipment = self.env["park.station.equipment"].create(
            {
                "name": "评价器",
                "category": "evaluation_device",
                "station_id": self.station_a1.id,
            }
        )
        device = self.env["park.rating.device"].create(
            {
                "name": "1号窗口评价器",
                "window_id": self.window_a1.id,
                "equipment_id": equipment.id,
            }
        )
        url = f"/park/rating/device/{device.token}"
        waiting = self.url_open(url)
        self.assertEqual(waiting.status_code, 200)
        self.assertIn("o_park_rating_waiting", waiting.text)
        elsewhere = self._closed_case()
        case = self._closed_case(park_window_id=self.window_a1.id)
        page = self.url_open(url)
        self.assertIn(case.number, page.text)
        self.assertNotIn(elsewhere.number, page.text)
        token = CSRF.search(page.text).group(1)
        # another case than the one shown is refused
        refused = self.url_open(
            url,
            data={"csrf_token": token, "ticket_id": elsewhere.id, "level": "satisfied"},
        )
        self.assertEqual(refused.status_code, 403)
        self.assertFalse(elsewhere.park_rating_ids)
        self.url_open(
            url,
            data={
                "csrf_token": token,
                "ticket_id": case.id,
                "level": "satisfied",
                "attitude_level": "very_satisfied",
            },
        )
        rating = case.park_rating_ids
        self.assertEqual((rating.level, rating.channel), ("satisfied", "device"))
        self.assertEqual(rating.window_id, self.window_a1)
        self.assertIn("o_park_rating_waiting", self.url_open(url).text)
        # a new address retires the old one
        device.action_new_token()
        self.assertEqual(self.url_open(url).status_code, 404)
        self.assertEqual(self.url_open("/park/rating/device/guess").status_code, 404)
