# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.park_base.wizards.park_xlsx_import_mixin import (
    XlsxColumn,
    XlsxError,
    XlsxSheet,
    cell_key,
    cell_text,
    parse_yes_no,
)

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

MATTER_SHEET = "Matters"
MATERIAL_SHEET = "Materials"

# key, header, required, kind (the converter), selection; the order is the
# template's
MATTER_COLUMNS = [
    XlsxColumn("code", "Code", True, "code"),
    XlsxColumn("name", "Name", True),
    XlsxColumn("department", "Department", True, "department"),
    XlsxColumn("matter_type", "Matter type", True, "selection", MATTER_TYPES),
    XlsxColumn("theme", "Theme", True, "selection", THEMES),
    XlsxColumn("approval_level", "Approval level", True, "selection", APPROVAL_LEVELS),
    XlsxColumn("service_object", "Service object", False, "selection", SERVICE_OBJECTS),
    XlsxColumn("statutory_limit", "Statutory limit", True, "limit"),
    XlsxColumn("promised_limit", "Promised limit", True, "limit"),
    XlsxColumn("is_on_the_spot", "On the spot", False, "bool"),
    XlsxColumn("visit_count", "Visits", False, "selection", VISIT_COUNTS),
    XlsxColumn("is_free", "Free", False, "bool"),
    XlsxColumn("fee_text", "Fees"),
    XlsxColumn("fee_basis", "Fee basis"),
    XlsxColumn("legal_basis", "Legal basis"),
    XlsxColumn("conditions", "Conditions"),
    XlsxColumn("steps", "Procedure steps"),
    XlsxColumn("channels", "Channels", False, "channels"),
    XlsxColumn("online_url", "Online link"),
    XlsxColumn("consult_phone", "Consultation phone"),
    XlsxColumn("complaint_phone", "Complaint phone"),
    XlsxColumn("handling_place", "Handling place"),
    XlsxColumn("office_hours", "Office hours"),
    XlsxColumn("is_high_frequency", "High frequency", False, "bool"),
]
MATERIAL_COLUMNS = [
    XlsxColumn("matter_code", "Matter code", True),
    XlsxColumn("name", "Material", True),
    XlsxColumn("form_type", "Form", False, "selection", MATERIAL_FORMS),
    XlsxColumn("copies", "Copies", False, "limit"),
    XlsxColumn("is_required", "Required", False, "bool"),
    XlsxColumn("source", "Source", False, "selection", MATERIAL_SOURCES),
    XlsxColumn("source_note", "Issued by"),
    XlsxColumn("note", "Requirements"),
]


class ParkMatterImportError(models.TransientModel):
    _name = "park.matter.import.error"
    _inherit = "park.xlsx.import.error.mixin"
    _description = "Row Error of a Catalogue Import"

    wizard_id = fields.Many2one(
        "park.matter.import", required=True, index=True, ondelete="cascade"
    )


