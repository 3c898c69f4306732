# Copyright 2025 园区通 contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime
import re

from odoo import fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

from odoo.addons.park_base.wizards.park_xlsx_import_mixin import (
    XlsxColumn,
    XlsxError,
    XlsxSheet,
    cell_key,
    parse_yes_no,
)

_SPLIT_TAGS = re.compile(r"[,，、;；/]+")


class ParkEnterpriseImportError(models.TransientModel):
    _name = "park.enterprise.import.error"
    _inherit = "park.xlsx.import.error.mixin"
    _description = "Enterprise Import Error"

    wizard_id = fields.Many2one(
        "park.enterprise.import", required=True, ondelete="cascade"
    )


class ParkEnterpriseImport(models.TransientModel):
    """Import enterprise files from an XLSX sheet: every row is checked first,
    and nothing is written unless all rows are valid
    (``park.xlsx.import.mixin``)."""

    _name = "park.enterprise.import"
    _inherit = "park.xlsx.import.mixin"
    _description = "Import Enterprises"
    _xlsx_filename_field = "file_name"
    _xlsx_error_field = "error_line_ids"
    _xlsx_report_field = "error_report"
    _xlsx_report_filename_field = "error_report_name"
    _xlsx_record_field = "partner_ids"
    # a sheet without the template's columns is refused at once
    _xlsx_strict_columns = True

    file_name = fields.Char()
    error_line_ids = fields.One2many(
        "park.enterprise.import.error", "wizard_id", string="Errors"
    )
    error_report = fields.Binary(readonly=True)
    error_report_name = fields.Char(readonly=True)
    partner_ids = fields.Many2many("res.partner", string="Imported Enterprises")

    # ------------------------------------------------------------------
    # columns
    # ------------------------------------------------------------------

    def _columns(self):
        """The sheet's columns: key, English header, required, translated header.

        Headers are matched in English or in the user's language, so a template
        downloaded in Chinese and one in English both import."""
        env = self.env
        return [
            XlsxColumn("name", "Enterprise Name", True, label=env._("Enterprise Name")),
            XlsxColumn(
                "uscc",
                "Unified Social Credit Code",
                label=env._("Unified Social Credit Code"),
            ),
            XlsxColumn(
                "park",
                "Park (code or name)",
                True,
                label=env._("Park (code or name)"),
            ),
            XlsxColumn(
                "industries",
                "Industry Tags (codes or names, comma separated)",
                label=env._("Industry Tags (codes or names, comma separated)"),
            ),
            XlsxColumn("stage", "Life-cycle Stage", label=env._("Life-cycle Stage")),
            XlsxColumn(
                "registration_date",
                "Registration Date",
                label=env._("Registration Date"),
            ),
            XlsxColumn(
                "legal_representative",
                "Legal Representative",
                label=env._("Legal Representative"),
            ),
            XlsxColumn(
                "registered_capital",
                "Registered Capital (CNY)",
                label=env._("Registered Capital (CNY)"),
            ),
            XlsxColumn(
                "enterprise_size", "Enterprise Size", label=env._("Enterprise Size")
            ),
            XlsxColumn("employee_count", "Employees", label=env._("Employees")),
            XlsxColumn(
                "is_key_enterprise", "Key Enterprise", label=env._("Key Enterprise")
            ),
            XlsxColumn("phone", "Phone", label=env._("Phone")),
            XlsxColumn("email", "E-mail", label=env._("E-mail")),
            XlsxColumn("street", "Address", label=env._("Address")),
        ]

    # ------------------------------------------------------------------
    # park.xlsx.import.mixin
    # ------------------------------------------------------------------

    def _xlsx_sheets(self):
        return [XlsxSheet(self.env._("Enterprises"), self._columns())]

    def _xlsx_template_filename(self):
        return self.env._("enterprise_import_template.xlsx")

    def _xlsx_error_filename(self):
        return self.env._("enterprise_import_errors.xlsx")

    def _xlsx_template_help(self, workbook, formats):
        """A sheet of the allowed values."""
        help_sheet = workbook.add_worksheet(self.env._("Allowed Values"))
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
            help_sheet.write(row, 0, title, formats["bold"])
            for value in values:
                row += 1
                help_sheet.write(row, 0, value)
            row += 2
        help_sheet.set_column(0, 0, 40)

    def _xlsx_check_rows(self, sheets_rows, errors):
        """Check every row, then the rows against the enterprises already in
        the database."""
        ((sheet, rows),) = sheets_rows
        labels = {c.key: c.title for c in sheet.columns}

        def error(number, key, value, message):
            errors.append(XlsxError(sheet.name, number, labels[key], message, value))

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
        return [vals for _number, vals in numbered_vals]

    def _xlsx_create(self, vals_list):
        if not vals_list:
            raise UserError(self.env._("The sheet has no enterprise to import."))
        return (
            self.env["res.partner"]
            .with_context(
                park_stage_note=self.env._(
                    "Imported from %(file)s", file=self.file_name or "XLSX"
                )
            )
            .create(vals_list)
        )

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------

    def action_open_imported(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_enterprise.res_partner_action_enterprise"
        )
        action["domain"] = [("id", "in", self.partner_ids.ids)]
        return action

    # ------------------------------------------------------------------
    # checks
    # ------------------------------------------------------------------

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

    def _prepare_lookups(self, rows):
        """Parks, industry tags and selection values referenced by the rows,
        read in a few queries."""
        park_keys = list({str(v["park"]) for _n, v in rows if v.get("park")})
        park_by_key = {}
        for park in self.env["park.park"].search(
            Domain("code", "in", park_keys) | Domain("name", "in", park_keys)
        ):
            park_by_key.setdefault(cell_key(park.name), park)
            park_by_key[cell_key(park.code)] = park
        tag_keys = set()
        for _number, values in rows:
            tag_keys.update(self._split_tags(values.get("industries")))
        tag_by_key = {}
        for tag in self.env["park.industry"].search(
            Domain("code", "in", list(tag_keys)) | Domain("name", "in", list(tag_keys))
        ):
            tag_by_key[cell_key(tag.name)] = tag
            tag_by_key[cell_key(tag.code)] = tag
        return {
            "parks": park_by_key,
            "allowed_parks": self._allowed_parks(),
            "tags": tag_by_key,
            "stages": self._xlsx_selection_map("res.partner", "lifecycle_stage"),
            "sizes": self._xlsx_selection_map("res.partner", "enterprise_size"),
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
            lookups["stages"].get(cell_key(stage)) if stage else "operating"
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
            key = (cell_key(name), park.id)
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
        park = lookups["parks"].get(cell_key(value))
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
            tag = lookups["tags"].get(cell_key(tag_key))
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
            vals["enterprise_size"] = lookups["sizes"].get(cell_key(size))
            if not vals["enterprise_size"]:
                error(
                    number,
                    "enterprise_size",
                    size,
                    self.env._("Use large, medium, small or micro."),
                )
        is_key = parse_yes_no(values.get("is_key_enterprise"))
        if is_key:
            vals["is_key_enterprise"] = True
        elif is_key is None:
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
                existing_names.add((cell_key(partner.name), partner.park_id.id))
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
            if (cell_key(vals.get("name")), vals.get("park_id")) in existing_names:
                error(
                    number,
                    "name",
                    vals["name"],
                    self.env._("An enterprise with this name is already in this park."),
                )
