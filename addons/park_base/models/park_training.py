# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.fields import Command

TRAINING_STATES = [
    ("planned", "Planned"),
    ("done", "Held"),
    ("cancelled", "Cancelled"),
]


class ParkTraining(models.Model):
    _name = "park.training"
    _description = "Staff Training Session"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(string="Topic", required=True, tracking=True)
    date = fields.Date(
        required=True, default=fields.Date.context_today, tracking=True, index=True
    )
    duration_hours = fields.Float(string="Hours", default=2.0)
    trainer = fields.Char(help="The person or department giving the training.")
    location = fields.Char()
    station_ids = fields.Many2many(
        comodel_name="park.station",
        relation="park_station_training_rel",
        column1="training_id",
        column2="station_id",
        string="Stations",
        help="The stations whose staff attend; leave empty for a city- or "
        "county-wide session.",
    )
    attendee_ids = fields.Many2many(
        comodel_name="res.partner",
        relation="park_training_res_partner_rel",
        column1="training_id",
        column2="partner_id",
        string="Attendees",
    )
    attendee_count = fields.Integer(
        string="Number of Attendees", compute="_compute_attendee_count", store=True
    )
    state = fields.Selection(
        selection=TRAINING_STATES,
        string="Status",
        required=True,
        default="planned",
        tracking=True,
        index=True,
    )
    description = fields.Html(string="Content and Notes")

    _duration_positive = models.Constraint(
        "CHECK(duration_hours >= 0)", "The duration of a training cannot be negative."
    )

    @api.depends("attendee_ids")
    def _compute_attendee_count(self):
        for training in self:
            training.attendee_count = len(training.attendee_ids)

    @api.model_create_multi
    def create(self, vals_list):
        trainings = super().create(vals_list)
        trainings._check_station_scope(trainings.station_ids)
        return trainings

    def write(self, vals):
        if "station_ids" not in vals or self.env.su:
            return super().write(vals)
        before = {training: training.sudo().station_ids for training in self}
        res = super().write(vals)
        changed = self.env["park.station"]
        for training, stations in before.items():
            after = training.sudo().station_ids
            changed |= (stations - after) | (after - stations)
        self._check_station_scope(changed)
        return res

    def _check_station_scope(self, stations):
        """A shared training only gains or loses the stations of the parks in
        the user's scope: a station manager of park A doesn't add park B's
        stations to a training, nor removes them from it."""
        if self.env.su:
            return
        outside = stations.sudo() - stations.sudo().filtered_domain(
            self.env.user._park_scope_domain("park_id")
        )
        if outside:
            raise AccessError(
                self.env._(
                    "You can only add or remove the stations of your parks; "
                    "%(stations)s is not one of them.",
                    stations=", ".join(outside.mapped("display_name")),
                )
            )

    def action_add_station_staff(self):
        """Invite every person currently assigned to the training's stations."""
        for training in self:
            staff = training.station_ids.assignment_ids.filtered(
                lambda a: a.state == "current"
            ).partner_id
            training.attendee_ids = [Command.link(p.id) for p in staff]
        return True

    def action_done(self):
        self.write({"state": "done"})

    def action_cancel(self):
        self.write({"state": "cancelled"})

    def action_reset(self):
        self.write({"state": "planned"})
