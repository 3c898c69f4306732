# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.fields import Command
from odoo.tests import HttpCase, tagged

from .common import ParkEnterpriseCommon


@tagged("post_install", "-at_install")
class TestPortal(ParkEnterpriseCommon, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.licence_a = cls._create_licence(
            cls.enterprise_a,
            "PORTAL-A-001",
            file=base64.b64encode(b"%PDF-1.4 licence a"),
            file_name="licence_a.pdf",
        )
        cls.licence_b = cls._create_licence(
            cls.enterprise_b,
            "PORTAL-B-001",
            file=base64.b64encode(b"%PDF-1.4 licence b"),
            file_name="licence_b.pdf",
        )
        cls.enterprise_a._park_log_event("note", "内部备注不可见", is_internal=True)

    def test_own_file_is_shown(self):
        self.authenticate("ent_portal_a", "ent_portal_a")
        response = self.url_open("/my/enterprise")
        self.assertEqual(response.status_code, 200)
        page = response.text
        self.assertIn("张店华光机械有限公司", page)
        self.assertIn(self.code_a, page)
        self.assertIn("PORTAL-A-001", page)
        # the events read in the portal user's language
        lang = self.portal_a.lang
        events = self.enterprise_a.with_context(lang=lang).park_event_ids
        licence_event = events.filtered(lambda e: e.kind == "licence")
        stage_event = events.filtered(lambda e: e.kind == "stage")
        self.assertIn(licence_event.name, page)
        self.assertIn(stage_event.name, page)
        self.assertNotIn("PORTAL-B-001", page)
        self.assertNotIn("临淄齐鲁新材料股份有限公司", page)
        self.assertNotIn("内部备注不可见", page)
        # filtered by kind
        page = self.url_open("/my/enterprise?kind=stage").text
        self.assertIn(stage_event.name, page)
        self.assertNotIn(licence_event.name, page)

    def test_own_licence_and_file(self):
        self.authenticate("ent_portal_a", "ent_portal_a")
        response = self.url_open(f"/my/enterprise/licence/{self.licence_a.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn("PORTAL-A-001", response.text)
        response = self.url_open(f"/my/enterprise/licence/{self.licence_a.id}/file")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, b"%PDF-1.4 licence a")

    def test_guessing_another_enterprise_id_is_refused(self):
        self.authenticate("ent_portal_a", "ent_portal_a")
        for url in (
            f"/my/enterprise/licence/{self.licence_b.id}",
            f"/my/enterprise/licence/{self.licence_b.id}/file",
            "/my/enterprise/licence/999999999",
        ):
            response = self.url_open(url)
            self.assertEqual(response.status_code, 404, url)
            self.assertNotIn("PORTAL-B-001", response.text)
            self.assertNotIn("licence b", response.text)

    def test_home_entry_and_non_enterprise_users(self):
        self.authenticate("ent_portal_a", "ent_portal_a")
        response = self.url_open("/my/home")
        self.assertIn("/my/enterprise", response.text)
        self.env["res.users"].create(
            {
                "name": "普通门户用户",
                "login": "ent_portal_plain",
                "password": "ent_portal_plain",
                "group_ids": [Command.set(self.env.ref("base.group_portal").ids)],
            }
        )
        self.authenticate("ent_portal_plain", "ent_portal_plain")
        response = self.url_open("/my/enterprise", allow_redirects=False)
        self.assertIn(response.status_code, (302, 303))
        self.assertTrue(response.headers["Location"].endswith("/my"))
