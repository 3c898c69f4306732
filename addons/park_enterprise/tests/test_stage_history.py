# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged
from odoo.tools.sql import index_exists, make_index_name

from .common import ParkEnterpriseCommon


@tagged("post_install", "-at_install")
class TestStageHistory(ParkEnterpriseCommon):
    def test_creation_records_the_first_stage(self):
        history = self.enterprise_a.park_stage_history_ids
        self.assertEqual(len(history), 1)
        self.assertFalse(history.from_stage)
        self.assertEqual(history.to_stage, "operating")
        events = self.enterprise_a.park_event_ids.filtered(lambda e: e.kind == "stage")
        self.assertEqual(len(events), 1)
        self.assertEqual(events.res_model, "park.enterprise.stage.history")
        self.assertEqual(events.res_id, history.id)

    def test_every_change_is_recorded_by_whom(self):
        partner = self.enterprise_a.with_user(self.agent_a)
        partner.with_context(
            park_stage_note="变更法定代表人"
        ).lifecycle_stage = "changing"
        partner.lifecycle_stage = "operating"
        history = self.enterprise_a.park_stage_history_ids.sorted("id")
        self.assertEqual(
            [(h.from_stage, h.to_stage) for h in history],
            [
                (False, "operating"),
                ("operating", "changing"),
                ("changing", "operating"),
            ],
        )
        self.assertEqual(history[1].user_id, self.agent_a)
        self.assertEqual(history[1].note, "变更法定代表人")
        stage_events = self.enterprise_a.park_event_ids.filtered(
            lambda e: e.kind == "stage"
        )
        self.assertEqual(len(stage_events), 3)
        self.assertIn("Changing", stage_events.sorted("id")[1].name)

    def test_writing_the_same_stage_adds_nothing(self):
        self.enterprise_a.lifecycle_stage = "operating"
        self.enterprise_a.write({"phone": "0533-1234567"})
        self.assertEqual(len(self.enterprise_a.park_stage_history_ids), 1)

    def test_batch_write_records_each_enterprise(self):
        both = self.enterprise_a | self.enterprise_b
        both.lifecycle_stage = "deregistering"
        self.assertEqual(
            both.park_stage_history_ids.filtered(
                lambda h: h.to_stage == "deregistering"
            ).partner_id,
            both,
        )
        self.assertEqual(
            self.enterprise_b.park_stage_history_ids.sorted("id")[-1].from_stage,
            "construction",
        )

    def test_ordinary_contacts_have_no_history(self):
        person = self.env["res.partner"].create(
            {"name": "普通联系人", "lifecycle_stage": "operating"}
        )
        person.lifecycle_stage = "closed"
        self.assertFalse(person.park_stage_history_ids)
        self.assertFalse(person.park_event_ids)

    def test_history_is_read_only_for_agents(self):
        history = self.enterprise_a.park_stage_history_ids.with_user(self.agent_a)
        self.assertEqual(history.to_stage, "operating")
        self.assertFalse(history.has_access("write"))
        self.assertFalse(history.has_access("unlink"))

    def test_grouped_fields_are_indexed(self):
        """The stage history is grouped by stage and the register by size."""
        for model, fname in (
            ("park.enterprise.stage.history", "to_stage"),
            ("res.partner", "enterprise_size"),
        ):
            table = self.env[model]._table
            self.assertTrue(
                index_exists(self.env.cr, make_index_name(table, fname)),
                f"{model}.{fname} is not indexed",
            )
