# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import ParkCrmCommon


@tagged("post_install", "-at_install")
class TestI18n(ParkCrmCommon):
    def test_zh_cn_is_used(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_crm"], ["zh_CN"], overwrite=True
        )
        env = self.env(context=dict(self.env.context, lang="zh_CN"))
        states = dict(
            env["crm.lead"]._fields["park_demand_state"]._description_selection(env)
        )
        self.assertEqual(states["case"], "已转办件")
        self.assertEqual(
            env.ref("park_crm.crm_stage_project_construction").name, "施工许可"
        )
        with self.assertRaisesRegex(UserError, "转为办件前"):
            self._demand().with_env(env).action_park_to_case()
