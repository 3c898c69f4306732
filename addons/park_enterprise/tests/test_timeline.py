# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import datetime

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import ParkEnterpriseCommon


@tagged("post_install", "-at_install")
class TestTimeline(ParkEnterpriseCommon):
    def test_log_event_api(self):
        licence = self._create_licence(self.enterprise_a, "TL-1")
        # called on a contact of the enterprise: lands on the enterprise
        event = self.contact_a._park_log_event(
            "note",
            "上门走访，了解用地需求",
            record=licence,
            date=datetime(2024, 3, 1, 9, 30),
            description="<p>企业计划扩建二期厂房</p>",
            user=self.agent_a,
        )
        self.assertEqual(event.partner_id, self.enterprise_a)
        self.assertEqual(event.park_id, self.park_a)
        self.assertEqual((event.res_model, event.res_id), (licence._name, licence.id))
        self.assertEqual(event.user_id, self.agent_a)
        self.assertEqual(event.icon, "fa-sticky-note-o")
        self.assertEqual(event.source_name, licence.display_name)
        action = event.with_user(self.agent_a).action_open_source()
        self.assertEqual(
            (action["res_model"], action["res_id"]), (licence._name, licence.id)
        )
        licence.unlink()
        with self.assertRaisesRegex(UserError, "has been deleted"):
            event.with_user(self.agent_a).action_open_source()

    def test_ordinary_contacts_get_no_event(self):
        person = self.env["res.partner"].create({"name": "路人甲"})
        self.assertFalse(person._park_log_event("note", "无关"))

    def test_timeline_is_newest_first(self):
        old = self.enterprise_a._park_log_event(
            "note", "早期事件", date=datetime(2020, 1, 1)
        )
        new = self.enterprise_a._park_log_event("note", "最新事件")
        events = self.enterprise_a.park_event_ids
        self.assertEqual(events[0], new)
        self.assertEqual(events[-1], old)

    def test_attached_documents_appear(self):
        attachment = self.env["ir.attachment"].create(
            {
                "name": "营业执照副本.pdf",
                "datas": base64.b64encode(b"%PDF-1.4 test"),
                "res_model": "res.partner",
                "res_id": self.enterprise_a.id,
            }
        )
        event = self.enterprise_a.park_event_ids.filtered(
            lambda e: e.kind == "document"
        )
        self.assertEqual(len(event), 1)
        self.assertIn("营业执照副本.pdf", event.name)
        self.assertEqual(event.res_id, attachment.id)
        action = event.action_open_source()
        self.assertEqual(action["type"], "ir.actions.act_url")
        # a file posted with a message (moved from the composer) too
        pending = self.env["ir.attachment"].create(
            {
                "name": "环评批复.pdf",
                "datas": base64.b64encode(b"%PDF-1.4 test"),
                "res_model": "mail.compose.message",
                "res_id": 0,
            }
        )
        self.enterprise_a.message_post(body="附件", attachment_ids=pending.ids)
        self.assertEqual(
            len(
                self.enterprise_a.park_event_ids.filtered(
                    lambda e: e.kind == "document"
                )
            ),
            2,
        )
        # binary fields (avatars...) are not documents
        self.enterprise_a.image_1920 = base64.b64encode(
            base64.b64decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
            )
        )
        self.assertEqual(
            len(
                self.enterprise_a.park_event_ids.filtered(
                    lambda e: e.kind == "document"
                )
            ),
            2,
        )

    def test_smart_buttons_and_counts(self):
        self._create_licence(self.enterprise_a, "TL-2")
        self.assertEqual(self.enterprise_a.park_licence_count, 1)
        self.assertEqual(
            self.enterprise_a.park_event_count, len(self.enterprise_a.park_event_ids)
        )
        action = self.enterprise_a.action_park_open_timeline()
        self.assertEqual(action["domain"], [("partner_id", "=", self.enterprise_a.id)])
        action = self.enterprise_a.action_park_open_licences()
        self.assertEqual(action["context"]["default_partner_id"], self.enterprise_a.id)
        action = self.park_a.action_open_enterprises()
        self.assertIn(("park_id", "=", self.park_a.id), action["domain"])
        self.assertEqual(self.park_a.enterprise_count, 1)
        action = self.enterprise_a.action_park_open_enterprise()
        self.assertEqual(action["res_id"], self.enterprise_a.id)

    def test_kinds_can_be_extended(self):
        Event = self.env["park.enterprise.event"]
        kinds = dict(Event._fields["kind"].selection)
        self.assertTrue({"stage", "licence", "document", "note"} <= set(kinds))
        self.assertEqual(Event._kind_icons()["stage"], "fa-flag")
