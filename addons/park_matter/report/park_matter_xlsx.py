# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl.html).
from odoo import models

from ..wizards.park_matter_import import (
    MATERIAL_COLUMNS,
    MATERIAL_SHEET,
    MATTER_COLUMNS,
    MATTER_SHEET,
)


class ParkMatterCatalogueXlsx(models.AbstractModel):
    """The catalogue in the import template's layout, so it can be re-imported."""

    _name = "report.park_matter.catalogue_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Matter Catalogue XLSX"

    def _matter_row(self, matter):
        yes = self.env._("yes")
        no = self.env._("no")
        return {
            "code": matter.code,
            "name": matter.name,
            "department": matter.department_id.code or matter.department_id.name,
            "matter_type": matter.matter_type,
            "theme": matter.theme,
            "approval_level": matter.approval_level,
            "service_object": matter.service_object,
            "statutory_limit": matter.statutory_limit,
            "promised_limit": matter.promised_limit,
            "is_on_the_spot": yes if matter.is_on_the_spot else no,
            "visit_count": matter.visit_count,
            "is_free": yes if matter.is_free else no,
            "fee_text": matter.fee_text or "",
            "fee_basis": matter.fee_basis or "",
            "legal_basis": matter.legal_basis or "",
            "conditions": matter.conditions or "",
            "steps": "\n".join(matter.step_ids.mapped("name")),
            "channels": ",".join(matter.channel_ids.mapped("code")),
            "online_url": matter.online_url or "",
            "consult_phone": matter.consult_phone or "",
            "complaint_phone": matter.complaint_phone or "",
            "handling_place": matter.handling_place or "",
            "office_hours": matter.office_hours or "",
            "is_high_frequency": yes if matter.is_high_frequency else no,
        }

    def _material_row(self, material):
        return {
            "matter_code": material.matter_id.code,
            "name": material.name,
            "form_type": material.form_type,
            "copies": material.copies,
            "is_required": self.env._("yes")
            if material.is_required
            else self.env._("no"),
            "source": material.source,
            "source_note": material.source_note or "",
            "note": material.note or "",
        }

    def generate_xlsx_report(self, workbook, data, objs):
        matters = objs
        if not matters:
            matters = self.env["park.matter"].search([("is_latest", "=", True)])
        head = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        for sheet_name, columns, records, row_of in (
            (MATTER_SHEET, MATTER_COLUMNS, matters, self._matter_row),
            (
                MATERIAL_SHEET,
                MATERIAL_COLUMNS,
                matters.material_ids,
                self._material_row,
            ),
        ):
            sheet = workbook.add_worksheet(sheet_name)
            sheet.freeze_panes(1, 0)
            for col, column in enumerate(columns):
                sheet.write(0, col, column.header, head)
                sheet.set_column(col, col, 18)
            for row, record in enumerate(records, start=1):
                values = row_of(record)
                for col, column in enumerate(columns):
                    sheet.write(row, col, values[column.key], wrap)


class ParkMatterListXlsx(models.AbstractModel):
    """A park's matter list, one sheet per park."""

    _name = "report.park_matter.park_list_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Park Matter List XLSX"

    def generate_xlsx_report(self, workbook, data, parks):
        title = workbook.add_format({"bold": True, "font_size": 14})
        head = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        cell = workbook.add_format({"border": 1, "text_wrap": True, "valign": "top"})
        themes = dict(
            self.env["park.matter"]._fields["theme"]._description_selection(self.env)
        )
        visits = dict(
            self.env["park.matter"]
            ._fields["visit_count"]
            ._description_selection(self.env)
        )
        headers = [
            self.env._("No."),
            self.env._("Theme"),
            self.env._("Code"),
            self.env._("Matter"),
            self.env._("Department"),
            self.env._("Station"),
            self.env._("Window"),
            self.env._("Contact"),
            self.env._("Contact Phone"),
            self.env._("Catalogue Promised Limit"),
            self.env._("Local Promised Limit"),
            self.env._("Visits Required"),
        ]
        for park in parks:
            sheet = workbook.add_worksheet(park.name[:31])
            sheet.write(
                0,
                0,
                self.env._("Matter List of %(park)s", park=park.name),
                title,
            )
            sheet.write_row(2, 0, headers, head)
            sheet.freeze_panes(3, 0)
            sheet.set_column(0, 0, 6)
            sheet.set_column(1, 2, 22)
            sheet.set_column(3, 3, 36)
            sheet.set_column(4, 11, 16)
            lines = park.matter_line_ids.sorted(
                lambda ln: (ln.theme or "", ln.sequence, ln.matter_code or "")
            )
            for row, line in enumerate(lines, start=3):
                matter = line.matter_id
                sheet.write_row(
                    row,
                    0,
                    [
                        row - 2,
                        themes.get(line.theme, ""),
                        matter.code,
                        matter.name,
                        matter.department_id.name,
                        line.station_id.name or "",
                        line.window_id.display_name or "",
                        line.contact_name or "",
                        line.contact_phone or "",
                        matter.promised_limit,
                        line.local_promised_limit,
                        visits.get(matter.visit_count, ""),
                    ],
                    cell,
                )
