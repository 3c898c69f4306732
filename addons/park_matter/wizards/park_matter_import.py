# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError
from odoo.tools import LazyTranslate

from odoo.addons.park_base.models.park_xlsx_import_mixin import (
    XlsxColumn,
    XlsxSheet,
)

from ..models.park_matter import MATTER_CODE_MAX, MATTER_CODE_MIN, check_matter_code

_lt = LazyTranslate(__name__)

# the order is the template's and the export's (park_matter_xlsx.py)
MATTER_COLUMNS = [
    XlsxColumn("code", _lt("Code"), True, width=26),
    XlsxColumn("name", _lt("Name"), True, width=30),
    XlsxColumn(
        "department_id",
        _lt("Department"),
        True,
        "many2one",
        lookup=("code", "name", "short_name"),
        width=22,
    ),
    XlsxColumn("matter_type", _lt("Matter type"), True, "selection"),
    XlsxColumn("theme", _lt("Theme"), True, "selection"),
    XlsxColumn("approval_level", _lt("Approval level"), True, "selection", width=10),
    XlsxColumn("service_object", _lt("Service object"), False, "selection"),
    XlsxColumn("statutory_limit", _lt("Statutory limit"), True, "int", width=10),
    XlsxColumn("promised_limit", _lt("Promised limit"), True, "int", width=10),
    XlsxColumn("is_on_the_spot", _lt("On the spot"), False, "bool", width=10),
    XlsxColumn("visit_count", _lt("Visits"), False, "selection"),
    XlsxColumn("is_free", _lt("Free"), False, "bool", width=10),
    XlsxColumn("fee_text", _lt("Fees")),
    XlsxColumn("fee_basis", _lt("Fee basis")),
    XlsxColumn("legal_basis", _lt("Legal basis"), width=30),
    XlsxColumn("conditions", _lt("Conditions"), width=30),
    XlsxColumn("steps", _lt("Procedure steps"), width=24),
    XlsxColumn("channel_ids", _lt("Channels"), False, "many2many"),
    XlsxColumn("online_url", _lt("Online link"), width=24),
    XlsxColumn("consult_phone", _lt("Consultation phone"), width=16),
    XlsxColumn("complaint_phone", _lt("Complaint phone"), width=16),
    XlsxColumn("handling_place", _lt("Handling place"), width=24),
    XlsxColumn("office_hours", _lt("Office hours"), width=24),
    XlsxColumn("is_high_frequency", _lt("High frequency"), False, "bool", width=10),
    XlsxColumn(
        "may_handle_in_park", _lt("May be handled in parks"), False, "bool", width=10
    ),
]
MATERIAL_COLUMNS = [
    XlsxColumn("matter_code", _lt("Matter code"), True, width=26),
    XlsxColumn("name", _lt("Material"), True, width=30),
    XlsxColumn("form_type", _lt("Form"), False, "selection", width=12),
    XlsxColumn("copies", _lt("Copies"), False, "int", width=8),
    XlsxColumn("is_required", _lt("Required"), False, "bool", width=8),
    XlsxColumn("source", _lt("Source"), False, "selection", width=16),
    XlsxColumn("source_note", _lt("Issued by")),
    XlsxColumn("note", _lt("Requirements"), width=30),
]
MATTER_SHEET = XlsxSheet(_lt("Matters"), MATTER_COLUMNS, "park.matter")
MATERIAL_SHEET = XlsxSheet(_lt("Materials"), MATERIAL_COLUMNS, "park.matter.material")


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
    # park.xlsx.import.mixin: columns above, checks here
    # ------------------------------------------------------------------
    def _xlsx_sheets(self):
        return [MATTER_SHEET, MATERIAL_SHEET]

    def _xlsx_template_filename(self):
        return self.env._("matter_catalogue_template.xlsx")

    def _xlsx_error_filename(self):
        return self.env._("matter_import_errors.xlsx")

    def _xlsx_check_rows(self, sheets_rows, errors):
        (matter_sheet, matter_rows), (material_sheet, material_rows) = sheets_rows
        codes = {
            code
            for (code,) in self.env["park.matter"]
            .with_context(active_test=False)
            .sudo()
            ._read_group([("code", "!=", False)], ["code"])
        }
        matters = {}
        for number, row in matter_rows:
            self._check_matter_row(matter_sheet, number, row, matters, codes, errors)
            if row.get("code") and row["code"] not in matters:
                matters[row["code"]] = row
        for number, row in material_rows:
            code = (row.pop("matter_code", "") or "").upper()
            if code in matters:
                matters[code].setdefault("materials", []).append(row)
            elif code:
                self._xlsx_error(
                    errors,
                    material_sheet,
                    number,
                    "matter_code",
                    self.env._(
                        "No matter with the code %(code)s on the Matters sheet.",
                        code=code,
                    ),
                    code,
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
    def _check_matter_row(self, sheet, number, row, seen, codes, errors):
        """Checks of one row of the Matters sheet: the code, and across the
        columns."""

        def err(column, message, value=""):
            self._xlsx_error(errors, sheet, number, column, message, value)

        code = row.get("code")
        if code:
            code = row["code"] = code.upper()
            if not check_matter_code(code):
                err(
                    "code",
                    self.env._(
                        "%(code)s is not a valid matter code: upper-case letters "
                        "and digits joined by single hyphens, %(min)s to %(max)s "
                        "characters.",
                        code=code,
                        min=MATTER_CODE_MIN,
                        max=MATTER_CODE_MAX,
                    ),
                    code,
                )
            elif code in seen:
                err(
                    "code",
                    self.env._(
                        "The code %(code)s appears twice in the file.", code=code
                    ),
                    code,
                )
            elif code in codes:
                err(
                    "code",
                    self.env._(
                        "The code %(code)s is already in the catalogue; change the "
                        "matter there to make a new version.",
                        code=code,
                    ),
                    code,
                )
        statutory = row.get("statutory_limit")
        promised = row.get("promised_limit")
        if statutory is not None and promised is not None and promised > statutory:
            err(
                "promised_limit",
                self.env._(
                    "The promised limit (%(promised)s) is longer than the statutory "
                    "limit (%(statutory)s).",
                    promised=promised,
                    statutory=statutory,
                ),
                promised,
            )
        if row.get("is_on_the_spot") and promised:
            err(
                "promised_limit",
                self.env._("A matter handled on the spot has a promised limit of 0."),
                promised,
            )
        if row.get("is_free") is False and not row.get("fee_text"):
            err("fee_text", self.env._("The matter is not free: state its fees."))

    def _matter_vals(self, row):
        vals = {
            k: v
            for k, v in row.items()
            if k not in ("steps", "channel_ids", "materials")
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
