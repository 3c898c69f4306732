# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tools import html2plaintext, is_html_empty

from .rmb import rmb_capitals

LEAD_KINDS = [("demand", "Demand"), ("project", "Investment Project")]
DEMAND_CHANNELS = [
    ("visit", "Visit"),
    ("portal", "Portal"),
    ("window", "Window"),
    ("phone", "Phone"),
]
DEMAND_STATES = [
    ("new", "New"),
    ("triaged", "Triaged"),
    ("case", "Turned into a Case"),
    ("project", "Turned into a Project"),
    ("answered", "Answered"),
]
OPEN_DEMAND_STATES = ("new", "triaged")
STAGE_ALERT_PARAM = "park_crm.stage_alert_days"
DEFAULT_STAGE_ALERT_DAYS = 30


class CrmLead(models.Model):
    """Demands (诉求) and investment projects are CRM leads of a park kind."""

    _name = "crm.lead"
    _inherit = ["crm.lead", "park.scope.mixin", "park.batch.mixin"]

    # crm.lead has its own ``city`` (the address)
    city_id = fields.Many2one(string="City of the Park")
    park_lead_kind = fields.Selection(
        selection=LEAD_KINDS, string="Park Kind", index=True, tracking=True
    )
    park_enterprise_id = fields.Many2one(
        comodel_name="res.partner",
        string="Enterprise",
        index=True,
        tracking=True,
        ondelete="restrict",
        domain=[("is_park_enterprise", "=", True), ("is_company", "=", True)],
    )
    park_department_id = fields.Many2one(
        comodel_name="park.department",
        string="Department",
        index=True,
        tracking=True,
        ondelete="restrict",
    )
    # demands
    park_visit_id = fields.Many2one(
        comodel_name="park.visit",
        string="Visit",
        index="btree_not_null",
        ondelete="set null",
    )
    park_channel = fields.Selection(
        selection=DEMAND_CHANNELS, string="Received Through", default="window"
    )
    park_demand_state = fields.Selection(
        selection=DEMAND_STATES,
        string="Demand State",
        default="new",
        index=True,
        tracking=True,
        copy=False,
    )
    park_matter_id = fields.Many2one(
        comodel_name="park.matter",
        string="Matter",
        index=True,
        ondelete="restrict",
        domain="[('state', '=', 'published'), ('is_latest', '=', True)]",
    )
    park_station_id = fields.Many2one(
        comodel_name="park.station",
        string="Station",
        ondelete="restrict",
        domain="[('park_id', '=', park_id)]",
        help="The station that handles the case; by default the station of the "
        "matter on the park's list.",
    )
    park_answer = fields.Html(string="Answer", copy=False)
    park_answer_date = fields.Datetime(string="Answered On", copy=False)
    park_project_id = fields.Many2one(
        comodel_name="crm.lead",
        string="Project",
        copy=False,
        index="btree_not_null",
        ondelete="set null",
    )
    park_case_ids = fields.One2many(
        comodel_name="helpdesk.ticket", inverse_name="park_lead_id", string="Cases"
    )
    park_case_count = fields.Integer(string="Case Count", compute="_compute_park_cases")
    # projects
    park_investment = fields.Float(
        string="Investment (RMB yuan)", digits=(16, 2), tracking=True
    )
    park_investment_capitals = fields.Char(
        string="Investment in Capitals", compute="_compute_park_investment_capitals"
    )
    park_signing_date = fields.Date(string="Signed On")
    park_start_date = fields.Date(string="Construction Start")
    park_production_date = fields.Date(string="Planned Production")
    park_blocker = fields.Text(string="Blockers")
    park_is_blocked = fields.Boolean(string="Blocked", tracking=True)
    park_stage_matter_ids = fields.Many2many(
        comodel_name="park.matter",
        string="Matters of the Stage",
        related="stage_id.park_matter_ids",
    )
    park_stage_case_ids = fields.Many2many(
        comodel_name="helpdesk.ticket",
        string="Cases of the Stage",
        compute="_compute_park_cases",
    )
    park_stage_days = fields.Integer(
        string="Days in Stage", compute="_compute_park_stage_days"
    )
    park_stage_alerted = fields.Boolean(string="Stage Alert Sent", copy=False)

    @api.depends("park_case_ids", "stage_id")
    def _compute_park_cases(self):
        for lead in self:
            cases = lead.park_case_ids
            lead.park_case_count = len(cases)
            lead.park_stage_case_ids = cases.filtered(
                lambda c, lead=lead: c.matter_id in lead.stage_id.park_matter_ids
            )

    @api.depends("park_investment")
    def _compute_park_investment_capitals(self):
        for lead in self:
            lead.park_investment_capitals = rmb_capitals(lead.park_investment)

    @api.depends("date_last_stage_update")
    def _compute_park_stage_days(self):
        now = fields.Datetime.now()
        for lead in self:
            since = lead.date_last_stage_update or lead.create_date or now
            lead.park_stage_days = (now - since).days

    @api.onchange("park_enterprise_id")
    def _onchange_park_enterprise_id(self):
        enterprise = self.park_enterprise_id
        if enterprise:
            self.partner_id = enterprise
            if enterprise.park_id and not self.park_id:
                self.park_id = enterprise.park_id

    @api.onchange("park_matter_id", "park_id")
    def _onchange_park_matter_id(self):
        if self.park_matter_id and self.park_id:
            self.park_station_id = self._park_default_station()

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        project_team = self._park_project_team()
        for vals in vals_list:
            enterprise = self.env["res.partner"].browse(vals.get("park_enterprise_id"))
            if enterprise:
                vals.setdefault("partner_id", enterprise.id)
                if not vals.get("park_id") and enterprise.sudo().park_id:
                    vals["park_id"] = enterprise.sudo().park_id.id
            kind = vals.get("park_lead_kind")
            if kind == "demand":
                vals.setdefault("type", "lead")
            elif kind == "project" and project_team:
                vals.setdefault("type", "opportunity")
                vals.setdefault("team_id", project_team.id)
        leads = super().create(vals_list)
        for lead in leads.filtered("park_enterprise_id"):
            lead._park_log(
                lambda env, lead=lead: env._(
                    "%(kind)s received: %(name)s",
                    kind=lead._park_kind_label(env),
                    name=lead.name,
                )
            )
        return leads

    def write(self, vals):
        if "stage_id" in vals:
            vals = dict(vals, park_stage_alerted=False)
        return super().write(vals)

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        # the project pipeline shows its own stages only
        if self.env.context.get("default_park_lead_kind") == "project":
            return stages.browse(
                stages.sudo()._search(
                    [("team_ids", "in", self._park_project_team().ids)],
                    order=stages._order,
                )
            )
        return super()._read_group_stage_ids(stages, domain)

    def _stage_find(self, team_id=False, domain=None, order="sequence, id", limit=1):
        project_team = self._park_project_team()
        team = self.env["crm.team"].browse(team_id) if team_id else self.team_id
        if project_team and (team == project_team or self.park_lead_kind == "project"):
            return self.env["crm.stage"].search(
                Domain.AND([domain or [], [("team_ids", "in", project_team.ids)]]),
                order=order,
                limit=limit,
            )
        return super()._stage_find(
            team_id=team_id, domain=domain, order=order, limit=limit
        )

    @api.model
    def _park_project_team(self):
        return self.env.ref("park_crm.crm_team_project", raise_if_not_found=False)

    # ------------------------------------------------------------------
    # demand actions
    # ------------------------------------------------------------------
    def action_park_triage(self):
        self._park_check_open_demand()
        self.write({"park_demand_state": "triaged"})
        return True

    def action_park_to_case(self):
        """Turn the demand into a case for its matter, carrying the enterprise,
        the matter and the park (station)."""
        self.ensure_one()
        self._park_check_open_demand()
        if not self.park_matter_id:
            raise UserError(
                self.env._("Choose the matter the case is for before turning it.")
            )
        if not self.park_enterprise_id:
            raise UserError(self.env._("Choose the enterprise the demand is from."))
        station = self.park_station_id or self._park_default_station()
        if not station:
            raise UserError(
                self.env._(
                    "%(park)s has no station to handle the case.",
                    park=self.park_id.name,
                )
            )
        case = self._park_open_case(self.park_matter_id, station)
        self.write({"park_demand_state": "case", "park_station_id": station.id})
        self.message_post(
            body=self.env._("Turned into the case %(case)s.", case=case.number)
        )
        return self._park_open_record(case)

    def action_park_to_project(self):
        self.ensure_one()
        self._park_check_open_demand()
        project = self.create(
            {
                "name": self.name,
                "park_lead_kind": "project",
                "park_enterprise_id": self.park_enterprise_id.id,
                "park_id": self.park_id.id,
                "park_department_id": self.park_department_id.id,
                "description": self.description,
                "user_id": self.env.user.id,
            }
        )
        self.write({"park_demand_state": "project", "park_project_id": project.id})
        return self._park_open_record(project)

    def action_park_answer(self):
        """Answer the demand directly: the enterprise reads it on its portal."""
        for demand in self:
            demand._park_check_open_demand()
            if is_html_empty(demand.park_answer):
                raise UserError(
                    self.env._(
                        "Write the answer before sending it (%(name)s).",
                        name=demand.name,
                    )
                )
        self.write(
            {"park_demand_state": "answered", "park_answer_date": fields.Datetime.now()}
        )
        for demand in self:
            demand.message_post(
                body=Markup("<p>%s</p>%s")
                % (self.env._("Answer sent to the enterprise:"), demand.park_answer),
                partner_ids=demand.park_enterprise_id.filtered("email").ids,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
            demand._park_log(
                lambda env, demand=demand: env._(
                    "Demand answered: %(name)s", name=demand.name
                ),
                description=demand.park_answer,
            )
        return True

    def action_park_view_cases(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Cases"),
            "res_model": "helpdesk.ticket",
            "view_mode": "list,form",
            "domain": [("park_lead_id", "=", self.id)],
        }

    # ------------------------------------------------------------------
    # project actions
    # ------------------------------------------------------------------
    def action_park_open_stage_cases(self):
        """Open a case for each matter of the stage that has none yet."""
        self.ensure_one()
        missing = self.stage_id.park_matter_ids - self.park_case_ids.matter_id
        if not missing:
            raise UserError(
                self.env._("Every matter of this stage already has its case.")
            )
        if not self.park_enterprise_id:
            raise UserError(self.env._("Choose the enterprise of the project."))
        cases = self.env["helpdesk.ticket"]
        for matter in missing:
            station = self._park_default_station(matter)
            if not station:
                raise UserError(
                    self.env._(
                        "%(park)s has no station to handle %(matter)s.",
                        park=self.park_id.name,
                        matter=matter.name,
                    )
                )
            cases |= self._park_open_case(matter, station)
        return self.action_park_view_cases()

    def action_park_print_sheet(self):
        self.ensure_one()
        return self.env.ref("park_crm.action_report_park_project").report_action(self)

    # ------------------------------------------------------------------
    # business methods
    # ------------------------------------------------------------------
    def _park_kind_label(self, env):
        field = self._fields["park_lead_kind"]
        return dict(field._description_selection(env)).get(self.park_lead_kind, "")

    def _park_log(self, summary, description=None):
        self.ensure_one()
        self.park_enterprise_id._park_log_event(
            "project" if self.park_lead_kind == "project" else "demand",
            summary,
            record=self,
            description=description,
        )

    def _park_check_open_demand(self):
        for lead in self:
            if lead.park_lead_kind != "demand":
                raise UserError(self.env._("%(name)s is not a demand.", name=lead.name))
            if lead.park_demand_state not in OPEN_DEMAND_STATES:
                raise UserError(
                    self.env._(
                        "The demand %(name)s has already been dealt with.",
                        name=lead.name,
                    )
                )

    def _park_default_station(self, matter=None):
        self.ensure_one()
        matter = matter or self.park_matter_id
        line = (
            self.env["park.matter.list.line"]
            .sudo()
            .search(
                [("park_id", "=", self.park_id.id), ("matter_id", "=", matter.id)],
                limit=1,
            )
        )
        if line.station_id:
            return line.station_id.sudo(False)
        return self.env["park.station"].search(
            [("park_id", "=", self.park_id.id)], limit=1
        )

    def _park_open_case(self, matter, station):
        self.ensure_one()
        description = self.description
        if is_html_empty(description):
            description = Markup("<p>%s</p>") % self.name
        return self.env["helpdesk.ticket"].create(
            {
                "name": f"{matter.name} - {self.name}",
                "enterprise_id": self.park_enterprise_id.id,
                "partner_id": self.park_enterprise_id.id,
                "matter_id": matter.id,
                "station_id": station.id,
                "description": description,
                "park_lead_id": self.id,
            }
        )

    def _park_open_record(self, record):
        return {
            "type": "ir.actions.act_window",
            "res_model": record._name,
            "res_id": record.id,
            "view_mode": "form",
        }

    @api.model
    def _park_stage_alert_days(self):
        value = self.env["ir.config_parameter"].sudo().get_param(STAGE_ALERT_PARAM, "")
        return int(value) if value.isdigit() else DEFAULT_STAGE_ALERT_DAYS

    @api.model
    def _park_stage_alert_domain(self, now=None):
        """Projects held in their stage longer than the stage allows."""
        now = now or fields.Datetime.now()
        default_days = self._park_stage_alert_days()
        team = self._park_project_team()
        stages = self.env["crm.stage"].search([("team_ids", "in", team.ids)])
        by_stage = Domain.OR(
            Domain("stage_id", "=", stage.id)
            & Domain(
                "date_last_stage_update",
                "<",
                now - timedelta(days=stage.park_max_days or default_days),
            )
            for stage in stages
        )
        return (
            Domain("park_lead_kind", "=", "project")
            & Domain("park_stage_alerted", "=", False)
            & Domain("active", "=", True)
            & Domain("won_status", "!=", "won")
            & by_stage
        )

    @api.model
    def _cron_park_stage_alerts(self):
        return self._park_process_in_batches(
            self._park_stage_alert_domain(),
            lambda projects: projects._park_raise_stage_alert(),
            batch_size=200,
        )

    def _park_raise_stage_alert(self):
        for project in self:
            project.activity_schedule(
                "mail.mail_activity_data_todo",
                summary=self.env._(
                    "Held %(days)s days in %(stage)s",
                    days=project.park_stage_days,
                    stage=project.stage_id.name,
                ),
                note=html2plaintext(project.park_blocker or ""),
                user_id=(project.user_id or self.env.user).id,
            )
        self.write({"park_stage_alerted": True})
