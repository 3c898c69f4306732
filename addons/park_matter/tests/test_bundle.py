# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError
from odoo.fields import Command
from odoo.tests import Form, tagged

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestBundle(ParkMatterCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.m_a = cls._make_matter(
            "379900-XK-000900001000",
            "食品经营许可",
            statutory=20,
            promised=3,
            theme="permit",
            materials=[
                ("营业执照（副本）", "copy", 1, True),
                ("法定代表人身份证件", "copy", 1, True),
                ("食品经营许可申请书", "original", 1, True),
            ],
        )
        cls.m_b = cls._make_matter(
            "379900-XK-000900002000",
            "户外广告设施设置审批",
            statutory=20,
            promised=2,
            theme="permit",
            materials=[
                ("营业执照(副本)", "original", 1, False),
                ("设置申请表", "original", 1, True),
            ],
        )
        cls.m_c = cls._make_matter(
            "379900-QT-000900003000",
            "公共场所卫生许可",
            statutory=20,
            promised=4,
            theme="permit",
            materials=[
                ("营业执照 （副本）", "copy", 2, True),
                ("法定代表人 身份证件", "copy", 1, False),
                ("卫生检测报告", "original", 1, True),
            ],
        )
        cls.bundle = cls.env["park.bundle"].create(
            {
                "name": "开办餐饮店",
                "code": "T-BUNDLE-FOOD",
                "theme": "permit",
                "line_ids": [
                    Command.create({"matter_id": cls.m_a.id, "step": 1, "sequence": 1}),
                    Command.create({"matter_id": cls.m_b.id, "step": 2, "sequence": 2}),
                    Command.create({"matter_id": cls.m_c.id, "step": 2, "sequence": 3}),
                ],
            }
        )

    def test_limit_arithmetic(self):
        b = self.bundle
        self.assertEqual(b.matter_count, 3)
        self.assertEqual(b.step_count, 2)
        # step 1: 3 days; step 2 in parallel: max(2, 4) = 4
        self.assertEqual(b.combined_limit, 7)
        self.assertEqual(b.individual_limit_total, 9)
        self.assertEqual(b.saved_days, 2)
        self.assertAlmostEqual(b.saved_percent, 22.2, places=1)
        self.assertEqual(b.visit_count, 1)
        self.assertEqual(b.individual_visit_total, 3)

    def test_all_sequential(self):
        self.bundle.line_ids.filtered(lambda ln: ln.matter_id == self.m_c).step = 3
        self.assertEqual(self.bundle.combined_limit, 9)
        self.assertEqual(self.bundle.saved_days, 0)
        self.assertEqual(self.bundle.saved_percent, 0.0)

    def test_limits_follow_new_version(self):
        self.m_c.write({"promised_limit": 1})
        # step 2 is now max(2, 1) = 2
        self.assertEqual(self.bundle.combined_limit, 5)
        self.assertEqual(self.bundle.individual_limit_total, 6)

    def test_merged_materials(self):
        merged = self.bundle._get_merged_materials()
        names = [m["name"] for m in merged]
        self.assertEqual(
            names,
            [
                "营业执照（副本）",
                "法定代表人身份证件",
                "食品经营许可申请书",
                "设置申请表",
                "卫生检测报告",
            ],
        )
        licence = merged[0]
        self.assertEqual(len(licence["materials"]), 3)
        self.assertEqual(licence["copies"], 2)
        self.assertTrue(licence["is_required"])
        self.assertEqual(licence["form_type"], "original", "the strictest form wins")
        self.assertEqual(
            licence["matters"],
            ["食品经营许可", "户外广告设施设置审批", "公共场所卫生许可"],
        )
        self.assertTrue(merged[1]["is_required"], "required by one matter is enough")
        self.assertEqual(self.bundle.material_total_count, 8)
        self.assertEqual(self.bundle.merged_material_count, 5)
        self.assertIn("卫生检测报告", self.bundle.merged_material_html)

    def test_publish_needs_published_matters(self):
        self.bundle.action_publish()
        self.assertEqual(self.bundle.state, "published")
        draft_bundle = self.env["park.bundle"].create(
            {
                "name": "含草稿",
                "code": "T-BUNDLE-DRAFT",
                "line_ids": [Command.create({"matter_id": self.m_draft.id})],
            }
        )
        with self.assertRaises(UserError):
            draft_bundle.action_publish()
        empty = self.env["park.bundle"].create({"name": "空", "code": "T-EMPTY"})
        with self.assertRaises(UserError):
            empty.action_publish()

    def test_form_shows_saving(self):
        with Form(self.env["park.bundle"]) as form:
            form.name = "员工录用"
            form.code = "T-BUNDLE-HIRE"
            with form.line_ids.new() as line:
                line.matter_id = self.m_a
                line.step = 1
            with form.line_ids.new() as line:
                line.matter_id = self.m_c
                line.step = 1
            self.assertEqual(form.combined_limit, 4)
            self.assertEqual(form.individual_limit_total, 7)
            self.assertEqual(form.saved_days, 3)
        self.assertEqual(form.record.merged_material_count, 4)
