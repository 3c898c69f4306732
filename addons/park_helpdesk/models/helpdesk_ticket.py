# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime
import math

from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import SQL

from .helpdesk_ticket_stage import OPEN_STATES
from .helpdesk_ticket_team import TEAM_LEVELS
from .park_helpdesk_material import SETTLED_STATES

HANDLING_MODES = [
    ("help", "Help (帮办): staff guide the enterprise"),
    ("agent", "Agent (代办): staff act on the enterprise's behalf"),
]
DEADLINE_STATES = [
    ("on_time", "On Time"),
    ("due_soon", "Due Soon"),
    ("overdue", "Overdue"),
    ("paused", "Paused"),
    ("closed", "Closed"),
]
OUTCOMES = [
    ("approved", "Approved"),
    ("refused", "Refused"),
    ("withdrawn", "Withdrawn"),
]
NEXT_LEVEL = {"park": "county", "county": "city"}
# cases of a matter (and station) needed before their history predicts
MIN_HISTORY = 5


class HelpdeskTicket(models.Model):
    """A helpdesk ticket is a park case when it is about a matter or a bundle."""

    _name = "helpdesk.ticket"
    _inherit = ["helpdesk.ticket", "park.scope.mixin"]

    station_id = fields.Many2one(
        comodel_name="park.station",
        index=True,
        tracking=True,
        ondelete="restrict",
    )
    park_id = fields.Many2one(related="station_id.park_id", store=True)
    enterprise_id = fields.Many2one(
        comodel_name="res.partner",
        index=True,
        tracking=True,
        ondelete="restrict",
        domain=[("is_park_enterprise", "=", True)],
    )
    enterprise_uscc = fields.Char(
        related="enterprise_id.uscc", string="Credit Code", store=True, index=True
    )
    matter_id = fields.Many2one(
        comodel_name="park.matter",
        index=True,
        tracking=True,
        ondelete="restrict",
        domain="[('state', '=', 'published'), ('is_latest', '=', True), "
        "('list_line_ids.park_id', '=', park_id)]",
    )
    matter_code = fields.Char(related="matter_id.code", store=True, index=True)
    bundle_id = fields.Many2one(
        comodel_name="park.bundle",
        index=True,
        tracking=True,
        ondelete="restrict",
        domain=[("state", "=", "published")],
    )
    is_park_case = fields.Boolean(
        string="Park Case", compute="_compute_is_park_case", store=True, index=True
    )
    park_channel = fields.Selection(
        related="channel_id.park_code", store=True, index=True
    )
    handling_mode = fields.Selection(
        selection=HANDLING_MODES, default="help", tracking=True
    )
    authorisation_date = fields.Date(
        string="Authorised On",
        help="Date of the enterprise's written authorisation (required for 代办).",
    )
    authorisation_file = fields.Binary(
        string="Authorisation", attachment=True, copy=False
    )
    authorisation_filename = fields.Char(copy=False)
    park_level = fields.Selection(
        selection=TEAM_LEVELS,
        string="Level",
        default="park",
        required=True,
        index=True,
        tracking=True,
    )
    department_ids = fields.Many2many(
        comodel_name="park.department",
        relation="helpdesk_ticket_park_department_rel",
        column1="ticket_id",
        column2="department_id",
        string="Implementing Departments",
    )
    external_number = fields.Char(
        string="Application Number",
        copy=False,
        index=True,
        help="The number of the application on the provincial platform (网上办).",
    )
    park_state = fields.Selection(
        related="stage_id.park_state", store=True, index=True, string="Case State"
    )
    outcome = fields.Selection(selection=OUTCOMES, tracking=True, copy=False)
    refuse_reason = fields.Text(copy=False)
    accept_date = fields.Date(string="Accepted On", copy=False, index=True)
    promised_limit = fields.Integer(
        string="Promised Limit (working days)",
        copy=False,
        help="From the park list's local promised limit when the case is filed.",
    )
    paused_days = fields.Integer(
        string="Paused Working Days", copy=False, readonly=True
    )
    extra_days = fields.Integer(
        string="Extra Working Days",
        copy=False,
        readonly=True,
        help="Working days granted on escalation.",
    )
    deadline_date = fields.Date(
        string="Promised Deadline", copy=False, index=True, readonly=True
    )
    remaining_days = fields.Integer(
        string="Remaining Working Days",
        compute="_compute_remaining_days",
        help="Working days from today to the deadline; negative when overdue. "
        "Not stored: it changes every day for every case, while the status "
        "below changes on a few days only.",
    )
    deadline_state = fields.Selection(
        selection=DEADLINE_STATES,
        string="Deadline Status",
        copy=False,
        index=True,
        readonly=True,
    )
    done_date = fields.Date(string="Finished On", copy=False, readonly=True)
    handling_days = fields.Integer(
        string="Working Days Taken",
        copy=False,
        readonly=True,
        help="Working days from acceptance to completion, pauses excluded.",
    )
    predicted_finish_date = fields.Date(
        compute="_compute_predicted_finish_date",
        help="From the working days that completed cases of the same matter "
        "(and station, when it has enough of them) took.",
    )
    is_at_risk = fields.Boolean(
        string="At Risk",
        copy=False,
        index=True,
        readonly=True,
        help="Cases of this matter usually take longer than this case's promised "
        "limit: likely to miss its deadline.",
    )
    is_possible_duplicate = fields.Boolean(
        string="Possible Duplicate",
        copy=False,
        index=True,
        help="Another open case of the same enterprise and matter existed when "
        "this one was filed.",
    )
    duplicate_case_ids = fields.Many2many(
        comodel_name="helpdesk.ticket",
        string="Open Cases of the Same Matter",
        compute="_compute_duplicate_case_ids",
    )
    material_line_ids = fields.One2many(
        comodel_name="park.helpdesk.material",
        inverse_name="ticket_id",
        string="Materials",
    )
    material_missing_count = fields.Integer(
        string="Missing Materials", compute="_compute_material_missing_count"
    )
    pause_ids = fields.One2many(
        comodel_name="park.helpdesk.pause", inverse_name="ticket_id", string="Pauses"
    )
    part_ids = fields.One2many(
        comodel_name="park.helpdesk.part",
        inverse_name="ticket_id",
        string="Joint Handling Parts",
    )
    visit_ids = fields.One2many(
        comodel_name="park.helpdesk.visit",
        inverse_name="ticket_id",
        string="Door-to-door Visits",
    )
    escalation_ids = fields.One2many(
        comodel_name="park.helpdesk.escalation",
        inverse_name="ticket_id",
        string="Escalations",
    )
    licence_number = fields.Char(
        copy=False, help="Number of the licence issued on approval."
    )
    licence_expiry_date = fields.Date(string="Licence Expiry", copy=False)
    licence_id = fields.Many2one(
        comodel_name="park.enterprise.licence",
        copy=False,
        readonly=True,
        ondelete="set null",
    )

    _number_uniq = models.UniqueIndex(
        "(number) WHERE number IS NOT NULL AND number != '/'",
        "A case with this number already exists.",
    )
    # the agent's queue: their open cases, the most urgent first, read
    # in index order instead of sorting a third of a million rows
    _park_queue_idx = models.Index(
        "(user_id, deadline_date, id) "
        "WHERE park_state IN ('new', 'accepted', 'supplement')"
    )
    _external_number_uniq = models.UniqueIndex(
        "(external_number) WHERE external_number IS NOT NULL",
        "A case for this application number already exists.",
    )

    # ------------------------------------------------------------------
    # computes and constraints
    # ------------------------------------------------------------------
    @api.depends("matter_id", "bundle_id")
    def _compute_is_park_case(self):
        for ticket in self:
            ticket.is_park_case = bool(ticket.matter_id or ticket.bundle_id)

    @api.depends("material_line_ids.state")
    def _compute_material_missing_count(self):
        for ticket in self:
            ticket.material_missing_count = len(
                ticket.material_line_ids.filtered(lambda m: m.state == "missing")
            )

    @api.depends("enterprise_id", "matter_id", "bundle_id")
    def _compute_duplicate_case_ids(self):
        for ticket in self:
            ticket.duplicate_case_ids = (
                self.search(ticket._park_duplicate_domain())
                if ticket.is_park_case and ticket.enterprise_id
                else self.browse()
            )

    def _compute_remaining_days(self):
        today = fields.Date.context_today(self)
        holidays = self.env["park.holiday"]
        for ticket in self:
            ticket.remaining_days = (
                holidays.count_working_days(today, ticket.deadline_date)
                if ticket.deadline_date
                else 0
            )

    def _compute_predicted_finish_date(self):
        expected = self._park_expected_days()
        holidays = self.env["park.holiday"]
        for ticket in self:
            days = expected.get(ticket.id)
            ticket.predicted_finish_date = (
                holidays.add_working_days(
                    ticket.accept_date, days + ticket.paused_days + ticket.extra_days
                )
                if days is not None and ticket.accept_date
                else False
            )

    @api.constrains("matter_id", "bundle_id", "station_id", "enterprise_id")
    def _check_park_case(self):
        for ticket in self.filtered("is_park_case"):
            if ticket.matter_id and ticket.bundle_id:
                raise ValidationError(
                    self.env._("A case is about a matter or a bundle, not both.")
                )
            if not ticket.station_id:
                raise ValidationError(
                    self.env._("Choose the station that handles the case.")
                )
            if not ticket.enterprise_id.is_park_enterprise:
                raise ValidationError(
                    self.env._(
                        "Choose the enterprise (an enterprise file) the case is for."
                    )
                )
            # set by create() only: a context sent over RPC can't hold a frozenset
            checked = self.env.context.get("park_checked_list_lines")
            if not isinstance(checked, frozenset):
                checked = frozenset()
            if ticket.matter_id and (ticket.park_id.id, ticket.matter_id.id) not in (
                checked
            ):
                ticket._park_list_line()
            if ticket.bundle_id and ticket.bundle_id.state != "published":
                raise ValidationError(
                    self.env._(
                        "The bundle %(bundle)s is not published.",
                        bundle=ticket.bundle_id.name,
                    )
                )
            bundle_park = ticket.bundle_id.sudo().park_id
            if bundle_park and bundle_park != ticket.park_id:
                # a park's own bundle (园区版) is handled in that park only
                raise ValidationError(
                    self.env._(
                        "The bundle %(bundle)s is %(bundle_park)s's own: a case "
                        "for it is filed in that park, not in %(park)s.",
                        bundle=ticket.bundle_id.sudo().name,
                        bundle_park=bundle_park.name,
                        park=ticket.park_id.name,
                    )
                )

    def _park_list_line(self):
        """The line of the park's matter list for this case's matter, or a
        clear refusal."""
        self.ensure_one()
        matter = self.matter_id
        if matter.state != "published" or not matter.is_latest:
            raise ValidationError(
                self.env._(
                    "%(matter)s (version %(version)s) is not the version in force "
                    "of this matter.",
                    matter=matter.name,
                    version=matter.version,
                )
            )
        line = (
            self.env["park.matter.list.line"]
            .sudo()
            .search(
                [("park_id", "=", self.park_id.id), ("matter_id", "=", matter.id)],
                order="id",
                limit=1,
            )
        )
        if not line:
            raise ValidationError(
                self.env._(
                    "The matter %(matter)s is not on the matter list of %(park)s: a "
                    "case can only be filed for a matter the park handles.",
                    matter=matter.name,
                    park=self.park_id.name,
                )
            )
        return line

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.onchange("matter_id", "bundle_id")
    def _onchange_park_subject(self):
        subject = self.matter_id or self.bundle_id
        if subject:
            self.name = subject.name
            if not self.description or self.description == "<p><br></p>":
                self.description = Markup("<p>%s</p>") % subject.name
            self.department_ids = self._park_departments(self.matter_id, self.bundle_id)

    @api.onchange("enterprise_id")
    def _onchange_enterprise_id(self):
        if self.enterprise_id and not self.partner_id:
            self.partner_id = self.enterprise_id

    @api.model
    def _park_departments(self, matter, bundle):
        if bundle:
            return bundle.line_ids.matter_id.department_id
        return matter.department_id

    def _prepare_ticket_number(self, values):
        if values.get("matter_id") or values.get("bundle_id"):
            # the case numbering by its xmlid (cached), not searched by code
            # at every case
            sequence = self.env.ref(
                "park_helpdesk.seq_park_helpdesk_case", raise_if_not_found=False
            )
            number = (
                sequence.sudo()._next()
                if sequence and sequence.sudo().active
                else self.env["ir.sequence"].next_by_code("park.helpdesk.case")
            )
            if number:
                return number
        return super()._prepare_ticket_number(values)

    @api.model_create_multi
    def create(self, vals_list):
        checked = set()
        for vals in vals_list:
            if not (vals.get("matter_id") or vals.get("bundle_id")):
                continue
            checked |= self._park_prepare_vals(vals)
        # the list lines found while preparing the values are not searched
        # again by the constraint checked at the creation
        tickets = super(
            HelpdeskTicket,
            self.with_context(park_checked_list_lines=frozenset(checked)),
        ).create(vals_list)
        tickets = tickets.with_env(self.env)
        cases = tickets.filtered("is_park_case")
        if cases:
            cases._park_check_scope()
            cases._park_after_filing()
        return tickets

    @api.model
    def _park_prepare_vals(self, vals):
        matter = self.env["park.matter"].browse(vals.get("matter_id"))
        bundle = self.env["park.bundle"].browse(vals.get("bundle_id"))
        subject = matter or bundle
        if vals.get("enterprise_id") and not vals.get("partner_id"):
            vals["partner_id"] = vals["enterprise_id"]
        vals.setdefault("name", subject.sudo().name)
        if not vals.get("description"):
            vals["description"] = Markup("<p>%s</p>") % subject.sudo().name
        if "department_ids" not in vals:
            departments = self._park_departments(matter.sudo(), bundle.sudo())
            vals["department_ids"] = [fields.Command.set(departments.ids)]
        return self._park_prepare_filing(vals)

    @api.model
    def _park_prepare_filing(self, vals):
        """The promised limit, team, agent and duplicate flag of a new case,
        put in its values so that the case is written once.

        :return: the (park id, matter id) pairs found on the park's list"""
        draft = self.sudo().new(
            {
                name: vals[name]
                for name in ("station_id", "matter_id", "bundle_id", "channel_id")
                if name in vals
            }
        )
        if not draft.station_id:
            return set()  # refused by the constraint after the create
        try:
            vals.setdefault("promised_limit", draft._park_promised_limit())
        except ValidationError:
            return set()  # idem: the matter is not on the park's list
        checked = {(draft.park_id.id, draft.matter_id.id)} if draft.matter_id else set()
        if not vals.get("team_id"):
            kinds = {"help_agent": "help_agent", "window": "window"}
            team = self.env["helpdesk.ticket.team"]._park_team_for(
                vals.get("park_level", "park"),
                draft.park_id,
                kinds.get(draft.channel_id.park_code),
            )
            if team:
                vals["team_id"] = team.id
                vals["user_id"] = self._park_pick_user(
                    team, fields.Date.context_today(self)
                ).id
        if vals.get("enterprise_id"):
            domain = [
                ("enterprise_id", "=", vals["enterprise_id"]),
                ("park_state", "in", OPEN_STATES),
            ]
            if draft.matter_id:
                domain.append(("matter_code", "=", draft.matter_id.code))
            else:
                domain.append(("bundle_id", "=", draft.bundle_id.id))
            vals["is_possible_duplicate"] = bool(
                self.sudo().search_count(domain, limit=1)
            )
        return checked

    def _park_after_filing(self):
        self._park_build_materials()
        self._park_escalate_undelegated()
        for case in self:
            number = case.number
            case._park_log(
                lambda env, number=number: env._("Case %(number)s filed", number=number)
            )

    def _park_escalate_undelegated(self):
        """Send up at intake the cases of matters approved at the county or
        city level that are not delegated to the park (no delegation in
        force): switched on by ``park_helpdesk.escalate_undelegated``."""
        enabled = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("park_helpdesk.escalate_undelegated", "1")
        )
        if enabled in ("0", "", "False") or "park.matter.delegation" not in self.env:
            return
        Delegation = self.env["park.matter.delegation"].sudo()
        for case in self.filtered(lambda c: c.matter_id and c.park_level == "park"):
            matter = case.matter_id.sudo()
            if not matter.approval_level or Delegation.search_count(
                [("park_id", "=", case.park_id.id), ("matter_id", "=", matter.id)]
                + Delegation._in_force_domain(),
                limit=1,
            ):
                continue
            reason = self.env._(
                "%(matter)s is approved at the %(level)s level and not delegated "
                "to %(park)s.",
                matter=matter.name,
                level=dict(
                    matter._fields["approval_level"]._description_selection(self.env)
                )[matter.approval_level],
                park=case.park_id.name,
            )
            for _step in range(1 if matter.approval_level == "county" else 2):
                try:
                    with self.env.cr.savepoint():
                        case._park_escalate(reason, automatic=True)
                except UserError:
                    # no team at that level: the park's team keeps the case
                    break

    def _park_promised_limit(self):
        """Working days promised by the park's list (bundles: the longest
        limit of each step, steps one after another)."""
        self.ensure_one()
        if self.matter_id:
            return self._park_list_line().local_promised_limit
        lines = (
            self.env["park.matter.list.line"]
            .sudo()
            .search(
                [
                    ("park_id", "=", self.park_id.id),
                    ("matter_id", "in", self.bundle_id.line_ids.matter_id.ids),
                ]
            )
        )
        local = {line.matter_id: line.local_promised_limit for line in lines}
        by_step = {}
        for line in self.bundle_id.sudo().line_ids:
            limit = local.get(line.matter_id, line.matter_id.promised_limit)
            by_step[line.step] = max(by_step.get(line.step, 0), limit)
        return sum(by_step.values())

    def _park_build_materials(self):
        """The checklist from the matter's materials or the bundle's merged ones."""
        vals_list = []
        for case in self:
            if case.material_line_ids:
                continue
            if case.bundle_id:
                entries = case.bundle_id.sudo()._get_merged_materials()
            else:
                entries = [
                    {
                        "name": m.name,
                        "form_type": m.form_type,
                        "copies": m.copies,
                        "is_required": m.is_required,
                        "materials": m,
                    }
                    for m in case.matter_id.sudo().material_ids
                ]
            vals_list += [
                {
                    "ticket_id": case.id,
                    "sequence": index,
                    "name": entry["name"],
                    "form_type": entry["form_type"],
                    "copies": entry["copies"],
                    "is_required": entry["is_required"],
                    "material_ids": [fields.Command.set(entry["materials"].ids)],
                }
                for index, entry in enumerate(entries, start=1)
            ]
        self.env["park.helpdesk.material"].sudo().create(vals_list)

    def _park_check_scope(self):
        """Cases stay in the parks of the user who files or moves them.

        Checked here and not only by the record rules: OCA's rules also let
        a helpdesk user reach the tickets assigned to them or that they follow,
        which a case being filed in another park would be."""
        if self.env.su or self.env.user.share:
            return
        outside = self.filtered("park_id") - self.filtered_domain(
            self.env.user._park_scope_domain("park_id")
        )
        if outside:
            raise AccessError(
                self.env._(
                    "The park %(park)s is not one of your parks: you can't file or "
                    "move cases there.",
                    park=outside[:1].park_id.sudo().name,
                )
            )

    def write(self, vals):
        stage = self.env["helpdesk.ticket.stage"].browse(vals.get("stage_id"))
        moving = self.filtered(lambda t: t.is_park_case and t.stage_id != stage)
        if stage and moving:
            vals = moving._park_before_stage(stage, vals)
        old_states = {case: case.park_state for case in moving} if stage else {}
        res = super().write(vals)
        if "station_id" in vals:
            self._park_check_scope()
        if old_states:
            moving._park_after_stage(old_states)
        return res

    # ------------------------------------------------------------------
    # the life of a case: every move of stage goes through here, from the
    # buttons and from the kanban alike
    # ------------------------------------------------------------------
    def _park_before_stage(self, stage, vals):
        """Checks (and values) before the cases move to ``stage``."""
        vals = dict(vals)
        state = stage.park_state
        today = fields.Date.context_today(self)
        for case in self:
            if case.park_state not in OPEN_STATES and case.park_state:
                raise UserError(
                    self.env._(
                        "The case %(number)s is closed and can't change stage.",
                        number=case.number,
                    )
                )
            if state == "accepted" and not case.accept_date:
                case._park_check_authorisation()
                case._park_deadline(case.promised_limit, today)
            elif state == "done":
                case._park_check_can_complete()
            elif state == "refused" and not (
                vals.get("refuse_reason") or case.refuse_reason
            ):
                raise UserError(self.env._("Give the reason why the case is refused."))
            elif state == "supplement" and not case.material_line_ids.filtered(
                lambda m: m.state == "missing"
            ):
                raise UserError(
                    self.env._(
                        "Mark the missing materials first: the enterprise is told "
                        "at once everything that is missing."
                    )
                )
        if state in ("done", "refused", "withdrawn"):
            vals.setdefault(
                "outcome",
                {"done": "approved", "refused": "refused", "withdrawn": "withdrawn"}[
                    state
                ],
            )
        return vals

    def _park_after_stage(self, old_states):
        today = fields.Date.context_today(self)
        for case in self:
            old, new = old_states[case], case.park_state
            if old == new:
                continue
            if old == "supplement":
                case._park_resume(today)
            if new == "accepted" and not case.accept_date:
                case._park_accept(today)
            elif new == "supplement":
                case._park_pause(today)
            elif new in ("done", "refused", "withdrawn"):
                case._park_close(today)

    def _park_check_authorisation(self):
        if self.handling_mode == "agent" and not (
            self.authorisation_date and self.authorisation_file
        ):
            raise UserError(
                self.env._(
                    "The case %(number)s is handled on the enterprise's behalf "
                    "(代办): record the enterprise's authorisation (date and "
                    "signed document) before accepting it.",
                    number=self.number,
                )
            )

    def _park_check_can_complete(self):
        missing = self.material_line_ids.filtered(
            lambda m: m.is_required and m.state not in SETTLED_STATES
        )
        if missing:
            raise UserError(
                self.env._(
                    "The case %(number)s can't be completed: these required "
                    "materials are not received: %(materials)s.",
                    number=self.number,
                    materials="、".join(missing.mapped("name")),
                )
            )
        open_parts = self.part_ids.filtered(lambda p: p.state != "done")
        if open_parts:
            raise UserError(
                self.env._(
                    "The case %(number)s can't be completed: the parts of "
                    "%(departments)s are not done.",
                    number=self.number,
                    departments="、".join(open_parts.department_id.mapped("name")),
                )
            )
        if not self.accept_date:
            raise UserError(
                self.env._(
                    "The case %(number)s has not been accepted yet.",
                    number=self.number,
                )
            )

    def _park_accept(self, today):
        values = self._park_deadline(self.promised_limit, today)
        self.sudo().write(dict(values, accept_date=today))
        self._park_refresh_deadline_state(today)
        self._park_notify("park_helpdesk.mail_template_case_accepted")
        number, deadline = self.number, self.deadline_date
        self._park_log(
            lambda env: env._(
                "Case %(number)s accepted, due %(deadline)s",
                number=number,
                deadline=deadline,
            )
        )

    def _park_deadline(self, limit, accept_date, paused=0, extra=0):
        """Deadline values for a case accepted on ``accept_date``; refused
        when the calendar has no holiday data for a year it spans."""
        holidays = self.env["park.holiday"]
        deadline = holidays.add_working_days(accept_date, limit + paused + extra)
        uncovered = holidays.uncovered_years(accept_date, deadline)
        if uncovered:
            raise UserError(
                self.env._(
                    "The working-day calendar has no holidays for %(years)s: load "
                    "the statutory holidays of that year before computing a "
                    "deadline that reaches it.",
                    years="、".join(str(year) for year in uncovered),
                )
            )
        return {"deadline_date": deadline, "paused_days": paused}

    def _park_recompute_deadline(self):
        for case in self.filtered("accept_date"):
            paused = sum(
                pause.working_days
                for pause in case.pause_ids
                if pause.date_end and pause.date_start >= case.accept_date
            )
            case.sudo().write(
                case._park_deadline(
                    case.promised_limit, case.accept_date, paused, case.extra_days
                )
            )

    def _park_pause(self, today):
        self.env["park.helpdesk.pause"].sudo().create(
            {"ticket_id": self.id, "date_start": today}
        )
        self.sudo().write({"deadline_state": "paused"})
        self._park_notify("park_helpdesk.mail_template_case_supplement")
        number = self.number
        missing = "、".join(
            self.material_line_ids.filtered(lambda m: m.state == "missing").mapped(
                "name"
            )
        )
        self._park_log(
            lambda env: env._(
                "Case %(number)s waits for a supplement: %(materials)s",
                number=number,
                materials=missing,
            )
        )

    def _park_resume(self, today):
        self.pause_ids.filtered(lambda p: not p.date_end).sudo().write(
            {"date_end": today}
        )
        self._park_recompute_deadline()
        self._park_refresh_deadline_state(today)

    def _park_close(self, today):
        vals = {"done_date": today, "deadline_state": "closed", "is_at_risk": False}
        if self.accept_date:
            vals["handling_days"] = max(
                self.env["park.holiday"].count_working_days(self.accept_date, today)
                - self.paused_days,
                0,
            )
        self.sudo().write(vals)
        if self.outcome == "approved":
            self._park_create_licence()
        self._park_notify("park_helpdesk.mail_template_case_done")
        number = self.number
        outcome = self.outcome
        labels = self._fields["outcome"]

        def summary(env):
            label = dict(labels._description_selection(env)).get(outcome, "")
            return env._(
                "Case %(number)s completed: %(outcome)s", number=number, outcome=label
            )

        self._park_log(summary)

    def _park_create_licence(self):
        licence_type = self.matter_id.sudo().licence_type_id
        if not (licence_type and self.licence_number):
            return
        licence = (
            self.env["park.enterprise.licence"]
            .sudo()
            .create(
                {
                    "partner_id": self.enterprise_id.id,
                    "licence_type_id": licence_type.id,
                    "number": self.licence_number,
                    "department_id": self.matter_id.department_id.id,
                    "issue_date": self.done_date,
                    "expiry_date": self.licence_expiry_date,
                }
            )
        )
        self.sudo().licence_id = licence

    def _park_parts_done(self):
        """Complete the cases whose joint handling parts are all done."""
        for case in self.filtered(
            lambda c: (
                c.park_state == "accepted"
                and c.part_ids
                and all(p.state == "done" for p in c.part_ids)
            )
        ):
            case._park_move("done")

    def _park_check_open(self):
        closed = self.filtered(lambda c: c.park_state not in OPEN_STATES)
        if closed:
            raise UserError(
                self.env._("The case %(number)s is closed.", number=closed[:1].number)
            )

    # ------------------------------------------------------------------
    # buttons
    # ------------------------------------------------------------------
    @api.model
    def _park_stage(self, state):
        stage = self.env["helpdesk.ticket.stage"].search(
            [("park_state", "=", state)], order="sequence, id", limit=1
        )
        if not stage:
            raise UserError(
                self.env._("No helpdesk stage is set up for this case state.")
            )
        return stage

    def _park_move(self, state, **vals):
        self.write(dict(vals, stage_id=self._park_stage(state).id))
        return True

    def action_park_accept(self):
        return self._park_move("accepted")

    def action_park_request_supplement(self):
        return self._park_move("supplement")

    def action_park_supplement_received(self):
        for case in self:
            if case.park_state != "supplement":
                raise UserError(
                    self.env._(
                        "The case %(number)s is not waiting for a supplement.",
                        number=case.number,
                    )
                )
        return self._park_move("accepted" if self.accept_date else "new")

    def action_park_complete(self):
        return self._park_move("done")

    def action_park_withdraw(self):
        return self._park_move("withdrawn")

    def action_park_refuse(self, reason):
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason why the case is refused."))
        return self._park_move("refused", refuse_reason=reason)

    def action_park_refuse_wizard(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Refuse the Case"),
            "res_model": "park.helpdesk.refuse",
            "view_mode": "form",
            "target": "new",
            "context": {"default_ticket_id": self.id},
        }

    def action_park_escalate_wizard(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Escalate"),
            "res_model": "park.helpdesk.escalate",
            "view_mode": "form",
            "target": "new",
            "context": {"default_ticket_ids": self.ids},
        }

    def action_park_merge_duplicates(self):
        self.ensure_one()
        tickets = self | self.duplicate_case_ids
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Merge Cases"),
            "res_model": "helpdesk.ticket.merge",
            "view_mode": "form",
            "target": "new",
            "context": {"active_ids": tickets.ids, "active_model": self._name},
        }

    # ------------------------------------------------------------------
    # teams, rota and assignment
    # ------------------------------------------------------------------
    def _park_pick_user(self, team, day):
        """The on-duty member of ``team`` (all members when nobody is on the
        rota that day) with the fewest open cases."""
        members = team.sudo().user_ids.filtered("active")
        if not members:
            return self.env["res.users"]
        rota = (
            self.env["park.helpdesk.rota"]
            .sudo()
            .search([("team_id", "=", team.id), ("date", "=", day)], order="id")
        )
        candidates = (rota.user_id & members) or members
        counts = dict(
            self.sudo()._read_group(
                [("user_id", "in", candidates.ids), ("park_state", "in", OPEN_STATES)],
                ["user_id"],
                ["__count"],
            )
        )
        return min(candidates, key=lambda user: (counts.get(user, 0), user.id))

    # ------------------------------------------------------------------
    # escalation
    # ------------------------------------------------------------------
    def _park_escalate(self, reason, automatic=False):
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason for the escalation."))
        extra = int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("park_helpdesk.escalation_extra_days", 0)
        )
        Team = self.env["helpdesk.ticket.team"]
        for case in self:
            case._park_check_open()
            level = NEXT_LEVEL.get(case.park_level)
            if not level:
                raise UserError(
                    self.env._(
                        "The case %(number)s is already handled by the city: it "
                        "can't be escalated any further.",
                        number=case.number,
                    )
                )
            team = Team._park_team_for(level, case.park_id)
            if not team:
                raise UserError(
                    self.env._(
                        "There is no %(level)s team for %(park)s to escalate the "
                        "case %(number)s to.",
                        level=dict(
                            case._fields["park_level"]._description_selection(self.env)
                        )[level],
                        park=case.park_id.name,
                        number=case.number,
                    )
                )
            before = case.deadline_date
            user = case._park_pick_user(team, fields.Date.context_today(self))
            history = {
                "ticket_id": case.id,
                "level_from": case.park_level,
                "level_to": level,
                "team_from_id": case.team_id.id,
                "team_to_id": team.id,
                "deadline_before": before,
                "reason": reason,
                "is_automatic": automatic,
                "user_id": self.env.user.id,
            }
            case.sudo().write(
                {
                    "park_level": level,
                    "team_id": team.id,
                    "user_id": user.id,
                    "extra_days": case.extra_days + extra,
                }
            )
            if extra:
                case._park_recompute_deadline()
                case._park_refresh_deadline_state()
            history["deadline_after"] = case.deadline_date
            self.env["park.helpdesk.escalation"].sudo().create(history)
            number, level_to = case.number, level
            case.message_post(
                body=escape(
                    self.env._(
                        "Escalated to %(team)s: %(reason)s",
                        team=team.display_name,
                        reason=reason,
                    )
                )
            )

            def summary(env, number=number, level_to=level_to):
                labels = (
                    env["helpdesk.ticket"]
                    ._fields["park_level"]
                    ._description_selection(env)
                )
                return env._(
                    "Case %(number)s escalated to the %(level)s level",
                    number=number,
                    level=dict(labels)[level_to],
                )

            case._park_log(summary)
        return True

    # ------------------------------------------------------------------
    # deadlines, risk and the daily job
    # ------------------------------------------------------------------
    @api.model
    def _park_due_soon_days(self):
        return int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("park_helpdesk.due_soon_days", 2)
        )

    @api.model
    def _park_deadline_status(self, deadline, today, due_soon_days):
        """(remaining working days, status) of a deadline on ``today``."""
        remaining = self.env["park.holiday"].count_working_days(today, deadline)
        if today > deadline:
            return remaining, "overdue"
        if remaining <= due_soon_days:
            return remaining, "due_soon"
        return remaining, "on_time"

    def _park_refresh_deadline_state(self, today=None):
        today = today or fields.Date.context_today(self)
        due_soon = self._park_due_soon_days()
        for case in self.filtered(
            lambda c: c.deadline_date and c.park_state == "accepted"
        ):
            _remaining, status = self._park_deadline_status(
                case.deadline_date, today, due_soon
            )
            case.sudo().write({"deadline_state": status})

    @api.model
    def _park_expected_days_table(self):
        """{(matter code, station id or None): (avg working days, count)} of the
        completed cases, from SQL."""
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
                SELECT matter_code, station_id, AVG(handling_days), COUNT(*)
                  FROM helpdesk_ticket
                 WHERE park_state = 'done' AND matter_code IS NOT NULL
                   AND accept_date IS NOT NULL
              GROUP BY GROUPING SETS ((matter_code, station_id), (matter_code))
                """
            )
        )
        return {
            (code, station): (float(avg), count)
            for code, station, avg, count in self.env.cr.fetchall()
        }

    def _park_expected_days(self):
        """{case id: expected working days} for the cases with a history."""
        table = self._park_expected_days_table()
        result = {}
        for case in self:
            for key in (
                (case.matter_code, case.station_id.id),
                (case.matter_code, None),
            ):
                avg, count = table.get(key, (0, 0))
                if count >= MIN_HISTORY:
                    result[case.id] = math.ceil(avg)
                    break
        return result

    @api.model
    def _park_refresh_risk(self):
        """Flag the open cases whose matter (and station) history takes longer
        than their promised limit; one set-based statement."""
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
                WITH by_station AS (
                    SELECT matter_code, station_id, CEIL(AVG(handling_days)) AS days
                      FROM helpdesk_ticket
                     WHERE park_state = 'done' AND matter_code IS NOT NULL
                       AND accept_date IS NOT NULL
                  GROUP BY matter_code, station_id HAVING COUNT(*) >= %(min)s
                ), by_matter AS (
                    SELECT matter_code, CEIL(AVG(handling_days)) AS days
                      FROM helpdesk_ticket
                     WHERE park_state = 'done' AND matter_code IS NOT NULL
                       AND accept_date IS NOT NULL
                  GROUP BY matter_code HAVING COUNT(*) >= %(min)s
                ), expected AS (
                    SELECT t.id,
                           COALESCE(s.days, m.days, 0)
                           > COALESCE(t.promised_limit, 0) + COALESCE(t.extra_days, 0)
                           AS risk
                      FROM helpdesk_ticket t
                 LEFT JOIN by_station s ON s.matter_code = t.matter_code
                                       AND s.station_id = t.station_id
                 LEFT JOIN by_matter m ON m.matter_code = t.matter_code
                     WHERE t.park_state IN %(open)s
                )
                UPDATE helpdesk_ticket t SET is_at_risk = e.risk
                  FROM expected e
                 WHERE t.id = e.id AND t.is_at_risk IS DISTINCT FROM e.risk
                """,
                min=MIN_HISTORY,
                open=OPEN_STATES,
            )
        )
        self.invalidate_model(["is_at_risk"])

    @api.model
    def _park_refresh_deadlines_sql(self, today, id_from, id_to):
        """Status of the accepted cases with ids in [id_from, id_to), one
        statement that writes only the cases whose status changes: the status
        depends on the deadline date only, computed once per distinct date.
        Returns the ids that became due soon or overdue."""
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "SELECT DISTINCT deadline_date FROM helpdesk_ticket "
                "WHERE park_state = 'accepted' AND deadline_date IS NOT NULL "
                "AND id >= %s AND id < %s",
                id_from,
                id_to,
            )
        )
        dates = [row[0] for row in self.env.cr.fetchall()]
        if not dates:
            return []
        due_soon = self._park_due_soon_days()
        values = SQL(", ").join(
            SQL(
                "(%s::date, %s)",
                day,
                self._park_deadline_status(day, today, due_soon)[1],
            )
            for day in dates
        )
        self.env.cr.execute(
            SQL(
                """
                UPDATE helpdesk_ticket t
                   SET deadline_state = v.status
                  FROM (VALUES %s) AS v(day, status)
                 WHERE t.deadline_date = v.day
                   AND t.park_state = 'accepted' AND t.id >= %s AND t.id < %s
                   AND t.deadline_state IS DISTINCT FROM v.status
             RETURNING t.id, v.status
                """,
                values,
                id_from,
                id_to,
            )
        )
        changed = [
            row[0]
            for row in self.env.cr.fetchall()
            if row[1] in ("due_soon", "overdue")
        ]
        self.invalidate_model(["deadline_state"])
        return changed

    @api.model
    def _park_escalation_margin(self):
        return int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("park_helpdesk.escalation_margin_days", 2)
        )

    @api.model
    def _park_escalation_date(self):
        """The latest deadline that is overdue by the margin today: the day
        before the last ``margin`` working days."""
        holidays = self.env["park.holiday"]
        day = fields.Date.context_today(self)
        counted = 0
        while counted < self._park_escalation_margin():
            counted += holidays.is_working_day(day)
            day -= datetime.timedelta(days=1)
        return day

    @api.model
    def _park_escalation_domain(self):
        """Cases overdue by more than the margin whose next level has a team
        to take them (the others stay in their queues, not tried every day)."""
        teams = (
            self.env["helpdesk.ticket.team"]
            .sudo()
            .search([("park_level", "in", ("county", "city"))])
        )
        counties = teams.filtered(lambda t: t.park_level == "county").park_region_id
        cities = teams.filtered(lambda t: t.park_level == "city").park_region_id
        return Domain(
            [
                ("park_state", "=", "accepted"),
                ("deadline_state", "=", "overdue"),
                ("deadline_date", "<=", self._park_escalation_date()),
            ]
        ) & (
            Domain([("park_level", "=", "park"), ("county_id", "in", counties.ids)])
            | Domain([("park_level", "=", "county"), ("city_id", "in", cities.ids)])
        )

    @api.model
    def _park_auto_escalate(self, limit, after_id=0):
        """Escalate up to ``limit`` cases overdue by more than the margin,
        taken in id order after ``after_id``; returns the cases looked at
        (those without an upper team are left as they are)."""
        cases = self.search(
            self._park_escalation_domain() & Domain("id", ">", after_id),
            limit=limit,
            order="id",
        )
        reason = self.env._(
            "Overdue by more than %(days)s working days.",
            days=self._park_escalation_margin(),
        )
        for case in cases:
            try:
                with self.env.cr.savepoint():
                    case._park_escalate(reason, automatic=True)
            except UserError:
                # no upper team configured: nothing to escalate to; the case
                # stays overdue in the queues
                continue
        return cases

    def _park_schedule_deadline_activities(self):
        """A to-do for the case's agent and its station's manager, created in
        one batch."""
        labels = dict(self._fields["deadline_state"]._description_selection(self.env))
        todo = self.env.ref("mail.mail_activity_data_todo")
        model_id = self.env["ir.model"]._get_id(self._name)
        vals_list = []
        for case in self:
            users = case.user_id | case.station_id.sudo().manager_user_id
            vals_list += [
                {
                    "res_model_id": model_id,
                    "res_id": case.id,
                    "activity_type_id": todo.id,
                    "date_deadline": case.deadline_date,
                    "summary": self.env._(
                        "Case %(number)s: %(status)s",
                        number=case.number,
                        status=labels.get(case.deadline_state),
                    ),
                    "user_id": user.id,
                }
                for user in users
            ]
        self.env["mail.activity"].sudo().with_context(
            mail_activity_quick_update=True
        ).create(vals_list)

    @api.model
    def _cron_park_daily(self, batch_size=50000):
        """The daily job: deadline status, risk, escalation.

        The deadline refresh works on id ranges with set-based SQL and commits
        its progress through the cron progress API; escalation works on batches
        of cases. It never loads the open cases all at once."""
        cron = self.env["ir.cron"]
        today = fields.Date.context_today(self)
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "SELECT MIN(id), MAX(id) FROM helpdesk_ticket "
                "WHERE park_state = 'accepted'"
            )
        )
        low, high = self.env.cr.fetchone()
        if low is not None:
            for start in range(low, high + 1, batch_size):
                changed = self._park_refresh_deadlines_sql(
                    today, start, start + batch_size
                )
                self.browse(changed)._park_schedule_deadline_activities()
                if cron._commit_progress(1) <= 0:
                    return
        self._park_refresh_risk()
        cron._commit_progress(1)
        last_id = 0
        while True:
            cases = self._park_auto_escalate(limit=100, after_id=last_id)
            if not cases or cron._commit_progress(len(cases)) <= 0:
                break
            last_id = cases[-1].id

    # ------------------------------------------------------------------
    # duplicates, timeline, notifications
    # ------------------------------------------------------------------
    def _park_duplicate_domain(self):
        self.ensure_one()
        domain = [
            ("id", "!=", self.id),
            ("enterprise_id", "=", self.enterprise_id.id),
            ("park_state", "in", OPEN_STATES),
        ]
        if self.matter_id:
            domain.append(("matter_code", "=", self.matter_code))
        else:
            domain.append(("bundle_id", "=", self.bundle_id.id))
        return domain

    def _park_log(self, summary):
        self.ensure_one()
        if self.enterprise_id:
            self.enterprise_id._park_log_event("case", summary, record=self)

    def _park_notify(self, xmlid):
        template = self.env.ref(xmlid, raise_if_not_found=False)
        if not template or not self.partner_id:
            return
        self.message_post_with_source(
            template,
            subtype_xmlid="mail.mt_comment",
            partner_ids=self.partner_id.ids,
        )

    # ------------------------------------------------------------------
    # online intake (网上办)
    # ------------------------------------------------------------------
    @api.model
    def park_intake(self, vals):
        """Create the case of a provincial application, once.

        ``vals`` holds the case's values with ``external_number``, the
        application number. The same application pushed twice, even at the
        same moment, makes one case: the number is claimed with an
        ``INSERT ... ON CONFLICT DO NOTHING``; a concurrent claim committed
        after this transaction began raises a serialisation failure, on
        which Odoo retries the request, which then finds the case.

        :return: the id of the case (the existing one when the number was
            already taken in)
        """
        vals = dict(vals or {})
        number = (vals.get("external_number") or "").strip()
        if not number:
            raise UserError(
                self.env._("The application number (external_number) is required.")
            )
        vals["external_number"] = number
        existing = self.search([("external_number", "=", number)], limit=1)
        if existing:
            return existing.id
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "INSERT INTO park_helpdesk_intake (name, create_uid, create_date) "
                "VALUES (%s, %s, now() at time zone 'UTC') "
                "ON CONFLICT (name) DO NOTHING RETURNING id",
                number,
                self.env.uid,
            ),
            log_exceptions=False,
        )
        row = self.env.cr.fetchone()
        if not row:
            existing = self.sudo().search([("external_number", "=", number)], limit=1)
            if existing:
                return existing.id
            raise UserError(
                self.env._(
                    "The application %(number)s was taken in but its case was deleted.",
                    number=number,
                )
            )
        if not vals.get("channel_id"):
            online = self.env.ref(
                "park_helpdesk.channel_online", raise_if_not_found=False
            )
            vals["channel_id"] = online.id if online else False
        case = self.create(vals)
        self.env.cr.execute(
            SQL(
                "UPDATE park_helpdesk_intake SET ticket_id = %s WHERE id = %s",
                case.id,
                row[0],
            )
        )
        return case.id
