# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, TransactionCase, freeze_time, new_test_user, tagged
from odoo.tools import mute_logger


@tagged("post_install", "-at_install")
class TestWorkingDays(TransactionCase):
    """Working-day arithmetic on the calendar loaded at installation."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Holiday = cls.env["park.holiday"]

    def add(self, day, n):
        return self.Holiday.add_working_days(date.fromisoformat(day), n)

    def count(self, first, last):
        return self.Holiday.count_working_days(
            date.fromisoformat(first), date.fromisoformat(last)
        )

    def test_library_loaded_at_install(self):
        days = self.Holiday.with_context(active_test=False).search(
            [("year", "in", (2025, 2026))]
        )
        self.assertTrue(days)
        self.assertEqual(set(days.mapped("source")), {"library"})
        eve = days.filtered(lambda d: d.date == date(2025, 1, 28))
        self.assertEqual((eve.name, eve.day_type), ("春节", "holiday"))
        makeup = days.filtered(lambda d: d.date == date(2025, 1, 26))
        self.assertEqual(
            (makeup.name, makeup.day_type), ("春节（调休上班）", "workday")
        )
        self.assertEqual(
            sorted(d.date.isoformat() for d in days if d.day_type == "workday"),
            [
                "2025-01-26",
                "2025-02-08",
                "2025-04-27",
                "2025-09-28",
                "2025-10-11",
                "2026-01-04",
                "2026-02-14",
                "2026-02-28",
                "2026-05-09",
                "2026-09-20",
                "2026-10-10",
            ],
        )

    def test_spring_festival_2025(self):
        # holidays 28 January - 4 February; make-up working days Sunday 26
        # January and Saturday 8 February
        self.assertEqual(self.add("2025-01-24", 1), date(2025, 1, 26))
        self.assertEqual(self.add("2025-01-24", 2), date(2025, 1, 27))
        self.assertEqual(self.add("2025-01-24", 3), date(2025, 2, 5))
        self.assertEqual(self.add("2025-01-24", 6), date(2025, 2, 8))
        self.assertEqual(self.add("2025-01-24", 7), date(2025, 2, 10))
        self.assertEqual(self.count("2025-01-24", "2025-02-08"), 6)
        self.assertEqual(self.count("2025-01-27", "2025-02-04"), 0)

    def test_national_day_2025(self):
        # holidays 1-8 October; make-up working days Sunday 28 September and
        # Saturday 11 October
        self.assertEqual(self.add("2025-09-26", 1), date(2025, 9, 28))
        self.assertEqual(self.add("2025-09-26", 4), date(2025, 10, 9))
        self.assertEqual(self.add("2025-09-26", 6), date(2025, 10, 11))
        self.assertEqual(self.add("2025-09-30", 1), date(2025, 10, 9))
        self.assertEqual(self.count("2025-09-26", "2025-10-11"), 6)

    def test_spring_festival_2026(self):
        # holidays 15-23 February; make-up working days Saturdays 14 and 28
        # February
        self.assertEqual(self.add("2026-02-13", 1), date(2026, 2, 14))
        self.assertEqual(self.add("2026-02-13", 2), date(2026, 2, 24))
        self.assertEqual(self.add("2026-02-13", 6), date(2026, 2, 28))
        self.assertEqual(self.add("2026-02-13", 7), date(2026, 3, 2))
        self.assertEqual(self.count("2026-02-13", "2026-03-02"), 7)

    def test_national_day_2026(self):
        # holidays 1-7 October; make-up working days Sunday 20 September and
        # Saturday 10 October; Mid-autumn Friday 25 September
        self.assertEqual(self.add("2026-09-18", 1), date(2026, 9, 20))
        self.assertEqual(self.add("2026-09-18", 6), date(2026, 9, 28))
        self.assertEqual(self.add("2026-09-30", 1), date(2026, 10, 8))
        self.assertEqual(self.add("2026-09-30", 3), date(2026, 10, 10))
        self.assertEqual(self.add("2026-09-30", 4), date(2026, 10, 12))
        self.assertEqual(self.count("2026-09-30", "2026-10-12"), 4)

    def test_across_new_year_and_whole_years(self):
        # 1-3 January 2026 off, Sunday 4 January worked
        self.assertEqual(self.add("2025-12-31", 1), date(2026, 1, 4))
        self.assertEqual(self.count("2025-12-31", "2026-01-05"), 2)
        self.assertEqual(self.count("2024-12-31", "2025-12-31"), 248)
        self.assertEqual(self.count("2025-12-31", "2026-12-31"), 248)
        self.assertEqual(self.count("2024-12-31", "2026-12-31"), 496)

    def test_zero_days_and_conventions(self):
        # zero days: the date itself when it is a working day, else the next one
        self.assertEqual(self.add("2025-10-01", 0), date(2025, 10, 9))
        self.assertEqual(self.add("2025-10-09", 0), date(2025, 10, 9))
        self.assertEqual(self.add("2026-02-14", 0), date(2026, 2, 14))
        self.assertEqual(self.count("2025-10-09", "2025-10-09"), 0)
        # counting backwards gives a negative number
        self.assertEqual(self.count("2025-02-08", "2025-01-24"), -6)
        # the two methods agree
        for n in range(1, 30):
            end = self.add("2025-09-15", n)
            self.assertEqual(self.count("2025-09-15", end.isoformat()), n)
        with self.assertRaisesRegex(UserError, "zero or more"):
            self.add("2025-01-01", -1)
        self.assertTrue(self.Holiday.is_working_day("2025-01-26"))
        self.assertFalse(self.Holiday.is_working_day("2025-01-25"))
        self.assertFalse(self.Holiday.is_working_day("2025-01-28"))

    def test_absurd_input_refused_not_crashing(self):
        # a typing error in the calculator must not overflow past year 9999
        with self.assertRaisesRegex(UserError, "At most 10000 working days"):
            self.add("2025-01-01", 100_000_000)
        self.assertGreater(self.add("2025-01-01", 10000).year, 2055)
        self.assertEqual(self.Holiday.uncovered_years(False), [])

    def test_no_query_per_day(self):
        self.add("2025-01-01", 1)  # warm the cache of 2025
        with self.assertQueryCount(0):
            self.add("2025-01-24", 200)
            self.count("2025-01-01", "2025-12-31")

    def test_uncovered_years(self):
        self.assertEqual(self.Holiday.uncovered_years("2025-05-01", "2026-12-31"), [])
        self.assertEqual(
            self.Holiday.uncovered_years("2026-12-01", "2099-01-31")[:2], [2027, 2028]
        )
        self.assertEqual(self.Holiday.uncovered_years("2099-06-01"), [2099])
        # without data, Monday to Friday are working days
        self.assertEqual(self.add("2099-01-02", 1), date(2099, 1, 5))

    def test_manual_entries_and_reload(self):
        # the notice for 2099 is entered by hand
        self.Holiday.create(
            [
                {"date": "2099-01-01", "name": "元旦", "day_type": "holiday"},
                {
                    "date": "2099-01-03",
                    "name": "元旦（调休上班）",
                    "day_type": "workday",
                },
            ]
        )
        self.assertEqual(self.Holiday.uncovered_years("2099-06-01"), [])
        self.assertEqual(self.add("2098-12-31", 1), date(2099, 1, 2))
        self.assertEqual(self.add("2099-01-02", 1), date(2099, 1, 3))
        # an administrator corrects a library day and cancels another one
        corrected = self.Holiday.search([("date", "=", "2025-10-08")])
        cancelled = self.Holiday.search([("date", "=", "2025-10-07")])
        corrected.name = "国庆节（更正）"
        cancelled.active = False
        self.assertEqual((corrected.source, cancelled.source), ("manual", "manual"))
        self.assertTrue(self.Holiday.is_working_day("2025-10-07"))
        # a library day deleted by mistake, another one edited in the database
        self.Holiday.search([("date", "=", "2025-10-06")]).unlink()
        self.Holiday.search([("date", "=", "2025-10-03")]).with_context(
            park_holiday_loading=True
        ).write({"name": "旧名"})
        result = self.Holiday._load_from_library()
        self.assertEqual(result, {"created": 1, "updated": 1, "kept": 2})
        self.assertEqual(corrected.name, "国庆节（更正）")
        self.assertFalse(cancelled.active, "a cancelled day stays cancelled")
        restored = self.Holiday.search([("date", "=", "2025-10-06")])
        # 6 October 2025 was the Mid-autumn Festival, inside the National Day week
        self.assertEqual((restored.name, restored.source), ("中秋", "library"))
        self.assertEqual(
            self.Holiday.search([("date", "=", "2025-10-03")]).name, "国庆节"
        )
        # reloading again changes nothing
        self.assertEqual(
            self.Holiday._load_from_library(), {"created": 0, "updated": 0, "kept": 2}
        )
        action = self.Holiday.action_load_from_library()
        self.assertEqual(action["params"]["type"], "success")

    def test_bad_entries_refused(self):
        with self.assertRaisesRegex(ValidationError, "falls on a Saturday or a Sunday"):
            self.Holiday.create(
                {"date": "2099-03-02", "name": "错误调休", "day_type": "workday"}
            )
        with (
            self.assertRaises(IntegrityError) as caught,
            mute_logger("odoo.sql_db"),
            self.cr.savepoint(),
        ):
            self.Holiday.create({"date": "2025-10-01", "name": "重复"})
        self.assertEqual(
            self.Holiday._sql_error_to_message(caught.exception),
            "The working-day calendar already has an entry for this date.",
        )

    def test_calculator_wizard(self):
        with Form(self.env["park.working.day.calculator"]) as wizard:
            wizard.date_start = date(2025, 9, 30)
            wizard.working_days = 1
            wizard.date_end = date(2025, 10, 11)
            self.assertEqual(wizard.date_result, date(2025, 10, 9))
            self.assertEqual(wizard.working_day_count, 3)
            self.assertTrue(wizard.is_start_working_day)
            self.assertFalse(wizard.warning)
            wizard.date_start = date(2099, 1, 2)
            wizard.date_end = date(2099, 1, 9)
            self.assertEqual(wizard.date_result, date(2099, 1, 5))
            self.assertEqual(wizard.working_day_count, 5)
            self.assertIn("No holiday data for 2099:", wizard.warning)
            wizard.date_end = date(2026, 12, 31)
            self.assertIn("No holiday data for 2027-2099:", wizard.warning)
        self.assertEqual(
            self.env["park.working.day.calculator"]._format_years(
                [2027, 2028, 2030, 2099, 2100]
            ),
            "2027-2028, 2030, 2099-2100",
        )


@tagged("post_install", "-at_install")
class TestHolidaySources(TransactionCase):
    """Library entries are made by the library loading only: the switch that
    keeps an entry "library" can't be set by a caller (issue 7, item 9)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Holiday = cls.env["park.holiday"]
        cls.city_admin = new_test_user(
            cls.env,
            login="holiday_city_admin",
            groups="park_base.group_park_city_admin",
        )
        cls.employee = new_test_user(
            cls.env, login="holiday_employee", groups="base.group_user"
        )

    def test_loading_switch_ignored_outside_superuser_mode(self):
        day = self.Holiday.search([("date", "=", "2025-10-03")])
        self.assertEqual(day.source, "library")
        # over RPC a caller sets any context key: the edit is still manual,
        # so the next loading does not overwrite it
        day.with_user(self.city_admin).with_context(park_holiday_loading=True).write(
            {"name": "国庆节（更正）"}
        )
        self.assertEqual(day.source, "manual")
        self.Holiday._load_from_library()
        self.assertEqual(day.name, "国庆节（更正）")

    def test_source_not_written_by_users(self):
        day = self.Holiday.search([("date", "=", "2025-10-02")])
        day.with_user(self.city_admin).write({"source": "library", "note": "x"})
        self.assertEqual(day.source, "manual")
        new = (
            self.Holiday.with_user(self.city_admin)
            .with_context(park_holiday_loading=True)
            .create({"date": "2099-05-01", "name": "劳动节", "source": "library"})
        )
        self.assertEqual(new.source, "manual")

    def test_city_administrator_loads_the_library(self):
        self.Holiday.search([("date", "=", "2025-10-06")]).unlink()
        action = self.Holiday.with_user(self.city_admin).action_load_from_library()
        self.assertEqual(action["params"]["type"], "success")
        restored = self.Holiday.search([("date", "=", "2025-10-06")])
        self.assertEqual(restored.source, "library")
        with self.assertRaises(AccessError):
            self.Holiday.with_user(self.employee).action_load_from_library()


