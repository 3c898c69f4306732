# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestMatterVersion(ParkMatterCommon):
    def _versions(self, matter):
        return (
            self.env["park.matter"]
            .with_context(active_test=False)
            .search([("code", "=", matter.code)], order="version")
        )

    def test_publish_makes_current(self):
        self.assertEqual(self.m_register.state, "published")
        self.assertTrue(self.m_register.is_latest)
        self.assertEqual(self.m_register.version, 1)
        self.assertTrue(self.m_register.published_date)

    def test_edit_published_makes_new_version(self):
        old = self.m_register
        old_materials = old.material_ids
        old.write({"conditions": "新条件", "promised_limit": 0})
        # the published version is untouched ...
        self.assertEqual(old.conditions, "申请人符合法定条件。")
        self.assertEqual(old.promised_limit, 1)
        self.assertEqual(old.state, "superseded")
        self.assertFalse(old.is_latest)
        self.assertEqual(old.material_ids, old_materials)
        # ... and the change lives in version 2, in force at once
        versions = self._versions(old)
        self.assertEqual(versions.mapped("version"), [1, 2])
        new = versions[1]
        self.assertEqual(new.state, "published")
        self.assertTrue(new.is_latest)
        self.assertEqual(new.conditions, "新条件")
        self.assertEqual(new.promised_limit, 0)
        self.assertEqual(new.previous_version_id, old)
        self.assertEqual(new.material_ids.mapped("name"), old_materials.mapped("name"))
        self.assertFalse(new.material_ids & old_materials)
        self.assertEqual(new.version_ids, versions)

    def test_filed_reference_keeps_version(self):
        """Something filed under version 1 keeps reading version 1."""
        old = self.m_register
        filed = self.env["ir.attachment"].create(
            {
                "name": "case material",
                "res_model": "park.matter",
                "res_id": old.id,
                "raw": b"x",
            }
        )
        old.write({"name": "企业设立登记（新）"})
        matter = self.env["park.matter"].browse(filed.res_id)
        self.assertEqual(matter.name, "企业设立登记")
        self.assertEqual(matter.version, 1)
        self.assertEqual(matter.state, "superseded")

    def test_new_version_button_and_publish(self):
        old = self.m_tax
        line = self.env["park.matter.list.line"].create(
            {"park_id": self.park_a.id, "matter_id": old.id}
        )
        bundle = self.env["park.bundle"].create(
            {
                "name": "测试一件事",
                "code": "T-BUNDLE-V",
                "line_ids": [Command.create({"matter_id": old.id, "step": 1})],
            }
        )
        action = old.action_new_version()
        draft = self.env["park.matter"].browse(action["res_id"])
        self.assertEqual(draft.state, "draft")
        self.assertEqual(draft.version, 2)
        self.assertFalse(draft.is_latest)
        self.assertTrue(old.is_latest)
        # the draft is edited in place, the old version still in force
        draft.material_ids[0].name = "营业执照副本"
        draft.promised_limit = 1
        self.assertEqual(line.matter_id, old)
        with self.assertRaises(UserError):
            old.action_new_version()  # one draft at a time
        draft.action_publish()
        self.assertEqual(old.state, "superseded")
        self.assertTrue(draft.is_latest)
        # the park list and the bundle follow the version in force
        self.assertEqual(line.matter_id, draft)
        self.assertEqual(line.local_promised_limit, 1, "capped at the new limit")
        self.assertEqual(bundle.line_ids.matter_id, draft)
        self.assertEqual(old.material_ids[0].name, "营业执照")

    def test_published_parts_are_frozen(self):
        with self.assertRaises(UserError):
            self.m_register.material_ids[0].name = "改名"
        with self.assertRaises(UserError):
            self.m_register.step_ids[0].unlink()
        with self.assertRaises(UserError):
            self.env["park.matter.faq"].create(
                {"matter_id": self.m_register.id, "question": "Q", "answer": "A"}
            )
        with self.assertRaises(UserError):
            self.m_register.write({"code": "379900-XK-000105003999"})

    def test_published_cannot_be_deleted(self):
        with self.assertRaises(UserError):
            self.m_register.unlink()
        self.m_draft.unlink()
        self.assertFalse(self.m_draft.exists())

    def test_superseded_cannot_change(self):
        old = self.m_register
        old.write({"name": "企业设立登记 v2"})
        with self.assertRaises(UserError):
            old.write({"name": "再改"})

    def test_withdraw(self):
        line = self.env["park.matter.list.line"].create(
            {"park_id": self.park_a.id, "matter_id": self.m_seal.id}
        )
        self.m_seal.action_withdraw()
        self.assertEqual(self.m_seal.state, "withdrawn")
        self.assertFalse(line.active)
        with self.assertRaises(UserError):
            self.m_seal.action_withdraw()

    def test_code_format(self):
        for code in (
            "370300-x_k-0001",
            "SHORT",
            "3703--XK-000105",
            "-370300-XK-0001",
            "370300 XK 000105",
            "A" * 41,
        ):
            with self.subTest(code=code), self.assertRaises(ValidationError):
                self._make_matter(code, "坏编码", publish=False)
        good = self._make_matter("370300-xk-000105777000", "小写转大写", publish=False)
        self.assertEqual(good.code, "370300-XK-000105777000")

    @mute_logger("odoo.sql_db")
    def test_db_constraints(self):
        for vals in (
            {"promised_limit": 20, "statutory_limit": 10},
            {"promised_limit": -1},
            {"statutory_limit": -1, "promised_limit": 0},
            {"is_on_the_spot": True, "promised_limit": 3},
        ):
            with self.subTest(vals=vals), self.assertRaises(IntegrityError):
                with self.env.cr.savepoint():
                    self.m_draft.write(vals)
                    self.m_draft.flush_recordset()
        with self.assertRaises(IntegrityError), self.env.cr.savepoint():
            self.env["park.matter"].create(
                {
                    "code": self.m_register.code,
                    "version": 1,
                    "name": "重复",
                    "department_id": self.dept_amr.id,
                    "theme": "opening",
                    "matter_type": "licence",
                }
            ).flush_recordset()

    def test_fee_required_when_not_free(self):
        with self.assertRaises(ValidationError):
            self.m_draft.write({"is_free": False})
        self.m_draft.write({"is_free": False, "fee_text": "每件10元"})
        self.assertEqual(self.m_draft.fee_text, "每件10元")

    def test_search_by_pinyin_code_theme_department(self):
        Matter = self.env["park.matter"]
        self.assertIn(
            self.m_register, Matter.search([("name_pinyin", "ilike", "qysldj")])
        )
        self.assertIn(
            self.m_register, Matter.search([("name_pinyin", "ilike", "qiyesheli")])
        )
        found = Matter.name_search("qysldj")
        self.assertIn(self.m_register.id, [r[0] for r in found])
        found = Matter.name_search("379900-GG-000201001")
        self.assertEqual([r[0] for r in found], [self.m_tax.id])
        self.assertIn(self.m_tax, Matter.search([("theme", "=", "tax")]))
        self.assertEqual(
            Matter.search([("department_id", "=", self.dept_tax.id)]), self.m_tax
        )

    def test_form_on_the_spot_clears_limit(self):
        with Form(self.env["park.matter"]) as form:
            form.name = "即办事项"
            form.code = "379900-QR-000300100000"
            form.department_id = self.dept_amr
            form.theme = "change"
            form.matter_type = "confirmation"
            form.statutory_limit = 5
            form.promised_limit = 3
            form.is_on_the_spot = True
            self.assertEqual(form.promised_limit, 0)
        matter = form.record
        self.assertEqual(matter.state, "draft")
        self.assertEqual(matter.display_name, "[379900-QR-000300100000] 即办事项")
