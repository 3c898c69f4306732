# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

STATION_TYPES = [
    ("centre", "Service Centre"),
    ("station", "Service Station"),
]

# what a centre is built on (clause 2(1): 依托镇（街道）便民中心、园区管理机构、
# 物业服务机构等)
HOST_TYPES = [
    ("township_centre", "Township Convenience Centre"),
    ("park_body", "Park Management Body"),
    ("property", "Property Service Company"),
    ("other", "Other"),
]

# the four basics of clause 2(1): name of the stored boolean for each
READINESS_FIELDS = (
    "readiness_facilities",
    "readiness_staff",
    "readiness_functions",
    "readiness_help_agent",
)


class ParkStation(models.Model):
    _name = "park.station"
    _description = "Park Service Centre or Station"
    _inherit = ["mail.thread", "mail.activity.mixin", "park.scope.mixin"]
    _order = "sequence, name, id"
    _rec_names_search = ["name", "code"]

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(
        required=True,
        index=True,
        copy=False,
        readonly=False,
        default=lambda self: self.env._("New"),
        tracking=True,
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True, tracking=True)
    station_type = fields.Selection(
        selection=STATION_TYPES,
        string="Type",
        required=True,
        default="station",
        tracking=True,
        help="A service centre serves a whole park or township; a station is "
        "a smaller point inside the park.",
    )
    park_id = fields.Many2one(
        comodel_name="park.park",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    served_park_ids = fields.Many2many(
        comodel_name="park.park",
        relation="park_station_served_park_rel",
        column1="station_id",
        column2="park_id",
        string="Also Serves",
        help="Other parks this service centre serves, e.g. the parks of the "
        "township whose convenience centre it is. The centre still belongs to "
        "its own park; the users of the parks it serves can see it.",
    )
    # who set the centre up (clause 2(1)): the approval bureau leads, together
    # with the park management body or the township government
    host_type = fields.Selection(
        selection=HOST_TYPES,
        string="Built On",
        tracking=True,
        help="The body whose premises and services the centre relies on.",
    )
    host_body = fields.Char(
        tracking=True,
        help="The name of that body, e.g. 马桥镇便民服务中心.",
    )
    lead_department_id = fields.Many2one(
        comodel_name="park.department",
        string="Lead Bureau",
        ondelete="restrict",
        tracking=True,
        help="The approval bureau that leads the set-up (牵头), usually the "
        "county's administrative approval service bureau.",
    )
    partner_body = fields.Char(
        string="Together With",
        tracking=True,
        help="The park management body or township government that sets the "
        "centre up with the lead bureau (会同).",
    )
    manager_user_id = fields.Many2one(
        comodel_name="res.users",
        string="Station Manager",
        tracking=True,
        groups="base.group_user",
        domain="[('share', '=', False)]",
    )
    street = fields.Char(string="Address")
    phone = fields.Char()
    email = fields.Char()
    opening_hours = fields.Char(
        help="For example: Monday to Friday 9:00-12:00, 13:30-17:00.",
    )
    floor_area = fields.Float(string="Floor Area (m²)", digits=(10, 1))
    has_extranet = fields.Boolean(
        string="Government Extranet Connected",
        tracking=True,
        help="The government service extranet is reachable from the station, "
        "so matters delegated to the park can be handled online.",
    )
    has_department_systems = fields.Boolean(
        string="Department Systems Reachable",
        help="The approval departments' own business systems are reachable "
        "from the station.",
    )
    window_ids = fields.One2many(
        comodel_name="park.station.window",
        inverse_name="station_id",
        string="Windows",
        copy=True,
    )
    terminal_ids = fields.One2many(
        comodel_name="park.station.terminal",
        inverse_name="station_id",
        string="Self-service Terminals",
    )
    equipment_ids = fields.One2many(
        comodel_name="park.station.equipment",
        inverse_name="station_id",
        string="Office Equipment",
        copy=True,
    )
    assignment_ids = fields.One2many(
        comodel_name="park.staff.assignment",
        inverse_name="station_id",
        string="Staff Assignments",
    )
    training_ids = fields.Many2many(
        comodel_name="park.training",
        relation="park_station_training_rel",
        column1="station_id",
        column2="training_id",
        string="Trainings",
    )
    note = fields.Html(string="Notes", groups="base.group_user")

    # readiness: the four basics of clause 2(1), computed from the records
    readiness_facilities = fields.Boolean(
        string="Facilities in Place",
        compute="_compute_readiness",
        store=True,
        help="An open comprehensive reception window and at least one working "
        "piece of office equipment.",
    )
    readiness_staff = fields.Boolean(
        string="Fixed Staff",
        compute="_compute_readiness",
        store=True,
        help="At least one current staff assignment that is not a duty rota.",
    )
    readiness_functions = fields.Boolean(
        string="Basic Functions",
        compute="_compute_readiness",
        store=True,
        help="Opening hours set, at least one open window, and either a "
        "self-service terminal in service or the government extranet "
        "connected.",
    )
    readiness_help_agent = fields.Boolean(
        string="Help and Agent Service",
        compute="_compute_readiness",
        store=True,
        help="At least one current staff assignment with the help / agent role.",
    )
    readiness_score = fields.Integer(
        string="Readiness",
        compute="_compute_readiness",
        store=True,
        aggregator="avg",
        help="How many of the four basics (facilities, fixed staff, basic "
        "functions, help and agent service) the station meets.",
    )
    is_ready = fields.Boolean(
        string="Ready",
        compute="_compute_readiness",
        store=True,
        index=True,
        help="The station meets all four basics.",
    )
    readiness_missing = fields.Text(
        string="Missing", compute="_compute_readiness_missing"
    )

    window_count = fields.Integer(compute="_compute_counts")
    terminal_count = fields.Integer(compute="_compute_counts")
    assignment_count = fields.Integer(string="Staff", compute="_compute_counts")
    training_count = fields.Integer(compute="_compute_counts")

    _code_uniq = models.Constraint(
        "unique(code)", "Another service centre or station already uses this code."
    )

    # ------------------------------------------------------------------
    # readiness
    # ------------------------------------------------------------------
    @api.depends(
        "opening_hours",
        "has_extranet",
        "window_ids.window_type",
        "window_ids.is_open",
        "equipment_ids.is_working",
        "equipment_ids.quantity",
        "terminal_ids.state",
        "assignment_ids.active",
        "assignment_ids.state",
        "assignment_ids.source",
        "assignment_ids.role",
    )
    def _compute_readiness(self):
        """Compute the four basics from the records.

        Extend :meth:`_get_readiness_checks` to change a rule, and override
        this method with extra ``@api.depends`` (calling ``super()``) when the
        new rule reads other fields.
        """
        for station in self:
            checks = station._get_readiness_checks()
            station.update(checks)
            station.readiness_score = sum(1 for key in READINESS_FIELDS if checks[key])
            station.is_ready = all(checks[key] for key in READINESS_FIELDS)

    def _get_readiness_checks(self):
        """Return the value of each readiness boolean for one station."""
        self.ensure_one()
        open_windows = self.window_ids.filtered("is_open")
        current_staff = self.assignment_ids.filtered(
            lambda a: a.active and a.state == "current"
        )
        return {
            "readiness_facilities": bool(
                open_windows.filtered(lambda w: w.window_type == "comprehensive")
                and self.equipment_ids.filtered(
                    lambda e: e.is_working and e.quantity > 0
                )
            ),
            "readiness_staff": bool(
                current_staff.filtered(lambda a: a.source != "department_rota")
            ),
            "readiness_functions": bool(
                (self.opening_hours or "").strip()
                and open_windows
                and (
                    self.has_extranet
                    or self.terminal_ids.filtered(lambda t: t.state == "in_service")
                )
            ),
            "readiness_help_agent": bool(
                current_staff.filtered(lambda a: a.role == "help_agent")
            ),
        }

    @api.depends(*READINESS_FIELDS)
    @api.depends_context("lang")
    def _compute_readiness_missing(self):
        for station in self:
            missing = [
                station._fields[key]._description_string(self.env)
                for key in READINESS_FIELDS
                if not station[key]
            ]
            station.readiness_missing = "\n".join(missing)

    def _compute_counts(self):
        def count_by(model, field_name):
            return {
                record.id: count
                for record, count in self.env[model]._read_group(
                    [(field_name, "in", self.ids)],
                    groupby=[field_name],
                    aggregates=["__count"],
                )
            }

        windows = count_by("park.station.window", "station_id")
        terminals = count_by("park.station.terminal", "station_id")
        assignments = count_by("park.staff.assignment", "station_id")
        trainings = count_by("park.training", "station_ids")
        for station in self:
            station.window_count = windows.get(station.id, 0)
            station.terminal_count = terminals.get(station.id, 0)
            station.assignment_count = assignments.get(station.id, 0)
            station.training_count = trainings.get(station.id, 0)

    @api.constrains("station_type", "served_park_ids", "park_id")
    def _check_served_parks(self):
        for station in self.filtered("served_park_ids"):
            if station.station_type != "centre":
                raise ValidationError(
                    self.env._(
                        "Only a service centre can serve other parks: %(station)s "
                        "is a service station of %(park)s.",
                        station=station.name,
                        park=station.park_id.name,
                    )
                )
            parks = station.served_park_ids.sudo()
            if station.park_id in parks:
                raise ValidationError(
                    self.env._(
                        "%(station)s belongs to %(park)s already: list only the "
                        "other parks it serves.",
                        station=station.name,
                        park=station.park_id.name,
                    )
                )
            elsewhere = parks.filtered(lambda p, s=station: p.county_id != s.county_id)
            if elsewhere:
                raise ValidationError(
                    self.env._(
                        "%(station)s can only serve parks of %(county)s, not "
                        "%(parks)s.",
                        station=station.name,
                        county=station.county_id.name,
                        parks=self.env._(", ").join(elsewhere.mapped("name")),
                    )
                )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    def _check_park_given(self, park_id):
        if not park_id:
            raise ValidationError(
                self.env._(
                    "A service centre or station must belong to a park: choose "
                    "the park it serves."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        default_park = self.env.context.get("default_park_id")
        new_code = self.env._("New")
        for vals in vals_list:
            self._check_park_given(vals.get("park_id", default_park))
            if not vals.get("code") or vals["code"] == new_code:
                vals["code"] = self.env["ir.sequence"].next_by_code("park.station")
        return super().create(vals_list)

    def write(self, vals):
        if "park_id" in vals:
            self._check_park_given(vals["park_id"])
        res = super().write(vals)
        if {"park_id", "served_park_ids"} & set(vals):
            # users scoped by station see the station's park and the parks
            # it serves
            self.env["res.users"]._park_scope_changed()
        return res

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    def _action_related(self, xmlid, domain, context):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = domain
        action["context"] = context
        return action

    def action_view_assignments(self):
        return self._action_related(
            "park_base.park_staff_assignment_action",
            [("station_id", "=", self.id)],
            {"default_station_id": self.id},
        )

    def action_view_trainings(self):
        return self._action_related(
            "park_base.park_training_action",
            [("station_ids", "in", self.ids)],
            {"default_station_ids": self.ids},
        )

    def action_view_terminals(self):
        return self._action_related(
            "park_base.park_station_terminal_action",
            [("station_id", "=", self.id)],
            {"default_station_id": self.id},
        )
