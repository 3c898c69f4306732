# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import datetime
import io
import logging
import re
import zipfile
import zlib
from collections import namedtuple

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tools.translate import LazyGettext

from .park_xlsx_report import render_workbook

_logger = logging.getLogger(__name__)

try:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException
    from openpyxl.worksheet._reader import WorkSheetParser
except ImportError:  # pragma: no cover - declared in external_dependencies
    openpyxl = WorkSheetParser = None
    InvalidFileException = ValueError
    _logger.debug("openpyxl is not installed")


class XlsxColumn(
    namedtuple(
        "XlsxColumn",
        "key header required kind field lookup minimum width",
        defaults=(False, "char", None, None, 0, 18),
    )
):
    """A column of an import sheet; the mixin converts its cells by ``kind``.

    - ``key``: the name of the value in the converted rows;
    - ``header``: the English title, a lazy translation
      (``LazyTranslate(__name__)("Code")``) so that the template and the
      errors are in the user's language; a column is found by its English or
      translated title (Chinese and the user's language);
    - ``kind``: ``char``, ``int``, ``float``, ``date``, ``bool`` (yes/no,
      是/否...), ``selection`` (by label or code, in any installed language),
      ``many2one`` and ``many2many`` (records found by the ``lookup`` fields,
      default code and name; several values split on ``,，、;；/``);
    - ``field``: the field of the sheet's model behind a selection or a
      relation (default ``key``);
    - ``minimum``: the smallest number allowed (``None``: any);
    - ``width``: the template's column width.
    """

    __slots__ = ()

    @property
    def source(self):
        """The English title."""
        header = self.header
        return header._source if isinstance(header, LazyGettext) else header


class XlsxSheet(namedtuple("XlsxSheet", "name columns model", defaults=(None,))):
    """A sheet of the workbook: its name (lazy translation or text), its
    columns and the model whose fields the selection and relation columns
    name."""

    __slots__ = ()

    @property
    def source(self):
        return self.name._source if isinstance(self.name, LazyGettext) else self.name


# one error: sheet name, row number (1 the header, 0 the whole sheet), column
# title, message and the value found
XlsxError = namedtuple("XlsxError", "sheet row column message value", defaults=("",))

YES_WORDS = {"1", "y", "yes", "true", "x", "是", "√", "✓", "对"}
NO_WORDS = {"0", "n", "no", "false", "否", ""}
_KEY_NOISE = re.compile(r"[\s*（）()]+")
_SPLIT_VALUES = re.compile(r"[,，、;；/\n]+")
_DATE_NOISE = re.compile(r"[年月/.]")
# libraries raise these on a damaged file (zip, XML, content types...)
_DAMAGED_FILE_ERRORS = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    ValueError,
    SyntaxError,  # xml.etree's ParseError and lxml's XMLSyntaxError
    OSError,
)


