# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
import unicodedata

from odoo.fields import Command
from odoo.tests import tagged
from odoo.tools import mute_logger
from odoo.tools.pdf import PdfFileReader

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestReports(ParkMatterCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.bundle = cls.env["park.bundle"].create(
            {
                "name": "企业开办",
                "code": "T-BUNDLE-OPEN",
                "line_ids": [
                    Command.create({"matter_id": cls.m_register.id, "step": 1}),
                    Command.create({"matter_id": cls.m_seal.id, "step": 2}),
                    Command.create({"matter_id": cls.m_tax.id, "step": 2}),
                ],
            }
        )
        cls.bundle.action_publish()

    def _html(self, report, records):
        html, _kind = (
            self.env["ir.actions.report"]
            .with_context(lang="en_US")
            ._render_qweb_html(report, records.ids)
        )
        return html.decode()

    def test_matter_guide_full_html(self):
        html = self._html("park_matter.report_matter_guide", self.m_register)
        for text in (
            "Service Guide",
            "企业设立登记",
            self.m_register.code,
            "测试市场监督管理局",
            "《中华人民共和国市场主体登记管理条例》",
            "公司章程",
            "住所使用证明",
            "审查与决定",
            "0533-12345",
            "可以网上办理吗？",
            "data:image/png;base64,",
        ):
            self.assertIn(text, html)
        self.assertRegex(html, r"Statutory limit</th>\s*<td><span>15</span>")
        self.assertRegex(html, r"Promised limit</th>\s*<td><span>1</span>")

    def test_matter_guide_short_html(self):
        html = self._html("park_matter.report_matter_guide_short", self.m_seal)
        self.assertIn("One-time Notice", html)
        self.assertIn("印章刻制备案", html)
        self.assertIn("营业执照", html)
        self.assertIn("Materials to Bring", html)
        self.assertNotIn("Legal Basis", html)

    def test_bundle_guide_html(self):
        html = self._html("park_matter.report_bundle_guide", self.bundle)
        self.assertIn("企业开办", html)
        self.assertIn("新办纳税人套餐式服务", html)
        # merged: 营业执照 and the ID card appear once in the materials table
        materials = html.split("o_park_bundle_materials")[1]
        self.assertEqual(materials.count("营业执照"), 1)
        self.assertEqual(materials.count(">法定代表人身份证件<"), 1)
        self.assertIn("data:image/png;base64,", html)
        short = self._html("park_matter.report_bundle_guide_short", self.bundle)
        self.assertIn("One-time Notice", short)
        self.assertIn("公司章程", short)

    # Debian's wkhtmltopdf (unpatched Qt) warns about header options it ignores
    @mute_logger("odoo.addons.base.models.ir_actions_report")
    def test_pdfs_render(self):
        # tests render HTML unless PDF rendering is forced
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        for report, records, material in (
            ("park_matter.report_matter_guide", self.m_register, "公司章程"),
            ("park_matter.report_matter_guide_short", self.m_register, "公司章程"),
            ("park_matter.report_bundle_guide", self.bundle, "营业执照"),
            ("park_matter.report_bundle_guide_short", self.bundle, "营业执照"),
        ):
            with self.subTest(report=report):
                pdf, kind = Report._render_qweb_pdf(report, records.ids)
                self.assertEqual(kind, "pdf")
                self.assertTrue(pdf.startswith(b"%PDF"))
                # the text of the PDF (CJK glyphs may come out as Kangxi
                # radicals: NFKC folds them back)
                reader = PdfFileReader(io.BytesIO(pdf))
                text = unicodedata.normalize(
                    "NFKC", "".join(page.extract_text() for page in reader.pages)
                )
                self.assertIn(records.name, text)
                self.assertIn(material, text)
                # Latin text is set in the report's web font, whose glyphs the
                # PDF reader cannot map back to text: check the code in HTML
                html = self._html(report, records)
                self.assertIn(records.code, html)

    def test_qr_points_to_public_page(self):
        self.assertTrue(
            self.m_register.public_url.endswith(f"/park/matter/{self.m_register.id}")
        )
        self.assertTrue(
            self.bundle.public_url.endswith(f"/park/bundle/{self.bundle.id}")
        )
        self.assertTrue(self.m_register._get_qr_data_uri().startswith("data:image/png"))

    def test_preview_action(self):
        action = self.m_register.action_preview_guide()
        self.assertEqual(action["type"], "ir.actions.report")
        self.assertEqual(action["report_type"], "qweb-html")
        html = self._html("park_matter.report_matter_guide_preview", self.m_register)
        self.assertIn("o_park_matter_guide", html)
