# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import io

from openpyxl import Workbook, load_workbook

from odoo.tests import tagged

from ..wizards.park_matter_import import MATERIAL_COLUMNS, MATTER_COLUMNS
from .common import ParkMatterCase

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
        headers = [c[1] for c in columns if c[1] not in drop_columns]
        sheet.append(headers)
        for row in rows:
            sheet.append([row.get(h) for h in headers])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


@tagged("post_install", "-at_install")
class TestImportExport(ParkMatterCase):
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
        self.assertEqual(book.sheetnames, ["Matters", "Materials", "Values"])
        self.assertEqual(
            [c.value for c in book["Matters"][1]], [c[1] for c in MATTER_COLUMNS]
        )
        values = [r[1] for r in book["Values"].iter_rows(min_row=2, values_only=True)]
        self.assertIn("housing_fund", values)
        self.assertIn("door_to_door", values)

    def test_catalogue_export_read_back_and_reimported(self):
        matters = self.m_register | self.m_tax
        content, kind = self.env["ir.actions.report"]._render(
            "park_matter.action_report_catalogue_xlsx", matters.ids, {}
        )
        self.assertEqual(kind, "xlsx")
        book = load_workbook(io.BytesIO(content))
        sheet = book["Matters"]
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        self.assertEqual(len(rows), 2)
        by_code = {r[0]: r for r in rows}
        row = by_code[self.m_tax.code]
        self.assertEqual(row[1], "新办纳税人套餐式服务")
        self.assertEqual(row[2], "TTAX")
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
