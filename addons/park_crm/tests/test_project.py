# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

from odoo.addons.park_crm.models.rmb import rmb_capitals

from .common import ParkCrmCommon


@tagged("post_install", "-at_install")
class TestProject(ParkCrmCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.stage_signed = cls.env.ref("park_crm.crm_stage_project_signed")
        cls.stage_filing = cls.env.ref("park_crm.crm_stage_project_filing")
        cls.stage_filing.park_matter_ids = cls.matter | cls.matter_instant
        cls.stage_filing.park_max_days = 10
        cls.project = cls.Lead.create(
            {
                "name": "年产万吨新材料项目",
                "park_lead_kind": "project",
                "park_enterprise_id": cls.ent_a.id,
                "user_id": cls.agent.id,
                "park_investment": 1234567890.5,
            }
        )

    def _age_stage(self, project, days):
        project.flush_recordset()
        old = fields.Datetime.now() - timedelta(days=days)
        self.env.cr.execute(
            "UPDATE crm_lead SET date_last_stage_update = %s WHERE id = %s",
            (old, project.id),
        )
        project.invalidate_recordset()

    def test_rmb_capitals_for_zero_cents_and_hundreds_of_millions(self):
        self.assertEqual(rmb_capitals(0), "零元整")
        self.assertEqual(rmb_capitals(0.05), "伍分")
        self.assertEqual(rmb_capitals(1.05), "壹元零伍分")
        self.assertEqual(rmb_capitals(100000000), "壹亿元整")
        self.assertEqual(
            rmb_capitals(123456789.12),
            "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
        )
        self.assertEqual(
            self.project.park_investment_capitals,
            "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元伍角",
        )

    def test_project_sheet_prints_the_investment_in_capitals(self):
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "park_crm.report_park_project", self.project.ids
        )
        text = html.decode()
        self.assertIn("壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元伍角", text)
        self.assertIn("1,234,567,890.50", text)

    def test_stage_opens_the_cases_of_its_matters_once(self):
        self.project.stage_id = self.stage_filing
        self.project.action_park_open_stage_cases()
        cases = self.project.park_case_ids
        self.assertEqual(cases.matter_id, self.matter | self.matter_instant)
        self.assertEqual(self.project.park_stage_case_ids, cases)
        self.assertEqual(cases.enterprise_id, self.ent_a)
        with self.assertRaisesRegex(Exception, "already has its case"):
            self.project.action_park_open_stage_cases()

    def test_stage_held_too_long_raises_one_activity_for_the_project_agent(self):
        self.project.stage_id = self.stage_filing
        fresh = self.project.copy({"name": "刚进入阶段的项目"})
        fresh.stage_id = self.stage_filing
        self._age_stage(self.project, 11)
        with self._as_scheduled("park_crm.ir_cron_park_stage_alerts") as (ctx, _p):
            done = self.Lead.with_context(**ctx)._cron_park_stage_alerts()
        self.assertEqual(done, self.project)
        activity = self.project.activity_ids
        self.assertEqual(activity.user_id, self.agent)
        self.assertIn("Filing", activity.summary)
        self.assertFalse(fresh.activity_ids)
        # once only, until the project moves on
        self.Lead._cron_park_stage_alerts()
        self.assertEqual(len(self.project.activity_ids), 1)
        self.project.stage_id = self.env.ref("park_crm.crm_stage_project_land")
        self.assertFalse(self.project.park_stage_alerted)

    def test_stage_without_its_own_limit_uses_the_configured_default(self):
        self.env["ir.config_parameter"].set_param("park_crm.stage_alert_days", "5")
        self.assertEqual(self.project.stage_id, self.stage_signed)
        self._age_stage(self.project, 4)
        self.assertFalse(self.Lead._cron_park_stage_alerts())
        self._age_stage(self.project, 6)
        self.assertEqual(self.Lead._cron_park_stage_alerts(), self.project)

    def test_project_pipeline_shows_only_the_approval_stages(self):
        # the kanban's columns (group_expand) of the projects' action
        Lead = self.Lead.with_context(default_park_lead_kind="project")
        stages = Lead._read_group_stage_ids(self.env["crm.stage"], [])
        self.assertEqual(
            stages.mapped("name"),
            [
                "Signed",
                "Filing / Approval",
                "Land",
                "Planning Permit",
                "Construction Permit",
                "Completion Acceptance",
                "In Production",
            ],
        )
        # and the sales pipeline does not show them
        sales_stages = self.env["crm.lead"]._read_group_stage_ids(
            self.env["crm.stage"], []
        )
        self.assertFalse(sales_stages & stages)
