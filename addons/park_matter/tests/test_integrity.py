# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command
from odoo.tests import HttpCase, tagged

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestCatalogueIntegrity(ParkMatterCommon):
    def test_station_manager_cannot_move_line_out_of_scope(self):
        """A line of one's own park cannot be moved to a park out of scope."""
        line = self.env["park.matter.list.line"].create(
            {"park_id": self.park_a.id, "matter_id": self.m_register.id}
        )
        for user in (self.station_manager_a, self.county_admin_a):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    line.with_user(user).write({"park_id": self.park_b.id})
                self.assertEqual(line.park_id, self.park_a)

    def test_published_bundle_only_holds_published_matters(self):
        bundle = self.env["park.bundle"].create(
            {
                "name": "企业开办",
                "code": "T-REVIEW-BUNDLE",
                "line_ids": [Command.create({"matter_id": self.m_register.id})],
            }
        )
        bundle.action_publish()
        with self.assertRaises(ValidationError):
            self.env["park.bundle.line"].create(
                {"bundle_id": bundle.id, "matter_id": self.m_draft.id}
            )
        with self.assertRaises(ValidationError):
            bundle.write({"line_ids": [Command.create({"matter_id": self.m_draft.id})]})

    def test_bundle_state_written_with_draft_matter_refused(self):
        bundle = self.env["park.bundle"].create(
            {
                "name": "草稿事项一件事",
                "code": "T-REVIEW-BUNDLE3",
                "line_ids": [Command.create({"matter_id": self.m_draft.id})],
            }
        )
        with self.assertRaises(ValidationError):
            bundle.write({"state": "published"})

    def test_withdraw_matter_of_published_bundle_refused(self):
        bundle = self.env["park.bundle"].create(
            {
                "name": "企业开办",
                "code": "T-REVIEW-BUNDLE2",
                "line_ids": [Command.create({"matter_id": self.m_seal.id})],
            }
        )
        bundle.action_publish()
        with self.assertRaises(UserError):
            self.m_seal.action_withdraw()
        self.assertEqual(self.m_seal.state, "published")
        bundle.action_draft()
        self.m_seal.action_withdraw()
        self.assertEqual(self.m_seal.state, "withdrawn")

    def test_guide_line_commands_change_new_version_only(self):
        """Editing materials/steps of a published matter (as a form saves them)
        leaves the version in force intact."""
        old = self.m_register
        materials = old.material_ids
        first, second = materials[0], materials[1]
        old_names = materials.mapped("name")
        step = old.step_ids[0]
        old.write(
            {
                "material_ids": [
                    Command.update(first.id, {"name": "新版申请书"}),
                    Command.delete(second.id),
                ],
                "step_ids": [Command.update(step.id, {"name": "网上申请"})],
            }
        )
        self.assertEqual(old.material_ids, materials)
        self.assertEqual(old.material_ids.mapped("name"), old_names)
        self.assertEqual(step.name, "申请与受理")
        self.assertEqual(old.state, "superseded")
        new = self.env["park.matter"].search(
            [("code", "=", old.code), ("is_latest", "=", True)]
        )
        self.assertEqual(new.version, 2)
        self.assertEqual(len(new.material_ids), len(materials) - 1)
        self.assertEqual(new.material_ids[0].name, "新版申请书")
        self.assertNotIn(old_names[1], new.material_ids.mapped("name"))
        self.assertEqual(new.step_ids[0].name, "网上申请")


@tagged("post_install", "-at_install")
class TestArchivedMatterPages(HttpCase, ParkMatterCommon):
    def test_archived_matter_not_served(self):
        material = self.m_register.material_ids[0]
        material.with_context(park_matter_in_place=True).write(
            {
                "blank_form": base64.b64encode(b"blank"),
                "blank_form_filename": "form.docx",
            }
        )
        url = f"/park/matter/{self.m_register.id}"
        form_url = f"/park/material/{material.id}/form"
        self.assertEqual(self.url_open(url).status_code, 200)
        self.assertEqual(self.url_open(form_url).status_code, 200)
        self.m_register.active = False
        self.assertEqual(self.url_open(url).status_code, 404)
        self.assertEqual(self.url_open(form_url).status_code, 404)
