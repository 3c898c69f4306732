# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""One base for every XLSX workbook the suite writes (exports, import
templates, import error reports): options that never turn text into a formula
or a link, translated headers, labels instead of codes, widths, a frozen
header row, an autofilter and valid sheet names."""

import datetime
import io
import logging
import re
from collections import namedtuple

import pytz

from odoo import fields, models
from odoo.tools.safe_eval import safe_eval, time

_logger = logging.getLogger(__name__)

try:
    import xlsxwriter
except ImportError:  # pragma: no cover - declared in external_dependencies
    xlsxwriter = None
    _logger.debug("xlsxwriter is not installed")

# xlsxwriter's options: text stays text whatever it begins with (``=``,
# ``+``, ``-``, ``@``, ``http://``...); numbers are only written as numbers
# by write_number
SAFE_WORKBOOK_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    "in_memory": True,
}
SHEET_NAME_MAX = 31
CELL_TEXT_MAX = 32767
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class XlsxReportColumn(
    namedtuple("XlsxReportColumn", "title value kind width", defaults=("auto", 16))
):
    """A column of an export.

    ``title`` is the header, already in the user's language (``self.env._``);
    ``value`` a field name read on each record (selections give their label,
    relations their display names, booleans yes/no, dates and numbers stay
    typed) or a callable ``value(record)``; ``kind`` forces how the value is
    written: ``auto`` (by its type), ``text``, ``wrap`` (text on several
    lines), ``int``, ``float``, ``money``, ``date``; ``width`` in characters.
    """

    __slots__ = ()


def safe_sheet_name(name, used=(), fallback="Sheet", suffixes=()):
    """A worksheet name Excel accepts: none of ``[]:*?/\\``, not starting or
    ending with an apostrophe, at most 31 characters and unique (case
    insensitive) among ``used``. Two of a name are told apart by the first
    free ``suffixes`` (e.g. a park's code), else by `` (2)``, `` (3)``..."""

    def clean(text):
        text = _SHEET_NAME_FORBIDDEN.sub(" ", str(text or ""))
        return text.strip().strip("'").strip()

    name = clean(name) or fallback
    used = {str(n).lower() for n in used}
    candidates = [""] + [f" {clean(s)}" for s in suffixes if clean(s)]
    candidates += [f" ({number})" for number in range(2, 1000)]
    for suffix in candidates:
        suffix = suffix[: SHEET_NAME_MAX - 1]
        candidate = name[: SHEET_NAME_MAX - len(suffix)].rstrip().rstrip("'") + suffix
        if candidate.lower() not in used:
            return candidate
    raise ValueError(f"No free sheet name for {name}")


def new_workbook(output):
    """An xlsxwriter workbook with the safe options, writing into ``output``."""
    return xlsxwriter.Workbook(output, dict(SAFE_WORKBOOK_OPTIONS))


class ParkXlsxWriter:
    """Writes cells into an xlsxwriter workbook the safe way: text with
    ``write_string`` only (never a formula or a link), numbers with
    ``write_number``, dates with ``write_datetime``; and whole tables with a
    header row, widths, a frozen header and an autofilter.

    ``env`` gives the language of the yes/no labels and of the timezone."""

    def __init__(self, env, workbook):
        self.env = env
        self.workbook = workbook
        add = workbook.add_format
        self.formats = {
            "title": add({"bold": True, "font_size": 14}),
            "header": add(
                {
                    "bold": True,
                    "bg_color": "#D9E1F2",
                    "border": 1,
                    "text_wrap": True,
                    "valign": "vcenter",
                }
            ),
            "required": add(
                {
                    "bold": True,
                    "bg_color": "#F8CBAD",
                    "border": 1,
                    "text_wrap": True,
                    "valign": "vcenter",
                }
            ),
            "bold": add({"bold": True}),
            "text": add({"border": 1, "valign": "top"}),
            "wrap": add({"border": 1, "valign": "top", "text_wrap": True}),
            "int": add({"border": 1, "valign": "top", "num_format": "0"}),
            "float": add({"border": 1, "valign": "top"}),
            "money": add({"border": 1, "valign": "top", "num_format": "#,##0.00"}),
            "date": add({"border": 1, "valign": "top", "num_format": "yyyy-mm-dd"}),
            "datetime": add(
                {"border": 1, "valign": "top", "num_format": "yyyy-mm-dd hh:mm"}
            ),
        }

    # -- sheets ---------------------------------------------------------
    def add_sheet(self, name, suffixes=()):
        """A new worksheet under a safe, unique version of ``name``
        (``suffixes``: see ``safe_sheet_name``)."""
        used = [sheet.get_name() for sheet in self.workbook.worksheets()]
        return self.workbook.add_worksheet(
            safe_sheet_name(name, used, self.env._("Sheet"), suffixes)
        )

    # -- cells ----------------------------------------------------------
    def yes_no(self, value):
        return self.env._("Yes") if value else self.env._("No")

    def write_value(self, sheet, row, col, value, kind="auto", cell_format=None):
        """Write one value; text is always written as text."""
        if value is None or (value is False and kind != "bool"):
            fmt = cell_format or self.formats.get(kind) or self.formats["text"]
            return sheet.write_blank(row, col, None, fmt)
        if kind == "auto":
            kind = self._kind_of(value)
        fmt = cell_format or self.formats.get(kind) or self.formats["text"]
        if kind == "bool":
            return self.write_text(sheet, row, col, self.yes_no(value), fmt)
        if kind in ("int", "float", "money") and isinstance(value, (int, float)):
            return sheet.write_number(row, col, value, fmt)
        if kind in ("date", "datetime") and isinstance(value, datetime.date):
            if isinstance(value, datetime.datetime):
                value = self.user_datetime(value)
                fmt = cell_format or self.formats["datetime"]
            return sheet.write_datetime(row, col, value, fmt)
        return self.write_text(sheet, row, col, value, fmt)

    @staticmethod
    def write_text(sheet, row, col, value, cell_format=None):
        """Text as text: ``=1+1`` stays the four characters ``=1+1``."""
        text = "" if value is None or value is False else str(value)
        return sheet.write_string(row, col, text[:CELL_TEXT_MAX], cell_format)

    @staticmethod
    def _kind_of(value):
        if isinstance(value, bool):
            return "bool"
        if isinstance(value, int):
            return "int"
        if isinstance(value, float):
            return "float"
        if isinstance(value, datetime.datetime):
            return "datetime"
        if isinstance(value, datetime.date):
            return "date"
        if isinstance(value, str) and "\n" in value:
            return "wrap"
        return "text"

    def user_datetime(self, value):
        """A naive UTC datetime in the user's timezone, naive (Excel has no
        timezones)."""
        tz = pytz.timezone(self.env.context.get("tz") or self.env.user.tz or "UTC")
        return pytz.utc.localize(value).astimezone(tz).replace(tzinfo=None)

    # -- records --------------------------------------------------------
    def field_value(self, record, fname):
        """What a user reads for a field: the label of a selection, the
        display name of a relation, yes/no, the date or the number."""
        field = record._fields[fname]
        value = record[fname]
        if field.type == "selection":
            labels = dict(field._description_selection(self.env))
            return labels.get(value, "") if value else ""
        if field.type == "many2one":
            return value.display_name or ""
        if field.type in ("one2many", "many2many"):
            return "、".join(value.mapped("display_name"))
        if field.type == "boolean":
            return self.yes_no(value)
        if field.type in ("integer", "float", "monetary"):
            return value
        return value or None

    def column_value(self, record, column):
        if callable(column.value):
            return column.value(record)
        return self.field_value(record, column.value)

    # -- tables ---------------------------------------------------------
    def header(self, sheet, row, titles, widths=(), required=()):
        """The header row: titles, widths, required columns coloured."""
        for col, title in enumerate(titles):
            fmt = self.formats["required" if col in required else "header"]
            self.write_text(sheet, row, col, title, fmt)
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)

    def finish(self, sheet, header_row, last_row, last_col, freeze_cols=0):
        """Frozen header row (and ``freeze_cols`` columns), autofilter."""
        sheet.freeze_panes(header_row + 1, freeze_cols)
        sheet.autofilter(header_row, 0, max(last_row, header_row + 1), last_col)

    def table(
        self,
        sheet_name,
        columns,
        records,
        title=None,
        numbered=False,
        freeze_cols=0,
        sheet_suffixes=(),
    ):
        """A sheet holding one row per record: optional title (row 1), the
        header, the rows, widths, frozen header and autofilter. With
        ``numbered``, a first column "No." counts the rows."""
        sheet = self.add_sheet(sheet_name, sheet_suffixes)
        row = 0
        if title:
            self.write_text(sheet, 0, 0, title, self.formats["title"])
            row = 2
        if numbered:
            columns = [
                XlsxReportColumn(self.env._("No."), None, "int", 6),
                *columns,
            ]
        header_row = row
        self.header(sheet, row, [c.title for c in columns], [c.width for c in columns])
        for number, record in enumerate(records, start=1):
            row += 1
            for col, column in enumerate(columns):
                if numbered and col == 0:
                    value = number
                else:
                    value = self.column_value(record, column)
                self.write_value(sheet, row, col, value, column.kind)
        self.finish(sheet, header_row, row, len(columns) - 1, freeze_cols)
        return sheet


