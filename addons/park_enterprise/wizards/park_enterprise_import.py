# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError
from odoo.tools import LazyTranslate

from odoo.addons.park_base.models.park_xlsx_import_mixin import (
    XlsxColumn,
    XlsxSheet,
    cell_key,
)

_lt = LazyTranslate(__name__)

ENTERPRISE_COLUMNS = [
    XlsxColumn("name", _lt("Enterprise Name"), True, width=30),
    XlsxColumn("uscc", _lt("Unified Social Credit Code"), width=22),
    XlsxColumn("park_id", _lt("Park (code or name)"), True, "many2one", width=22),
    XlsxColumn(
        "park_industry_ids",
        _lt("Industry Tags (codes or names, comma separated)"),
        False,
        "many2many",
        width=26,
    ),
    XlsxColumn("lifecycle_stage", _lt("Life-cycle Stage"), False, "selection"),
    XlsxColumn("registration_date", _lt("Registration Date"), False, "date"),
    XlsxColumn("legal_representative", _lt("Legal Representative")),
    XlsxColumn("registered_capital", _lt("Registered Capital (CNY)"), False, "float"),
    XlsxColumn("enterprise_size", _lt("Enterprise Size"), False, "selection"),
    XlsxColumn("employee_count", _lt("Employees"), False, "int", width=10),
    XlsxColumn("is_key_enterprise", _lt("Key Enterprise"), False, "bool", width=10),
    XlsxColumn("phone", _lt("Phone")),
    XlsxColumn("email", _lt("E-mail"), width=24),
    XlsxColumn("street", _lt("Address"), width=30),
]
ENTERPRISE_SHEET = XlsxSheet(_lt("Enterprises"), ENTERPRISE_COLUMNS, "res.partner")


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
    # park.xlsx.import.mixin: columns above, checks here
    # ------------------------------------------------------------------

    def _xlsx_sheets(self):
        return [ENTERPRISE_SHEET]

    def _xlsx_template_filename(self):
        return self.env._("enterprise_import_template.xlsx")

    def _xlsx_error_filename(self):
        return self.env._("enterprise_import_errors.xlsx")

    def _xlsx_check_rows(self, sheets_rows, errors):
        """Check every row, then the rows against the enterprises already in
        the database."""
        ((sheet, rows),) = sheets_rows

        def error(number, key, value, message):
            self._xlsx_error(errors, sheet, number, key, message, value)

        allowed_parks = self._allowed_parks()
        seen = {"codes": {}, "names": {}}
        numbered_vals = []
        for number, values in rows:
            vals = dict(values, is_park_enterprise=True, is_company=True)
            vals.setdefault("lifecycle_stage", "operating")
            if "park_industry_ids" in vals:
                vals["park_industry_ids"] = [
                    fields.Command.set(vals["park_industry_ids"])
                ]
            if (
                allowed_parks is not None
                and vals.get("park_id")
                and vals["park_id"] not in allowed_parks.ids
            ):
                error(
                    number,
                    "park_id",
                    self.env["park.park"].browse(vals["park_id"]).display_name,
                    self.env._("You may not import enterprises into this park."),
                )
            self._check_row_identity(number, values, vals, seen, error)
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

    def _allowed_parks(self):
        """Parks the user may import into (None: all)."""
        if self.env.user.has_group("park_base.group_park_city_admin") or (
            self.env.user._is_system()
        ):
            return None
        return self.env.user.park_scope_park_ids

    def _check_row_identity(self, number, values, vals, seen, error):
        """The credit code of one row, and duplicates in the file."""
        raw_code = values.get("uscc") or ""
        code = self.env["res.partner"]._park_normalize_uscc(raw_code)
        vals["uscc"] = code or False
        if code:
            message = self.env["res.partner"]._park_uscc_error(code)
            if message:
                error(number, "uscc", raw_code, message)
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
        name = vals.get("name")
        if name and vals.get("park_id"):
            key = (cell_key(name), vals["park_id"])
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