@tagged("post_install", "-at_install")
class TestNextYearWarning(TransactionCase):
    """From November, next year's missing holidays are announced wherever
    deadlines are computed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Holiday = cls.env["park.holiday"]

    def test_warning_from_november_while_next_year_is_empty(self):
        warning = self.Holiday._next_year_warning(date(2098, 11, 1))
        self.assertEqual(
            warning,
            "The holidays of 2099 are not entered yet: deadlines that reach into "
            "2099 count only weekends as days off. The city administrator enters "
            "the State Council's notice under Configuration > Enter a Year's "
            "Holiday Notice.",
        )
        self.assertTrue(self.Holiday._next_year_warning("2098-12-31"))
        self.assertFalse(self.Holiday._next_year_warning(date(2098, 10, 31)))
        # next year known: no warning (2026 comes from the library)
        self.assertFalse(self.Holiday._next_year_warning(date(2025, 11, 20)))
        self.Holiday.create({"date": "2099-01-01", "name": "元旦"})
        self.assertFalse(self.Holiday._next_year_warning(date(2098, 11, 1)))

    @freeze_time("2098-11-16 02:00:00")
    def test_today_by_default(self):
        self.assertIn("The holidays of 2099", self.Holiday._next_year_warning())

    @freeze_time("2098-11-16 02:00:00")
    def test_calculator_shows_the_warning(self):
        with Form(self.env["park.working.day.calculator"]) as wizard:
            self.assertIn(
                "The holidays of 2099 are not entered", wizard.next_year_warning
            )
            self.assertEqual(wizard.date_start, date(2098, 11, 16))

    @freeze_time("2025-06-16 02:00:00")
    def test_calculator_quiet_before_november(self):
        with Form(self.env["park.working.day.calculator"]) as wizard:
            self.assertFalse(wizard.next_year_warning)
            self.assertFalse(wizard.warning)
