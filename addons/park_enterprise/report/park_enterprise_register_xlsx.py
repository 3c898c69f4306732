# Copyright 2025 园区通 contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime
import re

from odoo import fields, models

_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class ParkEnterpriseRegisterXlsx(models.AbstractModel):
    """The enterprise register of one or more parks, one sheet per park."""

    _name = "report.park_enterprise.park_enterprise_register_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Park Enterprise Register (XLSX)"

    def _register_columns(self):
        """(header, width, value(partner)) of each column."""
        partner_model = self.env["res.partner"]
        stages = dict(
            partner_model._fields["lifecycle_stage"]._description_selection(self.env)
        )
        sizes = dict(
            partner_model._fields["enterprise_size"]._description_selection(self.env)
        )
        yes, no = self.env._("Yes"), self.env._("No")
        return [
            (self.env._("Enterprise"), 36, lambda p: p.name),
            (self.env._("Unified Social Credit Code"), 22, lambda p: p.uscc or ""),
            (self.env._("County"), 14, lambda p: p.park_county_id.name or ""),
            (
                self.env._("Industry Tags"),
                24,
                lambda p: ", ".join(p.park_industry_ids.mapped("name")),
            ),
            (
                self.env._("Life-cycle Stage"),
                14,
                lambda p: stages.get(p.lifecycle_stage, ""),
            ),
            (
                self.env._("Key Enterprise"),
                10,
                lambda p: yes if p.is_key_enterprise else no,
            ),
            (
                self.env._("Legal Representative"),
                14,
                lambda p: p.legal_representative or "",
            ),
            (
                self.env._("Registration Date"),
                14,
                lambda p: p.registration_date or "",
            ),
            (
                self.env._("Registered Capital (CNY)"),
                18,
                lambda p: p.registered_capital,
            ),
            (self.env._("Size"), 10, lambda p: sizes.get(p.enterprise_size, "")),
            (self.env._("Employees"), 10, lambda p: p.employee_count),
            (self.env._("Phone"), 16, lambda p: p.phone or ""),
            (self.env._("Address"), 30, lambda p: p.street or ""),
            (
                self.env._("Expiring Licences"),
                12,
                lambda p: p.park_licence_expiring_count,
            ),
        ]

    @staticmethod
    def _sheet_name(park, used_names):
        """A worksheet name for the park: at most 31 characters, none of
        ``[]:*?/\\``, and unique in the workbook (park names are not: the
        park's code tells two of a name apart)."""
        name = _SHEET_NAME_FORBIDDEN.sub(" ", park.name).strip()[:31]
        for suffix in ("", f" {park.code}"[:16], f" {park.id}"):
            suffix = _SHEET_NAME_FORBIDDEN.sub(" ", suffix)
            candidate = name[: 31 - len(suffix)] + suffix
            if candidate.lower() not in used_names:
                break
        used_names.add(candidate.lower())
        return candidate

    def generate_xlsx_report(self, workbook, data, parks):
        title_format = workbook.add_format({"bold": True, "font_size": 14})
        header_format = workbook.add_format(
            {"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True}
        )
        cell_format = workbook.add_format({"border": 1})
        date_format = workbook.add_format({"border": 1, "num_format": "yyyy-mm-dd"})
        money_format = workbook.add_format({"border": 1, "num_format": "#,##0.00"})
        columns = self._register_columns()
        enterprises = self.env["res.partner"].search(
            [("is_park_enterprise", "=", True), ("park_id", "in", parks.ids)],
            order="name, id",
        )
        by_park = {park: enterprises.browse() for park in parks}
        for partner in enterprises:
            by_park[partner.park_id] |= partner
        today = fields.Date.context_today(self)
        used_names = set()
        for park in parks:
            sheet = workbook.add_worksheet(self._sheet_name(park, used_names))
            sheet.write(
                0,
                0,
                self.env._(
                    "%(park)s — enterprise register (%(date)s)",
                    park=park.name,
                    date=today.isoformat(),
                ),
                title_format,
            )
            sheet.write(2, 0, self.env._("No."), header_format)
            sheet.set_column(0, 0, 6)
            for col, (header, width, _value) in enumerate(columns, start=1):
                sheet.write(2, col, header, header_format)
                sheet.set_column(col, col, width)
            sheet.freeze_panes(3, 2)
            for row, partner in enumerate(by_park[park], start=3):
                sheet.write(row, 0, row - 2, cell_format)
                for col, (_header, _width, value) in enumerate(columns, start=1):
                    content = value(partner)
                    if isinstance(content, datetime.date):
                        sheet.write_datetime(row, col, content, date_format)
                    elif isinstance(content, float):
                        sheet.write_number(row, col, content, money_format)
                    else:
                        sheet.write(row, col, content, cell_format)
            if by_park[park]:
                sheet.autofilter(2, 0, 2 + len(by_park[park]), len(columns))
