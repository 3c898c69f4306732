# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from odoo.addons.park_base.models.park_xlsx_report import XlsxReportColumn


class ParkScorecardXlsx(models.AbstractModel):
    """The scorecards compared: one sheet per year, a row per county, a
    column per indicator (its value), the inspection score, the total and
    the rank; then the details (numerator, denominator, value, weight,
    weighted score) of every line."""

    _name = "report.park_supervision.scorecard_xlsx"
    _inherit = "report.park_base.xlsx_abstract"
    _description = "County Scorecards (XLSX)"

    def _summary_columns(self, indicators):
        def value_of(indicator):
            def value(card):
                line = card.line_ids.filtered(lambda ln: ln.indicator_id == indicator)
                return round(line.value, 2) if line else None

            return value

        return [
            XlsxReportColumn(
                self.env._("County"), lambda c: c.county_id.name, width=16
            ),
            XlsxReportColumn(self.env._("Revision"), "revision", "int", 8),
            XlsxReportColumn(self.env._("State"), "state", width=10),
            *[
                XlsxReportColumn(indicator.name, value_of(indicator), "float", 14)
                for indicator in indicators
            ],
            XlsxReportColumn(
                self.env._("Total Score"), lambda c: round(c.total, 2), "float", 12
            ),
            XlsxReportColumn(self.env._("Rank"), lambda c: c.rank or None, "int", 8),
        ]

    def _line_columns(self):
        return [
            XlsxReportColumn(
                self.env._("County"), lambda line: line.county_id.name, width=16
            ),
            XlsxReportColumn(self.env._("Indicator"), "indicator_id", width=24),
            XlsxReportColumn(self.env._("Numerator"), "numerator", "float", 12),
            XlsxReportColumn(self.env._("Denominator"), "denominator", "float", 12),
            XlsxReportColumn(
                self.env._("Value"), lambda line: round(line.value, 2), "float", 10
            ),
            XlsxReportColumn(self.env._("Weight"), "weight", "float", 10),
            XlsxReportColumn(
                self.env._("Weighted Score"),
                lambda line: round(line.weighted_score, 2),
                "float",
                12,
            ),
        ]

    def generate_xlsx_report(self, workbook, data, scorecards):
        writer = self._park_xlsx_writer(workbook)
        for year in sorted(set(scorecards.mapped("year")), reverse=True):
            cards = scorecards.filtered(lambda c, year=year: c.year == year).sorted(
                lambda c: (not c.rank, c.rank, c.county_id.name or "")
            )
            indicators = cards.line_ids.indicator_id.sorted()
            writer.table(
                self.env._("%(year)s Scorecards", year=year),
                self._summary_columns(indicators),
                cards,
                title=self.env._(
                    "%(year)s evaluation of the counties (园区事、园区办)", year=year
                ),
                numbered=True,
                freeze_cols=2,
            )
            writer.table(
                self.env._("%(year)s Details", year=year),
                self._line_columns(),
                cards.line_ids.sorted(
                    lambda line, order=cards.ids: (
                        order.index(line.scorecard_id.id),
                        line.sequence,
                        line.id,
                    )
                ),
                title=self.env._("%(year)s scorecard details", year=year),
                freeze_cols=2,
            )
