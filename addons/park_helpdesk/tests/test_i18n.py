# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import ParkHelpdeskCommon


@tagged("post_install", "-at_install")
class TestI18n(ParkHelpdeskCommon):
    def test_zh_cn_is_used(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_helpdesk"], ["zh_CN"], overwrite=True
        )
        env = self.env(context=dict(self.env.context, lang="zh_CN"))
        states = dict(
            env["helpdesk.ticket"]._fields["deadline_state"]._description_selection(env)
        )
        self.assertEqual(states["overdue"], "已超期")
        self.assertEqual(env.ref("park_helpdesk.stage_supplement").name, "待补正")
        self.assertEqual(env.ref("park_helpdesk.channel_door_to_door").name, "上门办")
        case = self._file()
        case._park_escalate("一")
        case._park_escalate("二")
        with self.assertRaisesRegex(UserError, "已由市级办理"):
            case.with_env(env)._park_escalate("三")
        with freeze_time("2036-06-02"), self.assertRaisesRegex(UserError, "2036 年"):
            self._file().with_env(env).action_park_accept()
