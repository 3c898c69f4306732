# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
import base64
import io
import logging
import zipfile

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.park_matter import (
    APPROVAL_LEVELS,
    MATTER_CODE_MAX,
    MATTER_CODE_MIN,
    MATTER_TYPES,
    SERVICE_OBJECTS,
    THEMES,
    VISIT_COUNTS,
    check_matter_code,
)
from ..models.park_matter_material import MATERIAL_FORMS, MATERIAL_SOURCES

_logger = logging.getLogger(__name__)

try:
    import openpyxl
except ImportError:  # pragma: no cover - declared in external_dependencies
    openpyxl = None
    _logger.debug("openpyxl is not installed")
try:
    import xlsxwriter
except ImportError:  # pragma: no cover - declared in external_dependencies
    xlsxwriter = None
    _logger.debug("xlsxwriter is not installed")

MATTER_SHEET = "Matters"
MATERIAL_SHEET = "Materials"

# (key, header, required, kind, selection); the order is the template's
MATTER_COLUMNS = [
    ("code", "Code", True, "code", None),
    ("name", "Name", True, "char", None),
    ("department", "Department", True, "department", None),
    ("matter_type", "Matter type", True, "selection", MATTER_TYPES),
    ("theme", "Theme", True, "selection", THEMES),
    ("approval_level", "Approval level", True, "selection", APPROVAL_LEVELS),
    ("service_object", "Service object", False, "selection", SERVICE_OBJECTS),
    ("statutory_limit", "Statutory limit", True, "limit", None),
    ("promised_limit", "Promised limit", True, "limit", None),
    ("is_on_the_spot", "On the spot", False, "bool", None),
    ("visit_count", "Visits", False, "selection", VISIT_COUNTS),
    ("is_free", "Free", False, "bool", None),
    ("fee_text", "Fees", False, "char", None),
    ("fee_basis", "Fee basis", False, "char", None),
    ("legal_basis", "Legal basis", False, "char", None),
    ("conditions", "Conditions", False, "char", None),
    ("steps", "Procedure steps", False, "char", None),
    ("channels", "Channels", False, "channels", None),
    ("online_url", "Online link", False, "char", None),
    ("consult_phone", "Consultation phone", False, "char", None),
    ("complaint_phone", "Complaint phone", False, "char", None),
    ("handling_place", "Handling place", False, "char", None),
    ("office_hours", "Office hours", False, "char", None),
    ("is_high_frequency", "High frequency", False, "bool", None),
]
MATERIAL_COLUMNS = [
    ("matter_code", "Matter code", True, "matter_code", None),
    ("name", "Material", True, "char", None),
    ("form_type", "Form", False, "selection", MATERIAL_FORMS),
    ("copies", "Copies", False, "limit", None),
    ("is_required", "Required", False, "bool", None),
    ("source", "Source", False, "selection", MATERIAL_SOURCES),
    ("source_note", "Issued by", False, "char", None),
    ("note", "Requirements", False, "char", None),
]
TRUE_WORDS = {"1", "y", "yes", "true", "x", "是", "√", "✓"}
FALSE_WORDS = {"0", "n", "no", "false", "否", ""}


class ParkMatterImportError(models.TransientModel):
    _name = "park.matter.import.error"
    _description = "Row Error of a Catalogue Import"
    _order = "sheet, row, id"

    wizard_id = fields.Many2one(
        "park.matter.import", required=True, index=True, ondelete="cascade"
    )
    sheet = fields.Char()
    row = fields.Integer()
    column = fields.Char()
    message = fields.Char()


