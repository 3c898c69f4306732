# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ParkWorkingDayCalculator(models.TransientModel):
    _name = "park.working.day.calculator"
    _description = "Working-day Calculator"

    date_start = fields.Date(
        string="From", required=True, default=fields.Date.context_today
    )
    working_days = fields.Integer(
        string="Working Days to Add",
        default=1,
        help="The start date itself does not count: 1 working day after a "
        "Friday is the next Monday, unless it is a holiday.",
    )
    date_result = fields.Date(
        string="Date After the Working Days", compute="_compute_result"
    )
    date_end = fields.Date(string="To", default=fields.Date.context_today)
    working_day_count = fields.Integer(
        string="Working Days Between",
        compute="_compute_result",
        help="Working days after the start date up to and including the end date.",
    )
    is_start_working_day = fields.Boolean(
        string="Start Is a Working Day", compute="_compute_result"
    )
    warning = fields.Text(compute="_compute_result")
    next_year_warning = fields.Text(
        compute="_compute_next_year_warning",
        help="From November, while next year's holidays are not entered.",
    )

    @api.depends_context("lang", "tz")
    def _compute_next_year_warning(self):
        holidays = self.env["park.holiday"]
        for wizard in self:
            wizard.next_year_warning = holidays._next_year_warning(
                fields.Date.context_today(wizard)
            )

    @api.depends("date_start", "working_days", "date_end")
    def _compute_result(self):
        holidays = self.env["park.holiday"]
        for wizard in self:
            wizard.date_result = False
            wizard.working_day_count = 0
            wizard.is_start_working_day = False
            wizard.warning = False
            if not wizard.date_start:
                continue
            wizard.is_start_working_day = holidays.is_working_day(wizard.date_start)
            if wizard.working_days >= 0:
                wizard.date_result = holidays.add_working_days(
                    wizard.date_start, wizard.working_days
                )
            if wizard.date_end:
                wizard.working_day_count = holidays.count_working_days(
                    wizard.date_start, wizard.date_end
                )
            dates = [
                d for d in (wizard.date_start, wizard.date_result, wizard.date_end) if d
            ]
            missing = holidays.uncovered_years(min(dates), max(dates))
            if missing:
                wizard.warning = self.env._(
                    "No holiday data for %(years)s: only weekends are treated as "
                    "days off in those years, so the results may be wrong. Load "
                    "the new year's holidays from the library or enter the "
                    "State Council's notice by hand.",
                    years=self._format_years(missing),
                )

    @staticmethod
    def _format_years(years):
        """'2027-2030, 2099' for [2027, 2028, 2029, 2030, 2099]."""
        ranges = []
        for year in years:
            if ranges and ranges[-1][1] == year - 1:
                ranges[-1][1] = year
            else:
                ranges.append([year, year])
        return ", ".join(
            str(first) if first == last else f"{first}-{last}" for first, last in ranges
        )
