# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""One small interface for writing a ledger sheet, three writers behind it.

A ledger is one sheet: title lines (the ledger, its scope and period), a
header row, then rows streamed from an iterator. Every writer here gives the
same sheet: text always written as text (``=HYPERLINK(...)`` stays the
characters), a frozen header, an autofilter over the header and the rows,
column widths, dates as dates. They differ in speed and memory, measured by
``bench/bench_report_ledger.py``:

- ``rustpy`` (rustpy-xlsxwriter, Rust's rust_xlsxwriter by the author of
  xlsxwriter): constant memory, several times faster; the default;
- ``xlsxwriter`` in constant-memory mode: the fallback when the former is not
  installed (xlsxwriter is one of Odoo's own requirements);
- ``pyexcelerate``: fast but keeps the whole sheet in memory and writes text
  beginning with ``=`` as a formula unless told otherwise; kept for the
  measurement only.

``LedgerWriter.write_sheet`` takes plain Python values: ``str``, ``int``,
``float``, ``datetime.date``/``datetime.datetime`` (naive, already in the
user's timezone) or ``None``; labels and yes/no are the caller's business.
"""

import datetime
import itertools
import logging
from collections import namedtuple

from odoo.addons.park_base.models.park_xlsx_report import (
    CELL_TEXT_MAX,
    SAFE_WORKBOOK_OPTIONS,
    safe_sheet_name,
)

_logger = logging.getLogger(__name__)

try:
    import rustpy_xlsxwriter
except ImportError:  # pragma: no cover - optional, xlsxwriter is the fallback
    rustpy_xlsxwriter = None
try:
    import xlsxwriter
except ImportError:  # pragma: no cover - one of Odoo's requirements
    xlsxwriter = None
try:
    import pyexcelerate
    from pyexcelerate.DataTypes import DataTypes as PyexcelerateTypes
    from pyexcelerate.Range import Range as PyexcelerateRange
    from pyexcelerate.Worksheet import Worksheet as PyexcelerateWorksheet
except ImportError:  # pragma: no cover - measured by the benchmark only
    pyexcelerate = None

KINDS = ("text", "int", "float", "date", "datetime")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HEADER_COLOR = "#D9E1F2"


class LedgerColumn(namedtuple("LedgerColumn", "title kind width", defaults=(16,))):
    """A column of a ledger sheet: its header (in the user's language), the
    kind of its values (one of ``KINDS``) and its width in characters."""

    __slots__ = ()


class LedgerWriter:
    """Writes one ledger sheet into ``target`` (a path or a binary file).

    Subclasses implement ``_write(sheet_name, titles, columns, rows)`` and
    return the number of rows written; rows are consumed as they come."""

    name = None

    def __init__(self, target):
        self.target = target

    @classmethod
    def available(cls):
        return True

    def write_sheet(self, sheet_name, titles, columns, rows):
        """Title lines (rows 1..n, each merged over the columns), the header
        (the next row, frozen, with the autofilter), then ``rows``; the
        sheet's name made valid (park_base's ``safe_sheet_name``).

        :return: the number of rows written
        """
        name = safe_sheet_name(sheet_name)
        return self._write(name, list(titles), list(columns), rows)

    def _write(self, sheet_name, titles, columns, rows):
        raise NotImplementedError


class XlsxwriterLedgerWriter(LedgerWriter):
    """xlsxwriter in constant-memory mode: each row is flushed to a temporary
    file as soon as the next begins."""

    name = "xlsxwriter"

    @classmethod
    def available(cls):
        return xlsxwriter is not None

    def _write(self, sheet_name, titles, columns, rows):
        # park_base's safe options (text never a formula, a link or a
        # number), streamed: constant memory instead of in memory
        options = dict(SAFE_WORKBOOK_OPTIONS, in_memory=False, constant_memory=True)
        workbook = xlsxwriter.Workbook(self.target, options)
        add = workbook.add_format
        title_format = add({"bold": True, "font_size": 14})
        header_format = add(
            {"bold": True, "bg_color": HEADER_COLOR, "border": 1, "text_wrap": True}
        )
        formats = {
            "date": add({"num_format": DATE_FORMAT}),
            "datetime": add({"num_format": DATETIME_FORMAT}),
        }
        sheet = workbook.add_worksheet(sheet_name)
        last_col = len(columns) - 1
        for col, column in enumerate(columns):
            sheet.set_column(col, col, column.width)
        for row, title in enumerate(titles):
            sheet.merge_range(row, 0, row, max(last_col, 1), title, title_format)
        header_row = len(titles)
        for col, column in enumerate(columns):
            sheet.write_string(header_row, col, column.title, header_format)
        writers = []
        for column in columns:
            if column.kind in ("int", "float"):
                writers.append((sheet.write_number, None))
            elif column.kind in ("date", "datetime"):
                writers.append((sheet.write_datetime, formats[column.kind]))
            else:
                writers.append((sheet.write_string, None))
        row = header_row
        for values in rows:
            row += 1
            for col, value in enumerate(values):
                if value is None:
                    continue
                write, cell_format = writers[col]
                if write is sheet.write_string and len(value) > CELL_TEXT_MAX:
                    value = value[:CELL_TEXT_MAX]
                write(row, col, value, cell_format)
        sheet.freeze_panes(header_row + 1, 0)
        sheet.autofilter(header_row, 0, max(row, header_row + 1), last_col)
        workbook.close()
        return row - header_row


class RustpyLedgerWriter(LedgerWriter):
    """rustpy-xlsxwriter: rows go to Rust as dictionaries keyed by the
    headers, from a generator, in constant memory; text cells are always
    strings."""

    name = "rustpy"

    @classmethod
    def available(cls):
        return rustpy_xlsxwriter is not None

    def _write(self, sheet_name, titles, columns, rows):
        rows = iter(rows)
        first = next(rows, None)
        if first is None:
            # no row to take the columns from: the header alone, by xlsxwriter
            return XlsxwriterLedgerWriter(self.target)._write(
                sheet_name, titles, columns, rows
            )
        rows = itertools.chain([first], rows)
        Format = rustpy_xlsxwriter.Format
        keys = [column.title for column in columns]
        last_col = max(len(columns) - 1, 1)
        title_format = Format().set_bold().set_font_size(14)
        merges = [
            (row, 0, row, last_col, title, title_format)
            for row, title in enumerate(titles)
        ]
        column_formats = {
            column.title: Format().set_num_format(
                DATE_FORMAT if column.kind == "date" else DATETIME_FORMAT
            )
            for column in columns
            if column.kind in ("date", "datetime")
        }
        count = [0]

        def records():
            for values in rows:
                count[0] += 1
                yield dict(zip(keys, values, strict=True))

        header_row = len(titles)
        rustpy_xlsxwriter.write_worksheet(
            records(),
            self.target,
            sheet_name=sheet_name,
            header_row=header_row,
            merge_ranges=merges,
            freeze_row=header_row + 1,
            autofilter=True,
            column_widths=[column.width for column in columns],
            column_formats=column_formats,
            header_format=Format()
            .set_bold()
            .set_background_color(HEADER_COLOR)
            .set_border("thin")
            .set_text_wrap(),
        )
        return count[0]


class PyexcelerateLedgerWriter(LedgerWriter):
    """pyexcelerate: the whole sheet is built in memory, then written; text
    columns carry an inline-string style, or text starting with ``=`` would
    become a formula; the autofilter is placed on the header row."""

    name = "pyexcelerate"

    @classmethod
    def available(cls):
        return pyexcelerate is not None

    def _write(self, sheet_name, titles, columns, rows):
        Style = pyexcelerate.Style
        workbook = pyexcelerate.Workbook()
        sheet = _PyexcelerateSheet(sheet_name, workbook)
        workbook.add_sheet(sheet)
        header_row = len(titles) + 1
        sheet.park_filter_row = header_row
        for row, title in enumerate(titles, start=1):
            sheet.set_cell_value(row, 1, title)
            sheet.set_row_style(row, Style(font=pyexcelerate.Font(bold=True, size=14)))
        for col, column in enumerate(columns, start=1):
            sheet.set_cell_value(header_row, col, column.title)
            style = Style(size=column.width)
            if column.kind == "text":
                style = Style(
                    size=column.width, data_type=PyexcelerateTypes.INLINE_STRING
                )
            elif column.kind in ("date", "datetime"):
                style = Style(
                    size=column.width,
                    format=pyexcelerate.Format(
                        DATE_FORMAT if column.kind == "date" else DATETIME_FORMAT
                    ),
                )
            sheet.set_col_style(col, style)
        sheet.set_row_style(
            header_row,
            Style(
                font=pyexcelerate.Font(bold=True),
                fill=pyexcelerate.Fill(background=pyexcelerate.Color(217, 225, 242)),
                data_type=PyexcelerateTypes.INLINE_STRING,
            ),
        )
        row = header_row
        for values in rows:
            row += 1
            for col, value in enumerate(values, start=1):
                if value is not None:
                    sheet.set_cell_value(row, col, value)
        sheet.panes = pyexcelerate.Panes(y=header_row)
        sheet.auto_filter = True
        workbook.save(self.target)
        return row - header_row


if pyexcelerate is not None:

    class _PyexcelerateSheet(PyexcelerateWorksheet):
        """A worksheet whose autofilter starts on the header row (the library
        always starts it on the first row, here a title)."""

        __slots__ = ("park_filter_row",)

        def get_auto_filter_xml_string(self):
            if not self.auto_filter:
                return ""
            first = PyexcelerateRange.coordinate_to_string((self.park_filter_row, 1))
            last = PyexcelerateRange.coordinate_to_string(
                (max(self.num_rows, self.park_filter_row + 1), self.num_columns)
            )
            return f'<autoFilter ref="{first}:{last}"/>'


WRITERS = {
    writer.name: writer
    for writer in (RustpyLedgerWriter, XlsxwriterLedgerWriter, PyexcelerateLedgerWriter)
}
# the writer chosen by measurement (bench/bench_report_ledger.py), then the
# fallback; pyexcelerate is never chosen by default (whole sheet in memory)
PREFERRED = ("rustpy", "xlsxwriter")


def get_writer_class(name=None):
    """The writer class called ``name`` if it is installed, else the first
    installed of ``PREFERRED``."""
    if name and name in WRITERS and WRITERS[name].available():
        return WRITERS[name]
    if name and name not in WRITERS:
        _logger.warning("Unknown ledger writer %r, using the default one", name)
    return next(WRITERS[n] for n in PREFERRED if WRITERS[n].available())


def to_excel_value(value):
    """A value a writer takes: dates stay dates, ``False`` becomes empty."""
    if value is False:
        return None
    if isinstance(value, (str, int, float, datetime.date)) or value is None:
        return value
    return str(value)
