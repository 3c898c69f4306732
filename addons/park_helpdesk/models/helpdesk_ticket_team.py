# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Command

TEAM_LEVELS = [("park", "Park"), ("county", "County"), ("city", "City")]
TEAM_KINDS = [
    ("help_agent", "Help / Agent Team"),
    ("window", "Comprehensive Window"),
    ("department_resident", "Department Resident"),
]
# the staff roles (park_base) that make members of each kind of team
KIND_ROLES = {
    "help_agent": ("help_agent", "manager"),
    "window": ("reception", "consultation"),
    "department_resident": ("department_window",),
}


class HelpdeskTicketTeam(models.Model):
    _inherit = "helpdesk.ticket.team"

    park_level = fields.Selection(
        selection=TEAM_LEVELS,
        string="Level",
        index=True,
        help="Park teams take the cases of their park; county and city teams "
        "take the cases escalated to them.",
    )
    park_kind = fields.Selection(
        selection=TEAM_KINDS, string="Kind", default="help_agent"
    )
    park_id = fields.Many2one(comodel_name="park.park", index=True, ondelete="restrict")
    park_station_id = fields.Many2one(
        comodel_name="park.station",
        string="Station",
        index=True,
        ondelete="restrict",
        domain="[('park_id', '=', park_id)]",
        help="Where the team works; its members come from this station's "
        "staff assignments (all the park's stations when empty).",
    )
    park_region_id = fields.Many2one(
        comodel_name="park.region",
        string="Region",
        index=True,
        ondelete="restrict",
        help="The county of a county team, the city of a city team.",
    )

    @api.constrains("park_level", "park_id", "park_region_id", "park_station_id")
    def _check_park_level(self):
        for team in self.filtered("park_level"):
            if team.park_level == "park" and not team.park_id:
                raise ValidationError(
                    self.env._("The park team %(team)s needs its park.", team=team.name)
                )
            if team.park_level != "park" and not team.park_region_id:
                raise ValidationError(
                    self.env._(
                        "The county or city team %(team)s needs its region.",
                        team=team.name,
                    )
                )
            if team.park_level == "county" and team.park_region_id.level != "county":
                raise ValidationError(
                    self.env._(
                        "The region of the county team %(team)s must be a county.",
                        team=team.name,
                    )
                )
            if team.park_level == "city" and team.park_region_id.level != "city":
                raise ValidationError(
                    self.env._(
                        "The region of the city team %(team)s must be a city.",
                        team=team.name,
                    )
                )
            if team.park_station_id and team.park_station_id.park_id != team.park_id:
                raise ValidationError(
                    self.env._(
                        "The station %(station)s is not in the park of the team "
                        "%(team)s.",
                        station=team.park_station_id.name,
                        team=team.name,
                    )
                )

    def _park_member_assignments(self):
        """The current staff assignments that make this team's members."""
        self.ensure_one()
        domain = [
            ("state", "=", "current"),
            ("user_id", "!=", False),
            ("role", "in", KIND_ROLES.get(self.park_kind or "help_agent")),
        ]
        if self.park_station_id:
            domain.append(("station_id", "=", self.park_station_id.id))
        elif self.park_id:
            domain.append(("park_id", "=", self.park_id.id))
        elif self.park_level == "county":
            domain.append(("county_id", "=", self.park_region_id.id))
        elif self.park_level == "city":
            domain.append(("city_id", "=", self.park_region_id.id))
        return self.env["park.staff.assignment"].sudo().search(domain)

    def action_park_sync_members(self):
        """Members from park_base's staff assignments (current ones)."""
        for team in self.filtered("park_level"):
            users = team._park_member_assignments().user_id
            team.user_ids = [Command.set(users.ids)]
        return True

    @api.model
    def _park_team_for(self, level, park, kind=None):
        """The team of ``level`` serving ``park`` (of the park's county or
        city for the upper levels), preferring the ``kind``."""
        domain = [("park_level", "=", level)]
        if level == "park":
            domain.append(("park_id", "=", park.id))
        elif level == "county":
            domain.append(("park_region_id", "=", park.county_id.id))
        else:
            domain.append(("park_region_id", "=", park.city_id.id))
        teams = self.sudo().search(domain)
        preferred = teams.filtered(lambda t: t.park_kind == kind)
        return (preferred or teams)[:1].sudo(False)
