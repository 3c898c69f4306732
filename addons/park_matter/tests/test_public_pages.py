# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.fields import Command
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestPublicPages(HttpCase, ParkMatterCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Line = cls.env["park.matter.list.line"]
        Line.create({"park_id": cls.park_a.id, "matter_id": cls.m_register.id})
        Line.create({"park_id": cls.park_a.id, "matter_id": cls.m_tax.id})
        cls.m_register.material_ids[0].with_context(park_matter_in_place=True).write(
            {
                "blank_form": base64.b64encode(b"blank form content"),
                "blank_form_filename": "申请书.docx",
            }
        )
        cls.bundle = cls.env["park.bundle"].create(
            {
                "name": "企业开办一件事",
                "code": "T-BUNDLE-OPEN",
                "line_ids": [Command.create({"matter_id": cls.m_register.id})],
            }
        )
        cls.bundle.action_publish()
        cls.bundle_draft = cls.env["park.bundle"].create(
            {"name": "草稿一件事", "code": "T-BUNDLE-DRAFT"}
        )

    def test_parks_and_list_without_login(self):
        res = self.url_open("/park/parks")
        self.assertEqual(res.status_code, 200)
        self.assertIn(self.park_a.name, res.text)
        self.assertIn("企业开办一件事", res.text)
        res = self.url_open(f"/park/{self.park_a.id}/matters")
        self.assertEqual(res.status_code, 200)
        self.assertIn("企业设立登记", res.text)
        self.assertIn("新办纳税人套餐式服务", res.text)
        self.assertNotIn("印章刻制备案", res.text)
        self.assertEqual(self.url_open("/park/999999/matters").status_code, 404)

    def test_matter_guide_page(self):
        res = self.url_open(f"/park/matter/{self.m_register.id}")
        self.assertEqual(res.status_code, 200)
        for text in ("企业设立登记", "公司章程", "0533-12345", "可以网上办理吗？"):
            self.assertIn(text, res.text)
        self.assertIn(
            f"/park/material/{self.m_register.material_ids[0].id}/form", res.text
        )

    def test_unpublished_is_not_found(self):
        self.assertEqual(
            self.url_open(f"/park/matter/{self.m_draft.id}").status_code, 404
        )
        self.m_seal.action_withdraw()
        self.assertEqual(
            self.url_open(f"/park/matter/{self.m_seal.id}").status_code, 404
        )
        self.assertEqual(
            self.url_open(f"/park/bundle/{self.bundle_draft.id}").status_code, 404
        )
        self.assertEqual(
            self.url_open(f"/park/matter/{self.m_draft.id}/guide.pdf").status_code, 404
        )
        self.assertEqual(self.url_open("/park/matter/999999").status_code, 404)

    def test_superseded_version_points_to_current(self):
        old = self.m_register
        old.write({"conditions": "新版条件"})
        res = self.url_open(f"/park/matter/{old.id}")
        self.assertEqual(res.status_code, 200)
        self.assertIn("o_park_superseded", res.text)
        self.assertIn("申请人符合法定条件。", res.text)

    def test_portal_home_links_to_lists(self):
        self.authenticate(self.enterprise_user.login, self.enterprise_user.login)
        res = self.url_open("/my/home")
        self.assertEqual(res.status_code, 200)
        self.assertIn('href="/park/parks"', res.text)

    def test_bundle_page(self):
        res = self.url_open(f"/park/bundle/{self.bundle.id}")
        self.assertEqual(res.status_code, 200)
        self.assertIn("企业开办一件事", res.text)
        self.assertIn("公司章程", res.text)

    def test_blank_form_download(self):
        material = self.m_register.material_ids[0]
        res = self.url_open(f"/park/material/{material.id}/form")
        self.assertEqual(res.status_code, 200)
        self.assertEqual(res.content, b"blank form content")
        self.assertEqual(
            self.url_open(f"/park/material/{material.id}/sample").status_code, 404
        )
        draft_material = self.env["park.matter.material"].create(
            {
                "matter_id": self.m_draft.id,
                "name": "草稿材料",
                "blank_form": base64.b64encode(b"secret"),
            }
        )
        self.assertEqual(
            self.url_open(f"/park/material/{draft_material.id}/form").status_code, 404
        )

    # Debian's wkhtmltopdf (unpatched Qt) warns about header options it ignores
    @mute_logger("odoo.addons.base.models.ir_actions_report")
    def test_public_pdf(self):
        res = self.url_open(f"/park/matter/{self.m_register.id}/guide-short.pdf")
        self.assertEqual(res.status_code, 200)
        self.assertEqual(res.headers["Content-Type"], "application/pdf")
        self.assertTrue(res.content.startswith(b"%PDF"))
