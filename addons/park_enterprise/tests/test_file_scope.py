# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import AccessError, ValidationError
from odoo.fields import Command
from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .common import ParkEnterpriseCommon


class TestFileScope(ParkEnterpriseCommon):
    """The enterprise file (the enterprise, its contacts and attachments) is
    scoped by the user's parks like its licences."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.contact_b = cls.env["res.partner"].create(
            {"name": "赵磊", "parent_id": cls.enterprise_b.id, "phone": "13900000000"}
        )
        cls.scan_b = cls.env["ir.attachment"].create(
            {
                "name": "营业执照扫描件.pdf",
                "datas": base64.b64encode(b"%PDF-1.4 b"),
                "res_model": "res.partner",
                "res_id": cls.enterprise_b.id,
            }
        )
        cls.licence_b = cls._create_licence(cls.enterprise_b, "SCOPE-B-001")

    # 2. who reads a file
    def test_plain_employee_reads_no_enterprise_file(self):
        Partner = self.env["res.partner"].with_user(self.employee)
        self.assertFalse(Partner.search([("is_park_enterprise", "=", True)]))
        self.assertFalse(Partner.search([("id", "=", self.contact_a.id)]))
        with self.assertRaises(AccessError):
            self.enterprise_a.with_user(self.employee).legal_representative  # noqa: B018
        # partners that are no file stay readable (users, people, companies)
        self.assertTrue(Partner.search([("id", "=", self.agent_a.partner_id.id)]))

    def test_agent_reads_only_the_files_of_their_parks(self):
        Partner = self.env["res.partner"].with_user(self.agent_a)
        found = Partner.search([("is_park_file", "=", True)])
        self.assertIn(self.enterprise_a, found)
        self.assertIn(self.contact_a, found)
        self.assertNotIn(self.enterprise_b, found)
        self.assertNotIn(self.contact_b, found)
        for record in (self.enterprise_b, self.contact_b):
            with self.assertRaises(AccessError):
                record.with_user(self.agent_a).phone  # noqa: B018
        with self.assertRaises(AccessError):
            self.scan_b.with_user(self.agent_a).datas  # noqa: B018
        # the county administrator of B and the city administrator read it
        self.assertEqual(
            self.contact_b.with_user(self.county_admin_b).phone, "13900000000"
        )
        self.assertTrue(self.scan_b.with_user(self.city_admin).datas)

    def test_duplicate_credit_code_is_found_citywide_telling_only_the_park(self):
        with self.assertRaisesRegex(ValidationError, self.park_b.name):
            self.env["res.partner"].with_user(self.agent_a).create(
                {
                    "name": "重复登记公司",
                    "is_company": True,
                    "is_park_enterprise": True,
                    "park_id": self.park_a.id,
                    "uscc": self.code_b,
                }
            )
        form_warning = (
            self.env["res.partner"]
            .with_user(self.agent_a)
            .new({"uscc": self.code_b})
            ._onchange_uscc()
        )
        self.assertIn(self.park_b.name, form_warning["warning"]["message"])
        self.assertNotIn(self.enterprise_b.name, form_warning["warning"]["message"])

    # 1. portal access to another park's file
    def test_agent_cannot_attach_a_contact_to_another_parks_enterprise(self):
        Partner = self.env["res.partner"].with_user(self.agent_a)
        with self.assertRaises(AccessError):
            Partner.create(
                {
                    "name": "冒名联系人",
                    "parent_id": self.enterprise_b.id,
                    "email": "attacker@example.com",
                }
            )
        mine = Partner.create(
            {"name": "自己的联系人", "parent_id": self.enterprise_a.id}
        )
        with self.assertRaises(AccessError):
            mine.write({"parent_id": self.enterprise_b.id})
        # nor by moving the portal user's contact of their park
        with self.assertRaises(AccessError):
            self.portal_a.partner_id.with_user(self.agent_a).write(
                {"parent_id": self.enterprise_b.id}
            )
        self.assertEqual(self.portal_a.partner_id.parent_id, self.enterprise_a)
        self.assertEqual(self.contact_b.parent_id, self.enterprise_b)

    def test_agent_cannot_make_a_contact_of_another_park_a_company(self):
        with self.assertRaises(AccessError):
            self.contact_b.with_user(self.agent_a).write({"is_company": True})

    def test_portal_access_is_granted_only_within_scope(self):
        wizard = (
            self.env["portal.wizard"]
            .with_user(self.agent_a)
            .create({"partner_ids": [Command.link(self.contact_b.id)]})
        )
        line = wizard.user_ids.filtered(lambda u: u.partner_id == self.contact_b)
        line.email = "attacker@example.com"
        with self.assertRaises(AccessError):
            line.action_grant_access()
        self.assertFalse(self.contact_b.with_context(active_test=False).user_ids)
        # within scope the agent grants it
        self.contact_a.email = "liqiang@huaguang.example.com"
        wizard = (
            self.env["portal.wizard"]
            .with_user(self.agent_a)
            .create({"partner_ids": [Command.link(self.contact_a.id)]})
        )
        wizard.user_ids.filtered(
            lambda u: u.partner_id == self.contact_a
        ).action_grant_access()
        self.assertTrue(self.contact_a.user_ids._is_portal())

    def test_portal_access_follows_a_moved_contact_at_once(self):
        licence_a = self._create_licence(self.enterprise_a, "SCOPE-A-001")
        Licence = self.env["park.enterprise.licence"].with_user(self.portal_a)
        self.assertEqual(Licence.search([]), licence_a)
        # the city moves the person to enterprise B: access follows at once
        self.portal_a.partner_id.with_user(
            self.city_admin
        ).parent_id = self.enterprise_b
        self.assertEqual(Licence.search([]), self.licence_b)
        with self.assertRaises(AccessError):
            licence_a.with_user(self.portal_a).number  # noqa: B018

    # 4. editing, archiving and claiming
    def test_agent_cannot_edit_or_archive_another_parks_contacts(self):
        with self.assertRaises(AccessError):
            self.contact_b.with_user(self.agent_a).write({"phone": "110"})
        with self.assertRaises(AccessError):
            self.contact_b.with_user(self.agent_a).action_archive()
        self.assertTrue(self.contact_b.active)
        self.assertEqual(self.contact_b.phone, "13900000000")
        # a contact of their own enterprise they keep up to date
        self.contact_a.with_user(self.agent_a).phone = "0533-1111111"
        self.assertEqual(self.contact_a.phone, "0533-1111111")

    def test_agent_cannot_become_a_reminder_recipient_of_another_park(self):
        with self.assertRaises(AccessError):
            self.env["res.partner"].with_user(self.agent_a).create(
                {
                    "name": self.agent_a.name,
                    "email": self.agent_a.email or "agent@example.com",
                    "parent_id": self.enterprise_b.id,
                    "is_park_service_contact": True,
                }
            )
        self.assertNotIn(
            "agent@example.com",
            self.licence_b.reminder_partner_ids.mapped("email"),
        )

    def test_agent_cannot_claim_a_file_without_park(self):
        orphan = self.env["res.partner"].create(
            {"name": "无园区企业", "is_company": True, "is_park_enterprise": True}
        )
        with self.assertRaises(AccessError):
            orphan.with_user(self.agent_a).write({"park_id": self.park_a.id})
        self.assertFalse(orphan.park_id)
        # nor create a file without a park, which they could no longer see
        with self.assertRaises(AccessError):
            self.env["res.partner"].with_user(self.agent_a).create(
                {"name": "新企业", "is_company": True, "is_park_enterprise": True}
            )

    # 3. derived scope fields
    def test_scope_fields_of_a_licence_cannot_be_written(self):
        licence_a = self._create_licence(self.enterprise_a, "SCOPE-A-002")
        for field_name, value in (
            ("park_id", self.park_b.id),
            ("county_id", self.county_b.id),
        ):
            with self.assertRaises(AccessError):
                licence_a.with_user(self.agent_a).write({field_name: value})
        self.assertEqual(licence_a.park_id, self.park_a)
        self.assertEqual(self.enterprise_a.park_id, self.park_a)
        # given at creation, they are ignored: the park follows the enterprise
        created = (
            self.env["park.enterprise.licence"]
            .with_user(self.agent_a)
            .create(
                {
                    "partner_id": self.enterprise_a.id,
                    "licence_type_id": self.licence_type.id,
                    "number": "SCOPE-A-003",
                    "park_id": self.park_b.id,
                }
            )
        )
        self.assertEqual(created.park_id, self.park_a)
        self.assertEqual(self.enterprise_a.park_id, self.park_a)

    # 5. the timeline
    def test_files_of_internal_notes_stay_off_the_portal_timeline(self):
        note_file = self.env["ir.attachment"].create(
            {"name": "内部评估.docx", "raw": b"x", "res_model": "mail.compose.message"}
        )
        self.enterprise_a.message_post(
            body="内部", attachment_ids=note_file.ids, subtype_xmlid="mail.mt_note"
        )
        direct = self.env["ir.attachment"].create(
            {
                "name": "走访记录.pdf",
                "raw": b"y",
                "res_model": "res.partner",
                "res_id": self.enterprise_a.id,
            }
        )
        licence_a = self._create_licence(self.enterprise_a, "SCOPE-A-004")
        scan = self.env["ir.attachment"].create(
            {
                "name": "许可证扫描件.pdf",
                "raw": b"z",
                "res_model": "park.enterprise.licence",
                "res_id": licence_a.id,
            }
        )
        Event = self.env["park.enterprise.event"]
        events = Event.search([("kind", "=", "document")])
        by_source = {(e.res_model, e.res_id): e for e in events}
        self.assertTrue(by_source["ir.attachment", note_file.id].is_internal)
        self.assertTrue(by_source["ir.attachment", direct.id].is_internal)
        self.assertFalse(by_source["ir.attachment", scan.id].is_internal)
        seen = Event.with_user(self.portal_a).search([("kind", "=", "document")])
        self.assertEqual(seen.mapped("res_id"), [scan.id])

    def test_agent_cannot_post_into_another_parks_timeline(self):
        Event = self.env["park.enterprise.event"].with_user(self.agent_a)
        with self.assertRaises(AccessError):
            Event.create({"partner_id": self.enterprise_b.id, "name": "越权备注"})
        with self.assertRaises(AccessError):
            Event.create(
                {
                    "partner_id": self.enterprise_b.id,
                    "name": "越权备注",
                    "park_id": self.park_a.id,
                }
            )

    def test_timeline_note_author_and_date_cannot_be_forged(self):
        note = (
            self.env["park.enterprise.event"]
            .with_user(self.agent_a)
            .create(
                {
                    "partner_id": self.enterprise_a.id,
                    "name": "回访记录",
                    "user_id": self.city_admin.id,
                    "date": "2001-01-01 00:00:00",
                    "res_model": "park.enterprise.licence",
                    "res_id": self.licence_b.id,
                }
            )
        )
        self.assertEqual(note.user_id, self.agent_a)
        self.assertEqual(note.date.year, self.env.cr.now().year)
        self.assertFalse(note.res_model)


@tagged("post_install", "-at_install")
class TestFileScopeOverHttp(ParkEnterpriseCommon, HttpCase):
    """What an agent's browser (or script) sends: each call is its own
    transaction, started by the agent."""

    def _call(self, model, method, *args):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": list(args), "kwargs": {}},
        )

    def test_agent_cannot_pull_another_parks_contact_into_their_enterprise(self):
        contact_b = self.env["res.partner"].create(
            {"name": "赵磊", "parent_id": self.enterprise_b.id}
        )
        self.authenticate("ent_agent_a", "ent_agent_a")
        with mute_logger("odoo.http"), self.assertRaises(JsonRpcException) as caught:
            self._call(
                "res.partner",
                "write",
                [self.enterprise_a.id],
                {"child_ids": [Command.link(contact_b.id)]},
            )
        self.assertIn("AccessError", str(caught.exception))
        self.assertEqual(contact_b.parent_id, self.enterprise_b)
        with mute_logger("odoo.http"), self.assertRaises(JsonRpcException):
            self._call("res.partner", "read", [contact_b.id], ["phone"])
        # their own enterprise's contacts they read
        self.assertEqual(
            self._call("res.partner", "read", [self.contact_a.id], ["name"])[0]["name"],
            "李强",
        )
