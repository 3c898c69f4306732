# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io

import openpyxl
from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command
from odoo.tests import Form, tagged

from .common import ParkSupervisionCommon, day

# the evaluation of 2035 is computed in January 2036, the year over
AFTER_YEAR = "2036-01-15"


@tagged("post_install", "-at_install")
class TestScorecard(ParkSupervisionCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Scorecard = cls.env["park.scorecard"]
        cls.Year = cls.env["park.evaluation.year"]
        cls.counties = cls.county_a | cls.county_b
        # the same delegations in both counties' parks: none
        cls.delegations.active = False
        cls.inspection = cls.ref_indicator("inspection")
        cls.rectification = cls.ref_indicator("rectification")

    @classmethod
    def ref_indicator(cls, code):
        return cls.env.ref(f"park_supervision.indicator_{code}")

    def _inspect(self, county, score, date="2035-06-01"):
        return self.env["park.evaluation.inspection"].create(
            {
                "name": "实地查看",
                "county_id": county.id,
                "date": day(date),
                "score": score,
                "inspector_ids": [Command.set(self.city_admin.ids)],
            }
        )

    def _compute(self, user=None, counties=None):
        Scorecard = self.Scorecard.with_user(user or self.city_admin)
        with freeze_time(AFTER_YEAR):
            return Scorecard._park_compute_year(
                2035, self.counties if counties is None else counties
            )

    def _line(self, card, indicator):
        return card.line_ids.filtered(lambda line: line.indicator_id == indicator)

    # ------------------------------------------------------------------
    # weights
    # ------------------------------------------------------------------
    def test_weights_of_a_new_year_add_up_to_100(self):
        year = self.Year.create({"year": 2035})
        self.assertEqual(year.weight_total, 100.0)
        self.assertEqual(
            year.weight_ids.indicator_id,
            self.env["park.evaluation.indicator"].search([]),
        )

    def test_new_year_copies_the_previous_weights(self):
        year = self.Year.create({"year": 2035})
        year.write(
            {
                "weight_ids": [
                    Command.update(
                        self._weight(year, self.inspection).id, {"weight": 20}
                    ),
                    Command.update(
                        self._weight(year, self.rectification).id, {"weight": 0}
                    ),
                    Command.update(
                        self._weight(year, self.ref_indicator("callback")).id,
                        {"weight": 0},
                    ),
                ]
            }
        )
        following = self.Year.create({"year": 2036})
        self.assertEqual(self._weight(following, self.inspection).weight, 20)
        self.assertEqual(self._weight(following, self.rectification).weight, 0)
        self.assertEqual(following.weight_total, 100.0)

    def _weight(self, year, indicator):
        return year.weight_ids.filtered(lambda w: w.indicator_id == indicator)

    def test_weights_not_adding_up_to_100_are_refused(self):
        year = self.Year.create({"year": 2035})
        with (
            self.assertRaisesRegex(ValidationError, "add up to 110"),
            self.env.cr.savepoint(),
        ):
            with Form(year) as form:
                with form.weight_ids.edit(0) as line:
                    line.weight += 10
        self.env.invalidate_all()
        self.assertEqual(year.weight_total, 100.0)

    def test_an_indicator_has_one_weight_per_year(self):
        year = self.Year.create({"year": 2035})
        with self.assertRaisesRegex(ValidationError, "one weight per year"):
            year.write(
                {
                    "weight_ids": [
                        Command.update(
                            self._weight(year, self.inspection).id, {"weight": 5}
                        ),
                        Command.create(
                            {"indicator_id": self.inspection.id, "weight": 5}
                        ),
                    ]
                }
            )

    # ------------------------------------------------------------------
    # computing, total, ranking
    # ------------------------------------------------------------------
    def test_compute_year_makes_one_draft_per_county_from_live_data(self):
        self._inspect(self.county_a, 80)
        cards = self._compute()
        self.assertEqual(cards.county_id, self.counties)
        self.assertEqual(set(cards.mapped("state")), {"draft"})
        card_a = cards.filtered(lambda c: c.county_id == self.county_a)
        weights = self.Year.search([("year", "=", 2035)]).weight_ids
        self.assertEqual(len(card_a.line_ids), len(weights))
        line = self._line(card_a, self.inspection)
        self.assertEqual((line.numerator, line.denominator, line.value), (80, 1, 80))
        self.assertAlmostEqual(line.weighted_score, 80 * line.weight / 100)
        # nothing to rectify: the indicator is fully met
        self.assertEqual(self._line(card_a, self.rectification).value, 100)
        self.assertAlmostEqual(
            card_a.total, sum(card_a.line_ids.mapped("weighted_score"))
        )
        # computed again: refreshed, not duplicated
        self._inspect(self.county_a, 100, "2035-07-01")
        again = self._compute()
        self.assertEqual(again, cards)
        self.assertEqual(self._line(card_a, self.inspection).value, 90)

    def test_ranking_among_published_scorecards(self):
        self._inspect(self.county_a, 90)
        self._inspect(self.county_b, 60)
        cards = self._compute()
        card_a = cards.filtered(lambda c: c.county_id == self.county_a)
        card_b = cards - card_a
        self.assertGreater(card_a.total, card_b.total)
        card_b.with_user(self.city_admin).action_publish()
        self.assertEqual(card_b.rank, 1, "alone among the published ones")
        card_a.with_user(self.city_admin).action_publish()
        self.assertEqual((card_a.rank, card_b.rank), (1, 2))

    def test_equal_totals_share_a_place(self):
        cards = self._compute()
        cards.with_user(self.city_admin).action_publish()
        self.assertEqual(cards.mapped("rank"), [1, 1])

    def test_compute_all_counties_button(self):
        year = self.Year.create({"year": 2035})
        with freeze_time(AFTER_YEAR):
            action = year.with_user(self.city_admin).action_compute_scorecards()
        self.assertEqual(action["res_model"], "park.scorecard")
        cards = self.Scorecard.search([("year", "=", 2035)])
        self.assertIn(self.county_a, cards.county_id)
        self.assertIn(self.county_b, cards.county_id)

    # ------------------------------------------------------------------
    # the freeze and revisions
    # ------------------------------------------------------------------
    def test_published_scorecard_is_frozen(self):
        self._inspect(self.county_a, 80)
        card = self._compute(counties=self.county_a)
        card.with_user(self.city_admin).action_publish()
        total = card.total
        as_city = card.with_user(self.city_admin)
        with self.assertRaisesRegex(UserError, "is published and can't be changed"):
            as_city.note = "改一下"
        with self.assertRaises(UserError):
            as_city.line_ids[0].value = 1
        with self.assertRaises(UserError):
            as_city.action_compute()
        with self.assertRaises(UserError):
            as_city.unlink()
        with self.assertRaises(AccessError):
            card.with_user(self.city_admin).write({"state": "draft"})
        # the data changes; computing the year again leaves it as it was
        self._inspect(self.county_a, 20, "2035-08-01")
        self.assertFalse(self._compute(counties=self.county_a))
        self.assertEqual(card.total, total)
        self.assertEqual(self._line(card, self.inspection).value, 80)

    def test_correction_is_a_new_revision_with_its_reason(self):
        self._inspect(self.county_a, 80)
        card = self._compute(counties=self.county_a)
        card.with_user(self.city_admin).action_publish()
        self._inspect(self.county_a, 40, "2035-08-01")
        action = card.with_user(self.city_admin).action_revise()
        with freeze_time(AFTER_YEAR):
            wizard = Form(
                self.env[action["res_model"]]
                .with_user(self.city_admin)
                .with_context(**action["context"])
            )
            wizard.reason = "漏录一次实地查看"
            result = wizard.save().action_confirm()
        revision = self.Scorecard.browse(result["res_id"])
        self.assertEqual(
            (revision.revision, revision.state, revision.previous_id),
            (2, "draft", card),
        )
        self.assertEqual(revision.revision_reason, "漏录一次实地查看")
        self.assertEqual(self._line(revision, self.inspection).value, 60)
        self.assertEqual(card.state, "published", "until the revision is published")
        for record in card | revision:
            self.assertIn("漏录一次实地查看", record.message_ids[0].body)
        revision.with_user(self.city_admin).action_publish()
        self.assertEqual(card.state, "superseded")
        self.assertEqual(self._line(card, self.inspection).value, 80)
        self.assertEqual(revision.rank, 1)
        self.assertFalse(card.rank and card.state == "published")

    def test_revision_needs_a_reason_and_a_published_scorecard(self):
        card = self._compute(counties=self.county_a)
        with self.assertRaisesRegex(UserError, "Only a published scorecard"):
            card.with_user(self.city_admin)._park_new_revision("理由")
        card.with_user(self.city_admin).action_publish()
        with self.assertRaisesRegex(UserError, "Give the reason"):
            card.with_user(self.city_admin)._park_new_revision("  ")

    def test_county_admin_reads_but_does_not_compute_or_publish(self):
        cards = self._compute()
        card_a = cards.filtered(lambda c: c.county_id == self.county_a)
        as_county = self.Scorecard.with_user(self.county_admin)
        self.assertEqual(as_county.search([("year", "=", 2035)]), card_a)
        with self.assertRaises(AccessError):
            self._compute(user=self.county_admin)
        with self.assertRaises(AccessError):
            card_a.with_user(self.county_admin).action_publish()
        with self.assertRaises(AccessError):
            card_a.with_user(self.county_admin).note = "县里改分"

    # ------------------------------------------------------------------
    # export
    # ------------------------------------------------------------------
    def test_export_in_chinese_read_back(self):
        self._inspect(self.county_a, 90)
        cards = self._compute()
        cards.with_user(self.city_admin).action_publish()
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_base", "park_supervision"], ["zh_CN"], overwrite=True
        )
        report = self.env["ir.actions.report"].with_user(self.city_admin)
        content, kind = report.with_context(lang="zh_CN")._render_xlsx(
            "park_supervision.scorecard_xlsx", cards.ids, {}
        )
        self.assertEqual(kind, "xlsx")
        book = openpyxl.load_workbook(io.BytesIO(content))
        summary = book.worksheets[0]
        self.assertIn("2035", summary["A1"].value)
        headers = [cell.value for cell in summary[3]]
        self.assertEqual(headers[:4], ["序号", "区县", "修订版本", "状态"])
        self.assertIn("实地查看得分", headers)
        self.assertEqual(headers[-2:], ["总分", "排名"])
        rows = [[cell.value for cell in row] for row in summary.iter_rows(min_row=4)]
        self.assertEqual(rows[0][1], self.county_a.name)
        self.assertEqual(rows[0][3], "已发布")
        self.assertEqual(rows[0][-1], 1)
        self.assertEqual(rows[0][headers.index("实地查看得分")], 90)
        details = book.worksheets[1]
        self.assertEqual(len(list(details.iter_rows(min_row=4))), len(cards.line_ids))
