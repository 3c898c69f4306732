# Copyright 2025 园区通 contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import datetime
import io
import re
from collections import namedtuple
from zipfile import BadZipFile

import openpyxl
import xlsxwriter
from openpyxl.utils.exceptions import InvalidFileException

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

Column = namedtuple("Column", "key source label required")

_SPLIT_TAGS = re.compile(r"[,，、;；/]+")
_YES = {"yes", "y", "true", "1", "是", "√"}
_NO = {"no", "n", "false", "0", "否", ""}
MAX_ROWS = 20000


def _norm(text):
    return re.sub(r"[\s*（）()]+", "", str(text or "")).lower()


class ParkEnterpriseImport(models.TransientModel):
    """Import enterprise files from an XLSX sheet: every row is checked first,
    and nothing is written unless all rows are valid."""

    _name = "park.enterprise.import"
    _description = "Import Enterprises"

    file = fields.Binary(string="XLSX File")
    file_name = fields.Char()
    state = fields.Selection(
        [("draft", "Upload"), ("error", "Errors"), ("done", "Imported")],
        default="draft",
        required=True,
    )
    error_line_ids = fields.One2many(
        "park.enterprise.import.error", "wizard_id", string="Errors"
    )
    error_count = fields.Integer(compute="_compute_error_count")
    error_report = fields.Binary(readonly=True)
    error_report_name = fields.Char(readonly=True)
    template_file = fields.Binary(readonly=True)
    partner_ids = fields.Many2many("res.partner", string="Imported Enterprises")
    imported_count = fields.Integer(compute="_compute_imported_count")

    @api.depends("error_line_ids")
    def _compute_error_count(self):
        for wizard in self:
            wizard.error_count = len(wizard.error_line_ids)

    @api.depends("partner_ids")
    def _compute_imported_count(self):
        for wizard in self:
            wizard.imported_count = len(wizard.partner_ids)

    # ------------------------------------------------------------------
    # columns
    # ------------------------------------------------------------------

    def _columns(self):
        """The sheet's columns: key, English header, translated header, required.

        Headers are matched in English or in the user's language, so a template
        downloaded in Chinese and one in English both import."""
        return [
            Column("name", "Enterprise Name", self.env._("Enterprise Name"), True),
            Column(
                "uscc",
                "Unified Social Credit Code",
                self.env._("Unified Social Credit Code"),
                False,
            ),
            Column(
                "park", "Park (code or name)", self.env._("Park (code or name)"), True
            ),
            Column(
                "industries",
                "Industry Tags (codes or names, comma separated)",
                self.env._("Industry Tags (codes or names, comma separated)"),
                False,
            ),
            Column("stage", "Life-cycle Stage", self.env._("Life-cycle Stage"), False),
            Column(
                "registration_date",
                "Registration Date",
                self.env._("Registration Date"),
                False,
            ),
            Column(
                "legal_representative",
                "Legal Representative",
                self.env._("Legal Representative"),
                False,
            ),
            Column(
                "registered_capital",
                "Registered Capital (CNY)",
                self.env._("Registered Capital (CNY)"),
                False,
            ),
            Column(
                "enterprise_size",
                "Enterprise Size",
                self.env._("Enterprise Size"),
                False,
            ),
            Column("employee_count", "Employees", self.env._("Employees"), False),
            Column(
                "is_key_enterprise",
                "Key Enterprise",
                self.env._("Key Enterprise"),
                False,
            ),
            Column("phone", "Phone", self.env._("Phone"), False),
            Column("email", "E-mail", self.env._("E-mail"), False),
            Column("street", "Address", self.env._("Address"), False),
        ]

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": self.env.context,
        }

    def action_download_template(self):
        self.ensure_one()
        self.template_file = base64.b64encode(self._template_xlsx())
        filename = self.env._("enterprise_import_template.xlsx")
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/template_file/{filename}"
            "?download=true",
            "target": "self",
        }

    def action_retry(self):
        self.ensure_one()
        self.error_line_ids.unlink()
        self.write(
            {"state": "draft", "file": False, "error_report": False, "file_name": False}
        )
        return self._reopen()

    def action_import(self):
        self.ensure_one()
        if not self.file:
            raise UserError(self.env._("Please choose the XLSX file to import."))
        rows = self._read_rows(base64.b64decode(self.file))
        vals_list, errors = self._check_rows(rows)
        self.error_line_ids.unlink()
        if errors:
            self.write(
                {
                    "state": "error",
                    "error_line_ids": [
                        fields.Command.create(
                            {
                                "row": row,
                                "column": column,
                                "value": str(value or "")[:200],
                                "message": message,
                            }
                        )
                        for row, column, value, message in errors
                    ],
                    "error_report": base64.b64encode(self._error_report_xlsx(errors)),
                    "error_report_name": self.env._("enterprise_import_errors.xlsx"),
                }
            )
            return self._reopen()
        partners = (
            self.env["res.partner"]
            .with_context(
                park_stage_note=self.env._(
                    "Imported from %(file)s", file=self.file_name or "XLSX"
                )
            )
            .create(vals_list)
        )
        self.write({"state": "done", "partner_ids": [fields.Command.set(partners.ids)]})
        return self._reopen()

    def action_open_imported(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_enterprise.res_partner_action_enterprise"
        )
        action["domain"] = [("id", "in", self.partner_ids.ids)]
        return action

    # ------------------------------------------------------------------
    # reading and checking
    # ------------------------------------------------------------------

    def _read_rows(self, content):
        """Return [(row number, {column key: value})] of the first sheet."""
        try:
            workbook = openpyxl.load_workbook(
                io.BytesIO(content), read_only=True, data_only=True
            )
        except (InvalidFileException, BadZipFile, KeyError, ValueError, OSError) as exc:
            raise UserError(
                self.env._(
                    "This file cannot be read as an XLSX workbook: %(error)s", error=exc
                )
            ) from exc
        sheet = workbook.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = next(lines, None)
        if not header:
            raise UserError(self.env._("The sheet is empty."))
        columns = self._columns()
        by_header = {}
        for column in columns:
            by_header[_norm(column.source)] = column.key
            by_header[_norm(column.label)] = column.key
        positions = {}
        for index, title in enumerate(header):
            key = by_header.get(_norm(title))
            if key and key not in positions:
                positions[key] = index
        missing = [c.label for c in columns if c.required and c.key not in positions]
        if missing:
            raise UserError(
                self.env._(
                    "The sheet has no column %(columns)s. Download the template to "
                    "see the expected columns.",
                    columns=", ".join(missing),
                )
            )
        rows = []
        for number, line in enumerate(lines, start=2):
            if not any(cell not in (None, "") for cell in line):
                continue
            values = {
                key: line[index] if index < len(line) else None
                for key, index in positions.items()
            }
            for key, value in values.items():
                if isinstance(value, str):
                    values[key] = value.strip()
            rows.append((number, values))
            if len(rows) > MAX_ROWS:
                raise UserError(
                    self.env._(
                        "Please import at most %(count)s enterprises at a time.",
                        count=MAX_ROWS,
                    )
                )
        if not rows:
            raise UserError(self.env._("The sheet has no enterprise to import."))
        workbook.close()
        return rows

    def _selection_map(self, fname):
        """Keys and labels (English and the user's language) of a selection."""
        field = self.env["res.partner"]._fields[fname]
        mapping = {}
        for lang_env in (
            self.env(context=dict(self.env.context, lang="en_US")),
            self.env,
        ):
            for key, label in field._description_selection(lang_env):
                mapping[_norm(key)] = key
                mapping[_norm(label)] = key
        return mapping

    def _selection_labels(self, fname):
        field = self.env["res.partner"]._fields[fname]
        return [label for _key, label in field._description_selection(self.env)]

    def _allowed_parks(self):
        """Parks the user may import into (None: all)."""
        if self.env.user.has_group("park_base.group_park_city_admin") or (
            self.env.user._is_system()
        ):
            return None
        return self.env.user.park_scope_park_ids

    def _check_rows(self, rows):
        """Validate all rows; return (vals_list, errors) where errors are
        (row, column label, value, message) and vals_list is only meaningful
        when there are no errors."""
        labels = {c.key: c.label for c in self._columns()}
        errors = []

        def error(number, key, value, message):
            errors.append((number, labels[key], value, message))

        lookups = self._prepare_lookups(rows)
        seen = {"codes": {}, "names": {}}
        numbered_vals = []
        for number, values in rows:
            vals = {"is_park_enterprise": True, "is_company": True}
            self._check_row_identity(number, values, vals, lookups, seen, error)
            self._check_row_tags(number, values, vals, lookups, error)
            self._check_date(number, values, vals, error)
            self._check_numbers(number, values, vals, error)
            self._check_choices(number, values, vals, lookups, error)
            for fname in ("legal_representative", "phone", "email", "street"):
                if values.get(fname) not in (None, ""):
                    vals[fname] = str(values[fname])
            numbered_vals.append((number, vals))
        self._check_existing(numbered_vals, error)
        return [vals for _number, vals in numbered_vals], errors

    def _prepare_lookups(self, rows):
        """Parks, industry tags and selection values referenced by the rows,
        read in a few queries."""
        park_keys = list({str(v["park"]) for _n, v in rows if v.get("park")})
        park_by_key = {}
        for park in self.env["park.park"].search(
            Domain("code", "in", park_keys) | Domain("name", "in", park_keys)
        ):
            park_by_key.setdefault(_norm(park.name), park)
            park_by_key[_norm(park.code)] = park
        tag_keys = set()
        for _number, values in rows:
            tag_keys.update(self._split_tags(values.get("industries")))
        tag_by_key = {}
        for tag in self.env["park.industry"].search(
            Domain("code", "in", list(tag_keys)) | Domain("name", "in", list(tag_keys))
        ):
            tag_by_key[_norm(tag.name)] = tag
            tag_by_key[_norm(tag.code)] = tag
        return {
            "parks": park_by_key,
            "allowed_parks": self._allowed_parks(),
            "tags": tag_by_key,
            "stages": self._selection_map("lifecycle_stage"),
            "sizes": self._selection_map("enterprise_size"),
        }

    @staticmethod
    def _split_tags(value):
        return [t.strip() for t in _SPLIT_TAGS.split(str(value or "")) if t.strip()]

    def _check_row_identity(self, number, values, vals, lookups, seen, error):
        """Name, park, stage and code of one row, with duplicates in the file."""
        name = str(values.get("name") or "").strip()
        if not name:
            error(number, "name", "", self.env._("The enterprise name is required."))
        vals["name"] = name
        park = self._check_park(number, values.get("park"), lookups, error)
        vals["park_id"] = park.id if park else False
        stage = values.get("stage")
        vals["lifecycle_stage"] = (
            lookups["stages"].get(_norm(stage)) if stage else "operating"
        )
        if not vals["lifecycle_stage"]:
            error(number, "stage", stage, self.env._("Unknown life-cycle stage."))
        code = self.env["res.partner"]._park_normalize_uscc(
            str(values.get("uscc") or "")
        )
        vals["uscc"] = code
        if code:
            message = self.env["res.partner"]._park_uscc_error(code)
            if message:
                error(number, "uscc", values["uscc"], message)
            elif code in seen["codes"]:
                error(
                    number,
                    "uscc",
                    code,
                    self.env._(
                        "The same code is already on row %(row)s.",
                        row=seen["codes"][code],
                    ),
                )
            seen["codes"].setdefault(code, number)
        elif vals["lifecycle_stage"] != "preparing":
            error(
                number,
                "uscc",
                "",
                self.env._(
                    "The unified social credit code is required, except for "
                    "enterprises being prepared."
                ),
            )
        if name and park:
            key = (_norm(name), park.id)
            if key in seen["names"]:
                error(
                    number,
                    "name",
                    name,
                    self.env._(
                        "The same enterprise is already on row %(row)s for this park.",
                        row=seen["names"][key],
                    ),
                )
            seen["names"].setdefault(key, number)

    def _check_park(self, number, value, lookups, error):
        if not value:
            error(number, "park", "", self.env._("The park is required."))
            return None
        park = lookups["parks"].get(_norm(value))
        if not park:
            error(number, "park", value, self.env._("No park has this code or name."))
            return None
        allowed = lookups["allowed_parks"]
        if allowed is not None and park not in allowed:
            error(
                number,
                "park",
                value,
                self.env._("You may not import enterprises into this park."),
            )
        return park

    def _check_row_tags(self, number, values, vals, lookups, error):
        tag_ids = []
        for tag_key in self._split_tags(values.get("industries")):
            tag = lookups["tags"].get(_norm(tag_key))
            if tag:
                tag_ids.append(tag.id)
            else:
                error(
                    number, "industries", tag_key, self.env._("Unknown industry tag.")
                )
        vals["park_industry_ids"] = [fields.Command.set(tag_ids)]

    def _check_choices(self, number, values, vals, lookups, error):
        size = values.get("enterprise_size")
        if size:
            vals["enterprise_size"] = lookups["sizes"].get(_norm(size))
            if not vals["enterprise_size"]:
                error(
                    number,
                    "enterprise_size",
                    size,
                    self.env._("Use large, medium, small or micro."),
                )
        key_value = _norm(values.get("is_key_enterprise"))
        if key_value in _YES:
            vals["is_key_enterprise"] = True
        elif key_value not in _NO:
            error(
                number,
                "is_key_enterprise",
                values.get("is_key_enterprise"),
                self.env._("Use yes or no."),
            )

    def _check_date(self, number, values, vals, error):
        value = values.get("registration_date")
        if value in (None, ""):
            return
        if isinstance(value, datetime.datetime):
            vals["registration_date"] = value.date()
        elif isinstance(value, datetime.date):
            vals["registration_date"] = value
        else:
            text = re.sub(r"[年月/.]", "-", str(value)).rstrip("日").strip()
            try:
                vals["registration_date"] = datetime.datetime.strptime(
                    text, "%Y-%m-%d"
                ).date()
            except ValueError:
                error(
                    number,
                    "registration_date",
                    value,
                    self.env._("Write the date as YYYY-MM-DD."),
                )

    def _check_numbers(self, number, values, vals, error):
        capital = values.get("registered_capital")
        if capital not in (None, ""):
            try:
                vals["registered_capital"] = float(str(capital).replace(",", ""))
                if vals["registered_capital"] < 0:
                    raise ValueError
            except ValueError:
                error(
                    number,
                    "registered_capital",
                    capital,
                    self.env._("The registered capital must be a positive amount."),
                )
        employees = values.get("employee_count")
        if employees not in (None, ""):
            try:
                vals["employee_count"] = int(float(str(employees)))
                if vals["employee_count"] < 0:
                    raise ValueError
            except ValueError:
                error(
                    number,
                    "employee_count",
                    employees,
                    self.env._("The number of employees must be a whole number."),
                )

    def _check_existing(self, numbered_vals, error):
        """Rows that duplicate an enterprise already in the database, by code
        or by name in the same park (checked as superuser: the user may not see
        every enterprise, but must not create a duplicate of one)."""
        partners = self.env["res.partner"].sudo().with_context(active_test=False)
        codes = [vals["uscc"] for _n, vals in numbered_vals if vals.get("uscc")]
        existing_codes = {}
        if codes:
            for partner in partners.search_fetch(
                [("uscc", "in", codes)], ["uscc", "name"]
            ):
                existing_codes[partner.uscc] = partner.name
        names = [vals["name"] for _n, vals in numbered_vals if vals.get("name")]
        park_ids = [
            vals["park_id"] for _n, vals in numbered_vals if vals.get("park_id")
        ]
        existing_names = set()
        if names and park_ids:
            for partner in partners.search_fetch(
                [
                    ("is_park_enterprise", "=", True),
                    ("name", "in", names),
                    ("park_id", "in", park_ids),
                ],
                ["name", "park_id"],
            ):
                existing_names.add((_norm(partner.name), partner.park_id.id))
        for number, vals in numbered_vals:
            if vals.get("uscc") in existing_codes:
                error(
                    number,
                    "uscc",
                    vals["uscc"],
                    self.env._(
                        "This code is already used by the enterprise %(name)s.",
                        name=existing_codes[vals["uscc"]],
                    ),
                )
            if (_norm(vals.get("name")), vals.get("park_id")) in existing_names:
                error(
                    number,
                    "name",
                    vals["name"],
                    self.env._("An enterprise with this name is already in this park."),
                )

    # ------------------------------------------------------------------
    # files
    # ------------------------------------------------------------------

    def _template_xlsx(self):
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        required = workbook.add_format(
            {"bold": True, "bg_color": "#F8CBAD", "border": 1}
        )
        sheet = workbook.add_worksheet(self.env._("Enterprises"))
        for col, column in enumerate(self._columns()):
            sheet.write(0, col, column.label, required if column.required else header)
            sheet.set_column(col, col, 22)
        sheet.freeze_panes(1, 0)
        help_sheet = workbook.add_worksheet(self.env._("Allowed Values"))
        bold = workbook.add_format({"bold": True})
        row = 0
        for title, values in (
            (self.env._("Life-cycle Stage"), self._selection_labels("lifecycle_stage")),
            (self.env._("Enterprise Size"), self._selection_labels("enterprise_size")),
            (
                self.env._("Industry Tags"),
                self.env["park.industry"].search([], limit=500).mapped("name"),
            ),
            (
                self.env._("Park (code or name)"),
                [
                    f"{park.code} {park.name}"
                    for park in self.env["park.park"].search([], limit=1000)
                ],
            ),
        ):
            help_sheet.write(row, 0, title, bold)
            for value in values:
                row += 1
                help_sheet.write(row, 0, value)
            row += 2
        help_sheet.set_column(0, 0, 40)
        workbook.close()
        return output.getvalue()

    def _error_report_xlsx(self, errors):
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        header = workbook.add_format({"bold": True, "bg_color": "#F8CBAD", "border": 1})
        sheet = workbook.add_worksheet(self.env._("Errors"))
        titles = [
            self.env._("Row"),
            self.env._("Column"),
            self.env._("Value"),
            self.env._("Error"),
        ]
        for col, title in enumerate(titles):
            sheet.write(0, col, title, header)
        sheet.set_column(0, 0, 8)
        sheet.set_column(1, 2, 26)
        sheet.set_column(3, 3, 80)
        for row, (number, column, value, message) in enumerate(errors, start=1):
            sheet.write(row, 0, number)
            sheet.write(row, 1, column)
            sheet.write(row, 2, str(value or ""))
            sheet.write(row, 3, message)
        workbook.close()
        return output.getvalue()


class ParkEnterpriseImportError(models.TransientModel):
    _name = "park.enterprise.import.error"
    _description = "Enterprise Import Error"
    _order = "row, id"

    wizard_id = fields.Many2one(
        "park.enterprise.import", required=True, ondelete="cascade"
    )
    row = fields.Integer()
    column = fields.Char()
    value = fields.Char()
    message = fields.Char(string="Error")
