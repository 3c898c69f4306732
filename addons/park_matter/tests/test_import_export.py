# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io
from urllib.parse import unquote

from openpyxl import Workbook, load_workbook

from odoo import fields
from odoo.exceptions import UserError
from odoo.fields import Command
from odoo.tests import HttpCase, tagged

from odoo.addons.park_base.tests.test_xlsx_machinery import (
    DANGEROUS_TEXTS,
    assert_text_cells,
    force_text,
    replace_member,
    with_blank_rows,
)

from ..wizards.park_matter_import import MATERIAL_COLUMNS, MATTER_COLUMNS
from .common import ParkMatterCommon

GOOD = {
    "Code": "379900-XK-000500001000",
    "Name": "排污许可证核发",
    "Department": "TAMR",
    "Matter type": "licence",
    "Theme": "Operating permits",
    "Approval level": "county",
    "Statutory limit": 20,
    "Promised limit": 10,
    "On the spot": "no",
    "Visits": "1",
    "Free": "yes",
    "Procedure steps": "申请\n受理\n审查\n决定",
    "Channels": "window, online",
    "High frequency": "yes",
    "Consultation phone": "0533-3187000",
}
GOOD_2 = dict(
    GOOD,
    **{
        "Code": "379900-QR-000500002000",
        "Name": "就业登记",
        "Matter type": "Administrative confirmation",
        "Theme": "talent",
        "Department": "测试税务局",
        "Statutory limit": 5,
        "Promised limit": 0,
        "On the spot": "是",
        "Free": "no",
        "Fees": "不收费以外的测试费用",
    },
)
MATERIALS = [
    {
        "Matter code": GOOD["Code"],
        "Material": "排污许可证申请表",
        "Form": "original",
        "Copies": 1,
        "Required": "yes",
    },
    {
        "Matter code": GOOD["Code"],
        "Material": "营业执照",
        "Form": "copy",
        "Copies": 1,
        "Required": "no",
        "Source": "government",
    },
    {
        "Matter code": GOOD_2["Code"],
        "Material": "劳动合同",
        "Form": "copy",
        "Copies": 1,
    },
]


def make_xlsx(matters, materials=(), drop_columns=()):
    book = Workbook()
    for index, (title, columns, rows) in enumerate(
        (
            ("Matters", MATTER_COLUMNS, matters),
            ("Materials", MATERIAL_COLUMNS, materials),
        )
    ):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = title
        headers = [c.source for c in columns if c.source not in drop_columns]
        sheet.append(headers)
        for row in rows:
            sheet.append([row.get(h) for h in headers])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


