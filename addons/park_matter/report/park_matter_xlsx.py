# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from odoo.addons.park_base.models.park_xlsx_report import XlsxReportColumn

from ..wizards.park_matter_import import MATERIAL_SHEET, MATTER_SHEET


class ParkMatterCatalogueXlsx(models.AbstractModel):
    """The catalogue in the import template's layout (same sheets, headers
    and labels), so that it can be re-imported."""

    _name = "report.park_matter.catalogue_xlsx"
    _inherit = "report.park_base.xlsx_abstract"
    _description = "Matter Catalogue XLSX"

    def _catalogue_columns(self, sheet, special):
        """The export columns of an import sheet: the field of the same key,
        or the ``special`` value of the key."""
        return [
            XlsxReportColumn(
                self.env._(column.header),
                special.get(column.key, column.key),
                "wrap" if column.width >= 24 else "auto",
                column.width,
            )
            for column in sheet.columns
        ]

    def generate_xlsx_report(self, workbook, data, objs):
        matters = objs
        if not matters:
            matters = self.env["park.matter"].search([("is_latest", "=", True)])
        writer = self._park_xlsx_writer(workbook)
        writer.table(
            self.env._(MATTER_SHEET.name),
            self._catalogue_columns(
                MATTER_SHEET,
                {
                    "department_id": lambda m: m.department_id.name,
                    "steps": lambda m: "\n".join(m.step_ids.mapped("name")),
                },
            ),
            matters,
        )
        writer.table(
            self.env._(MATERIAL_SHEET.name),
            self._catalogue_columns(
                MATERIAL_SHEET, {"matter_code": lambda m: m.matter_id.code}
            ),
            matters.material_ids,
        )


class ParkMatterListXlsx(models.AbstractModel):
    """A park's matter list, one sheet per park."""

    _name = "report.park_matter.park_list_xlsx"
    _inherit = "report.park_base.xlsx_abstract"
    _description = "Park Matter List XLSX"

    def _list_columns(self):
        return [
            XlsxReportColumn(self.env._("Theme"), "theme", width=18),
            XlsxReportColumn(self.env._("Code"), "matter_code", width=26),
            XlsxReportColumn(
                self.env._("Matter"), lambda ln: ln.matter_id.name, width=36
            ),
            XlsxReportColumn(self.env._("Department"), "department_id", width=22),
            XlsxReportColumn(self.env._("Station"), "station_id", width=22),
            XlsxReportColumn(self.env._("Window"), "window_id", width=22),
            XlsxReportColumn(self.env._("Contact"), "contact_name", width=12),
            XlsxReportColumn(self.env._("Contact Phone"), "contact_phone", width=16),
            XlsxReportColumn(
                self.env._("Catalogue Promised Limit"),
                lambda ln: ln.matter_id.promised_limit,
                "int",
                12,
            ),
            XlsxReportColumn(
                self.env._("Local Promised Limit"), "local_promised_limit", "int", 12
            ),
            XlsxReportColumn(
                self.env._("Visits Required"),
                lambda ln: self._selection_label(ln.matter_id, "visit_count"),
                width=18,
            ),
        ]

    def _selection_label(self, record, fname):
        field = record._fields[fname]
        return dict(field._description_selection(self.env)).get(record[fname], "")

    def generate_xlsx_report(self, workbook, data, parks):
        writer = self._park_xlsx_writer(workbook)
        columns = self._list_columns()
        for park in parks:
            lines = park.matter_line_ids.sorted(
                lambda ln: (ln.theme or "", ln.sequence, ln.matter_code or "")
            )
            writer.table(
                park.name,
                columns,
                lines,
                title=self.env._("Matter List of %(park)s", park=park.name),
                numbered=True,
                sheet_suffixes=(park.code, str(park.id)),
            )
