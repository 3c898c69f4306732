# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import ParkBaseCommon


@tagged("post_install", "-at_install")
class TestChineseTranslation(ParkBaseCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(["park_base"], ["zh_CN"])

    def test_labels_in_chinese(self):
        Station = self.env["park.station"].with_context(lang="zh_CN")
        fields = Station.fields_get(["readiness_facilities", "station_type"])
        self.assertEqual(fields["readiness_facilities"]["string"], "基本设施配套")
        self.assertEqual(
            dict(fields["station_type"]["selection"]),
            {"centre": "服务中心", "station": "服务站"},
        )
        menu = self.env.ref("park_base.park_menu_root").with_context(lang="zh_CN")
        self.assertEqual(menu.name, "园区服务")
        group = self.env.ref("park_base.group_park_agent").with_context(lang="zh_CN")
        self.assertEqual(group.name, "帮办代办员")
        industry = self.env.ref("park_base.industry_new_model").with_context(
            lang="zh_CN"
        )
        self.assertEqual(industry.name, "新模式")
        self.assertEqual(
            self.station_a2.with_context(lang="zh_CN").readiness_missing,
            "基本设施配套\n服务人员固定\n基本功能健全\n帮办代办全程",
        )

    def test_errors_in_chinese(self):
        Station = self.env["park.station"].with_context(lang="zh_CN")
        with self.assertRaisesRegex(ValidationError, "必须隶属于一个园区"):
            Station.create({"name": "无园站"})
        with self.assertRaisesRegex(
            ValidationError, "属于“区县”级：其上级区域必须是“市”级"
        ):
            self.county_b.with_context(lang="zh_CN").parent_id = self.county_a
