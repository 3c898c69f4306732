# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io

import openpyxl

from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.park_base.tests.test_xlsx_machinery import (
    DANGEROUS_TEXTS,
    assert_text_cells,
    force_text,
    replace_member,
    with_blank_rows,
)

from .common import ParkEnterpriseCommon, make_uscc, make_xlsx

HEADER = [
    "Enterprise Name",
    "Unified Social Credit Code",
    "Park (code or name)",
    "Industry Tags (codes or names, comma separated)",
    "Life-cycle Stage",
    "Registration Date",
    "Legal Representative",
    "Registered Capital (CNY)",
    "Enterprise Size",
    "Employees",
    "Key Enterprise",
]


@tagged("post_install", "-at_install")
class TestImport(ParkEnterpriseCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.code_1 = make_uscc("91379801MA3XMP010")
        cls.code_2 = make_uscc("91379801MA3XMP020")
        cls.code_3 = make_uscc("91379821MA3XMP030")

    def _import(self, rows, user=None):
        Wizard = self.env["park.enterprise.import"]
        if user:
            Wizard = Wizard.with_user(user)
        wizard = Wizard.create(
            {"file": make_xlsx([HEADER, *rows]), "file_name": "t.xlsx"}
        )
        wizard.action_import()
        return wizard

    def _count(self, *codes):
        return self.env["res.partner"].search_count([("uscc", "in", list(codes))])

    def _row(self, name, code, park=None, tags="t_material", stage="operating"):
        return [
            name,
            code,
            park or self.park_a.code,
            tags,
            stage,
            "2019-05-20",
            "张三",
            1000000,
            "small",
            35,
            "是",
        ]

    def test_valid_file_is_imported(self):
        wizard = self._import(
            [
                self._row("张店导入一有限公司", self.code_1.lower()),
                self._row(
                    "张店导入二有限公司", self.code_2, tags="t_material, 测试数字经济"
                ),
                self._row(
                    "临淄导入三有限公司",
                    self.code_3,
                    park=self.park_b.name,
                    stage="Investment & Construction",
                ),
            ]
        )
        self.assertEqual(wizard.state, "done")
        self.assertEqual(wizard.imported_count, 3)
        first = wizard.partner_ids.filtered(lambda p: p.uscc == self.code_1)
        self.assertEqual(first.name, "张店导入一有限公司")
        self.assertEqual(first.park_id, self.park_a)
        self.assertTrue(first.is_park_enterprise)
        self.assertTrue(first.is_key_enterprise)
        self.assertEqual(first.registration_date.isoformat(), "2019-05-20")
        self.assertEqual(first.employee_count, 35)
        self.assertEqual(first.enterprise_size, "small")
        self.assertEqual(first.name_pinyin.split()[1], "zddryyxgs")
        second = wizard.partner_ids.filtered(lambda p: p.uscc == self.code_2)
        self.assertEqual(second.park_industry_ids, self.tag_material | self.tag_digital)
        third = wizard.partner_ids.filtered(lambda p: p.uscc == self.code_3)
        self.assertEqual(third.park_id, self.park_b)
        self.assertEqual(third.lifecycle_stage, "construction")
        self.assertIn("t.xlsx", third.park_stage_history_ids.note)

    def test_one_bad_row_rejects_the_whole_file(self):
        wrong_digit = self.code_3[:17] + ("1" if self.code_3[17] != "1" else "2")
        wizard = self._import(
            [
                self._row("张店导入一有限公司", self.code_1),
                self._row("张店导入二有限公司", self.code_2),
                self._row("临淄导入三有限公司", wrong_digit, park=self.park_b.code),
            ]
        )
        self.assertEqual(wizard.state, "error")
        self.assertEqual(wizard.error_line_ids.mapped("row"), [4])
        self.assertIn("check digit", wizard.error_line_ids.message)
        self.assertEqual(self._count(self.code_1, self.code_2, wrong_digit), 0)
        self.assertFalse(
            self.env["res.partner"].search_count([("name", "like", "导入")]),
            "nothing written",
        )
        # the error report can be read back
        report = openpyxl.load_workbook(
            io.BytesIO(base64.b64decode(wizard.error_report))
        )
        rows = list(report.active.iter_rows(values_only=True))
        self.assertEqual(rows[1][0], 4)
        self.assertIn("check digit", rows[1][3])

    def test_duplicates_are_reported(self):
        wizard = self._import(
            [
                self._row("张店导入一有限公司", self.code_1),
                self._row("张店导入二有限公司", self.code_1),
                self._row("张店导入一有限公司", self.code_2),
                self._row("另一家公司", self.code_a),
                self._row("张店华光机械有限公司", self.code_3),
            ]
        )
        self.assertEqual(wizard.state, "error")
        messages = {(e.row, e.message) for e in wizard.error_line_ids}
        self.assertIn((3, "The same code is already on row 2."), messages)
        self.assertIn(
            (4, "The same enterprise is already on row 2 for this park."), messages
        )
        self.assertIn(
            (5, "This code is already used by the enterprise 张店华光机械有限公司."),
            messages,
        )
        self.assertIn(
            (6, "An enterprise with this name is already in this park."), messages
        )
        self.assertEqual(self._count(self.code_1, self.code_2, self.code_3), 0)

    def test_unknown_values_are_reported(self):
        wizard = self._import(
            [
                self._row("甲公司", self.code_1, park="不存在的园区"),
                self._row("乙公司", self.code_2, tags="未知产业"),
                self._row("丙公司", self.code_3, park=self.park_b.code, stage="破产"),
                [
                    "丁公司",
                    "",
                    self.park_a.code,
                    "",
                    "",
                    "昨天",
                    "",
                    "很多",
                    "huge",
                    "",
                    "maybe",
                ],
            ]
        )
        columns = {(e.row, e.column) for e in wizard.error_line_ids}
        self.assertIn((2, "Park (code or name)"), columns)
        self.assertIn((3, "Industry Tags (codes or names, comma separated)"), columns)
        self.assertIn((4, "Life-cycle Stage"), columns)
        for column in (
            "Unified Social Credit Code",
            "Registration Date",
            "Registered Capital (CNY)",
            "Enterprise Size",
            "Key Enterprise",
        ):
            self.assertIn((5, column), columns)
        self.assertEqual(self._count(self.code_1, self.code_2, self.code_3), 0)

    def test_enterprises_being_prepared_need_no_code(self):
        wizard = self._import([self._row("筹建中的公司", "", stage="preparing")])
        self.assertEqual(wizard.state, "done")
        self.assertFalse(wizard.partner_ids.uscc)

    def test_station_manager_imports_only_into_their_parks(self):
        wizard = self._import(
            [self._row("张店导入一有限公司", self.code_1)], user=self.county_admin_b
        )
        self.assertEqual(wizard.state, "error")
        self.assertEqual(self._count(self.code_1), 0)
        wizard = self._import(
            [self._row("临淄导入三有限公司", self.code_3, park=self.park_b.code)],
            user=self.county_admin_b,
        )
        self.assertEqual(wizard.state, "done")

    def test_missing_column_and_bad_file(self):
        wizard = self.env["park.enterprise.import"].create(
            {"file": make_xlsx([["Enterprise Name"], ["甲公司"]])}
        )
        with self.assertRaisesRegex(UserError, "Park"):
            wizard.action_import()
        wizard.file = base64.b64encode(b"not an xlsx file")
        with self.assertRaisesRegex(UserError, "cannot be read"):
            wizard.action_import()

    def test_template_has_the_columns(self):
        wizard = self.env["park.enterprise.import"].create({})
        action = wizard.action_download_template()
        self.assertIn("/template_file/", action["url"])
        book = openpyxl.load_workbook(
            io.BytesIO(base64.b64decode(wizard.template_file))
        )
        header = next(book.worksheets[0].iter_rows(values_only=True))
        self.assertEqual(list(header[: len(HEADER)]), HEADER)
        self.assertEqual(book.worksheets[0].freeze_panes, "A2")
        allowed = [r[1] for r in book.worksheets[1].iter_rows(values_only=True)]
        self.assertIn(self.park_a.display_name, allowed)
        self.assertIn("Operating", allowed)

    def test_error_report_keeps_text_as_text(self):
        content = force_text(
            base64.b64decode(
                make_xlsx(
                    [
                        HEADER,
                        self._row("=1+1", self.code_1, park=DANGEROUS_TEXTS[0]),
                        self._row("乙公司", self.code_2, tags="@SUM(A1:A2)"),
                    ]
                )
            )
        )
        wizard = self.env["park.enterprise.import"].create(
            {"file": base64.b64encode(content)}
        )
        wizard.action_import()
        self.assertEqual(wizard.state, "error")
        report = openpyxl.load_workbook(
            io.BytesIO(base64.b64decode(wizard.error_report))
        )
        self.assertEqual(
            set(assert_text_cells(self, report.active)),
            {DANGEROUS_TEXTS[0], "@SUM(A1:A2)"},
        )

    def test_damaged_or_oversized_files_write_nothing(self):
        content = base64.b64decode(
            make_xlsx([HEADER, self._row("张店导入一有限公司", self.code_1)])
        )
        broken = replace_member(
            content, "xl/worksheets/sheet1.xml", lambda data: data.replace(b"</", b"<")
        )
        Wizard = self.env["park.enterprise.import"].with_user(self.city_admin)
        wizard = Wizard.create({"file": base64.b64encode(broken)})
        with self.assertRaisesRegex(UserError, "damaged"):
            wizard.action_import()
        self.patch(type(Wizard), "_xlsx_max_unzipped_size", 2000)
        wizard = Wizard.create({"file": base64.b64encode(content)})
        with self.assertRaisesRegex(UserError, "too large once uncompressed"):
            wizard.action_import()
        self.assertEqual(self._count(self.code_1), 0)

    def test_blank_rows_do_not_count(self):
        content = base64.b64decode(
            make_xlsx([HEADER, self._row("张店导入一有限公司", self.code_1)])
        )
        content = with_blank_rows(content, 200000)
        self.patch(type(self.env["park.enterprise.import"]), "_xlsx_max_rows", 1)
        wizard = self.env["park.enterprise.import"].create(
            {"file": base64.b64encode(content)}
        )
        wizard.action_import()
        self.assertEqual(wizard.state, "done")
        self.assertEqual(self._count(self.code_1), 1)

    def test_chinese_template_imports(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_base", "park_enterprise"], ["zh_CN"]
        )
        wizard = (
            self.env["park.enterprise.import"].with_context(lang="zh_CN").create({})
        )
        wizard.action_download_template()
        book = openpyxl.load_workbook(
            io.BytesIO(base64.b64decode(wizard.template_file))
        )
        sheet = book.worksheets[0]
        header = [c.value for c in sheet[1]]
        self.assertIn("企业名称", header)
        row = dict.fromkeys(header)
        row.update(
            {
                "企业名称": "张店导入一有限公司",
                "统一社会信用代码": self.code_1,
                "园区（编码或名称）": self.park_a.name,
                "生命周期阶段": "筹建",
                "重点企业": "是",
            }
        )
        sheet.append([row[h] for h in header])
        output = io.BytesIO()
        book.save(output)
        wizard.file = base64.b64encode(output.getvalue())
        wizard.action_import()
        self.assertEqual(wizard.state, "done", wizard.error_line_ids.mapped("message"))
        self.assertEqual(wizard.partner_ids.lifecycle_stage, "preparing")
        self.assertTrue(wizard.partner_ids.is_key_enterprise)
