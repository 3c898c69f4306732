# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .common import ParkBaseCommon


@tagged("post_install", "-at_install")
class TestPilotParks(ParkBaseCommon):
    """Clause 3(1): each county chooses 2 to 3 pilot parks. A fourth is
    refused; fewer than two are warned about."""

    def _park(self, code, county=None, pilot=True, user=None):
        Park = self.env["park.park"]
        if user:
            Park = Park.with_user(user)
        return Park.create(
            {
                "name": f"园区{code}",
                "code": code,
                "county_id": (county or self.county_a).id,
                "is_pilot": pilot,
            }
        )

    def test_fourth_pilot_park_of_a_county_refused(self):
        self.park_a2.with_user(self.county_admin).is_pilot = True
        self._park("T-A3", user=self.county_admin)
        self.assertEqual(self.county_a.pilot_park_count, 3)
        with (
            self.assertRaisesRegex(
                ValidationError,
                r"甲区 already has 3 pilot parks \(.*甲区化工园.*\): each county "
                r"chooses 2 to 3 pilot parks\. Unmark one of them before making "
                r"园区T-A4 a pilot park\.",
            ),
            self.env.cr.savepoint(),
        ):
            self._park("T-A4", user=self.county_admin)
        self.assertFalse(self.env["park.park"].search([("code", "=", "T-A4")]))
        # an ordinary park is still welcome, and can't become a fourth pilot
        ordinary = self._park("T-A5", pilot=False, user=self.county_admin)
        with (
            self.assertRaisesRegex(ValidationError, "already has 3 pilot parks"),
            self.env.cr.savepoint(),
        ):
            ordinary.with_user(self.county_admin).is_pilot = True
        self.assertFalse(ordinary.is_pilot)
        # another county is not concerned
        self._park("T-B2", county=self.county_b)
        self.assertEqual(self.county_b.pilot_park_count, 1)

    def test_city_administrator_refused_too(self):
        self._park("T-A3")
        self._park("T-A4", pilot=False).is_pilot = True
        with self.assertRaisesRegex(ValidationError, "already has 3 pilot parks"):
            self.park_a2.with_user(self.city_admin).is_pilot = True

    def test_archived_pilot_does_not_count_until_restored(self):
        self.park_a2.is_pilot = True
        third = self._park("T-A3")
        third.action_archive()
        self._park("T-A4")
        with self.assertRaisesRegex(ValidationError, "already has 3 pilot parks"):
            third.action_unarchive()

    def test_pilot_moved_into_a_full_county_refused(self):
        for code in ("T-B2", "T-B3", "T-B4"):
            self._park(code, county=self.county_b)
        with (
            self.assertRaisesRegex(ValidationError, "乙县 already has 3 pilot parks"),
            self.env.cr.savepoint(),
        ):
            self.park_a1.write({"county_id": self.county_b.id, "township_id": False})
        self.assertEqual(self.park_a1.county_id, self.county_a)
        # an ordinary park moves in freely
        self.park_a2.county_id = self.county_b
        self.assertEqual(self.county_b.park_count, 5)

    def test_warning_while_a_county_has_fewer_than_two_pilots(self):
        self.assertEqual(
            self.county_a.pilot_warning,
            "甲区 has 1 pilot parks: each county chooses 2 to 3 pilot parks. "
            "Mark its pilot parks on their forms.",
        )
        self.assertIn("乙县 has 0 pilot parks", self.county_b.pilot_warning)
        self.assertIn("has 0 pilot parks", self.zone.pilot_warning)
        # the counties' parks show it, pilots or not, to every reader
        self.assertEqual(self.park_a2.pilot_warning, self.county_a.pilot_warning)
        self.assertEqual(
            self.park_a1.with_user(self.agent).pilot_warning,
            self.county_a.pilot_warning,
        )
        # cities and townships have no pilot quota
        self.assertFalse(self.city.pilot_warning)
        self.assertFalse(self.township_a.pilot_warning)
        self.park_a2.is_pilot = True
        # computed on reading, from every park of the county
        self.env.invalidate_all()
        self.assertFalse(self.county_a.pilot_warning)
        self.assertFalse(self.park_a1.pilot_warning)
        self.assertFalse(self.park_a2.pilot_warning)
        # an archived pilot no longer counts
        self.park_a2.action_archive()
        self.env.invalidate_all()
        self.assertIn("甲区 has 1 pilot parks", self.park_a1.pilot_warning)

    def test_park_form_warns_and_follows_the_unsaved_flag(self):
        with Form(self.park_a2.with_user(self.county_admin)) as form:
            self.assertIn("甲区 has 1 pilot parks", form.pilot_warning)
            form.is_pilot = True
            self.assertFalse(form.pilot_warning)
        self.assertTrue(self.park_a2.is_pilot)
        with Form(self.env["park.park"].with_user(self.city_admin)) as form:
            form.name = "乙县新园"
            form.code = "T-B9"
            form.county_id = self.county_b
            self.assertIn("乙县 has 0 pilot parks", form.pilot_warning)
            form.is_pilot = True
            self.assertIn("乙县 has 1 pilot parks", form.pilot_warning)
            # moved to a county that has its 2 pilots now
            form.county_id = self.county_a
            self.assertFalse(form.pilot_warning)
            form.county_id = self.county_b
        # unticking a saved pilot shows the shortfall before saving
        with Form(self.park_a1) as form:
            form.is_pilot = False
            self.assertIn("甲区 has 1 pilot parks", form.pilot_warning)

    def test_messages_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["park_base"], ["zh_CN"])
        self.assertEqual(
            self.county_b.with_context(lang="zh_CN").pilot_warning,
            "乙县 目前有 0 个试点园区：每个区县应选择 2 至 3 个试点园区。"
            "请在园区表单上标记试点园区。",
        )
        self.park_a2.is_pilot = True
        self._park("T-A3")
        with self.assertRaisesRegex(ValidationError, "已有 3 个试点园区"):
            self.env["park.park"].with_context(lang="zh_CN").create(
                {
                    "name": "第四园",
                    "code": "T-A4",
                    "county_id": self.county_a.id,
                    "is_pilot": True,
                }
            )
