# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, TransactionCase, freeze_time, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestHolidayNotice(TransactionCase):
    """The city administrator enters a year's State Council notice in one
    form; it is checked as a whole, and nothing is written when it is wrong."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Holiday = cls.env["park.holiday"].with_context(active_test=False)
        cls.city_admin = new_test_user(
            cls.env,
            login="notice_city_admin",
            groups="park_base.group_park_city_admin",
        )
        cls.county_admin = new_test_user(
            cls.env,
            login="notice_county_admin",
            groups="park_base.group_park_county_admin",
        )

    def _form(self, year=2099, user=None, lang=None):
        Notice = self.env["park.holiday.notice"].with_user(user or self.city_admin)
        if lang:
            Notice = Notice.with_context(lang=lang)
        form = Form(Notice)
        form.year = year
        return form

    def _add_range(self, form, name, first, last):
        with form.range_ids.new() as holiday:
            holiday.name = name
            holiday.date_from = date.fromisoformat(first)
            holiday.date_to = date.fromisoformat(last)

    def _add_workday(self, form, day, name=None):
        with form.workday_ids.new() as workday:
            workday.date = date.fromisoformat(day)
            if name:
                workday.holiday_name = name

    def _notice_2099(self, form):
        # 2099: 1 January is a Thursday; 3 January a Saturday
        form.notice = "国办发明电〔2098〕1号"
        self._add_range(form, "元旦", "2099-01-01", "2099-01-02")
        self._add_range(form, "春节", "2099-01-21", "2099-01-27")
        self._add_workday(form, "2099-01-03")
        self._add_workday(form, "2099-01-18", "春节")
        self._add_workday(form, "2099-01-31")

    def _year(self, year=2099):
        return self.Holiday.search([("year", "=", year)], order="date")

    def test_notice_entered_in_one_form(self):
        form = self._form()
        self._notice_2099(form)
        self.assertEqual(form.range_ids.edit(1).day_count, 7)
        wizard = form.save()
        action = wizard.action_confirm()
        self.assertEqual(action["domain"], [("year", "=", 2099)])
        days = self._year()
        self.assertEqual(len(days), 12)
        self.assertEqual(set(days.mapped("source")), {"manual"})
        self.assertEqual(set(days.mapped("note")), {"国办发明电〔2098〕1号"})
        holidays = days.filtered(lambda d: d.day_type == "holiday")
        self.assertEqual(len(holidays), 9)
        self.assertEqual(set(holidays.mapped("name")), {"元旦", "春节"})
        workdays = days.filtered(lambda d: d.day_type == "workday")
        self.assertEqual(
            [(d.date.isoformat(), d.name) for d in workdays],
            [
                # without a holiday name, the nearest holiday's
                ("2099-01-03", "元旦 (make-up working day)"),
                ("2099-01-18", "春节 (make-up working day)"),
                ("2099-01-31", "春节 (make-up working day)"),
            ],
        )
        # the calendar counts with it at once
        Holiday = self.env["park.holiday"]
        self.assertEqual(
            Holiday.add_working_days(date(2098, 12, 31), 1), date(2099, 1, 3)
        )
        self.assertEqual(
            Holiday.add_working_days(date(2099, 1, 20), 1), date(2099, 1, 28)
        )
        self.assertFalse(Holiday._next_year_warning(date(2098, 11, 1)))

    def test_year_already_loaded_replaced_only_when_asked(self):
        form = self._form()
        self._notice_2099(form)
        form.save().action_confirm()
        # a corrected notice: Spring Festival moved, 31 January no more worked
        form = self._form()
        self.assertEqual(form.existing_count, 12)
        self._add_range(form, "元旦", "2099-01-01", "2099-01-02")
        self._add_range(form, "春节", "2099-01-22", "2099-01-28")
        self._add_workday(form, "2099-01-03")
        wizard = form.save()
        with self.assertRaisesRegex(
            UserError,
            "2099 already has 12 entries \\(0 from the library, 12 entered by "
            'hand\\)\\. Tick "Replace the Year\'s Entries"',
        ):
            wizard.action_confirm()
        self.assertEqual(len(self._year().filtered("active")), 12)
        wizard.replace_existing = True
        wizard.action_confirm()
        active = self._year().filtered("active")
        self.assertEqual(len(active), 10)
        self.assertEqual(
            active.filtered(lambda d: d.name == "春节").mapped("date"),
            [date(2099, 1, d) for d in range(22, 29)],
        )
        # the days the notice no longer holds are cancelled, not deleted
        cancelled = self._year() - active
        self.assertEqual(
            sorted(d.date.isoformat() for d in cancelled),
            ["2099-01-18", "2099-01-21", "2099-01-31"],
        )
        self.assertTrue(self.env["park.holiday"].is_working_day("2099-01-21"))

    def test_library_year_replaced(self):
        self.assertTrue(self._year(2025).filtered(lambda d: d.source == "library"))
        form = self._form(2025)
        self.assertEqual(form.existing_count, len(self._year(2025)))
        self._add_range(form, "元旦", "2025-01-01", "2025-01-01")
        form.replace_existing = True
        form.save().action_confirm()
        active = self._year(2025).filtered("active")
        self.assertEqual(active.mapped("name"), ["元旦"])
        self.assertEqual(active.source, "manual")
        # reloading the library brings nothing back: cancelled days are kept
        self.env["park.holiday"]._load_from_library()
        self.assertEqual(self._year(2025).filtered("active"), active)

    def test_wrong_notice_refused_and_nothing_written(self):
        form = self._form()
        self._add_range(form, "元旦", "2099-01-01", "2099-01-03")
        self._add_range(form, "春节", "2099-01-03", "2099-01-09")
        self._add_range(form, "国庆节", "2099-10-05", "2099-10-01")
        self._add_range(form, "跨年", "2099-12-31", "2100-01-01")
        # a Monday, a day inside a holiday, a day of another year, twice a day
        self._add_workday(form, "2099-01-05")
        self._add_workday(form, "2099-01-04")
        self._add_workday(form, "2098-12-27")
        self._add_workday(form, "2099-02-07")
        self._add_workday(form, "2099-02-07")
        wizard = form.save()
        with self.assertRaises(UserError) as caught:
            wizard.action_confirm()
        message = str(caught.exception)
        for expected in (
            "The holidays 元旦 and 春节 overlap",
            "The holiday 国庆节 ends (2099-10-01) before it starts (2099-10-05).",
            "The holiday 跨年 (2099-12-31 to 2100-01-01) is not within 2099.",
            "2099-01-05 is a Monday, already a working day: a make-up working day "
            "falls on a Saturday or a Sunday.",
            "The make-up working day 2099-01-04 falls within the holiday 春节.",
            "The make-up working day 2098-12-27 is not in 2099.",
            "The make-up working day 2099-02-07 is entered twice.",
        ):
            self.assertIn(expected, message)
        self.assertFalse(self._year())

    def test_empty_notice_and_absurd_year_refused(self):
        wizard = self._form().save()
        with self.assertRaisesRegex(UserError, "Enter at least one holiday."):
            wizard.action_confirm()
        wizard.year = 20990
        with self.assertRaisesRegex(UserError, "between 2000 and 2100, not 20990"):
            wizard.action_confirm()
        self.assertFalse(self._year())

    @freeze_time("2026-11-20 03:00:00")
    def test_next_year_by_default(self):
        form = Form(self.env["park.holiday.notice"].with_user(self.city_admin))
        self.assertEqual(form.year, 2027)

    def test_city_administrators_only(self):
        with self.assertRaises(AccessError):
            self._form(user=self.county_admin)
        with self.assertRaises(AccessError):
            self.env["park.holiday"].with_user(
                self.county_admin
            ).action_open_notice_wizard()
        action = (
            self.env["park.holiday"]
            .with_user(self.city_admin)
            .action_open_notice_wizard()
        )
        self.assertEqual(action["res_model"], "park.holiday.notice")

    def test_notice_form_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["park_base"], ["zh_CN"])
        form = self._form(lang="zh_CN")
        self._add_range(form, "元旦", "2099-01-01", "2099-01-02")
        self._add_workday(form, "2099-01-05")
        self._add_workday(form, "2099-01-03")
        wizard = form.save()
        with self.assertRaisesRegex(UserError, "调休上班日应在周六或周日"):
            wizard.action_confirm()
        wizard.workday_ids.filtered(lambda w: w.date.day == 5).unlink()
        wizard.action_confirm()
        self.assertEqual(
            self._year().filtered(lambda d: d.day_type == "workday").name,
            "元旦（调休上班）",
        )
