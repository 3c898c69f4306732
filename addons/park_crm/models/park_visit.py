# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

VISIT_KINDS = [
    ("consultation", "Consultation"),
    ("policy", "Policy Promotion"),
    ("joint", "Joint Handling"),
    ("project", "Project Coordination"),
]
VISIT_STATES = [
    ("planned", "Planned"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]


class ParkVisit(models.Model):
    """A county department's visit to a park (送服务上门)."""

    _name = "park.visit"
    _inherit = ["park.scope.mixin", "mail.thread", "mail.activity.mixin"]
    _description = "Department Visit"
    _order = "date desc, id desc"

    name = fields.Char(
        string="Reference",
        required=True,
        copy=False,
        readonly=True,
        default=lambda self: self.env._("New"),
    )
    subject = fields.Char(required=True, tracking=True)
    park_id = fields.Many2one(required=True, tracking=True)
    department_id = fields.Many2one(
        comodel_name="park.department",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    kind = fields.Selection(
        selection=VISIT_KINDS, required=True, default="consultation", tracking=True
    )
    state = fields.Selection(
        selection=VISIT_STATES,
        required=True,
        default="planned",
        tracking=True,
        index=True,
    )
    date = fields.Datetime(
        required=True, default=fields.Datetime.now, tracking=True, index=True
    )
    duration = fields.Float(string="Duration (hours)", default=2.0)
    date_end = fields.Datetime(string="End", compute="_compute_date_end")
    visit_year = fields.Integer(
        string="Year", compute="_compute_visit_year", store=True, index=True
    )
    user_ids = fields.Many2many(
        comodel_name="res.users",
        relation="park_visit_res_users_rel",
        column1="visit_id",
        column2="user_id",
        string="Officials",
        default=lambda self: self.env.user,
    )
    official_partner_ids = fields.Many2many(
        comodel_name="res.partner",
        relation="park_visit_official_partner_rel",
        column1="visit_id",
        column2="partner_id",
        string="Other Officials",
        help="Officials without a user account (other departments' staff).",
    )
    enterprise_ids = fields.Many2many(
        comodel_name="res.partner",
        relation="park_visit_enterprise_rel",
        column1="visit_id",
        column2="partner_id",
        string="Enterprises Met",
        domain="[('is_park_enterprise', '=', True)]",
    )
    policy_ids = fields.Many2many(
        comodel_name="park.policy",
        relation="park_visit_policy_rel",
        column1="visit_id",
        column2="policy_id",
        string="Policies Presented",
    )
    issues = fields.Text(string="Issues Found")
    demand_ids = fields.One2many(
        comodel_name="crm.lead", inverse_name="park_visit_id", string="Demands"
    )
    demand_count = fields.Integer(compute="_compute_demand_count")
    calendar_event_id = fields.Many2one(
        comodel_name="calendar.event",
        copy=False,
        ondelete="set null",
    )

    @api.depends("date", "duration")
    def _compute_date_end(self):
        for visit in self:
            visit.date_end = visit.date and visit.date + timedelta(
                hours=visit.duration or 1.0
            )

    @api.depends("date")
    def _compute_visit_year(self):
        for visit in self:
            visit.visit_year = visit.date.year if visit.date else 0

    def _compute_demand_count(self):
        counts = dict(
            self.env["crm.lead"]._read_group(
                [("park_visit_id", "in", self.ids)], ["park_visit_id"], ["__count"]
            )
        )
        for visit in self:
            visit.demand_count = counts.get(visit, 0)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", self.env._("New")) == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code("park.visit")
        visits = super().create(vals_list)
        visits.filtered(lambda v: v.state == "planned")._park_schedule_reminders()
        return visits

    def write(self, vals):
        res = super().write(vals)
        if {"date", "duration", "subject", "user_ids"} & set(vals):
            self.filtered("calendar_event_id")._park_sync_calendar_event()
        return res

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    def action_park_done(self):
        for visit in self:
            if visit.state != "planned":
                raise UserError(
                    self.env._(
                        "Only a planned visit can be recorded as done (%(visit)s).",
                        visit=visit.name,
                    )
                )
        self.write({"state": "done"})
        self.activity_feedback(["mail.mail_activity_data_todo"])
        for visit in self:
            visit.enterprise_ids._park_log_event(
                "visit",
                lambda env, visit=visit: env._(
                    "Visit of %(department)s: %(subject)s",
                    department=visit.department_id.name,
                    subject=visit.subject,
                ),
                record=visit,
                is_internal=True,
            )
        return True

    def action_park_cancel(self):
        self.write({"state": "cancelled"})
        self.activity_unlink(["mail.mail_activity_data_todo"])
        self.calendar_event_id.sudo().unlink()
        return True

    def action_park_calendar(self):
        """Put the visit in the officials' calendars (and open the event)."""
        self.ensure_one()
        if not self.calendar_event_id:
            self.calendar_event_id = self.env["calendar.event"].create(
                self._park_calendar_event_vals()
            )
        return {
            "type": "ir.actions.act_window",
            "res_model": "calendar.event",
            "res_id": self.calendar_event_id.id,
            "view_mode": "form",
        }

    def action_park_new_demand(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Demand"),
            "res_model": "crm.lead",
            "view_mode": "form",
            "views": [(self.env.ref("park_crm.crm_lead_view_form_demand").id, "form")],
            "context": {
                "default_park_lead_kind": "demand",
                "default_type": "lead",
                "default_park_visit_id": self.id,
                "default_park_id": self.park_id.id,
                "default_park_channel": "visit",
                "default_park_department_id": self.department_id.id,
                "default_park_enterprise_id": self.enterprise_ids[:1].id,
            },
        }

    def action_park_view_demands(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_crm.crm_lead_action_demand"
        )
        action["domain"] = [("park_visit_id", "=", self.id)]
        action["context"] = {
            "default_park_visit_id": self.id,
            "default_park_id": self.park_id.id,
        }
        return action

    # ------------------------------------------------------------------
    # business methods
    # ------------------------------------------------------------------
    def _park_calendar_event_vals(self):
        self.ensure_one()
        return {
            "name": f"{self.name} {self.subject}",
            "start": self.date,
            "stop": self.date_end,
            "partner_ids": [
                fields.Command.set(
                    (self.user_ids.partner_id | self.official_partner_ids).ids
                )
            ],
            "alarm_ids": [
                fields.Command.set(self.env.ref("calendar.alarm_notif_2").ids)
            ],
            "description": self.issues or False,
        }

    def _park_sync_calendar_event(self):
        for visit in self:
            visit.calendar_event_id.write(visit._park_calendar_event_vals())

    def _park_schedule_reminders(self):
        """A to-do the day before the visit for each official."""
        for visit in self:
            deadline = (visit.date - timedelta(days=1)).date()
            for user in visit.user_ids:
                visit.activity_schedule(
                    "mail.mail_activity_data_todo",
                    date_deadline=deadline,
                    summary=self.env._("Visit to %(park)s", park=visit.park_id.name),
                    user_id=user.id,
                )