def cell_text(value):
    """The text of a cell: ``""`` for an empty cell, ``3`` for ``3.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        value = value.date()
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


def split_values(value):
    """The values of a cell holding several: ``a, b、c`` → ``[a, b, c]``."""
    return [part.strip() for part in _SPLIT_VALUES.split(cell_text(value)) if part]


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
    columns (``_xlsx_sheets``), checks the converted rows
    (``_xlsx_check_rows``) and creates the records (``_xlsx_create``); the
    mixin gives the template, reads the workbook within bounds, matches the
    headers in English or in the user's language, converts each cell by the
    kind of its column and creates nothing unless every row is valid, else
    lists the errors and offers them as an XLSX report. See the developer
    section of park_base's USAGE.
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
    # bounds of the work one upload may cost
    _xlsx_max_rows = 20000  # rows holding a value
    _xlsx_max_blank_rows = 5000  # blank rows in a row: the sheet ends there
    _xlsx_max_unzipped_size = 64 * 1024 * 1024  # bytes, the whole workbook
    _xlsx_max_member_size = 48 * 1024 * 1024  # bytes, one part of it
    _xlsx_max_members = 500

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
        """Check the converted rows and return the list of values to create.

        :param sheets_rows: ``[(XlsxSheet, [(row number, {key: value})])]`` in
            the order of ``_xlsx_sheets``; values are converted by the kind of
            their column (text, number, date, bool, selection key, record id,
            list of ids); empty cells and cells that could not be converted
            are absent from the dicts (the latter already in ``errors``)
        :param errors: list to append ``XlsxError`` to (``_xlsx_error``
            helps); the values returned are only used when it stays empty
        """
        raise NotImplementedError()

    def _xlsx_create(self, vals_list):
        """Create and return the records, once every row is valid."""
        raise NotImplementedError()

    def _xlsx_template_help(self, writer):
        """Add sheets to the template after the allowed values (``writer`` is
        a ``ParkXlsxWriter``)."""

    def _xlsx_template_filename(self):
        return f"{self._name.replace('.', '_')}_template.xlsx"

    def _xlsx_error_filename(self):
        return f"{self._name.replace('.', '_')}_errors.xlsx"

    # ------------------------------------------------------------------
    # helpers for the wizards
    # ------------------------------------------------------------------

    def _xlsx_title(self, item):
        """A column's or a sheet's title in the user's language."""
        name = item.header if isinstance(item, XlsxColumn) else item
        if isinstance(item, XlsxSheet):
            name = item.name
        return self.env._(name) if isinstance(name, LazyGettext) else str(name)

    def _xlsx_error(self, errors, sheet, number, column, message, value=""):
        """Append the error of a row; ``column`` is an ``XlsxColumn`` or a
        key of the sheet's columns."""
        if not isinstance(column, XlsxColumn):
            column = next((c for c in sheet.columns if c.key == column), None)
        errors.append(
            XlsxError(
                self._xlsx_title(sheet),
                number,
                self._xlsx_title(column) if column else "",
                message,
                value,
            )
        )

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

    def _xlsx_damaged(self, exc):
        _logger.info("Unreadable XLSX file: %s", exc)
        return UserError(
            self.env._(
                "The file cannot be read as an XLSX workbook: it is damaged or "
                "is not an Excel workbook. Open it in Excel or WPS, save it again "
                "as .xlsx and import that file."
            )
        )

    def _xlsx_check_archive(self, content):
        """Refuse a file that is not a zip, or whose uncompressed size (a
        "zip bomb") or number of parts is beyond the bounds, before any part
        of it is decompressed."""
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                infos = archive.infolist()
        except _DAMAGED_FILE_ERRORS as exc:
            raise self._xlsx_damaged(exc) from exc
        too_big = (
            len(infos) > self._xlsx_max_members
            or sum(info.file_size for info in infos) > self._xlsx_max_unzipped_size
            or any(info.file_size > self._xlsx_max_member_size for info in infos)
        )
        if too_big:
            raise UserError(
                self.env._(
                    "The workbook is too large once uncompressed (at most "
                    "%(size)s MB). Split it into several files, or delete the "
                    "pictures and empty formatted rows it holds.",
                    size=self._xlsx_max_unzipped_size // (1024 * 1024),
                )
            )

    def _xlsx_load(self, content):
        self._xlsx_check_archive(content)
        try:
            return openpyxl.load_workbook(
                io.BytesIO(content), read_only=True, data_only=True
            )
        except _DAMAGED_FILE_ERRORS as exc:
            raise self._xlsx_damaged(exc) from exc

    def _xlsx_find_worksheet(self, workbook, sheet, single):
        if single:
            return workbook.worksheets[0] if workbook.worksheets else None
        names = {cell_key(sheet.source), cell_key(self._xlsx_title(sheet))}
        if isinstance(sheet.name, LazyGettext):
            for lang in self._xlsx_languages():
                names.add(cell_key(sheet.name._translate(lang)))
        for worksheet in workbook.worksheets:
            if cell_key(worksheet.title) in names:
                return worksheet
        return None

    def _xlsx_parse(self, content):
        """Read, convert and check the workbook: (values to create, errors)."""
        sheets = self._xlsx_sheets()
        errors = []
        sheets_rows = []
        workbook = self._xlsx_load(content)
        try:
            for sheet in sheets:
                worksheet = self._xlsx_find_worksheet(workbook, sheet, len(sheets) == 1)
                if worksheet is None:
                    title = self._xlsx_title(sheet)
                    errors.append(
                        XlsxError(
                            title,
                            0,
                            "",
                            self.env._("The sheet %(sheet)s is missing.", sheet=title),
                        )
                    )
                    continue
                lines = self._xlsx_read_lines(workbook, worksheet)
                sheets_rows.append((sheet, self._xlsx_read_sheet(lines, sheet, errors)))
        finally:
            workbook.close()
        if errors:
            return [], errors
        # the checks see the cells that could be converted, so that every
        # error of the file is listed at once
        converted = self._xlsx_convert(sheets_rows, errors)
        vals_list = self._xlsx_check_rows(converted, errors)
        return (vals_list if not errors else []), errors

    def _xlsx_read_lines(self, workbook, worksheet):
        """The rows of a worksheet as they are in its XML: (row number,
        {column index: value}), skipping the gaps between rows at no cost
        (openpyxl's ``iter_rows`` would make up every missing row, a million
        of them for one cell in row 1,000,000)."""
        try:
            source = worksheet._get_source()
        except _DAMAGED_FILE_ERRORS as exc:
            raise self._xlsx_damaged(exc) from exc
        try:
            parser = WorkSheetParser(
                source,
                worksheet._shared_strings,
                data_only=True,
                epoch=workbook.epoch,
                date_formats=workbook._date_formats,
                timedelta_formats=getattr(workbook, "_timedelta_formats", set()),
            )
            rows = parser.parse()
            while True:
                try:
                    number, cells = next(rows)
                except StopIteration:
                    break
                except _DAMAGED_FILE_ERRORS as exc:
                    raise self._xlsx_damaged(exc) from exc
                yield (
                    number,
                    {
                        cell["column"] - 1: cell["value"]
                        for cell in cells
                        if cell["value"] is not None
                    },
                )
        finally:
            source.close()

    def _xlsx_header_positions(self, sheet, header):
        """``{column key: column index}`` of the columns found in the header,
        by their English title or their title in Chinese or the user's
        language."""
        keys = {}
        languages = self._xlsx_languages()
        for column in sheet.columns:
            keys[cell_key(column.source)] = column.key
            keys[cell_key(self._xlsx_title(column))] = column.key
            if isinstance(column.header, LazyGettext):
                for lang in languages:
                    keys[cell_key(column.header._translate(lang))] = column.key
        positions = {}
        for index, title in sorted(header.items()):
            key = keys.get(cell_key(title))
            if key and key not in positions:
                positions[key] = index
        return positions

    def _xlsx_read_sheet(self, lines, sheet, errors):
        """The rows of a sheet: [(row number, {column key: raw value})].

        The first row holding a value is the header; rows without any value
        are skipped and not counted; after ``_xlsx_max_blank_rows`` blank rows
        in a row the sheet is taken as ended."""
        header_number, header = 1, {}
        for blank_run, (header_number, header) in enumerate(lines):  # noqa: B007
            if any(cell_text(v) for v in header.values()):
                break
            if blank_run >= self._xlsx_max_blank_rows:
                header = {}
                break
        if not header and self._xlsx_strict_columns:
            raise UserError(self.env._("The sheet is empty."))
        positions = self._xlsx_header_positions(sheet, header)
        missing = [
            self._xlsx_title(c)
            for c in sheet.columns
            if c.required and c.key not in positions
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
                    self._xlsx_title(sheet),
                    header_number,
                    title,
                    self.env._(
                        "The required column %(column)s is missing.", column=title
                    ),
                )
            )
        if missing:
            return []
        return self._xlsx_read_rows(lines, positions)

    def _xlsx_read_rows(self, lines, positions):
        rows = []
        blank_run = 0
        for number, line in lines:
            values = {}
            for key, index in positions.items():
                value = line.get(index)
                if isinstance(value, str):
                    value = value.strip()
                if value not in (None, ""):
                    values[key] = value
            if not values and not any(cell_text(v) for v in line.values()):
                blank_run += 1
                if blank_run > self._xlsx_max_blank_rows:
                    break
                continue
            blank_run = 0
            rows.append((number, values))
            if len(rows) > self._xlsx_max_rows:
                raise UserError(
                    self.env._(
                        "Import at most %(count)s rows at a time.",
                        count=self._xlsx_max_rows,
                    )
                )
        return rows

    # ------------------------------------------------------------------
    # conversion by kind of column
    # ------------------------------------------------------------------

    def _xlsx_convert(self, sheets_rows, errors):
        """Convert every cell by the kind of its column; check the required
        columns. Returns the rows in the same shape with converted values."""
        converted = []
        for sheet, rows in sheets_rows:
            lookups = self._xlsx_lookups(sheet, rows)
            new_rows = []
            for number, row in rows:
                values = {}
                for column in sheet.columns:
                    raw = row.get(column.key)
                    if raw is None or cell_text(raw) == "":
                        if column.required:
                            self._xlsx_error(
                                errors,
                                sheet,
                                number,
                                column,
                                self.env._("A value is required."),
                            )
                        continue
                    converter = getattr(self, f"_xlsx_convert_{column.kind}")
                    value, error = converter(column, raw, lookups.get(column.key))
                    if error:
                        self._xlsx_error(
                            errors, sheet, number, column, error, cell_text(raw)
                        )
                    else:
                        values[column.key] = value
                new_rows.append((number, values))
            converted.append((sheet, new_rows))
        return converted

    def _xlsx_lookups(self, sheet, rows):
        """What the selection and relation columns are matched against:
        ``{column key: {cell_key: value}}``, read in one query per column
        and language."""
        lookups = {}
        for column in sheet.columns:
            if column.kind == "selection":
                lookups[column.key] = self._xlsx_selection_map(
                    sheet.model, column.field or column.key
                )
            elif column.kind in ("many2one", "many2many"):
                texts = set()
                for _number, row in rows:
                    value = row.get(column.key)
                    if column.kind == "many2many":
                        texts.update(split_values(value))
                    elif cell_text(value):
                        texts.add(cell_text(value))
                lookups[column.key] = self._xlsx_record_map(sheet, column, texts)
        return lookups

    def _xlsx_record_map(self, sheet, column, texts):
        """``{cell_key: record id}`` of the records a relation column names,
        by the ``lookup`` fields (code and name by default), in English,
        Chinese and the user's language. Searched as the user: records they
        cannot read are not found."""
        comodel = self.env[sheet.model]._fields[column.field or column.key]
        Model = self.env[comodel.comodel_name]
        lookup = column.lookup or [
            fname for fname in ("code", "name") if fname in Model._fields
        ]
        mapping = {}
        if not texts:
            return mapping
        domain = Domain.OR(Domain(fname, "in", list(texts)) for fname in lookup)
        translated = any(Model._fields[fname].translate for fname in lookup)
        languages = self._xlsx_languages() if translated else [self.env.lang]
        for lang in languages:
            for record in Model.with_context(lang=lang).search_fetch(domain, lookup):
                for fname in lookup:
                    if record[fname]:
                        mapping.setdefault(cell_key(record[fname]), record.id)
        return mapping

    def _xlsx_convert_char(self, column, value, lookup):
        return cell_text(value), None

    def _xlsx_convert_number(self, column, value, lookup):
        if isinstance(value, bool):
            number = None
        elif isinstance(value, (int, float)):
            number = float(value)
        else:
            try:
                number = float(cell_text(value).replace(",", "").replace("，", ""))
            except ValueError:
                number = None
        if (
            number is None
            or number != number
            or number
            in (
                float("inf"),
                float("-inf"),
            )
        ):
            return None, self.env._("%(value)s is not a number.", value=value)
        if column.minimum is not None and number < column.minimum:
            return None, self.env._(
                "%(value)s is below the minimum of %(minimum)s.",
                value=cell_text(value),
                minimum=column.minimum,
            )
        return number, None

    def _xlsx_convert_float(self, column, value, lookup):
        return self._xlsx_convert_number(column, value, lookup)

    def _xlsx_convert_int(self, column, value, lookup):
        number, error = self._xlsx_convert_number(column, value, lookup)
        if error:
            return None, error
        if not number.is_integer():
            return None, self.env._(
                "%(value)s is not a whole number.", value=cell_text(value)
            )
        return int(number), None

    def _xlsx_convert_date(self, column, value, lookup):
        if isinstance(value, datetime.datetime):
            return value.date(), None
        if isinstance(value, datetime.date):
            return value, None
        text = _DATE_NOISE.sub("-", cell_text(value)).rstrip("日").strip()
        try:
            return datetime.datetime.strptime(text, "%Y-%m-%d").date(), None
        except ValueError:
            return None, self.env._(
                "%(value)s is not a date: write it as YYYY-MM-DD.",
                value=cell_text(value),
            )

    def _xlsx_convert_bool(self, column, value, lookup):
        result = parse_yes_no(value)
        if result is None:
            return None, self.env._(
                "Write yes or no (是 or 否), not %(value)s.", value=cell_text(value)
            )
        return result, None

    def _xlsx_convert_selection(self, column, value, lookup):
        result = lookup.get(cell_key(value))
        if result is None:
            return None, self.env._(
                "%(value)s is not an allowed value (see the allowed values sheet "
                "of the template).",
                value=cell_text(value),
            )
        return result, None

    def _xlsx_convert_many2one(self, column, value, lookup):
        record_id = lookup.get(cell_key(value))
        if not record_id:
            return None, self.env._(
                "No record has the code or name %(value)s.", value=cell_text(value)
            )
        return record_id, None

    def _xlsx_convert_many2many(self, column, value, lookup):
        ids, unknown = [], []
        for part in split_values(value):
            record_id = lookup.get(cell_key(part))
            if record_id:
                if record_id not in ids:
                    ids.append(record_id)
            else:
                unknown.append(part)
        if unknown:
            return None, self.env._(
                "No record has the code or name %(value)s.", value="、".join(unknown)
            )
        return ids, None

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
                mapping.setdefault(cell_key(value), value)
                mapping.setdefault(cell_key(label), value)
        return mapping

    # ------------------------------------------------------------------
    # files
    # ------------------------------------------------------------------

    def _xlsx_allowed_values(self, sheet, column):
        """The values a column accepts, as shown in the template."""
        if column.kind == "selection":
            field = self.env[sheet.model]._fields[column.field or column.key]
            return [label for _v, label in field._description_selection(self.env)]
        if column.kind == "bool":
            return [self.env._("Yes"), self.env._("No")]
        if column.kind in ("many2one", "many2many"):
            comodel = self.env[sheet.model]._fields[column.field or column.key]
            Model = self.env[comodel.comodel_name]
            return Model.search([], limit=1000).mapped("display_name")
        if column.kind == "date":
            return ["2026-01-31"]
        return []

    def _xlsx_template(self):
        """The import template: one sheet per ``_xlsx_sheets`` with its
        headers in the user's language (required ones coloured), then a sheet
        of allowed values and ``_xlsx_template_help``."""

        def build(writer):
            allowed = []
            for sheet in self._xlsx_sheets():
                worksheet = writer.add_sheet(self._xlsx_title(sheet))
                writer.header(
                    worksheet,
                    0,
                    [self._xlsx_title(c) for c in sheet.columns],
                    [c.width for c in sheet.columns],
                    {i for i, c in enumerate(sheet.columns) if c.required},
                )
                writer.finish(worksheet, 0, 1, len(sheet.columns) - 1)
                for column in sheet.columns:
                    for value in self._xlsx_allowed_values(sheet, column):
                        allowed.append((self._xlsx_title(column), value))
            if allowed:
                worksheet = writer.add_sheet(self.env._("Allowed Values"))
                writer.header(
                    worksheet,
                    0,
                    [self.env._("Column"), self.env._("Allowed Value")],
                    [30, 50],
                )
                for row, (title, value) in enumerate(allowed, start=1):
                    writer.write_text(worksheet, row, 0, title)
                    writer.write_text(worksheet, row, 1, value)
                writer.finish(worksheet, 0, len(allowed), 1)
            self._xlsx_template_help(writer)

        return render_workbook(self.env, build)

    def _xlsx_error_report(self, errors):
        """The errors as a workbook: sheet (when there are several), row,
        column, value and message, all user text written as text."""
        with_sheet = len(self._xlsx_sheets()) > 1

        def build(writer):
            worksheet = writer.add_sheet(self.env._("Errors"))
            titles = [
                self.env._("Row"),
                self.env._("Column"),
                self.env._("Value"),
                self.env._("Error"),
            ]
            widths = [8, 26, 30, 80]
            if with_sheet:
                titles.insert(0, self.env._("Sheet"))
                widths.insert(0, 16)
            writer.header(worksheet, 0, titles, widths)
            for number, error in enumerate(errors, start=1):
                cells = [error.column, cell_text(error.value), error.message]
                if with_sheet:
                    writer.write_text(worksheet, number, 0, error.sheet)
                col = 1 if with_sheet else 0
                worksheet.write_number(number, col, error.row)
                for offset, text in enumerate(cells, start=col + 1):
                    writer.write_text(worksheet, number, offset, text)
            writer.finish(worksheet, 0, len(errors), len(titles) - 1)

        return render_workbook(self.env, build)