class ParkMatterImport(models.TransientModel):
    """Import a catalogue (matters and materials) from an XLSX file.

    Every row is checked first; if any row is wrong nothing is written and the
    errors are listed, and offered for download (``park.xlsx.import.mixin``).
    """

    _name = "park.matter.import"
    _inherit = "park.xlsx.import.mixin"
    _description = "Import a Matter Catalogue"
    _xlsx_record_field = "matter_ids"

    filename = fields.Char()
    publish = fields.Boolean(
        string="Publish the Imported Matters",
        help="Otherwise they are created as drafts, to be reviewed and published.",
    )
    error_ids = fields.One2many("park.matter.import.error", "wizard_id")
    error_file = fields.Binary(string="Error Report", readonly=True)
    error_filename = fields.Char()
    matter_ids = fields.Many2many("park.matter", string="Imported Matters")

    # ------------------------------------------------------------------
    # park.xlsx.import.mixin
    # ------------------------------------------------------------------
    def _xlsx_sheets(self):
        return [
            XlsxSheet(MATTER_SHEET, MATTER_COLUMNS),
            XlsxSheet(MATERIAL_SHEET, MATERIAL_COLUMNS),
        ]

    def _xlsx_template_filename(self):
        return "matter_catalogue_template.xlsx"

    def _xlsx_error_filename(self):
        return "matter_import_errors.xlsx"

    def _xlsx_template_help(self, workbook, formats):
        """A sheet of the allowed values."""
        sheet = workbook.add_worksheet("Values")
        sheet.write_row(0, 0, ["Column", "Value", "Meaning"], formats["header"])
        row = 1
        for column in MATTER_COLUMNS + MATERIAL_COLUMNS:
            for value, label in column.selection or []:
                sheet.write_row(row, 0, [column.header, value, label])
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

    def _xlsx_check_rows(self, sheets_rows, errors):
        (matter_sheet, matter_rows), (material_sheet, material_rows) = sheets_rows
        lookups = self._lookups()
        matters = {}
        for number, row in matter_rows:
            vals = self._convert_row(matter_sheet, number, row, lookups, errors)
            self._check_matter_row(number, vals, matters, lookups, errors)
            if vals.get("code") and vals["code"] not in matters:
                matters[vals["code"]] = vals
        for number, row in material_rows:
            vals = self._convert_row(material_sheet, number, row, lookups, errors)
            code = (vals.pop("matter_code", "") or "").upper()
            if code in matters:
                matters[code].setdefault("materials", []).append(vals)
            elif code:
                errors.append(
                    XlsxError(
                        MATERIAL_SHEET,
                        number,
                        "Matter code",
                        self.env._(
                            "No matter with the code %(code)s on the Matters sheet.",
                            code=code,
                        ),
                        code,
                    )
                )
        return [self._matter_vals(row) for row in matters.values()]

    def _xlsx_create(self, vals_list):
        if not vals_list:
            raise UserError(self.env._("The file holds no matter to import."))
        matters = self.env["park.matter"].create(vals_list)
        if self.publish:
            matters.action_publish()
        return matters

    # ------------------------------------------------------------------
    # checks
    # ------------------------------------------------------------------
    def _lookups(self):
        """What the rows are checked against: departments, channels, codes."""
        departments = {}
        channels = {}
        Department = self.env["park.department"].with_context(active_test=False)
        Channel = self.env["park.matter.channel"]
        for lang in self._xlsx_languages():
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
            key: self._xlsx_selection_map(model, key)
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
        value = lookups["selection"][key].get(cell_key(text))
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
        value = parse_yes_no(text)
        if value is None:
            return {}, self.env._("Write yes or no, not %(value)s.", value=text)
        return {key: value}, None

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

    def _convert_row(self, sheet, number, row, lookups, errors):
        vals = {}
        converters = {
            "char": self._convert_char,
            "code": self._convert_code,
            "department": self._convert_department,
            "selection": self._convert_selection,
            "limit": self._convert_limit,
            "bool": self._convert_bool,
            "channels": self._convert_channels,
        }
        for column in sheet.columns:
            text = cell_text(row.get(column.key))
            if not text:
                if column.required:
                    errors.append(
                        XlsxError(
                            sheet.name,
                            number,
                            column.header,
                            self.env._("A value is required."),
                        )
                    )
                continue
            values, error = converters[column.kind](column.key, text, lookups)
            vals.update(values)
            if error:
                errors.append(XlsxError(sheet.name, number, column.header, error, text))
        return vals

    def _check_matter_row(self, number, vals, seen, lookups, errors):
        """Checks across the columns of one row of the Matters sheet."""

        def err(column, message, value=""):
            errors.append(XlsxError(MATTER_SHEET, number, column, message, value))

        code = vals.get("code")
        if code in seen:
            err(
                "Code",
                self.env._("The code %(code)s appears twice in the file.", code=code),
                code,
            )
        elif code in lookups["codes"]:
            err(
                "Code",
                self.env._(
                    "The code %(code)s is already in the catalogue; change the "
                    "matter there to make a new version.",
                    code=code,
                ),
                code,
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
                promised,
            )
        if vals.get("is_on_the_spot") and promised:
            err(
                "Promised limit",
                self.env._("A matter handled on the spot has a promised limit of 0."),
                promised,
            )
        if vals.get("is_free") is False and not vals.get("fee_text"):
            err("Fees", self.env._("The matter is not free: state its fees."))

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

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    def action_view_matters(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Imported Matters"),
            "res_model": "park.matter",
            "view_mode": "list,form",
            "domain": [("id", "in", self.matter_ids.ids)],
        }
