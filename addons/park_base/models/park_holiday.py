# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from odoo import api, fields, models, tools
from odoo.exceptions import UserError, ValidationError

DAY_TYPES = [
    ("holiday", "Statutory Holiday"),
    ("workday", "Make-up Working Day"),
]
SOURCES = [
    ("library", "chinese-calendar Library"),
    ("manual", "Manual"),
]
# the fields an administrator edits; editing them makes the entry manual
MANUAL_FIELDS = {"date", "name", "day_type", "active"}
ONE_DAY = datetime.timedelta(days=1)
# about forty years: more is a typing error, and would take long or overflow
MAX_WORKING_DAYS = 10000
# the State Council publishes next year's notice around November: from this
# month on, a missing next year is worth a warning wherever deadlines are
# computed
NEXT_YEAR_WARNING_MONTH = 11


class ParkHoliday(models.Model):
    """China's statutory holidays and make-up working days (调休).

    A day is a working day when it is a make-up working day, or when it is a
    Monday to Friday that is not a statutory holiday. Years without any entry
    fall back to Monday to Friday: see :meth:`uncovered_years`.
    """

    _name = "park.holiday"
    _description = "Statutory Holiday or Make-up Working Day"
    _order = "date desc"

    date = fields.Date(required=True, index=True)
    name = fields.Char(required=True)
    day_type = fields.Selection(
        selection=DAY_TYPES, string="Type", required=True, default="holiday"
    )
    year = fields.Integer(compute="_compute_year", store=True, index=True)
    weekday = fields.Char(compute="_compute_weekday")
    source = fields.Selection(
        selection=SOURCES,
        required=True,
        default="manual",
        readonly=True,
        help="Entries loaded from the library are updated when the library "
        "changes; an entry edited by hand becomes manual and is never "
        "overwritten.",
    )
    active = fields.Boolean(
        default=True,
        help="Archive a day to cancel it: archived days are kept so that "
        "reloading the library does not bring them back.",
    )
    note = fields.Char(string="Notes")

    _date_uniq = models.Constraint(
        "unique(date)", "The working-day calendar already has an entry for this date."
    )

    @api.depends("date")
    def _compute_year(self):
        for day in self:
            day.year = day.date.year if day.date else 0

    @api.depends("date")
    def _compute_weekday(self):
        for day in self:
            day.weekday = (
                tools.format_date(self.env, day.date, date_format="EEEE")
                if day.date
                else False
            )

    @api.constrains("date", "day_type")
    def _check_workday_on_weekend(self):
        for day in self:
            if day.day_type == "workday" and day.date.weekday() < 5:
                raise ValidationError(
                    self.env._(
                        "%(date)s is already a working day (Monday to Friday): a "
                        "make-up working day falls on a Saturday or a Sunday.",
                        date=day.date,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        if not self._is_library_loading():
            # only the library loading makes library entries
            vals_list = [dict(vals, source="manual") for vals in vals_list]
        records = super().create(vals_list)
        self.env.registry.clear_cache()
        return records

    def write(self, vals):
        if (MANUAL_FIELDS & set(vals) or "source" in vals) and (
            not self._is_library_loading()
        ):
            vals = dict(vals, source="manual")
        res = super().write(vals)
        self.env.registry.clear_cache()
        return res

    def _is_library_loading(self):
        """Whether this is the library loading, which keeps entries "library".

        The context key is honoured in superuser mode only (the loading runs
        sudo): an RPC caller can put any key in its context, and must not turn
        its edits into library entries that the next loading overwrites."""
        return self.env.su and bool(self.env.context.get("park_holiday_loading"))

    def unlink(self):
        res = super().unlink()
        self.env.registry.clear_cache()
        return res

    # ------------------------------------------------------------------
    # loading from the library
    # ------------------------------------------------------------------
    @api.model
    def _library_days(self):
        """{date: (day_type, name)} for every day the library knows."""
        try:
            from chinese_calendar import constants  # noqa: PLC0415
        except ImportError as exc:
            raise UserError(
                self.env._(
                    "The Python library chinese-calendar is not installed; ask "
                    "the system administrator to install it."
                )
            ) from exc

        def chinese(value):
            try:
                return constants.Holiday(value).chinese
            except ValueError:
                return value

        days = {
            day: ("holiday", chinese(value))
            for day, value in constants.holidays.items()
        }
        for day, value in constants.workdays.items():
            # the official notices' wording: "<holiday> make-up working day"
            days[day] = ("workday", f"{chinese(value)}（调休上班）")
        return days

    @api.model
    def _load_from_library(self):
        """Create or update the library's days; never touch manual entries.

        :return: dict with the numbers of created, updated and kept entries
        """
        library = self._library_days()
        # superuser mode: library entries are written in it only (see
        # _is_library_loading); callers check the rights first
        loading = self.sudo().with_context(park_holiday_loading=True)
        existing = {
            day.date: day
            for day in loading.with_context(active_test=False).search(
                [("date", "in", list(library))]
            )
        }
        to_create = []
        updated = kept = 0
        for date, (day_type, name) in sorted(library.items()):
            day = existing.get(date)
            if not day:
                to_create.append(
                    {
                        "date": date,
                        "day_type": day_type,
                        "name": name,
                        "source": "library",
                    }
                )
            elif day.source == "manual":
                kept += 1
            elif (day.day_type, day.name) != (day_type, name):
                day.write({"day_type": day_type, "name": name})
                updated += 1
        loading.create(to_create)
        return {"created": len(to_create), "updated": updated, "kept": kept}

    @api.model
    def action_load_from_library(self):
        # the loading runs sudo: only those who may edit the calendar start it
        self.browse().check_access("create")
        result = self._load_from_library()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Working-day calendar"),
                "message": self.env._(
                    "%(created)s days added, %(updated)s updated, %(kept)s manual "
                    "entries kept.",
                    **result,
                ),
                "type": "success",
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    @api.model
    def _cron_load_from_library(self):
        self._load_from_library()

    @api.model
    def action_open_notice_wizard(self):
        """Open the form that enters a year's State Council notice."""
        self.browse().check_access("create")
        return self.env["ir.actions.act_window"]._for_xml_id(
            "park_base.park_holiday_notice_action"
        )

    @api.model
    def _next_year_warning(self, today=None):
        """A warning when next year's holidays are due but not entered, or False.

        From November (``NEXT_YEAR_WARNING_MONTH``) on, the State Council's
        notice for next year is due: while next year has no entry at all,
        deadlines reaching into it count weekends only. Every place that
        computes deadlines shows this message (the working-day calculator,
        cases of later addons).

        :param today: the date to judge from (default: today in the user's
            time zone)
        :return: a translated message, or False
        """
        today = fields.Date.to_date(today) or fields.Date.context_today(self)
        if today.month < NEXT_YEAR_WARNING_MONTH:
            return False
        year = today.year + 1
        if not self.uncovered_years(datetime.date(year, 1, 1)):
            return False
        return self.env._(
            "The holidays of %(year)s are not entered yet: deadlines that reach "
            "into %(year)s count only weekends as days off. The city "
            "administrator enters the State Council's notice under "
            "Configuration > Enter a Year's Holiday Notice.",
            year=year,
        )

    # ------------------------------------------------------------------
    # working-day arithmetic
    # ------------------------------------------------------------------
    @api.model
    @tools.ormcache("year")
    def _get_special_days(self, year):
        """(holidays, make-up working days, has_data) of one year, cached."""
        days = (
            self.sudo()
            .with_context(active_test=False)
            .search_fetch([("year", "=", year)], ["date", "day_type", "active"])
        )
        holidays = frozenset(
            d.date for d in days if d.active and d.day_type == "holiday"
        )
        workdays = frozenset(
            d.date for d in days if d.active and d.day_type == "workday"
        )
        return holidays, workdays, bool(days)

    @api.model
    def is_working_day(self, day):
        """Whether ``day`` is a working day in mainland China."""
        day = fields.Date.to_date(day)
        holidays, workdays, _has_data = self._get_special_days(day.year)
        if day in workdays:
            return True
        return day.weekday() < 5 and day not in holidays

    @api.model
    def add_working_days(self, date, days):
        """The date ``days`` working days after ``date``.

        ``days`` = 0 returns ``date`` itself when it is a working day, else the
        next working day. A deadline of N working days counted from the day of
        acceptance is ``add_working_days(acceptance_date, N)``: the acceptance
        day itself does not count.
        """
        day = fields.Date.to_date(date)
        if day is None:
            raise UserError(self.env._("A start date is required."))
        days = int(days)
        if days < 0:
            raise UserError(
                self.env._(
                    "The number of working days to add must be zero or more, "
                    "not %(days)s.",
                    days=days,
                )
            )
        if days > MAX_WORKING_DAYS:
            raise UserError(
                self.env._(
                    "At most %(max)s working days can be added, not %(days)s.",
                    max=MAX_WORKING_DAYS,
                    days=days,
                )
            )
        if days == 0:
            while not self.is_working_day(day):
                day += ONE_DAY
            return day
        while days:
            day += ONE_DAY
            if self.is_working_day(day):
                days -= 1
        return day

    @api.model
    def count_working_days(self, date_from, date_to):
        """Working days in the interval (``date_from``, ``date_to``].

        ``date_from`` itself does not count and ``date_to`` does, so that
        ``count_working_days(d, add_working_days(d, n)) == n`` for n >= 1.
        When ``date_to`` is before ``date_from`` the result is negative.
        """
        start = fields.Date.to_date(date_from)
        end = fields.Date.to_date(date_to)
        if start is None or end is None:
            raise UserError(self.env._("Both dates are required."))
        if end < start:
            return -self.count_working_days(end, start)
        first = start + ONE_DAY
        total = self._count_weekdays(first, end)
        for year in range(first.year, end.year + 1):
            holidays, workdays, _has_data = self._get_special_days(year)
            total -= sum(1 for d in holidays if first <= d <= end and d.weekday() < 5)
            total += sum(1 for d in workdays if first <= d <= end and d.weekday() >= 5)
        return total

    @staticmethod
    def _count_weekdays(first, last):
        """Mondays to Fridays in [first, last]."""
        if last < first:
            return 0
        span = (last - first).days + 1
        weeks, rest = divmod(span, 7)
        total = weeks * 5
        start_weekday = first.weekday()
        total += sum(1 for i in range(rest) if (start_weekday + i) % 7 < 5)
        return total

    @api.model
    def uncovered_years(self, date_from, date_to=None):
        """Years between the two dates that have no holiday data at all."""
        start = fields.Date.to_date(date_from)
        if not start:
            return []
        end = fields.Date.to_date(date_to) if date_to else start
        if end < start:
            start, end = end, start
        years = range(start.year, end.year + 1)
        return [year for year in years if not self._get_special_days(year)[2]]
