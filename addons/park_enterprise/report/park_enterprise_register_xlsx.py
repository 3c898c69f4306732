# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from odoo.addons.park_base.models.park_xlsx_report import XlsxReportColumn


class ParkEnterpriseRegisterXlsx(models.AbstractModel):
    """The enterprise register of one or more parks, one sheet per park."""

    _name = "report.park_enterprise.park_enterprise_register_xlsx"
    _inherit = "report.park_base.xlsx_abstract"
    _description = "Park Enterprise Register (XLSX)"

    def _register_columns(self):
        return [
            XlsxReportColumn(self.env._("Enterprise"), "name", width=36),
            XlsxReportColumn(
                self.env._("Unified Social Credit Code"), "uscc", width=22
            ),
            XlsxReportColumn(self.env._("County"), "park_county_id", width=14),
            XlsxReportColumn(
                self.env._("Industry Tags"), "park_industry_ids", width=24
            ),
            XlsxReportColumn(
                self.env._("Life-cycle Stage"), "lifecycle_stage", width=14
            ),
            XlsxReportColumn(
                self.env._("Key Enterprise"), "is_key_enterprise", width=10
            ),
            XlsxReportColumn(
                self.env._("Legal Representative"), "legal_representative", width=14
            ),
            XlsxReportColumn(
                self.env._("Registration Date"), "registration_date", "date", 14
            ),
            XlsxReportColumn(
                self.env._("Registered Capital (CNY)"),
                "registered_capital",
                "money",
                18,
            ),
            XlsxReportColumn(self.env._("Size"), "enterprise_size", width=10),
            XlsxReportColumn(self.env._("Employees"), "employee_count", "int", 10),
            XlsxReportColumn(self.env._("Phone"), "phone", width=16),
            XlsxReportColumn(self.env._("Address"), "street", width=30),
            XlsxReportColumn(
                self.env._("Expiring Licences"),
                "park_licence_expiring_count",
                "int",
                12,
            ),
        ]

    def generate_xlsx_report(self, workbook, data, parks):
        writer = self._park_xlsx_writer(workbook)
        columns = self._register_columns()
        enterprises = self.env["res.partner"].search(
            [("is_park_enterprise", "=", True), ("park_id", "in", parks.ids)],
            order="name, id",
        )
        by_park = {park: enterprises.browse() for park in parks}
        for partner in enterprises:
            by_park[partner.park_id] |= partner
        today = self._park_xlsx_today()
        for park in parks:
            writer.table(
                park.name,
                columns,
                by_park[park],
                title=self.env._(
                    "%(park)s — enterprise register (%(date)s)",
                    park=park.name,
                    date=today.isoformat(),
                ),
                numbered=True,
                freeze_cols=2,
                sheet_suffixes=(park.code, str(park.id)),
            )