class ParkXlsxReport(models.AbstractModel):
    """The base of every XLSX export of the suite (OCA ``report_xlsx``).

    An export inherits it and implements ``generate_xlsx_report(workbook,
    data, objs)``, declaring its columns (``XlsxReportColumn``) and calling
    ``self._park_xlsx_writer(workbook).table(...)``. The workbook never turns
    text into a formula or a link, and sheet names are always valid.
    """

    _name = "report.park_base.xlsx_abstract"
    _inherit = "report.report_xlsx.abstract"
    _description = "XLSX Export (base)"

    def get_workbook_options(self):
        return dict(super().get_workbook_options(), **SAFE_WORKBOOK_OPTIONS)

    def _park_xlsx_writer(self, workbook):
        return ParkXlsxWriter(self.env, workbook)

    def _park_xlsx_today(self):
        """Today in the user's timezone, as written in titles and file names."""
        return fields.Date.context_today(self)


def render_workbook(env, build):
    """Bytes of a workbook written by ``build(writer)`` (a ``ParkXlsxWriter``)
    with the safe options; used by the import templates and error reports."""
    output = io.BytesIO()
    workbook = new_workbook(output)
    build(ParkXlsxWriter(env, workbook))
    workbook.close()
    return output.getvalue()


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _park_xlsx_filename(self, res_ids):
        """The download name of an XLSX report: its ``print_report_name``
        evaluated with ``object`` (all the printed records), ``time`` and
        ``today`` (the user's date, ``2026-12-01``), else its name and the
        date."""
        self.ensure_one()
        records = self.env[self.model].browse(res_ids)
        today = fields.Date.context_today(self).isoformat()
        name = ""
        if self.print_report_name:
            try:
                name = safe_eval(
                    self.print_report_name,
                    {"object": records, "time": time, "today": today},
                )
            except Exception:  # noqa: BLE001 - a bad expression names nothing
                _logger.warning(
                    "Invalid print_report_name on report %s", self.report_name
                )
        name = str(name or f"{self.name}-{today}")
        return f"{name}.xlsx"
