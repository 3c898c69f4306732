# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
from datetime import timedelta

import openpyxl

from odoo import fields
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.park_base.tests.test_xlsx_machinery import (
    DANGEROUS_TEXTS,
    assert_text_cells,
)

from .common import ParkEnterpriseCommon, make_uscc


@tagged("post_install", "-at_install")
class TestReports(ParkEnterpriseCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        today = fields.Date.context_today(cls.env["park.enterprise.licence"])
        cls.licence = cls._create_licence(
            cls.enterprise_a, "SC-370303-0001", today + timedelta(days=7)
        )
        cls.enterprise_a2 = cls.env["res.partner"].create(
            {
                "name": "张店第二家有限公司",
                "is_company": True,
                "is_park_enterprise": True,
                "uscc": make_uscc("91379801MA3C4K8L3"),
                "park_id": cls.park_a.id,
                "lifecycle_stage": "permits",
                "is_key_enterprise": True,
            }
        )
        cls.Report = cls.env["ir.actions.report"]

    def test_enterprise_file_html(self):
        html, _kind = self.Report.with_user(self.agent_a)._render_qweb_html(
            "park_enterprise.action_report_enterprise_file", self.enterprise_a.ids
        )
        html = html.decode()
        for text in (
            "张店华光机械有限公司",
            self.code_a,
            self.park_a.name,
            "SC-370303-0001",
            "测试市场监督管理局",
            "Operating",
            "李强",
            "Licence recorded",
            "Life-cycle Stage History",
        ):
            self.assertIn(text, html)
        self.assertNotIn("临淄齐鲁新材料股份有限公司", html)

    def test_enterprise_file_pdf(self):
        # Debian's wkhtmltopdf (unpatched Qt) warns about header/footer switches
        with mute_logger("odoo.addons.base.models.ir_actions_report"):
            pdf, kind = self.Report.with_context(
                force_report_rendering=True
            )._render_qweb_pdf(
                "park_enterprise.action_report_enterprise_file", self.enterprise_a.ids
            )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))

    def test_park_register_xlsx(self):
        content, kind = self.Report.with_user(self.agent_a)._render_xlsx(
            "park_enterprise.action_report_park_enterprise_register",
            self.park_a.ids,
            {},
        )
        self.assertEqual(kind, "xlsx")
        book = openpyxl.load_workbook(io.BytesIO(content))
        self.assertEqual(book.sheetnames, [self.park_a.name])
        rows = list(book.active.iter_rows(values_only=True))
        self.assertIn(self.park_a.name, rows[0][0])
        header = rows[2]
        self.assertEqual(header[1], "Enterprise")
        self.assertEqual(header[2], "Unified Social Credit Code")
        body = {row[1]: row for row in rows[3:]}
        self.assertEqual(set(body), {"张店华光机械有限公司", "张店第二家有限公司"})
        first = body["张店华光机械有限公司"]
        self.assertEqual(first[2], self.code_a)
        self.assertEqual(first[4], "测试新材料")
        self.assertEqual(first[5], "Operating")
        self.assertEqual(first[9], 5000000)
        self.assertEqual(first[11], 86)
        self.assertEqual(first[-1], 1, "one licence expiring")
        self.assertEqual(body["张店第二家有限公司"][6], "Yes")

    def test_park_register_of_parks_with_the_same_name(self):
        namesake = self.env["park.park"].create(
            {
                "name": self.park_a.name,
                "code": "T-ENT-C",
                "county_id": self.county_a.id,
            }
        )
        content, _kind = self.Report._render_xlsx(
            "park_enterprise.action_report_park_enterprise_register",
            (self.park_a | namesake).ids,
            {},
        )
        book = openpyxl.load_workbook(io.BytesIO(content))
        self.assertEqual(
            book.sheetnames, [self.park_a.name, f"{self.park_a.name} T-ENT-C"]
        )

    def test_park_register_keeps_text_as_text(self):
        self.enterprise_a2.write(
            {
                "name": DANGEROUS_TEXTS[0],
                "legal_representative": "=1+1",
                "phone": "+86 533 1234567",
                "street": "@SUM(A1:A2)",
            }
        )
        content, _kind = self.Report._render_xlsx(
            "park_enterprise.action_report_park_enterprise_register",
            self.park_a.ids,
            {},
        )
        book = openpyxl.load_workbook(io.BytesIO(content))
        self.assertEqual(
            set(assert_text_cells(self, book.active)),
            {DANGEROUS_TEXTS[0], "=1+1", "@SUM(A1:A2)"},
        )
        phone = next(
            c
            for row in book.active.iter_rows()
            for c in row
            if c.value == "+86 533 1234567"
        )
        self.assertEqual(phone.data_type, "s")

    def test_park_register_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(
            ["park_base", "park_enterprise"], ["zh_CN"]
        )
        content, _kind = self.Report.with_context(lang="zh_CN")._render_xlsx(
            "park_enterprise.action_report_park_enterprise_register",
            self.park_a.ids,
            {},
        )
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        header = [c.value for c in sheet[3]]
        self.assertEqual(header[:3], ["序号", "企业", "统一社会信用代码"])
        self.assertEqual(sheet.freeze_panes, "C4")
        self.assertEqual(sheet.auto_filter.ref, "A3:O5")
        self.assertGreater(sheet.column_dimensions["B"].width, 30)
        body = {row[1]: row for row in sheet.iter_rows(min_row=4, values_only=True)}
        env_zh = self.env(context=dict(self.env.context, lang="zh_CN"))
        stages = dict(
            env_zh["res.partner"]
            ._fields["lifecycle_stage"]
            ._description_selection(env_zh)
        )
        self.assertNotEqual(stages["operating"], "Operating")
        self.assertEqual(body["张店华光机械有限公司"][5], stages["operating"])
        self.assertEqual(body["张店第二家有限公司"][6], "是")

    def test_download_name(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["ir.module.module"]._load_module_terms(["park_enterprise"], ["zh_CN"])
        report = self.env.ref("park_enterprise.action_report_park_enterprise_register")
        today = fields.Date.context_today(report).isoformat()
        self.assertEqual(
            report.with_context(lang="zh_CN")._park_xlsx_filename(self.park_a.ids),
            f"{self.park_a.name}企业名录-{today}.xlsx",
        )
