# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from babel.dates import format_date as babel_format_date

from odoo import api, fields, models, tools
from odoo.exceptions import UserError

ONE_DAY = datetime.timedelta(days=1)
# the longest statutory holiday is the Spring Festival's 8 or 9 days; a range
# of more than a month is a typing error
MAX_RANGE_DAYS = 31
MIN_YEAR, MAX_YEAR = 2000, 2100


class ParkHolidayNotice(models.TransientModel):
    """Enter one year's State Council notice on public holidays (放假安排).

    The notice lists, for each holiday, the days off and the weekend days
    worked instead (调休上班). The city administrator types it in one form:
    the days are checked together, then written as manual entries of the
    working-day calendar (``park.holiday``). Entries already in the year are
    only replaced when asked to: days of the notice update them, the others
    are cancelled (archived, so that reloading the library does not bring them
    back).
    """

    _name = "park.holiday.notice"
    _description = "Enter a Year's Holiday Notice"

    year = fields.Integer(
        required=True,
        default=lambda self: self._default_year(),
        help="The year of the notice: every day entered falls in it.",
    )
    notice = fields.Char(
        string="Notice Reference",
        help="e.g. 国办发明电〔2025〕7号; kept in the notes of each day.",
    )
    range_ids = fields.One2many(
        comodel_name="park.holiday.notice.range",
        inverse_name="wizard_id",
        string="Holidays",
    )
    workday_ids = fields.One2many(
        comodel_name="park.holiday.notice.workday",
        inverse_name="wizard_id",
        string="Make-up Working Days",
    )
    existing_count = fields.Integer(
        string="Entries in the Year", compute="_compute_existing"
    )
    existing_summary = fields.Char(compute="_compute_existing")
    replace_existing = fields.Boolean(
        string="Replace the Year's Entries",
        help="The year already has entries (from the library or entered "
        "before): replace them with this notice. Days of the notice update "
        "them; the other days of the year are cancelled.",
    )

    def _default_year(self):
        return fields.Date.context_today(self).year + 1

    @api.depends("year")
    @api.depends_context("lang")
    def _compute_existing(self):
        Holiday = self.env["park.holiday"].with_context(active_test=False)
        counts = {
            (year, source): count
            for year, source, count in Holiday._read_group(
                [("year", "in", [y for y in self.mapped("year") if y])],
                groupby=["year", "source"],
                aggregates=["__count"],
            )
        }
        for wizard in self:
            library = counts.get((wizard.year, "library"), 0)
            manual = counts.get((wizard.year, "manual"), 0)
            wizard.existing_count = library + manual
            wizard.existing_summary = (
                self.env._(
                    "%(year)s already has %(count)s entries (%(library)s from the "
                    "library, %(manual)s entered by hand).",
                    year=wizard.year,
                    count=library + manual,
                    library=library,
                    manual=manual,
                )
                if library + manual
                else False
            )

    # ------------------------------------------------------------------
    # checks
    # ------------------------------------------------------------------
    def _get_errors(self):
        """Every problem of the notice as a translated sentence."""
        self.ensure_one()
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            return [
                self.env._(
                    "The year must be between %(min)s and %(max)s, not %(year)s.",
                    min=MIN_YEAR,
                    max=MAX_YEAR,
                    year=self.year,
                )
            ]
        errors = []
        if not self.range_ids:
            errors.append(self.env._("Enter at least one holiday."))
        errors += self.range_ids._get_errors(self.year)
        errors += self.workday_ids._get_errors(self.year, self.range_ids)
        if self.existing_count and not self.replace_existing:
            errors.append(
                self.env._(
                    '%(summary)s Tick "Replace the Year\'s Entries" to replace '
                    "them with this notice.",
                    summary=self.existing_summary,
                )
            )
        return errors

    def _get_days(self):
        """{date: (day_type, name)} of the notice (checked beforehand)."""
        days = {}
        for holiday in self.range_ids:
            day = holiday.date_from
            while day <= holiday.date_to:
                days[day] = ("holiday", holiday.name.strip())
                day += ONE_DAY
        for workday in self.workday_ids:
            days[workday.date] = ("workday", workday._get_entry_name(self.range_ids))
        return days

    # ------------------------------------------------------------------
    # action
    # ------------------------------------------------------------------
    def action_confirm(self):
        self.ensure_one()
        errors = self._get_errors()
        if errors:
            raise UserError("\n".join(errors))
        Holiday = self.env["park.holiday"].with_context(active_test=False)
        existing = {day.date: day for day in Holiday.search([("year", "=", self.year)])}
        to_create = []
        for date, (day_type, name) in sorted(self._get_days().items()):
            vals = {
                "date": date,
                "day_type": day_type,
                "name": name,
                "active": True,
                "note": self.notice or False,
            }
            day = existing.pop(date, None)
            if day:
                day.write(vals)
            else:
                to_create.append(vals)
        Holiday.create(to_create)
        # days of the year that the notice does not hold are cancelled
        Holiday.concat(*existing.values()).write({"active": False})
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_base.park_holiday_action"
        )
        action["domain"] = [("year", "=", self.year)]
        return action


