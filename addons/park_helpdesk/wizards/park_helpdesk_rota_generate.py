# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError


class ParkHelpdeskRotaGenerate(models.TransientModel):
    """Build a team's duty rota for a month: its members take the working
    days in turn; or copy the previous month's rota forward."""

    _name = "park.helpdesk.rota.generate"
    _description = "Generate a Duty Rota"

    team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        required=True,
        domain=[("park_level", "!=", False)],
    )
    station_id = fields.Many2one(
        comodel_name="park.station",
        compute="_compute_station_id",
        store=True,
        precompute=True,
        readonly=False,
        required=True,
    )
    month = fields.Date(
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(day=1),
        help="Any day of the month to build.",
    )
    per_day = fields.Integer(
        string="People per Day", default=1, help="Members on duty each working day."
    )

    @api.depends("team_id")
    def _compute_station_id(self):
        for wizard in self:
            team = wizard.team_id
            wizard.station_id = team.park_station_id or team.park_id.station_ids[:1]

    @api.model
    def _working_days(self, month):
        first = month.replace(day=1)
        last = first + relativedelta(months=1, days=-1)
        holidays = self.env["park.holiday"]
        days = []
        day = first
        while day <= last:
            if holidays.is_working_day(day):
                days.append(day)
            day += datetime.timedelta(days=1)
        return days

    def _check_month_free(self, days):
        Rota = self.env["park.helpdesk.rota"]
        if Rota.search_count(
            [("team_id", "=", self.team_id.id), ("date", "in", days)], limit=1
        ):
            raise UserError(
                self.env._(
                    "The team %(team)s already has a rota in this month.",
                    team=self.team_id.name,
                )
            )

    def action_generate(self):
        self.ensure_one()
        members = self.team_id.user_ids.sorted("id")
        if not members:
            raise UserError(
                self.env._("The team %(team)s has no member.", team=self.team_id.name)
            )
        if self.per_day < 1:
            raise UserError(self.env._("At least one person is on duty each day."))
        days = self._working_days(self.month)
        self._check_month_free(days)
        vals_list = []
        turn = 0
        for day in days:
            for _i in range(min(self.per_day, len(members))):
                vals_list.append(self._line_vals(day, members[turn % len(members)]))
                turn += 1
        lines = self.env["park.helpdesk.rota"].create(vals_list)
        return self._open(lines)

    def action_copy_forward(self):
        """Copy the rota of the chosen month to the next one: the n-th working
        day of the next month gets the people of the n-th working day."""
        self.ensure_one()
        days = self._working_days(self.month)
        next_days = self._working_days(self.month + relativedelta(months=1))
        self._check_month_free(next_days)
        lines = self.env["park.helpdesk.rota"].search(
            [("team_id", "=", self.team_id.id), ("date", "in", days)]
        )
        if not lines:
            raise UserError(self.env._("There is no rota to copy in this month."))
        by_day = {}
        for line in lines:
            by_day.setdefault(line.date, []).append(line)
        vals_list = []
        for index, day in enumerate(next_days):
            source = by_day.get(days[index % len(days)], [])
            vals_list += [
                dict(
                    self._line_vals(day, line.user_id),
                    station_id=line.station_id.id,
                    shift=line.shift,
                )
                for line in source
            ]
        new = self.env["park.helpdesk.rota"].create(vals_list)
        return self._open(new)

    def _line_vals(self, day, user):
        return {
            "team_id": self.team_id.id,
            "station_id": self.station_id.id,
            "date": day,
            "user_id": user.id,
            "shift": "full_day",
        }

    def _open(self, lines):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Duty Rota"),
            "res_model": "park.helpdesk.rota",
            "view_mode": "list,form",
            "domain": [("id", "in", lines.ids)],
        }