class ParkMatterImport(models.TransientModel):
    """Import a catalogue (matters and materials) from an XLSX file.

    Every row is checked first; if any row is wrong nothing is written and the
    errors are listed, and offered for download.
    """

    _name = "park.matter.import"
    _description = "Import a Matter Catalogue"

    file = fields.Binary(string="XLSX File")
    filename = fields.Char()
    publish = fields.Boolean(
        string="Publish the Imported Matters",
        help="Otherwise they are created as drafts, to be reviewed and published.",
    )
    state = fields.Selection(
        [("upload", "Upload"), ("error", "Errors"), ("done", "Done")],
        default="upload",
        required=True,
    )
    error_ids = fields.One2many("park.matter.import.error", "wizard_id")
    error_count = fields.Integer(compute="_compute_error_count")
    error_file = fields.Binary(string="Error Report", readonly=True)
    error_filename = fields.Char()
    template_file = fields.Binary(readonly=True)
    template_filename = fields.Char()
    matter_ids = fields.Many2many("park.matter", string="Imported Matters")
    imported_count = fields.Integer(compute="_compute_error_count")

    @api.depends("error_ids", "matter_ids")
    def _compute_error_count(self):
        for wizard in self:
            wizard.error_count = len(wizard.error_ids)
            wizard.imported_count = len(wizard.matter_ids)

    # ------------------------------------------------------------------
    # template
    # ------------------------------------------------------------------
    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Import Matter Catalogue"),
        }

    @api.model
    def _template_bytes(self):
        """The import template: the two sheets and a sheet of allowed values."""
        buf = io.BytesIO()
        book = xlsxwriter.Workbook(buf, {"in_memory": True})
        bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        req = book.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1})
        for sheet_name, columns in (
            (MATTER_SHEET, MATTER_COLUMNS),
            (MATERIAL_SHEET, MATERIAL_COLUMNS),
        ):
            sheet = book.add_worksheet(sheet_name)
            for col, (_key, header, required, _kind, _sel) in enumerate(columns):
                sheet.write(0, col, header, req if required else bold)
                sheet.set_column(col, col, 18)
            sheet.freeze_panes(1, 0)
        sheet = book.add_worksheet("Values")
        sheet.write_row(0, 0, ["Column", "Value", "Meaning"], bold)
        row = 1
        for columns in (MATTER_COLUMNS, MATERIAL_COLUMNS):
            for _key, header, _required, _kind, selection in columns:
                for value, label in selection or []:
                    sheet.write_row(row, 0, [header, value, label])
                    row += 1
        channels = self.env["park.matter.channel"].search([("active", "=", True)])
        for channel in channels:
            sheet.write_row(row, 0, ["Channels", channel.code, channel.name])
            row += 1
        sheet.write_row(row, 0, ["Code", "370300-XK-000105003000", ""])
        sheet.write_row(
            row + 1,
            0,
            ["On the spot / Free / Required / High frequency", "yes / no", ""],
        )
        sheet.set_column(0, 2, 28)
        book.close()
        return buf.getvalue()

    def action_download_template(self):
        self.ensure_one()
        self.write(
            {
                "template_file": base64.b64encode(self._template_bytes()),
                "template_filename": "matter_catalogue_template.xlsx",
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/template_file/"
            "matter_catalogue_template.xlsx?download=true",
            "target": "self",
        }

    # ------------------------------------------------------------------
    # reading and validation
    # ------------------------------------------------------------------
    @api.model
    def _languages(self):
        """English (the source terms, always accepted), and Chinese and the
        user's language when they are installed."""
        installed = {code for code, _name in self.env["res.lang"].get_installed()}
        wanted = {"zh_CN", self.env.lang or "en_US"}
        return ["en_US"] + sorted((wanted & installed) - {"en_US"})

    @api.model
    def _translated_selection_map(self, model, field):
        """Accepted spellings of each value: the key, English and Chinese labels."""
        mapping = {}
        for lang in self._languages():
            env = self.with_context(lang=lang).env
            selection = env[model]._fields[field]._description_selection(env)
            for key, label in selection:
                mapping[str(key).lower()] = key
                mapping[str(label).lower()] = key
        return mapping

    @staticmethod
    def _cell_text(value):
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()

    def _read_rows(self, book, sheet_name, columns, errors):
        if sheet_name not in book.sheetnames:
            errors.append(
                (
                    sheet_name,
                    0,
                    "",
                    self.env._("The sheet %(sheet)s is missing.", sheet=sheet_name),
                )
            )
            return []
        sheet = book[sheet_name]
        rows = sheet.iter_rows(values_only=True)
        header = [self._cell_text(h) for h in next(rows, ())]
        positions = {}
        for _key, title, _required, _kind, _sel in columns:
            if title in header:
                positions[title] = header.index(title)
            elif _required:
                errors.append(
                    (
                        sheet_name,
                        1,
                        title,
                        self.env._(
                            "The required column %(column)s is missing.", column=title
                        ),
                    )
                )
        result = []
        for number, values in enumerate(rows, start=2):
            texts = [self._cell_text(v) for v in values]
            if not any(texts):
                continue
            row = {}
            for key, title, _required, _kind, _sel in columns:
                pos = positions.get(title)
                row[key] = texts[pos] if pos is not None and pos < len(texts) else ""
            result.append((number, row))
        return result

    def _load_book(self, content):
        try:
            return openpyxl.load_workbook(
                io.BytesIO(content), read_only=True, data_only=True
            )
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            _logger.info("Unreadable catalogue file: %s", exc)
            raise UserError(
                self.env._("The file cannot be read as an XLSX workbook.")
            ) from exc

    def _lookups(self):
        """What the rows are checked against: departments, channels, codes."""
        departments = {}
        channels = {}
        Department = self.env["park.department"].with_context(active_test=False)
        Channel = self.env["park.matter.channel"]
        for lang in self._languages():
            for dept in Department.with_context(lang=lang).search(
                [("active", "in", (True, False))]
            ):
                for key in (dept.code, dept.name, dept.short_name):
                    if key:
                        departments[str(key).strip().lower()] = dept.id
            for channel in Channel.with_context(lang=lang).search(
                [("active", "=", True)]
            ):
                channels[channel.code.lower()] = channel.id
                channels[channel.name.lower()] = channel.id
        codes = {
            code
            for (code,) in self.env["park.matter"]
            .with_context(active_test=False)
            .sudo()
            ._read_group([("code", "!=", False)], ["code"])
        }
        selections = {
            key: self._translated_selection_map(model, key)
            for model, key in (
                ("park.matter", "matter_type"),
                ("park.matter", "theme"),
                ("park.matter", "approval_level"),
                ("park.matter", "service_object"),
                ("park.matter", "visit_count"),
                ("park.matter.material", "form_type"),
                ("park.matter.material", "source"),
            )
        }
        return {
            "department": departments,
            "channels": channels,
            "codes": codes,
            "selection": selections,
        }

    # one converter per kind of column: (vals to set, error message or None)
    def _convert_char(self, key, text, lookups):
        return {key: text}, None

    def _convert_code(self, key, text, lookups):
        code = text.upper()
        if check_matter_code(code):
            return {key: code}, None
        return {key: code}, self.env._(
            "%(code)s is not a valid matter code: upper-case letters and digits "
            "joined by single hyphens, %(min)s to %(max)s characters.",
            code=text,
            min=MATTER_CODE_MIN,
            max=MATTER_CODE_MAX,
        )

    def _convert_department(self, key, text, lookups):
        dept = lookups["department"].get(text.lower())
        if dept:
            return {"department_id": dept}, None
        return {}, self.env._("Unknown department %(department)s.", department=text)

    def _convert_selection(self, key, text, lookups):
        value = lookups["selection"][key].get(text.lower())
        if value is not None:
            return {key: value}, None
        return {}, self.env._(
            "%(value)s is not an allowed value (see the Values sheet of the template).",
            value=text,
        )

    def _convert_limit(self, key, text, lookups):
        try:
            number = float(text)
        except ValueError:
            number = None
        if number is None or not number.is_integer():
            return {}, self.env._("%(value)s is not a whole number.", value=text)
        if number < 0:
            return {}, self.env._("%(value)s is negative.", value=text)
        return {key: int(number)}, None

    def _convert_bool(self, key, text, lookups):
        low = text.lower()
        if low in TRUE_WORDS:
            return {key: True}, None
        if low in FALSE_WORDS:
            return {key: False}, None
        return {}, self.env._("Write yes or no, not %(value)s.", value=text)

    def _convert_channels(self, key, text, lookups):
        ids, unknown = [], []
        for part in text.replace("，", ",").replace("、", ",").split(","):
            part = part.strip()
            if part:
                channel = lookups["channels"].get(part.lower())
                (ids if channel else unknown).append(channel or part)
        if unknown:
            return {}, self.env._(
                "Unknown channel %(channel)s.", channel=", ".join(unknown)
            )
        return {"channel_ids": ids}, None

    def _convert_row(self, sheet_name, number, columns, row, lookups, errors):
        vals = {}
        converters = {
            "char": self._convert_char,
            "matter_code": self._convert_char,
            "code": self._convert_code,
            "department": self._convert_department,
            "selection": self._convert_selection,
            "limit": self._convert_limit,
            "bool": self._convert_bool,
            "channels": self._convert_channels,
        }
        for key, title, required, kind, _sel in columns:
            text = row.get(key, "")
            if not text:
                if required:
                    errors.append(
                        (sheet_name, number, title, self.env._("A value is required."))
                    )
                continue
            values, error = converters[kind](key, text, lookups)
            vals.update(values)
            if error:
                errors.append((sheet_name, number, title, error))
        return vals

    def _check_matter_row(self, number, vals, seen, lookups, errors):
        """Checks across the columns of one row of the Matters sheet."""

        def err(column, message):
            errors.append((MATTER_SHEET, number, column, message))

        code = vals.get("code")
        if code in seen:
            err(
                "Code",
                self.env._("The code %(code)s appears twice in the file.", code=code),
            )
        elif code in lookups["codes"]:
            err(
                "Code",
                self.env._(
                    "The code %(code)s is already in the catalogue; change the "
                    "matter there to make a new version.",
                    code=code,
                ),
            )
        statutory = vals.get("statutory_limit")
        promised = vals.get("promised_limit")
        if statutory is not None and promised is not None and promised > statutory:
            err(
                "Promised limit",
                self.env._(
                    "The promised limit (%(promised)s) is longer than the statutory "
                    "limit (%(statutory)s).",
                    promised=promised,
                    statutory=statutory,
                ),
            )
        if vals.get("is_on_the_spot") and promised:
            err(
                "Promised limit",
                self.env._("A matter handled on the spot has a promised limit of 0."),
            )
        if vals.get("is_free") is False and not vals.get("fee_text"):
            err("Fees", self.env._("The matter is not free: state its fees."))

    def _parse(self, content):
        """Checked values of every row, and the list of row errors."""
        errors = []
        book = self._load_book(content)
        matter_rows = self._read_rows(book, MATTER_SHEET, MATTER_COLUMNS, errors)
        material_rows = self._read_rows(book, MATERIAL_SHEET, MATERIAL_COLUMNS, errors)
        if errors:
            return [], errors
        lookups = self._lookups()
        matters = {}
        for number, row in matter_rows:
            vals = self._convert_row(
                MATTER_SHEET, number, MATTER_COLUMNS, row, lookups, errors
            )
            self._check_matter_row(number, vals, matters, lookups, errors)
            if vals.get("code") and vals["code"] not in matters:
                matters[vals["code"]] = vals
        for number, row in material_rows:
            vals = self._convert_row(
                MATERIAL_SHEET, number, MATERIAL_COLUMNS, row, lookups, errors
            )
            code = (vals.pop("matter_code", "") or "").upper()
            if code in matters:
                matters[code].setdefault("materials", []).append(vals)
            elif code:
                errors.append(
                    (
                        MATERIAL_SHEET,
                        number,
                        "Matter code",
                        self.env._(
                            "No matter with the code %(code)s on the Matters sheet.",
                            code=code,
                        ),
                    )
                )
        return list(matters.values()), errors

    def _matter_vals(self, row):
        vals = {
            k: v
            for k, v in row.items()
            if k not in ("department", "steps", "channels", "materials")
        }
        vals.setdefault("is_free", True)
        if row.get("channel_ids") is not None:
            vals["channel_ids"] = [fields.Command.set(row["channel_ids"])]
        steps = [s.strip() for s in (row.get("steps") or "").splitlines() if s.strip()]
        vals["step_ids"] = [
            fields.Command.create({"sequence": 10 * i, "name": name})
            for i, name in enumerate(steps, start=1)
        ]
        vals["material_ids"] = [
            fields.Command.create(dict(material, sequence=10 * i))
            for i, material in enumerate(row.get("materials", []), start=1)
        ]
        return vals

    def _error_report_bytes(self, errors):
        buf = io.BytesIO()
        book = xlsxwriter.Workbook(buf, {"in_memory": True})
        sheet = book.add_worksheet("Errors")
        bold = book.add_format({"bold": True})
        sheet.write_row(
            0,
            0,
            [
                self.env._("Sheet"),
                self.env._("Row"),
                self.env._("Column"),
                self.env._("Error"),
            ],
            bold,
        )
        for i, error in enumerate(errors, start=1):
            sheet.write_row(i, 0, list(error))
        sheet.set_column(0, 2, 16)
        sheet.set_column(3, 3, 80)
        book.close()
        return buf.getvalue()

    def action_import(self):
        self.ensure_one()
        if not self.file:
            raise UserError(self.env._("Choose the XLSX file to import."))
        self.error_ids.unlink()
        rows, errors = self._parse(base64.b64decode(self.file))
        if errors:
            self.write(
                {
                    "state": "error",
                    "error_ids": [
                        fields.Command.create(
                            {"sheet": s, "row": r, "column": c, "message": m}
                        )
                        for s, r, c, m in errors
                    ],
                    "error_file": base64.b64encode(self._error_report_bytes(errors)),
                    "error_filename": "matter_import_errors.xlsx",
                }
            )
            return self._reopen()
        if not rows:
            raise UserError(self.env._("The file holds no matter to import."))
        matters = self.env["park.matter"].create([self._matter_vals(r) for r in rows])
        if self.publish:
            matters.action_publish()
        self.write({"state": "done", "matter_ids": [fields.Command.set(matters.ids)]})
        return self._reopen()

    def action_view_matters(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Imported Matters"),
            "res_model": "park.matter",
            "view_mode": "list,form",
            "domain": [("id", "in", self.matter_ids.ids)],
        }

    def action_retry(self):
        self.ensure_one()
        self.error_ids.unlink()
        self.write({"state": "upload", "error_file": False, "file": False})
        return self._reopen()
