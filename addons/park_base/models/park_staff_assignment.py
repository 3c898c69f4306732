# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import ValidationError

# clause 2(3): where the people serving in a station come from
STAFF_SOURCES = [
    ("park_staff", "Park's Own Staff"),
    ("township_staff", "Township Convenience Centre Staff"),
    ("grid_worker", "Township-dispatched Grid Worker"),
    ("property_staff", "Township-dispatched Property Staff"),
    ("third_party", "Third-party Contracted Staff"),
    ("department_resident", "Approval Department, Resident"),
    ("department_rota", "Approval Department, Duty Rota"),
]
DEPARTMENT_SOURCES = ("department_resident", "department_rota")

STAFF_ROLES = [
    ("reception", "Comprehensive Reception"),
    ("help_agent", "Help and Agent Service"),
    ("department_window", "Department Window"),
    ("consultation", "Consultation and Guidance"),
    ("manager", "Station Manager"),
    ("other", "Other"),
]

ASSIGNMENT_STATES = [
    ("planned", "Planned"),
    ("current", "Current"),
    ("ended", "Ended"),
]

CRON_BATCH_SIZE = 1000


class ParkStaffAssignment(models.Model):
    _name = "park.staff.assignment"
    _inherit = ["park.station.item.mixin", "park.batch.mixin"]
    _description = "Staff Assignment"
    _order = "station_id, date_start desc, id desc"

    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Person",
        required=True,
        index=True,
        ondelete="restrict",
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        index=True,
        ondelete="set null",
        help="The person's user account, if they work in the system.",
    )
    phone = fields.Char(related="partner_id.phone", readonly=True)
    source = fields.Selection(
        selection=STAFF_SOURCES,
        required=True,
        default="park_staff",
        index=True,
        help="Where the person comes from, following clause 2(3) of the "
        "guidance: the park itself, the township (convenience-centre staff, "
        "grid workers, property staff), a third party bought as a service, or "
        "an approval department (resident or on a duty rota).",
    )
    department_id = fields.Many2one(
        comodel_name="park.department",
        index=True,
        ondelete="restrict",
    )
    role = fields.Selection(
        selection=STAFF_ROLES, required=True, default="reception", index=True
    )
    rota_schedule = fields.Char(
        string="Duty Days", help="For a duty rota, e.g. Tuesday and Thursday mornings."
    )
    date_start = fields.Date(
        string="Start Date",
        required=True,
        index=True,
        default=fields.Date.context_today,
    )
    # searched every day by the scheduled action
    date_end = fields.Date(string="End Date", index=True)
    state = fields.Selection(
        selection=ASSIGNMENT_STATES,
        string="Status",
        compute="_compute_state",
        store=True,
        index=True,
        help="Updated every day by a scheduled action.",
    )
    active = fields.Boolean(default=True)
    note = fields.Char(string="Notes")

    _dates_check = models.Constraint(
        "CHECK(date_end IS NULL OR date_end >= date_start)",
        "The end date of a staff assignment cannot be before its start date.",
    )

    @api.model
    def _state_on(self, date_start, date_end, today):
        if date_start and date_start > today:
            return "planned"
        if date_end and date_end < today:
            return "ended"
        return "current"

    @api.depends("date_start", "date_end")
    def _compute_state(self):
        today = fields.Date.context_today(self)
        for assignment in self:
            assignment.state = self._state_on(
                assignment.date_start, assignment.date_end, today
            )

    @api.depends("partner_id", "station_id")
    def _compute_display_name(self):
        for assignment in self:
            person = assignment.partner_id.name or ""
            station = assignment.station_id.name or ""
            assignment.display_name = f"{person} - {station}"

    @api.constrains("source", "department_id")
    def _check_department(self):
        for assignment in self:
            if assignment.source in DEPARTMENT_SOURCES and not assignment.department_id:
                raise ValidationError(
                    self.env._(
                        "%(person)s is sent by an approval department: choose the "
                        "department.",
                        person=assignment.partner_id.name,
                    )
                )

    @api.constrains("partner_id", "station_id", "role", "date_start", "date_end")
    def _check_overlap(self):
        others = self.search(
            [
                ("partner_id", "in", self.partner_id.ids),
                ("station_id", "in", self.station_id.ids),
                ("id", "not in", self.ids),
            ]
        )
        by_key = defaultdict(list)
        for other in others:
            by_key[(other.partner_id, other.station_id, other.role)].append(other)
        for assignment in self:
            for other in by_key[
                (assignment.partner_id, assignment.station_id, assignment.role)
            ]:
                if self._periods_overlap(assignment, other):
                    raise ValidationError(
                        self.env._(
                            "%(person)s already has this role at %(station)s from "
                            "%(start)s: the periods of two assignments may not "
                            "overlap.",
                            person=assignment.partner_id.name,
                            station=assignment.station_id.name,
                            start=other.date_start,
                        )
                    )

    @staticmethod
    def _periods_overlap(first, second):
        end_first = first.date_end or fields.Date.to_date("9999-12-31")
        end_second = second.date_end or fields.Date.to_date("9999-12-31")
        return first.date_start <= end_second and second.date_start <= end_first

    @api.onchange("user_id")
    def _onchange_user_id(self):
        if self.user_id:
            self.partner_id = self.user_id.partner_id

    @api.onchange("source")
    def _onchange_source(self):
        if self.source not in DEPARTMENT_SOURCES:
            self.department_id = False

    @api.model
    def _cron_update_states(self, batch_size=CRON_BATCH_SIZE):
        """Move assignments to their state of the day; archive ended ones,
        in batches (``park.batch.mixin``)."""
        today = fields.Date.context_today(self)
        domain = [
            "|",
            "&",
            ("state", "=", "planned"),
            ("date_start", "<=", today),
            ("date_end", "<", today),
        ]

        def process(assignments):
            by_state = defaultdict(lambda: self.browse())
            for assignment in assignments:
                state = self._state_on(
                    assignment.date_start, assignment.date_end, today
                )
                by_state[state] |= assignment
            for state, records in by_state.items():
                vals = {"state": state}
                if state == "ended":
                    vals["active"] = False
                records.write(vals)

        return self._park_process_in_batches(domain, process, batch_size)
