# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.tests import Form, tagged

from .common import ParkCrmCommon


@tagged("post_install", "-at_install")
class TestDemand(ParkCrmCommon):
    def test_demand_takes_the_park_of_its_enterprise_and_goes_on_its_timeline(self):
        demand = self._demand(user=self.agent)
        self.assertEqual(demand.park_id, self.park_a1)
        self.assertEqual(demand.partner_id, self.ent_a)
        self.assertEqual(demand.type, "lead")
        self.assertEqual(demand.park_demand_state, "new")
        event = self.env["park.enterprise.event"].search(
            [("partner_id", "=", self.ent_a.id), ("kind", "=", "demand")]
        )
        self.assertEqual(event.res_model, "crm.lead")
        self.assertEqual(event.res_id, demand.id)

    def test_demand_logged_from_the_form_of_a_visit(self):
        visit = self.env["park.visit"].create(
            {
                "subject": "走访",
                "park_id": self.park_a1.id,
                "department_id": self.department.id,
                "enterprise_ids": [Command.link(self.ent_a.id)],
            }
        )
        action = visit.action_park_new_demand()
        Lead = self.env["crm.lead"].with_context(**action["context"])
        with Form(Lead, view="park_crm.crm_lead_view_form_demand") as form:
            form.name = "用地指标咨询"
        demand = form.save()
        self.assertEqual(demand.park_visit_id, visit)
        self.assertEqual(demand.park_enterprise_id, self.ent_a)
        self.assertEqual(demand.park_channel, "visit")
        self.assertEqual(visit.demand_count, 1)

    def test_demand_turned_into_a_case_carries_enterprise_matter_and_park(self):
        demand = self._demand(user=self.agent, park_matter_id=self.matter.id)
        demand.with_user(self.agent).action_park_to_case()
        case = demand.park_case_ids
        self.assertEqual(len(case), 1)
        self.assertEqual(case.enterprise_id, self.ent_a)
        self.assertEqual(case.matter_id, self.matter)
        self.assertEqual(case.station_id, self.station_a1)
        self.assertEqual(case.park_id, self.park_a1)
        self.assertTrue(case.is_park_case)
        self.assertEqual(demand.park_demand_state, "case")
        with self.assertRaisesRegex(UserError, "already been dealt with"):
            demand.action_park_to_case()

    def test_demand_without_matter_is_refused_as_a_case(self):
        demand = self._demand()
        with self.assertRaisesRegex(UserError, "Choose the matter"):
            demand.action_park_to_case()
        self.assertFalse(demand.park_case_ids)
        self.assertEqual(demand.park_demand_state, "new")

    def test_demand_turned_into_a_project_opens_it_on_the_project_pipeline(self):
        demand = self._demand(user=self.agent, name="新建年产万吨新材料项目")
        demand.with_user(self.agent).action_park_to_project()
        project = demand.park_project_id
        self.assertEqual(project.park_lead_kind, "project")
        self.assertEqual(project.type, "opportunity")
        self.assertEqual(project.team_id, self.project_team)
        self.assertEqual(
            project.stage_id, self.env.ref("park_crm.crm_stage_project_signed")
        )
        self.assertEqual(project.park_enterprise_id, self.ent_a)
        self.assertEqual(project.park_id, self.park_a1)
        self.assertEqual(demand.park_demand_state, "project")

    def test_answer_needs_a_text_and_reaches_the_timeline(self):
        demand = self._demand()
        with self.assertRaisesRegex(UserError, "Write the answer"):
            demand.action_park_answer()
        demand.park_answer = "<p>可在园区服务站办理。</p>"
        demand.action_park_answer()
        self.assertEqual(demand.park_demand_state, "answered")
        self.assertTrue(demand.park_answer_date)
        events = self.env["park.enterprise.event"].search(
            [("partner_id", "=", self.ent_a.id), ("kind", "=", "demand")]
        )
        self.assertEqual(len(events), 2)

    def test_agent_cannot_see_nor_make_demands_of_another_park(self):
        demand_b = self._demand(enterprise=self.ent_b)
        self.assertFalse(
            self.env["crm.lead"]
            .with_user(self.agent)
            .search([("id", "=", demand_b.id)])
        )
        with self.assertRaises(AccessError):
            self._demand(user=self.agent, enterprise=self.ent_b)