class ParkHolidayNoticeRange(models.TransientModel):
    _name = "park.holiday.notice.range"
    _description = "Holiday of a Notice"
    _order = "date_from, id"

    wizard_id = fields.Many2one(
        comodel_name="park.holiday.notice", required=True, ondelete="cascade"
    )
    name = fields.Char(string="Holiday", required=True, help="e.g. 春节")
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To", required=True)
    day_count = fields.Integer(string="Days", compute="_compute_day_count")

    @api.depends("date_from", "date_to")
    def _compute_day_count(self):
        for holiday in self:
            holiday.day_count = (
                (holiday.date_to - holiday.date_from).days + 1
                if holiday.date_from and holiday.date_to
                else 0
            )

    @api.onchange("date_from")
    def _onchange_date_from(self):
        if self.date_from and (not self.date_to or self.date_to < self.date_from):
            self.date_to = self.date_from

    def _get_errors(self, year):
        errors = []
        valid = self.browse()
        for holiday in self:
            name = (holiday.name or "").strip() or self.env._("(no name)")
            if not (holiday.date_from and holiday.date_to):
                errors.append(
                    self.env._(
                        "The holiday %(name)s needs a first and a last day.", name=name
                    )
                )
            elif holiday.date_to < holiday.date_from:
                errors.append(
                    self.env._(
                        "The holiday %(name)s ends (%(end)s) before it starts "
                        "(%(start)s).",
                        name=name,
                        start=holiday.date_from,
                        end=holiday.date_to,
                    )
                )
            elif holiday.date_from.year != year or holiday.date_to.year != year:
                errors.append(
                    self.env._(
                        "The holiday %(name)s (%(start)s to %(end)s) is not "
                        "within %(year)s. Enter days of another year (such as 31 "
                        "December before a New Year's Day holiday) in the list "
                        "of holidays directly.",
                        name=name,
                        start=holiday.date_from,
                        end=holiday.date_to,
                        year=year,
                    )
                )
            elif holiday.day_count > MAX_RANGE_DAYS:
                errors.append(
                    self.env._(
                        "The holiday %(name)s lasts %(days)s days: a holiday lasts "
                        "at most %(max)s days.",
                        name=name,
                        days=holiday.day_count,
                        max=MAX_RANGE_DAYS,
                    )
                )
            else:
                valid |= holiday
        ordered = valid.sorted(lambda h: (h.date_from, h.date_to))
        for before, after in zip(ordered, ordered[1:], strict=False):
            if after.date_from <= before.date_to:
                errors.append(
                    self.env._(
                        "The holidays %(first)s and %(second)s overlap: each day "
                        "off belongs to one holiday.",
                        first=before.name,
                        second=after.name,
                    )
                )
        return errors


class ParkHolidayNoticeWorkday(models.TransientModel):
    _name = "park.holiday.notice.workday"
    _description = "Make-up Working Day of a Notice"
    _order = "date, id"

    wizard_id = fields.Many2one(
        comodel_name="park.holiday.notice", required=True, ondelete="cascade"
    )
    date = fields.Date(required=True)
    weekday = fields.Char(compute="_compute_weekday")
    holiday_name = fields.Char(
        string="For Holiday",
        help="The holiday the day is worked for; empty: the nearest holiday of "
        "the notice.",
    )

    @api.depends("date")
    @api.depends_context("lang")
    def _compute_weekday(self):
        for workday in self:
            workday.weekday = (
                tools.format_date(self.env, workday.date, date_format="EEEE")
                if workday.date
                else False
            )

    def _get_errors(self, year, holidays):
        errors = []
        seen = set()
        for workday in self:
            day = workday.date
            if not day:
                errors.append(self.env._("A make-up working day needs a date."))
                continue
            if day.year != year:
                errors.append(
                    self.env._(
                        "The make-up working day %(date)s is not in %(year)s. "
                        "Enter days of another year in the list of holidays "
                        "directly.",
                        date=day,
                        year=year,
                    )
                )
            if day.weekday() < 5:
                errors.append(
                    self.env._(
                        "%(date)s is a %(weekday)s, already a working day: a "
                        "make-up working day falls on a Saturday or a Sunday.",
                        date=day,
                        # in the language of the message, English without one
                        weekday=babel_format_date(
                            day, "EEEE", locale=self.env.lang or "en_US"
                        ),
                    )
                )
            inside = holidays.filtered(
                lambda h, d=day: (
                    h.date_from and h.date_to and h.date_from <= d <= h.date_to
                )
            )
            if inside:
                errors.append(
                    self.env._(
                        "The make-up working day %(date)s falls within the "
                        "holiday %(name)s.",
                        date=day,
                        name=inside[0].name,
                    )
                )
            if day in seen:
                errors.append(
                    self.env._(
                        "The make-up working day %(date)s is entered twice.", date=day
                    )
                )
            seen.add(day)
        return errors

    def _get_entry_name(self, holidays):
        """The calendar's name of the day, e.g. 春节（调休上班）."""
        self.ensure_one()
        name = (self.holiday_name or "").strip()
        if not name and holidays:
            nearest = min(
                holidays,
                key=lambda h: min(
                    abs((h.date_from - self.date).days),
                    abs((h.date_to - self.date).days),
                ),
            )
            name = nearest.name.strip()
        return self.env._("%(holiday)s (make-up working day)", holiday=name)
