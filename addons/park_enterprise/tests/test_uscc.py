# Copyright 2025 园区通 contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import ParkEnterpriseCommon, make_uscc


@tagged("post_install", "-at_install")
class TestUscc(ParkEnterpriseCommon):
    def _new(self, code, name="测试企业有限公司"):
        return self.env["res.partner"].create(
            {
                "name": name,
                "is_company": True,
                "is_park_enterprise": True,
                "park_id": self.park_a.id,
                "uscc": code,
            }
        )

    def test_valid_code_is_stored(self):
        code = make_uscc("91379801MA3C9A1B0")
        self.assertEqual(self._new(code).uscc, code)

    def test_lower_case_and_spaces_are_normalised(self):
        code = make_uscc("91379801MA3C9A1B0")
        messy = " " + code[:6] + " " + code[6:12].lower() + "-" + code[12:].lower()
        partner = self._new(messy)
        self.assertEqual(partner.uscc, code)
        partner.uscc = code.lower()
        self.assertEqual(partner.uscc, code)

    def test_wrong_check_digit(self):
        code = make_uscc("91379801MA3C9A1B0")
        wrong = code[:17] + ("1" if code[17] != "1" else "2")
        with self.assertRaisesRegex(ValidationError, "wrong check digit") as ctx:
            self._new(wrong)
        self.assertIn(code[17], str(ctx.exception), "the expected digit is shown")

    def test_wrong_length(self):
        with self.assertRaisesRegex(ValidationError, "must have 18 characters"):
            self._new("91379801MA3C9A1B")
        with self.assertRaisesRegex(ValidationError, "it has 19"):
            self._new(make_uscc("91379801MA3C9A1B0") + "1")

    def test_invalid_characters(self):
        # I and O are not used; the first eight characters are digits
        with self.assertRaisesRegex(ValidationError, "invalid characters"):
            self._new("91379801MA3C9I1B0X")
        with self.assertRaisesRegex(ValidationError, "invalid characters"):
            self._new("9137980AMA3C9A1B0X")

    def test_code_is_unique_in_the_database(self):
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self._new(self.code_a, name="另一家公司").flush_recordset()
        # the same code typed differently is the same code
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self._new(self.code_a.lower(), name="又一家公司").flush_recordset()

    def test_empty_codes_are_allowed_many_times(self):
        first = self._new(False, name="筹建企业甲")
        second = self._new("", name="筹建企业乙")
        (first | second).flush_recordset()
        self.assertFalse(first.uscc)
        self.assertFalse(second.uscc)

    def test_form_normalises_and_records_stage(self):
        view = self.env.ref("park_enterprise.res_partner_view_form_enterprise")
        Partner = self.env["res.partner"].with_context(
            default_is_park_enterprise=True,
            default_is_company=True,
            default_lifecycle_stage="opening",
        )
        code = make_uscc("91379801MA3CF0RM0")
        with Form(Partner, view=view) as form:
            form.name = "张店表单测试有限公司"
            form.uscc = code.lower()
            form.park_id = self.park_a
            form.park_industry_ids.add(self.tag_material)
        partner = form.record
        self.assertEqual(partner.uscc, code)
        self.assertTrue(partner.is_park_enterprise)
        self.assertEqual(partner.park_county_id, self.county_a)
        self.assertEqual(partner.park_city_id, self.city)
        self.assertEqual(partner.park_stage_history_ids.to_stage, "opening")
