# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError
from stdnum.cn import uscc as stdnum_uscc

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from ..models import uscc as park_uscc
from .common import ParkEnterpriseCommon, make_uscc, make_xlsx

# codes of registration departments that have a letter (GB 32100-2015 and its
# amendment): a village collective economic organisation (N2), another
# department's registration (Y1), the Central Military Commission's staffing
# office (A1); the check digit computed with stdnum's algorithm
N_VILLAGE_COLLECTIVE = make_uscc("N2379801MF3A4B5C6")
Y_OTHER = make_uscc("Y1379801MJD123456")
A_MILITARY = make_uscc("A1110000MB0012345")


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
        # the check names the park where the code is registered...
        with self.assertRaisesRegex(ValidationError, "already registered.*in the park"):
            self._new(self.code_a.lower(), name="又一家公司")
        # ...and the database holds the rule whatever writes the row
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(IntegrityError),
            self.env.cr.savepoint(),
        ):
            self.env.cr.execute(
                "UPDATE res_partner SET uscc = %s WHERE id = %s",
                (self.code_a, self.env.user.partner_id.id),
            )

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

    def test_letter_first_codes_are_valid(self):
        for code in (N_VILLAGE_COLLECTIVE, Y_OTHER, A_MILITARY):
            with self.subTest(code=code):
                self.assertEqual(park_uscc.validate(code), code)
                self.assertFalse(self.env["res.partner"]._park_uscc_error(code))
        partner = self._new(N_VILLAGE_COLLECTIVE.lower(), name="某村股份经济合作社")
        self.assertEqual(partner.uscc, N_VILLAGE_COLLECTIVE)
        self.assertEqual(self._new(Y_OTHER, name="某基层法律服务所").uscc, Y_OTHER)

    def test_letter_first_code_keeps_its_check_digit(self):
        code = N_VILLAGE_COLLECTIVE
        wrong = code[:17] + ("1" if code[17] != "1" else "2")
        with self.assertRaisesRegex(ValidationError, "wrong check digit") as ctx:
            self._new(wrong)
        self.assertIn(
            f"should be {code[17]}", str(ctx.exception), "the expected digit is shown"
        )

    def test_unknown_registration_department_refused(self):
        # B is no registration department; 0 is none either
        for body in ("B1379801MJD123456", "01379801MA3C9A1B0"):
            with (
                self.subTest(body=body),
                self.assertRaisesRegex(
                    ValidationError, "no registration department's code"
                ),
            ):
                self._new(make_uscc(body))

    def test_letter_first_code_still_needs_digits_for_its_region(self):
        # the category (2nd) and the region code (3rd-8th) are digits
        for body in ("NB379801MF3A4B5C6", "N237980AMF3A4B5C6"):
            with (
                self.subTest(body=body),
                self.assertRaisesRegex(ValidationError, "invalid characters"),
            ):
                self._new(make_uscc(body))
        with self.assertRaisesRegex(ValidationError, "invalid characters"):
            self._new("N2379801MF3A4B5CO" + "1")

    def test_digit_first_codes_checked_as_the_library_does(self):
        # the wrapper changes nothing for the codes the library accepts
        for body in ("91379801MA3C9A1B0", "12379800MB1234567", "52379801MJ9876543"):
            code = make_uscc(body)
            self.assertTrue(park_uscc.is_valid(code))
            self.assertTrue(stdnum_uscc.is_valid(code))
            self.assertFalse(park_uscc.is_valid(code[:17] + "Z"))
        self.assertFalse(park_uscc.is_valid("9137980AMA3C9A1B0X"))
        self.assertFalse(park_uscc.is_valid("91379801MA3C9A1B"))

    def _import(self, *rows):
        wizard = self.env["park.enterprise.import"].create(
            {
                "file": make_xlsx(
                    [
                        [
                            "Enterprise Name",
                            "Unified Social Credit Code",
                            "Park (code or name)",
                        ],
                        *rows,
                    ]
                ),
                "file_name": "t.xlsx",
            }
        )
        wizard.action_import()
        return wizard

    def test_import_checks_codes_the_same_way(self):
        refused = self._import(
            ["某村股份经济合作社", N_VILLAGE_COLLECTIVE, self.park_a.code],
            ["错误代码合作社", make_uscc("B1379801MJD123456"), self.park_a.code],
        )
        self.assertEqual(refused.error_line_ids.mapped("row"), [3])
        self.assertIn("no registration department", refused.error_line_ids.message)
        wizard = self._import(
            ["某村股份经济合作社", N_VILLAGE_COLLECTIVE, self.park_a.code]
        )
        self.assertEqual(wizard.state, "done")
        self.assertEqual(wizard.partner_ids.uscc, N_VILLAGE_COLLECTIVE)
