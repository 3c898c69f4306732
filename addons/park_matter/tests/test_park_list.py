# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestParkList(ParkMatterCommon):
    def _line(self, matter, park=None, **vals):
        return self.env["park.matter.list.line"].create(
            dict({"park_id": (park or self.park_a).id, "matter_id": matter.id}, **vals)
        )

    def test_local_limit_defaults_to_catalogue(self):
        line = self._line(self.m_tax)
        self.assertEqual(line.local_promised_limit, 2)
        self.assertEqual(line.theme, "tax")
        self.assertEqual(line.department_id, self.dept_tax)

    def test_local_limit_never_above_catalogue(self):
        with self.assertRaises(ValidationError):
            self._line(self.m_tax, local_promised_limit=3)
        line = self._line(self.m_tax, local_promised_limit=1)
        with self.assertRaises(ValidationError):
            line.local_promised_limit = 5
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.env.cr.savepoint():
                line.local_promised_limit = -1
                line.flush_recordset()

    def test_catalogue_limit_lowered_caps_local_limit(self):
        line = self._line(self.m_tax, local_promised_limit=2)
        other = self._line(self.m_tax, park=self.park_b, local_promised_limit=0)
        self.m_tax.write({"promised_limit": 1})
        new = line.matter_id
        self.assertNotEqual(new, self.m_tax)
        self.assertEqual(new.version, 2)
        self.assertEqual(line.local_promised_limit, 1)
        self.assertEqual(other.local_promised_limit, 0)

    def test_draft_limit_lowered_rechecked(self):
        # a draft's limit can't be lowered under a list's (lists hold published
        # matters, so this guards data written around the versioning)
        line = self._line(self.m_tax, local_promised_limit=2)
        with self.assertRaises(ValidationError):
            self.m_tax.with_context(park_matter_in_place=True).write(
                {"promised_limit": 1}
            )
        self.assertEqual(line.local_promised_limit, 2)

    def test_only_published_matters(self):
        with self.assertRaises(ValidationError):
            self._line(self.m_draft)

    @mute_logger("odoo.sql_db")
    def test_matter_once_per_park(self):
        self._line(self.m_tax)
        with self.assertRaises(IntegrityError), self.env.cr.savepoint():
            self._line(self.m_tax).flush_recordset()

    def test_window_of_the_park(self):
        self._line(self.m_tax, station_id=self.station_a.id, window_id=self.window_a.id)
        with self.assertRaises(ValidationError):
            self._line(self.m_seal, park=self.park_b, station_id=self.station_a.id)

    def test_gap_view(self):
        self._line(self.m_register)
        gap = self.env["park.matter"]._get_gap_matters(self.park_a)
        # high-frequency, published, not yet listed; not the rare one, not drafts
        self.assertEqual(gap, self.m_seal | self.m_tax)
        self.assertEqual(self.park_a.matter_gap_count, 2)
        self.assertEqual(self.park_b.matter_gap_count, 3)
        action = self.park_a.action_gap_analysis()
        shown = self.env["park.matter"].search(
            action["domain"] + [("code", "=like", "379900-%")]
        )
        self.assertEqual(shown, self.m_seal | self.m_tax | self.m_rare)
        # add the selected ones from the gap view
        self.env["park.matter"].browse(gap.ids).with_context(
            **action["context"]
        ).action_add_to_park_list()
        self.assertFalse(self.env["park.matter"]._get_gap_matters(self.park_a))
        self.park_a.invalidate_recordset(["matter_gap_count", "matter_line_count"])
        self.assertEqual(self.park_a.matter_gap_count, 0)
        self.assertEqual(self.park_a.matter_line_count, 3)
        self.assertEqual(
            self.park_a.matter_line_ids.station_id, self.station_a, "default station"
        )

    def test_archived_line_is_a_gap_and_comes_back(self):
        line = self._line(self.m_seal)
        line.active = False
        self.assertIn(
            self.m_seal, self.env["park.matter"]._get_gap_matters(self.park_a)
        )
        self.m_seal.with_context(
            park_matter_park_id=self.park_a.id
        ).action_add_to_park_list()
        self.assertTrue(line.active)

    def test_form_fills_local_limit(self):
        with Form(self.env["park.matter.list.line"]) as form:
            form.park_id = self.park_a
            form.matter_id = self.m_register
            self.assertEqual(form.local_promised_limit, 1)
            form.station_id = self.station_a
            form.window_id = self.window_a
            form.contact_name = "张三"
            form.contact_phone = "0533-1234567"
        self.assertEqual(form.record.window_id, self.window_a)
