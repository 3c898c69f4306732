# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime
import io

import openpyxl

from odoo import fields
from odoo.tests import tagged

from ..models.park_report_writer import WRITERS, LedgerColumn
from .ledger_common import HEADER_ROW, ParkLedgerCommon


@tagged("post_install", "-at_install")
class TestLedgers(ParkLedgerCommon):
    def _labels(self, model, fname):
        field = self.env[model]._fields[fname]
        return dict(field._description_selection(self.env))

    def test_case_ledger_has_headers_title_rows_and_labels(self):
        export, action = self._export(self.city_admin, "cases")
        self.assertEqual(action["type"], "ir.actions.act_url")
        self.assertEqual(
            action["url"], f"/web/content/{export.attachment_id.id}?download=true"
        )
        sheet = self._sheet(export)
        self.assertEqual(sheet["A1"].value, "Case Ledger")
        self.assertIn("Scope: All Parks", sheet["A2"].value)
        self.assertIn("Period: All", sheet["A2"].value)
        headers = self._headers(sheet)
        for title in ("Number", "Enterprise", "Credit Code", "Matter", "Park"):
            self.assertIn(title, headers)
        self.assertEqual(sheet.freeze_panes, f"A{HEADER_ROW + 1}")
        self.assertTrue(sheet.auto_filter.ref.startswith(f"A{HEADER_ROW}:"))
        self.assertGreater(sheet.column_dimensions["B"].width, 20)
        rows = {row["Number"]: row for row in self._rows(sheet)}
        count = self.env["helpdesk.ticket"].search_count([("is_park_case", "=", True)])
        self.assertEqual(len(rows), count)
        self.assertEqual(export.row_count, count)
        case = self.open_a1_late
        row = rows[case.number]
        states = self._labels("helpdesk.ticket", "park_state")
        self.assertEqual(row["Enterprise"], self.ent_a.name)
        self.assertEqual(row["Credit Code"], self.ent_a.uscc)
        self.assertEqual(row["Park"], self.park_a1.name)
        self.assertEqual(row["Station"], self.station_a1.name)
        self.assertEqual(row["Case State"], states[case.park_state])
        self.assertEqual(row["Deadline Status"], "Overdue")
        self.assertEqual(row["Agent"], self.agent.name)
        self.assertEqual(row["Channel"], "Window")
        done = rows[self.rated_b1.ticket_id.number]
        self.assertEqual(done["Case State"], states["done"])
        self.assertEqual(done["Finished On"].date(), self.rated_b1.ticket_id.done_date)

    def test_file_name_says_ledger_scope_and_date(self):
        export, _action = self._export(self.city_admin, "cases", park=self.park_b1)
        today = fields.Date.context_today(self.Export.with_user(self.city_admin))
        today = today.isoformat()
        self.assertEqual(export.name, f"Case Ledger-{self.park_b1.name}-{today}.xlsx")
        self.assertEqual(export.attachment_id.name, export.name)
        sheet = self._sheet(export)
        self.assertIn(self.park_b1.name, sheet["A2"].value)
        self.assertEqual(
            {row["Park"] for row in self._rows(sheet)}, {self.park_b1.name}
        )

    def test_every_ledger_has_the_rows_of_its_domain(self):
        Ledger = self.Ledger.with_user(self.city_admin)
        for ledger, spec in Ledger._park_ledgers().items():
            with self.subTest(ledger=ledger):
                export, _action = self._export(self.city_admin, ledger)
                rows = self._rows(self._sheet(export))
                if ledger == "workload":
                    # one row per agent of the cases (and one for unassigned)
                    cases = self.env["helpdesk.ticket"].search(spec["domain"])
                    self.assertEqual(len(rows), len(set(cases.mapped("user_id"))))
                    agent = next(r for r in rows if r["Agent"] == self.agent.name)
                    mine = cases.filtered(lambda c: c.user_id == self.agent)
                    self.assertEqual(
                        agent["Open Cases"],
                        len(mine.filtered(lambda c: c.park_state != "done")),
                    )
                    self.assertEqual(agent["Overdue"], 1)
                    continue
                count = self.env[spec["model"]].search_count(spec["domain"])
                self.assertTrue(count, "each ledger has rows in the test world")
                self.assertEqual(len(rows), count)

    def test_review_and_rectification_ledgers_show_labels(self):
        export, _action = self._export(self.city_admin, "ratings")
        rows = {row["Case"]: row for row in self._rows(self._sheet(export))}
        row = rows[self.rated_b1.ticket_id.number]
        self.assertEqual(row["Review Level"], "Very Dissatisfied")
        self.assertEqual(row["Bad Review"], "Yes")
        self.assertEqual(row["Score"], 1)
        export, _action = self._export(self.city_admin, "rectifications")
        rows = {row["Case"]: row for row in self._rows(self._sheet(export))}
        row = rows[self.rated_b1.ticket_id.number]
        self.assertEqual(row["Review Level"], "Very Dissatisfied")
        labels = self._labels("park.rating.rectification", "state")
        self.assertEqual(row["State"], labels[self.rated_b1.rectification_id.state])

    def test_visit_ledger(self):
        export, _action = self._export(self.city_admin, "visits")
        rows = {row["Subject"]: row for row in self._rows(self._sheet(export))}
        self.assertEqual(rows["走访乙县园"]["Park"], self.park_b1.name)
        self.assertEqual(rows["走访乙县园"]["State"], "Done")

    def test_list_export_gives_the_rows_of_the_filtered_list(self):
        domain = [
            ("is_park_case", "=", True),
            ("park_id", "=", self.park_a1.id),
            ("park_state", "=", "done"),
        ]
        export, _action = self._export(
            self.county_admin, domain=domain, model="helpdesk.ticket"
        )
        sheet = self._sheet(export)
        expected = (
            self.env["helpdesk.ticket"].with_user(self.county_admin).search(domain)
        )
        self.assertEqual(len(expected), 3)
        self.assertEqual(
            sorted(row["Number"] for row in self._rows(sheet)),
            sorted(expected.mapped("number")),
        )
        self.assertIn("Period: As filtered", sheet["A2"].value)

    def test_wizard_exports_a_period_of_a_county(self):
        wizard = (
            self.env["park.report.ledger.wizard"]
            .with_user(self.city_admin)
            .create(
                {
                    "ledger": "cases",
                    "county_id": self.county_b.id,
                    "date_from": "2000-01-01",
                    "date_to": "2099-12-31",
                }
            )
        )
        action = wizard.action_export()
        export = self.Export.with_user(self.city_admin).search([], limit=1)
        self.assertEqual(action["url"], export._park_download_url())
        rows = self._rows(self._sheet(export))
        accepted_b = self.env["helpdesk.ticket"].search_count(
            [("county_id", "=", self.county_b.id), ("accept_date", "!=", False)]
        )
        self.assertEqual(len(rows), accepted_b)
        self.assertEqual({row["County"] for row in rows}, {self.county_b.name})
        self.assertIn("2000-01-01", self._sheet(export)["A2"].value)

    def test_wizard_refuses_a_period_ending_before_it_starts(self):
        wizard = self.env["park.report.ledger.wizard"].create(
            {"ledger": "cases", "date_from": "2026-02-01", "date_to": "2026-01-01"}
        )
        with self.assertRaisesRegex(Exception, "ends before it starts"):
            wizard.action_export()

    def test_text_that_looks_like_a_formula_stays_text(self):
        formula = '=HYPERLINK("http://evil.example.com","click")'
        self.rated_b1.sudo().comment = formula
        self.rated_b1.ticket_id.enterprise_id.sudo().name = "+SUM(1,2)"
        export, _action = self._export(self.city_admin, "ratings")
        sheet = self._sheet(export)
        headers = self._headers(sheet)
        comment_col = headers.index("Comment")
        enterprise_col = headers.index("Enterprise")
        cells = [
            row
            for row in sheet.iter_rows(min_row=HEADER_ROW + 1)
            if row[comment_col].value == formula
        ]
        self.assertEqual(len(cells), 1)
        self.assertEqual(cells[0][comment_col].data_type, "s")
        self.assertEqual(cells[0][enterprise_col].value, "+SUM(1,2)")
        self.assertEqual(cells[0][enterprise_col].data_type, "s")

    def test_every_writer_gives_the_same_safe_sheet(self):
        columns = [
            LedgerColumn("文本", "text", 30),
            LedgerColumn("数", "int", 8),
            LedgerColumn("日期", "date", 12),
        ]
        rows = [
            ["=1+1", 3, datetime.date(2026, 5, 1)],
            ["@cmd", None, None],
        ]
        for name, writer in WRITERS.items():
            if not writer.available():
                continue
            with self.subTest(writer=name):
                output = io.BytesIO()
                count = writer(output).write_sheet(
                    "台账", ["标题", "范围"], columns, rows
                )
                self.assertEqual(count, 2)
                sheet = openpyxl.load_workbook(io.BytesIO(output.getvalue())).active
                self.assertEqual(sheet["A1"].value, "标题")
                self.assertEqual(sheet["A2"].value, "范围")
                self.assertEqual([c.value for c in sheet[3]], ["文本", "数", "日期"])
                self.assertEqual(sheet.freeze_panes, "A4")
                self.assertEqual(sheet.auto_filter.ref, "A3:C5")
                self.assertGreaterEqual(sheet.column_dimensions["A"].width, 30)
                self.assertEqual(sheet["A4"].value, "=1+1")
                self.assertEqual(sheet["A4"].data_type, "s")
                self.assertEqual(sheet["A5"].value, "@cmd")
                self.assertEqual(sheet["B4"].value, 3)
                self.assertEqual(sheet["C4"].value.date(), datetime.date(2026, 5, 1))

    def test_ledger_is_in_the_users_language(self):
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("Chinese is not installed")
        self.county_admin.lang = "zh_CN"
        export, _action = self._export(self.county_admin, "cases")
        sheet = self._sheet(export)
        self.assertEqual(sheet["A1"].value, "办件台账")
        self.assertTrue(sheet["A2"].value.startswith("范围："))
        self.assertTrue(export.name.startswith("办件台账-"))
        headers = self._headers(sheet)
        self.assertEqual(headers[:3], ["编号", "企业", "统一社会信用代码"])
        states = dict(
            self.env["helpdesk.ticket"]
            .with_context(lang="zh_CN")
            ._fields["park_state"]
            ._description_selection(self.env(context={"lang": "zh_CN"}))
        )
        rows = {row["编号"]: row for row in self._rows(sheet)}
        case = self.open_a1_late
        self.assertEqual(rows[case.number]["办件状态"], states[case.park_state])
        self.assertNotEqual(states[case.park_state], case.park_state)
