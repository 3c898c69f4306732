# Copyright 2025 园区通 contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
from datetime import timedelta

import openpyxl

from odoo import fields
from odoo.tests import tagged
from odoo.tools import mute_logger

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
            "张店测试产业园",
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
        self.assertEqual(book.sheetnames, ["张店测试产业园"])
        rows = list(book.active.iter_rows(values_only=True))
        self.assertIn("张店测试产业园", rows[0][0])
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
        self.assertEqual(book.sheetnames, ["张店测试产业园", "张店测试产业园 T-ENT-C"])
