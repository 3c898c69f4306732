# Copyright 2025 园区通 contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io
import logging
import re
import zipfile
from collections import namedtuple

from odoo import api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

try:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException
except ImportError:  # pragma: no cover - declared in external_dependencies
    openpyxl = None
    InvalidFileException = ValueError
    _logger.debug("openpyxl is not installed")
try:
    import xlsxwriter
except ImportError:  # pragma: no cover - declared in external_dependencies
    xlsxwriter = None
    _logger.debug("xlsxwriter is not installed")


class XlsxColumn(
    namedtuple(
        "XlsxColumn",
        "key header required kind selection label",
        defaults=(False, "char", None, None),
    )
):
    """A column of an import sheet.

    ``key`` names the value in the rows given to the wizard, ``header`` is the
    English title, ``label`` the title in the user's language (default: the
    header); a column is found by either. ``kind`` and ``selection`` are free
    for the wizard's own checks (the template's list of allowed values...).
    """

    __slots__ = ()

    @property
    def title(self):
        """The title written in the template and in the errors."""
        return self.label or self.header


# a sheet of the workbook: its name and its columns (``XlsxColumn``)
XlsxSheet = namedtuple("XlsxSheet", "name columns")
# one error: sheet name, row number (1 the header, 0 the whole sheet), column
# title, message and the value found
XlsxError = namedtuple("XlsxError", "sheet row column message value", defaults=("",))

YES_WORDS = {"1", "y", "yes", "true", "x", "是", "√", "✓"}
NO_WORDS = {"0", "n", "no", "false", "否", ""}
_KEY_NOISE = re.compile(r"[\s*（）()]+")


