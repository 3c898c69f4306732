# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import ast

from odoo.tests import tagged

from odoo.addons.park_base.models.park_pinyin_mixin import pinyin_key

from .common import ParkEnterpriseCommon


@tagged("post_install", "-at_install")
class TestPinyinSearch(ParkEnterpriseCommon):
    def _find(self, text, user=None):
        Partner = self.env["res.partner"]
        if user:
            Partner = Partner.with_user(user)
        return Partner.search(
            [
                ("display_name", "ilike", text),
                ("id", "in", (self.enterprise_a | self.enterprise_b).ids),
            ]
        )

    def test_pinyin_is_stored_full_and_initials(self):
        self.assertEqual(
            self.enterprise_a.name_pinyin,
            "zhangdianhuaguangjixieyouxiangongsi zdhgjxyxgs",
        )
        self.assertEqual(pinyin_key("ABC科技"), "abckeji abckj")
        self.assertFalse(pinyin_key(""))

    def test_full_pinyin_finds_the_enterprise(self):
        self.assertEqual(self._find("zhangdian"), self.enterprise_a)
        self.assertEqual(self._find("ZhangDian"), self.enterprise_a)
        self.assertEqual(self._find("zhang dian"), self.enterprise_a)
        self.assertEqual(self._find("qilu"), self.enterprise_b)

    def test_initials_find_the_enterprise(self):
        self.assertEqual(self._find("zdhg"), self.enterprise_a)
        self.assertEqual(self._find("lzql"), self.enterprise_b)
        # initials with gaps: 张店 … 公司
        self.assertEqual(self._find("zdgs"), self.enterprise_a)
        self.assertFalse(self._find("zdxq"))

    def test_chinese_name_and_code_still_work(self):
        self.assertEqual(self._find("华光"), self.enterprise_a)
        self.assertEqual(self._find(self.code_b[2:12]), self.enterprise_b)

    def test_name_search_and_rename(self):
        found = self.env["res.partner"].name_search("zdgs", limit=50)
        self.assertIn(self.enterprise_a.id, [pid for pid, _name in found])
        self.enterprise_a.name = "淄博博山陶瓷有限公司"
        self.assertEqual(
            self.enterprise_a.name_pinyin, "ziboboshantaociyouxiangongsi zbbstcyxgs"
        )
        self.assertFalse(self._find("zhangdian"))
        self.assertEqual(self._find("bstc"), self.enterprise_a)

    def test_only_enterprises_get_pinyin(self):
        person = self.env["res.partner"].create({"name": "张三"})
        self.assertFalse(person.name_pinyin)

    def test_agent_finds_by_initials_in_the_enterprise_menu(self):
        action = self.env.ref("park_enterprise.res_partner_action_enterprise")
        domain = ast.literal_eval(action.domain)
        found = (
            self.env["res.partner"]
            .with_user(self.agent_a)
            .search(domain + [("display_name", "ilike", "zdgs")])
        )
        self.assertEqual(found, self.enterprise_a)
