# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import ParkMatterCommon
from .test_import_export import GOOD, make_xlsx


@tagged("post_install", "-at_install")
class TestI18n(ParkMatterCommon):
    def test_zh_cn_is_used(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_matter"], ["zh_CN"], overwrite=True
        )
        env = self.env(context=dict(self.env.context, lang="zh_CN"))
        themes = dict(env["park.matter"]._fields["theme"]._description_selection(env))
        self.assertEqual(themes["opening"], "企业开办")
        self.assertEqual(themes["housing_fund"], "住房公积金")
        self.assertEqual(env.ref("park_matter.channel_window").name, "一窗办")
        self.assertEqual(
            env.ref("park_matter.park_matter_menu_catalogue").name, "事项指导目录"
        )
        with self.assertRaisesRegex(ValidationError, "事项编码 .* 无效"):
            env["park.matter"].create(
                {
                    "name": "坏编码",
                    "code": "AB",
                    "department_id": self.dept_amr.id,
                    "theme": "opening",
                    "matter_type": "licence",
                }
            )
        # the import accepts the Chinese labels and writes Chinese errors
        row = dict(
            GOOD,
            **{
                "Matter type": "行政许可",
                "Theme": "企业准营",
                "Channels": "一窗办、网上办",
            },
        )
        wizard = (
            env["park.matter.import"]
            .with_user(self.city_admin)
            .create({"file": base64.b64encode(make_xlsx([row]))})
        )
        wizard.action_import()
        self.assertEqual(wizard.state, "done", wizard.error_ids.mapped("message"))
        self.assertEqual(wizard.matter_ids.theme, "permit")
        self.assertEqual(len(wizard.matter_ids.channel_ids), 2)
        bad = dict(row, Code="379900-XK-000500009000", **{"Promised limit": 30})
        wizard = (
            env["park.matter.import"]
            .with_user(self.city_admin)
            .create({"file": base64.b64encode(make_xlsx([bad]))})
        )
        wizard.action_import()
        self.assertIn(
            "承诺时限（30）长于法定时限（20）。", wizard.error_ids.mapped("message")
        )