@tagged("post_install", "-at_install")
class TestImportExport(ParkMatterCommon):
    def _wizard(self, content, **vals):
        return (
            self.env["park.matter.import"]
            .with_user(self.city_admin)
            .create(
                dict({"file": base64.b64encode(content), "filename": "c.xlsx"}, **vals)
            )
        )

    def _count(self):
        return self.env["park.matter"].with_context(active_test=False).search_count([])

    def test_import_success(self):
        wizard = self._wizard(make_xlsx([GOOD, GOOD_2], MATERIALS), publish=True)
        wizard.action_import()
        self.assertEqual(wizard.state, "done", wizard.error_ids.mapped("message"))
        self.assertEqual(wizard.imported_count, 2)
        permit = wizard.matter_ids.filtered(lambda m: m.code == GOOD["Code"])
        self.assertEqual(permit.name, "排污许可证核发")
        self.assertEqual(permit.department_id, self.dept_amr)
        self.assertEqual(permit.theme, "permit")
        self.assertEqual(permit.state, "published")
        self.assertEqual(
            permit.step_ids.mapped("name"), ["申请", "受理", "审查", "决定"]
        )
        self.assertEqual(permit.channel_ids, self.channel_window | self.channel_online)
        self.assertEqual(
            permit.material_ids.mapped("name"), ["排污许可证申请表", "营业执照"]
        )
        self.assertEqual(permit.material_ids.mapped("is_required"), [True, False])
        self.assertEqual(permit.material_ids[1].source, "government")
        self.assertTrue(permit.is_high_frequency)
        hire = wizard.matter_ids - permit
        self.assertEqual(hire.matter_type, "confirmation", "label accepted")
        self.assertEqual(hire.department_id, self.dept_tax, "department by name")
        self.assertTrue(hire.is_on_the_spot)
        self.assertFalse(hire.is_free)
        self.assertEqual(len(hire.material_ids), 1)

    def test_import_rejected_whole_on_each_bad_row(self):
        cases = {
            "missing name": ([GOOD, dict(GOOD_2, Name=None)], MATERIALS, "Name"),
            "bad code": ([GOOD, dict(GOOD_2, Code="379900_qr_1")], [], "Code"),
            "short code": ([GOOD, dict(GOOD_2, Code="AB-12")], [], "Code"),
            "code twice": ([GOOD, dict(GOOD_2, Code=GOOD["Code"])], [], "Code"),
            "code exists": (
                [GOOD, dict(GOOD_2, Code=self.m_register.code)],
                [],
                "Code",
            ),
            "unknown department": (
                [GOOD, dict(GOOD_2, Department="不存在的局")],
                [],
                "Department",
            ),
            "negative limit": (
                [GOOD, dict(GOOD_2, **{"Statutory limit": -5})],
                [],
                "Statutory limit",
            ),
            "not a number": (
                [GOOD, dict(GOOD_2, **{"Statutory limit": "五"})],
                [],
                "Statutory limit",
            ),
            "promised above statutory": (
                [GOOD, dict(GOOD_2, **{"Promised limit": 9, "On the spot": "no"})],
                [],
                "Promised limit",
            ),
            "bad theme": ([GOOD, dict(GOOD_2, Theme="旅游")], [], "Theme"),
            "bad yes/no": ([GOOD, dict(GOOD_2, Free="maybe")], [], "Free"),
            "unknown channel": ([GOOD, dict(GOOD_2, Channels="fax")], [], "Channels"),
            "material of unknown matter": (
                [GOOD, GOOD_2],
                MATERIALS + [{"Matter code": "379900-XK-999999999", "Material": "x"}],
                "Matter code",
            ),
            "material without name": (
                [GOOD, GOOD_2],
                [{"Matter code": GOOD["Code"], "Material": None, "Copies": 1}],
                "Material",
            ),
            "negative copies": (
                [GOOD, GOOD_2],
                [{"Matter code": GOOD["Code"], "Material": "表", "Copies": -1}],
                "Copies",
            ),
        }
        before = self._count()
        for label, (matters, materials, column) in cases.items():
            with self.subTest(label):
                wizard = self._wizard(make_xlsx(matters, materials))
                wizard.action_import()
                self.assertEqual(wizard.state, "error")
                self.assertIn(column, wizard.error_ids.mapped("column"))
                self.assertEqual(self._count(), before, "nothing written")
                self.assertFalse(
                    self.env["park.matter"].search([("code", "=", GOOD["Code"])])
                )
                # the downloadable error report lists the same rows
                book = load_workbook(io.BytesIO(base64.b64decode(wizard.error_file)))
                rows = list(book["Errors"].iter_rows(min_row=2, values_only=True))
                self.assertEqual(len(rows), wizard.error_count)
                self.assertIn(column, [r[2] for r in rows])

    def test_missing_column_and_sheet(self):
        wizard = self._wizard(make_xlsx([GOOD], drop_columns=("Department",)))
        wizard.action_import()
        self.assertEqual(wizard.state, "error")
        self.assertEqual(wizard.error_ids.column, "Department")
        self.assertEqual(wizard.error_ids.row, 1)
        book = Workbook()
        book.active.title = "Other"
        buf = io.BytesIO()
        book.save(buf)
        wizard = self._wizard(buf.getvalue())
        wizard.action_import()
        self.assertEqual(
            set(wizard.error_ids.mapped("sheet")), {"Matters", "Materials"}
        )

    def test_template(self):
        wizard = self.env["park.matter.import"].with_user(self.city_admin).create({})
        action = wizard.action_download_template()
        self.assertIn("template_file", action["url"])
        book = load_workbook(io.BytesIO(base64.b64decode(wizard.template_file)))
        self.assertEqual(book.sheetnames, ["Matters", "Materials", "Allowed Values"])
        self.assertEqual(
            [c.value for c in book["Matters"][1]], [c.source for c in MATTER_COLUMNS]
        )
        self.assertEqual(book["Matters"].freeze_panes, "A2")
        values = book["Allowed Values"].iter_rows(min_row=2, values_only=True)
        values = {(r[0], r[1]) for r in values}
        self.assertIn(("Theme", "Housing fund"), values)
        self.assertIn(("Channels", "Online"), values)
        self.assertIn(("Department", "测试税务局"), values)
        self.assertNotIn("housing_fund", {v for _c, v in values})

    def _render(self, report, ids, lang="en_US"):
        content, kind = (
            self.env["ir.actions.report"]
            .with_context(lang=lang)
            ._render(report, ids, {})
        )
        self.assertEqual(kind, "xlsx")
        return load_workbook(io.BytesIO(content))

    def test_catalogue_export_read_back_and_reimported(self):
        matters = self.m_register | self.m_tax
        book = self._render("park_matter.action_report_catalogue_xlsx", matters.ids)
        sheet = book["Matters"]
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        self.assertEqual(len(rows), 2)
        by_code = {r[0]: r for r in rows}
        row = by_code[self.m_tax.code]
        self.assertEqual(row[1], "新办纳税人套餐式服务")
        self.assertEqual(row[2], "测试税务局", "the department's name, not its code")
        self.assertEqual(row[3], "Public service", "a label, not a code")
        self.assertEqual(row[7:9], (10, 2))
        materials = list(book["Materials"].iter_rows(min_row=2, values_only=True))
        self.assertEqual(len(materials), 7)
        # the export is a valid import file once the codes are new
        for ws in (book["Matters"], book["Materials"]):
            for cells in ws.iter_rows(min_row=2):
                cells[0].value = cells[0].value.replace("379900-", "379988-")
        buf = io.BytesIO()
        book.save(buf)
        wizard = self._wizard(buf.getvalue())
        wizard.action_import()
        self.assertEqual(wizard.state, "done", wizard.error_ids.mapped("message"))
        copy = wizard.matter_ids.filtered(lambda m: m.code == "379988-GG-000201001000")
        self.assertEqual(
            copy.material_ids.mapped("name"), self.m_tax.material_ids.mapped("name")
        )
        self.assertEqual(copy.promised_limit, 2)

    def _activate_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_base", "park_matter"], ["zh_CN"]
        )
        self.city_admin.lang = "zh_CN"

    # fields of a matter and of its materials compared in the round trip
    ROUND_TRIP_FIELDS = [
        "name",
        "department_id",
        "matter_type",
        "theme",
        "approval_level",
        "service_object",
        "statutory_limit",
        "promised_limit",
        "is_on_the_spot",
        "visit_count",
        "is_free",
        "fee_text",
        "legal_basis",
        "conditions",
        "channel_ids",
        "consult_phone",
        "is_high_frequency",
    ]
    MATERIAL_FIELDS = ["name", "form_type", "copies", "is_required", "source", "note"]

    def test_chinese_catalogue_round_trip(self):
        """Exported in Chinese (sheets, headers, labels), re-imported as it
        is: the same matters, steps and materials."""
        self._activate_chinese()
        special = self._make_matter(
            "379900-QT-000300001000",
            "=1+1 测试",
            materials=[('=HYPERLINK("http://evil.example","x")', "copy", 2, False)],
            department=self.dept_tax,
            theme="tax",
            matter_type="public_service",
            publish=False,
        )
        special.write(
            {
                "conditions": "+cmd",
                "fee_text": "@SUM(A1)",
                "is_free": False,
                "channel_ids": [Command.set(self.channel_window.ids)],
                "service_object": "enterprise",
            }
        )
        special.material_ids.note = "-2+3"
        matters = self.m_register | special
        book = self._render(
            "park_matter.action_report_catalogue_xlsx", matters.ids, "zh_CN"
        )
        self.assertEqual(book.sheetnames, ["事项", "申请材料"])
        sheet = book["事项"]
        header = [c.value for c in sheet[1]]
        self.assertEqual(header[:4], ["编码", "名称", "部门", "事项类型"])
        row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == special.code)
        values = [c.value for c in row]
        self.assertEqual(values[2], "测试税务局")
        self.assertEqual(values[3], "公共服务")
        self.assertIn("一窗办", values)
        self.assertIn("否", values, "yes/no in Chinese")
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                self.assertEqual(cell.data_type, "s")
        for ws in book.worksheets:
            self.assertEqual(ws.freeze_panes, "A2")
            self.assertTrue(ws.auto_filter.ref)
            self.assertGreater(ws.column_dimensions["B"].width, 20)
        # re-imported under new codes in Chinese: the same data
        for ws in book.worksheets:
            for cells in ws.iter_rows(min_row=2):
                cells[0].value = cells[0].value.replace("379900-", "379988-")
        buf = io.BytesIO()
        book.save(buf)
        wizard = self._wizard(buf.getvalue())
        wizard.with_context(lang="zh_CN").action_import()
        self.assertEqual(wizard.state, "done", wizard.error_ids.mapped("message"))
        self.assertEqual(len(wizard.matter_ids), 2)
        for original in matters:
            code = original.code.replace("379900-", "379988-")
            copy = wizard.matter_ids.filtered(lambda m, code=code: m.code == code)
            for fname in self.ROUND_TRIP_FIELDS:
                self.assertEqual(copy[fname], original[fname], fname)
            self.assertEqual(
                copy.step_ids.mapped("name"), original.step_ids.mapped("name")
            )
            self.assertEqual(
                copy.material_ids.read(self.MATERIAL_FIELDS, load=None),
                [
                    dict(vals, id=new_id)
                    for vals, new_id in zip(
                        original.material_ids.read(self.MATERIAL_FIELDS, load=None),
                        copy.material_ids.ids,
                        strict=True,
                    )
                ],
            )

    def test_chinese_template_imports(self):
        self._activate_chinese()
        wizard = (
            self.env["park.matter.import"]
            .with_user(self.city_admin)
            .with_context(lang="zh_CN")
            .create({})
        )
        wizard.action_download_template()
        book = load_workbook(io.BytesIO(base64.b64decode(wizard.template_file)))
        self.assertEqual(book.sheetnames[:2], ["事项", "申请材料"])
        matters, materials = book["事项"], book["申请材料"]
        header = [c.value for c in matters[1]]
        self.assertIn("承诺时限", header)
        row = dict.fromkeys(header)
        row.update(
            {
                "编码": "379977-XK-000500001000",
                "名称": "测试许可",
                "部门": "TAMR",
                "事项类型": "行政许可",
                "主题": "企业准营",
                "审批层级": "区县级",
                "法定时限": 20,
                "承诺时限": 5,
                "即办件": "否",
                "办理渠道": "一窗办、网上办",
            }
        )
        matters.append([row[h] for h in header])
        materials.append(["379977-XK-000500001000", "申请表", "原件", 1, "是"])
        buf = io.BytesIO()
        book.save(buf)
        wizard.file = base64.b64encode(buf.getvalue())
        wizard.action_import()
        self.assertEqual(wizard.state, "done", wizard.error_ids.mapped("message"))
        matter = wizard.matter_ids
        self.assertEqual(matter.matter_type, "licence")
        self.assertEqual(matter.theme, "permit")
        self.assertEqual(matter.approval_level, "county")
        self.assertEqual(matter.channel_ids, self.channel_window | self.channel_online)
        self.assertEqual(matter.material_ids.form_type, "original")

    def test_exports_write_text_never_formulas(self):
        matter = self._make_matter(
            "379900-QT-000300002000",
            DANGEROUS_TEXTS[0],
            materials=[("@SUM(A1:A2)", "copy", 1, True)],
            publish=False,
        )
        matter.fee_text = "=1+1"
        self.env["park.matter.list.line"].create(
            {
                "park_id": self.park_a.id,
                "matter_id": self.m_register.id,
                "contact_name": "+cmd|' /C calc'!A0",
                "contact_phone": "-2+3",
            }
        )
        book = self._render("park_matter.action_report_catalogue_xlsx", matter.ids)
        found = set()
        for sheet in book.worksheets:
            found.update(assert_text_cells(self, sheet))
        self.assertEqual(found, {DANGEROUS_TEXTS[0], "=1+1", "@SUM(A1:A2)"})
        book = self._render("park_matter.action_report_park_list_xlsx", self.park_a.ids)
        self.assertEqual(
            set(assert_text_cells(self, book.active)),
            {"+cmd|' /C calc'!A0", "-2+3"},
        )

    def test_error_report_writes_text_never_formulas(self):
        wizard = self._wizard(
            force_text(
                make_xlsx(
                    [GOOD, dict(GOOD_2, Department="=1+1", Theme="@SUM(A1:A2)")],
                    MATERIALS,
                )
            )
        )
        wizard.action_import()
        self.assertEqual(wizard.state, "error")
        book = load_workbook(io.BytesIO(base64.b64decode(wizard.error_file)))
        self.assertEqual(
            set(assert_text_cells(self, book["Errors"])), {"=1+1", "@SUM(A1:A2)"}
        )

    def test_damaged_and_oversized_files_write_nothing(self):
        before = self._count()
        content = make_xlsx([GOOD, GOOD_2], MATERIALS)
        broken = replace_member(
            content, "xl/worksheets/sheet2.xml", lambda data: data[:-40]
        )
        wizard = self._wizard(broken)
        with self.assertRaisesRegex(UserError, "damaged"):
            wizard.action_import()
        self.assertEqual(self._count(), before)
        self.patch(type(wizard), "_xlsx_max_unzipped_size", 4000)
        wizard = self._wizard(content)
        with self.assertRaisesRegex(UserError, "too large once uncompressed"):
            wizard.action_import()
        self.assertEqual(self._count(), before)

    def test_blank_rows_do_not_count(self):
        content = with_blank_rows(make_xlsx([GOOD, GOOD_2], MATERIALS), 200000)
        self.patch(type(self.env["park.matter.import"]), "_xlsx_max_rows", 3)
        wizard = self._wizard(content)
        wizard.action_import()
        self.assertEqual(wizard.state, "done", wizard.error_ids.mapped("message"))
        self.assertEqual(wizard.imported_count, 2)

    def test_download_names(self):
        Report = self.env["ir.actions.report"].with_context(lang="zh_CN")
        self._activate_chinese()
        today = fields.Date.context_today(self.city_admin).isoformat()
        catalogue = Report.env.ref("park_matter.action_report_catalogue_xlsx")
        self.assertEqual(
            catalogue.with_context(lang="zh_CN")._park_xlsx_filename(
                (self.m_register | self.m_tax).ids
            ),
            f"事项目录-{today}.xlsx",
        )
        park_list = Report.env.ref("park_matter.action_report_park_list_xlsx")
        park_list = park_list.with_context(lang="zh_CN")
        self.assertEqual(
            park_list._park_xlsx_filename(self.park_a.ids),
            f"{self.park_a.name}事项清单-{today}.xlsx",
        )
        self.assertEqual(
            park_list._park_xlsx_filename((self.park_a | self.park_b).ids),
            f"事项清单-{today}.xlsx",
        )
        self.assertEqual(
            park_list.with_context(lang="en_US")._park_xlsx_filename(self.park_a.ids),
            f"{self.park_a.name} Matter List-{today}.xlsx",
        )

    def test_park_list_export(self):
        Line = self.env["park.matter.list.line"]
        Line.create(
            {
                "park_id": self.park_a.id,
                "matter_id": self.m_register.id,
                "window_id": self.window_a.id,
                "station_id": self.station_a.id,
                "contact_name": "张三",
                "contact_phone": "0533-7654321",
            }
        )
        Line.create(
            {
                "park_id": self.park_a.id,
                "matter_id": self.m_tax.id,
                "local_promised_limit": 1,
            }
        )
        content, _kind = self.env["ir.actions.report"]._render(
            "park_matter.action_report_park_list_xlsx", self.park_a.ids, {}
        )
        book = load_workbook(io.BytesIO(content))
        sheet = book[self.park_a.name]
        self.assertIn(self.park_a.name, sheet["A1"].value)
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual(len(rows), 2)
        register = next(r for r in rows if r[2] == self.m_register.code)
        self.assertEqual(register[3], "企业设立登记")
        self.assertEqual(register[7:9], ("张三", "0533-7654321"))
        tax = next(r for r in rows if r[2] == self.m_tax.code)
        self.assertEqual(tax[9:11], (2, 1))
        self.assertEqual(tax[1], "Tax", "the theme's label")
        self.assertEqual(sheet.freeze_panes, "A4")
        self.assertEqual(sheet.auto_filter.ref, "A3:L5")
        self.assertGreater(sheet.column_dimensions["D"].width, 30)
        # in Chinese
        self._activate_chinese()
        book = self._render(
            "park_matter.action_report_park_list_xlsx", self.park_a.ids, "zh_CN"
        )
        sheet = book[self.park_a.name]
        self.assertEqual(sheet["A1"].value, f"{self.park_a.name} 事项清单")
        self.assertEqual(
            [c.value for c in sheet[3]][:4], ["序号", "主题", "编码", "事项"]
        )
        self.assertIn("税务", [c.value for c in sheet[5]] + [c.value for c in sheet[4]])


@tagged("post_install", "-at_install")
class TestXlsxDownloadName(HttpCase, ParkMatterCommon):
    def test_download_named_with_the_date_and_the_park(self):
        admin = self.env.ref("base.user_admin")
        admin.lang = "zh_CN"
        today = fields.Date.context_today(admin).isoformat()
        self.authenticate("admin", "admin")
        response = self.url_open(
            f"/report/xlsx/park_matter.park_list_xlsx/{self.park_a.id}"
        )
        self.assertEqual(response.status_code, 200)
        disposition = unquote(response.headers["Content-Disposition"])
        self.assertIn(f"{self.park_a.name}事项清单-{today}.xlsx", disposition)
        load_workbook(io.BytesIO(response.content))
