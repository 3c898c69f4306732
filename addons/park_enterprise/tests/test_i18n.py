# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import ValidationError
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestI18n(TransactionCase):
    def test_zh_cn_loads_and_is_used(self):
        # the active languages are cached outside the transaction
        self.addCleanup(self.registry.clear_all_caches)
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_enterprise"], ["zh_CN"], overwrite=True
        )
        env = self.env(context=dict(self.env.context, lang="zh_CN"))
        stages = dict(
            env["res.partner"]._fields["lifecycle_stage"]._description_selection(env)
        )
        self.assertEqual(stages["operating"], "运营")
        self.assertEqual(
            env.ref("park_enterprise.licence_type_business_licence").name, "营业执照"
        )
        self.assertEqual(
            env.ref("park_enterprise.res_partner_menu_enterprise").name, "企业档案"
        )
        # system events are written in every installed language
        partner = self.env["res.partner"].create(
            {
                "name": "多语言测试有限公司",
                "is_park_enterprise": True,
                "lifecycle_stage": "opening",
            }
        )
        partner.lifecycle_stage = "operating"
        event = partner.park_event_ids.sorted("id")[-1]
        self.assertEqual(event.name, "Stage changed from Opening to Operating")
        self.assertEqual(event.with_env(env).name, "阶段由“开办”变更为“运营”")
        manual = partner._park_log_event("note", "仅一种语言")
        self.assertEqual(manual.with_env(env).name, "仅一种语言")
        with self.assertRaisesRegex(ValidationError, "校验位错误"):
            env["res.partner"].create(
                {
                    "name": "校验测试有限公司",
                    "is_park_enterprise": True,
                    "uscc": "91370303MA3C4K8L20",
                }
            )
        # the help of every action and the search views read in Chinese
        self.assertIn(
            "暂无阶段变更",
            env.ref("park_enterprise.park_enterprise_stage_history_action").help,
        )
        self.assertIn(
            "近期没有即将到期的证照",
            env.ref("park_enterprise.park_enterprise_licence_action_expiring").help,
        )
        arch = env["park.enterprise.stage.history"].get_views([(False, "search")])[
            "views"
        ]["search"]["arch"]
        self.assertIn('string="园区"', arch)
