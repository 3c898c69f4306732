# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest.mock import patch

from odoo.fields import Command
from odoo.tests import HttpCase, tagged

from odoo.addons.base.models.ir_actions_report import IrActionsReport

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestGuidePdfCache(HttpCase, ParkMatterCommon):
    """Anonymous guide PDFs are rendered once per version and variant, then
    served from the kept file."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.bundle = cls.env["park.bundle"].create(
            {
                "name": "企业开办一件事",
                "code": "T-BUNDLE-OPEN",
                "line_ids": [
                    Command.create({"matter_id": cls.m_register.id, "step": 1}),
                    Command.create({"matter_id": cls.m_seal.id, "step": 2}),
                ],
            }
        )
        cls.bundle.action_publish()

    def setUp(self):
        super().setUp()
        self.rendered = []

        def fake_render(report_self, report_ref, res_ids=None, data=None):
            # wkhtmltopdf stands in: a distinct file per call
            self.rendered.append((report_ref, tuple(res_ids or ())))
            pdf = b"%%PDF-1.4 %s %s #%d" % (
                str(report_ref).encode(),
                str(res_ids).encode(),
                len(self.rendered),
            )
            return pdf, "pdf"

        patcher = patch.object(
            IrActionsReport, "_render_qweb_pdf", autospec=True, side_effect=fake_render
        )
        patcher.start()
        self.addCleanup(patcher.stop)

    def _get(self, url):
        res = self.url_open(url)
        self.assertEqual(res.status_code, 200, url)
        self.assertEqual(res.headers["Content-Type"], "application/pdf")
        return res.content

    def test_second_request_serves_the_kept_file(self):
        url = f"/park/matter/{self.m_register.id}/guide.pdf"
        first = self._get(url)
        self.assertEqual(len(self.rendered), 1)
        second = self._get(url)
        self.assertEqual(len(self.rendered), 1, "rendered again")
        self.assertEqual(first, second)
        # the short notice is a file of its own
        short = self._get(f"/park/matter/{self.m_register.id}/guide-short.pdf")
        self.assertEqual(len(self.rendered), 2)
        self.assertNotEqual(short, first)
        self._get(f"/park/matter/{self.m_register.id}/guide-short.pdf")
        self.assertEqual(len(self.rendered), 2)

    def test_kept_file_is_hidden_from_users(self):
        self._get(f"/park/matter/{self.m_register.id}/guide.pdf")
        kept = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", "park.matter"),
                    ("res_id", "=", self.m_register.id),
                    ("res_field", "!=", False),
                ]
            )
        )
        self.assertEqual(len(kept), 1)
        for user in (self.city_admin, self.county_admin, self.agent):
            with self.subTest(user=user.login):
                visible = (
                    self.env["ir.attachment"]
                    .with_user(user)
                    .search(
                        [
                            ("res_model", "=", "park.matter"),
                            ("res_id", "=", self.m_register.id),
                        ]
                    )
                )
                self.assertNotIn(kept, visible)

    def test_new_version_is_rendered_anew(self):
        old_url = f"/park/matter/{self.m_register.id}/guide.pdf"
        old_pdf = self._get(old_url)
        self.m_register.with_user(self.city_admin).write({"conditions": "新版条件"})
        new = self.env["park.matter"].search(
            [("code", "=", self.m_register.code), ("state", "=", "published")]
        )
        self.assertNotEqual(new, self.m_register)
        new_pdf = self._get(f"/park/matter/{new.id}/guide.pdf")
        self.assertEqual(len(self.rendered), 2)
        self.assertNotEqual(new_pdf, old_pdf)
        # the superseded version prints as superseded: rendered again, once
        self._get(old_url)
        self.assertEqual(len(self.rendered), 3)
        self._get(old_url)
        self._get(f"/park/matter/{new.id}/guide.pdf")
        self.assertEqual(len(self.rendered), 3)

    def test_bundle_pdf_kept_until_bundle_changes(self):
        url = f"/park/bundle/{self.bundle.id}/guide.pdf"
        first = self._get(url)
        self.assertEqual(self._get(url), first)
        self.assertEqual(len(self.rendered), 1)
        self.bundle.with_user(self.city_admin).write({"description": "新的说明"})
        self._get(url)
        self.assertEqual(len(self.rendered), 2)
        # a new version of one of its matters changes the bundle's guide
        self.m_seal.with_user(self.city_admin).write({"conditions": "新版条件"})
        self._get(url)
        self.assertEqual(len(self.rendered), 3)
        self._get(url)
        self.assertEqual(len(self.rendered), 3)

    def test_withdrawn_matter_pdf_is_gone(self):
        self._get(f"/park/matter/{self.m_tax.id}/guide.pdf")
        self.m_tax.with_user(self.city_admin).action_withdraw()
        self.assertEqual(
            self.url_open(f"/park/matter/{self.m_tax.id}/guide.pdf").status_code, 404
        )
        self.assertFalse(
            self.env["ir.attachment"]
            .sudo()
            .search_count(
                [
                    ("res_model", "=", "park.matter"),
                    ("res_id", "=", self.m_tax.id),
                    ("res_field", "!=", False),
                ]
            )
        )
