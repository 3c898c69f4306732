# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

SHIFTS = [("full_day", "Full Day"), ("morning", "Morning"), ("afternoon", "Afternoon")]


class ParkHelpdeskRota(models.Model):
    """Who is on duty at a station on a day (值班表): new cases go to the
    on-duty members of the team."""

    _name = "park.helpdesk.rota"
    _inherit = ["park.station.item.mixin"]
    _description = "Duty Rota Line"
    _order = "date desc, station_id, shift, id"

    team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        required=True,
        index=True,
        ondelete="cascade",
    )
    date = fields.Date(required=True, index=True)
    shift = fields.Selection(selection=SHIFTS, required=True, default="full_day")
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="On Duty",
        required=True,
        index=True,
        ondelete="cascade",
        domain=[("share", "=", False)],
    )
    note = fields.Char(string="Notes")

    _duty_uniq = models.Constraint(
        "unique(station_id, date, shift, user_id)",
        "This person is already on duty at this station for this shift.",
    )

    @api.constrains("team_id", "user_id", "station_id")
    def _check_team(self):
        for line in self:
            if line.user_id not in line.team_id.user_ids:
                raise ValidationError(
                    self.env._(
                        "%(user)s is not a member of the team %(team)s.",
                        user=line.user_id.name,
                        team=line.team_id.name,
                    )
                )
            park = line.team_id.park_id
            if park and line.station_id.park_id != park:
                raise ValidationError(
                    self.env._(
                        "The station %(station)s is not in the park of the team "
                        "%(team)s.",
                        station=line.station_id.name,
                        team=line.team_id.name,
                    )
                )

    @api.depends("user_id", "date", "shift")
    def _compute_display_name(self):
        shifts = dict(self._fields["shift"]._description_selection(self.env))
        for line in self:
            line.display_name = (
                f"{line.user_id.name or ''} {line.date or ''} "
                f"{shifts.get(line.shift, '')}"
            )