def cell_text(value):
    """The text of a cell: ``""`` for an empty cell, ``3`` for ``3.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def cell_key(value):
    """The text of a cell as matched against headers and names: lower case,
    without spaces, parentheses and the ``*`` of required columns."""
    return _KEY_NOISE.sub("", cell_text(value)).lower()


def parse_yes_no(value):
    """True or False for a yes/no cell (``yes``, ``是``, ``1``, empty...), None
    when it is neither."""
    key = cell_key(value)
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    return None


class ParkXlsxImportErrorMixin(models.AbstractModel):
    """A row error of an XLSX import wizard: inherit it and add ``wizard_id``."""

    _name = "park.xlsx.import.error.mixin"
    _description = "XLSX Import Error (mixin)"
    _order = "sheet, row, id"

    sheet = fields.Char()
    row = fields.Integer()
    column = fields.Char()
    value = fields.Char()
    message = fields.Char(string="Error")


class ParkXlsxImportMixin(models.AbstractModel):
    """All-or-nothing import of records from an XLSX workbook.

    The wizard (a transient model inheriting this mixin) declares its sheets and
    columns (``_xlsx_sheets``), checks the rows (``_xlsx_check_rows``) and
    creates the records (``_xlsx_create``); the mixin gives the template, reads
    the workbook, matches the headers in English or in the user's language and
    creates nothing unless every row is valid, else lists the errors and offers
    them as an XLSX report. See the developer section of park_base's USAGE.
    """

    _name = "park.xlsx.import.mixin"
    _description = "XLSX Import Wizard (mixin)"

    # the wizard's own fields, which keep the names its views use
    _xlsx_filename_field = "filename"  # Char: name of the uploaded file
    _xlsx_error_field = "error_ids"  # One2many of park.xlsx.import.error.mixin
    _xlsx_report_field = "error_file"  # Binary: the error report
    _xlsx_report_filename_field = "error_filename"  # Char
    _xlsx_record_field = "record_ids"  # Many2many: the created records
    # a missing column or an empty sheet stops the import with a message,
    # instead of being listed with the row errors
    _xlsx_strict_columns = False
    _xlsx_max_rows = 20000

    file = fields.Binary(string="XLSX File")
    state = fields.Selection(
        [("upload", "Upload"), ("error", "Errors"), ("done", "Done")],
        default="upload",
        required=True,
    )
    template_file = fields.Binary(readonly=True)
    error_count = fields.Integer(compute="_compute_xlsx_counts")
    imported_count = fields.Integer(compute="_compute_xlsx_counts")

    @api.depends(
        lambda self: [
            fname
            for fname in (self._xlsx_error_field, self._xlsx_record_field)
            if fname in self._fields
        ]
    )
    def _compute_xlsx_counts(self):
        for wizard in self:
            wizard.error_count = len(wizard[wizard._xlsx_error_field])
            wizard.imported_count = len(wizard[wizard._xlsx_record_field])

    # ------------------------------------------------------------------
    # to implement in the wizard
    # ------------------------------------------------------------------

    def _xlsx_sheets(self):
        """The sheets, as a list of ``XlsxSheet``. A wizard with one sheet reads
        the first sheet of the workbook whatever its name."""
        raise NotImplementedError()

    def _xlsx_check_rows(self, sheets_rows, errors):
        """Check the rows and return the list of values to create.

        :param sheets_rows: ``[(XlsxSheet, [(row number, {key: value})])]`` in
            the order of ``_xlsx_sheets``; values are the cells as read (text
            stripped, numbers, dates), ``None`` when empty; columns absent from
            the sheet are absent from the dicts
        :param errors: list to append ``XlsxError`` to; the values returned
            are only used when it stays empty
        """
        raise NotImplementedError()

    def _xlsx_create(self, vals_list):
        """Create and return the records, once every row is valid."""
        raise NotImplementedError()

    def _xlsx_template_help(self, workbook, formats):
        """Add sheets to the template, e.g. the allowed values of the columns.

        :param formats: dict of xlsxwriter formats ``header``, ``required``,
            ``bold``
        """

    def _xlsx_template_filename(self):
        return f"{self._name.replace('.', '_')}_template.xlsx"

    def _xlsx_error_filename(self):
        return f"{self._name.replace('.', '_')}_errors.xlsx"

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env["ir.model"]._get(self._name).name,
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": self.env.context,
        }

    def action_download_template(self):
        self.ensure_one()
        self.template_file = base64.b64encode(self._xlsx_template())
        filename = self._xlsx_template_filename()
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/template_file/{filename}"
            "?download=true",
            "target": "self",
        }

    def action_import(self):
        self.ensure_one()
        if not self.file:
            raise UserError(self.env._("Choose the XLSX file to import."))
        vals_list, errors = self._xlsx_parse(base64.b64decode(self.file))
        self[self._xlsx_error_field].unlink()
        if errors:
            self.write(
                {
                    "state": "error",
                    self._xlsx_error_field: [
                        fields.Command.create(
                            {
                                "sheet": error.sheet,
                                "row": error.row,
                                "column": error.column,
                                "value": cell_text(error.value)[:200],
                                "message": error.message,
                            }
                        )
                        for error in errors
                    ],
                    self._xlsx_report_field: base64.b64encode(
                        self._xlsx_error_report(errors)
                    ),
                    self._xlsx_report_filename_field: self._xlsx_error_filename(),
                }
            )
            return self._reopen()
        records = self._xlsx_create(vals_list)
        self.write(
            {
                "state": "done",
                self._xlsx_record_field: [fields.Command.set(records.ids)],
            }
        )
        return self._reopen()

    def action_retry(self):
        self.ensure_one()
        self[self._xlsx_error_field].unlink()
        self.write(
            {
                "state": "upload",
                "file": False,
                self._xlsx_filename_field: False,
                self._xlsx_report_field: False,
            }
        )
        return self._reopen()

    # ------------------------------------------------------------------
    # reading
    # ------------------------------------------------------------------

    def _xlsx_load(self, content):
        try:
            return openpyxl.load_workbook(
                io.BytesIO(content), read_only=True, data_only=True
            )
        except (
            InvalidFileException,
            zipfile.BadZipFile,
            KeyError,
            ValueError,
            OSError,
        ) as exc:
            _logger.info("Unreadable XLSX file: %s", exc)
            raise UserError(
                self.env._("The file cannot be read as an XLSX workbook.")
            ) from exc

    def _xlsx_parse(self, content):
        """Read and check the workbook: (values to create, errors)."""
        sheets = self._xlsx_sheets()
        errors = []
        sheets_rows = []
        workbook = self._xlsx_load(content)
        try:
            for sheet in sheets:
                if len(sheets) == 1:
                    worksheet = workbook.worksheets[0] if workbook.worksheets else None
                else:
                    worksheet = (
                        workbook[sheet.name]
                        if sheet.name in workbook.sheetnames
                        else None
                    )
                if worksheet is None:
                    errors.append(
                        XlsxError(
                            sheet.name,
                            0,
                            "",
                            self.env._(
                                "The sheet %(sheet)s is missing.", sheet=sheet.name
                            ),
                        )
                    )
                    continue
                sheets_rows.append(
                    (sheet, self._xlsx_read_sheet(worksheet, sheet, errors))
                )
        finally:
            workbook.close()
        if errors:
            return [], errors
        return self._xlsx_check_rows(sheets_rows, errors), errors

    def _xlsx_read_sheet(self, worksheet, sheet, errors):
        """The rows of a sheet: [(row number, {column key: value})]."""
        lines = worksheet.iter_rows(values_only=True)
        header = next(lines, None) or ()
        if not header and self._xlsx_strict_columns:
            raise UserError(self.env._("The sheet is empty."))
        keys = {}
        for column in sheet.columns:
            keys[cell_key(column.header)] = column.key
            keys[cell_key(column.title)] = column.key
        positions = {}
        for index, title in enumerate(header):
            key = keys.get(cell_key(title))
            if key and key not in positions:
                positions[key] = index
        missing = [
            c.title for c in sheet.columns if c.required and c.key not in positions
        ]
        if missing and self._xlsx_strict_columns:
            raise UserError(
                self.env._(
                    "The sheet has no column %(columns)s. Download the template to "
                    "see the expected columns.",
                    columns=", ".join(missing),
                )
            )
        for title in missing:
            errors.append(
                XlsxError(
                    sheet.name,
                    1,
                    title,
                    self.env._(
                        "The required column %(column)s is missing.", column=title
                    ),
                )
            )
        if missing:
            return []
        rows = []
        for number, line in enumerate(lines, start=2):
            if not any(cell_text(cell) for cell in line):
                continue
            values = {}
            for key, index in positions.items():
                value = line[index] if index < len(line) else None
                values[key] = value.strip() if isinstance(value, str) else value
            rows.append((number, values))
            if len(rows) > self._xlsx_max_rows:
                raise UserError(
                    self.env._(
                        "Import at most %(count)s rows at a time.",
                        count=self._xlsx_max_rows,
                    )
                )
        return rows

    @api.model
    def _xlsx_languages(self):
        """English (the source terms, always accepted), and Chinese and the
        user's language when they are installed."""
        installed = {code for code, _name in self.env["res.lang"].get_installed()}
        wanted = {"zh_CN", self.env.lang or "en_US"}
        return ["en_US"] + sorted((wanted & installed) - {"en_US"})

    @api.model
    def _xlsx_selection_map(self, model, field):
        """``{cell_key: value}`` of a selection field: its keys and its labels
        in English, Chinese and the user's language."""
        mapping = {}
        for lang in self._xlsx_languages():
            env = self.with_context(lang=lang).env
            for value, label in env[model]._fields[field]._description_selection(env):
                mapping[cell_key(value)] = value
                mapping[cell_key(label)] = value
        return mapping

    # ------------------------------------------------------------------
    # files
    # ------------------------------------------------------------------

    def _xlsx_template(self):
        """The import template: one sheet per ``_xlsx_sheets`` with its
        headers (required ones coloured), then ``_xlsx_template_help``."""
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        formats = {
            "header": workbook.add_format(
                {"bold": True, "bg_color": "#D9E1F2", "border": 1}
            ),
            "required": workbook.add_format(
                {"bold": True, "bg_color": "#F8CBAD", "border": 1}
            ),
            "bold": workbook.add_format({"bold": True}),
        }
        for sheet in self._xlsx_sheets():
            worksheet = workbook.add_worksheet(sheet.name)
            for col, column in enumerate(sheet.columns):
                worksheet.write(
                    0,
                    col,
                    column.title,
                    formats["required" if column.required else "header"],
                )
                worksheet.set_column(col, col, 22)
            worksheet.freeze_panes(1, 0)
        self._xlsx_template_help(workbook, formats)
        workbook.close()
        return output.getvalue()

    def _xlsx_error_report(self, errors):
        """The errors as a workbook: sheet (when there are several), row,
        column, value and message."""
        with_sheet = len(self._xlsx_sheets()) > 1
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        header = workbook.add_format({"bold": True, "bg_color": "#F8CBAD", "border": 1})
        worksheet = workbook.add_worksheet(self.env._("Errors"))
        titles = [
            self.env._("Row"),
            self.env._("Column"),
            self.env._("Value"),
            self.env._("Error"),
        ]
        widths = [8, 26, 26, 80]
        if with_sheet:
            titles.insert(0, self.env._("Sheet"))
            widths.insert(0, 16)
        worksheet.write_row(0, 0, titles, header)
        for col, width in enumerate(widths):
            worksheet.set_column(col, col, width)
        for number, error in enumerate(errors, start=1):
            cells = [error.row, error.column, cell_text(error.value), error.message]
            if with_sheet:
                cells.insert(0, error.sheet)
            worksheet.write_row(number, 0, cells)
        workbook.close()
        return output.getvalue()
