# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models, tools
from odoo.tools import SQL

from .park_rating_levels import CHANNELS, LEVELS


class ParkRatingReport(models.Model):
    """The published figures of 好差评, computed from the reviews, one row per
    review: averaged over any grouping (station, park, county, team, agent,
    matter, period) each rate is the share, in per cent, of the reviews it is
    about.

    - satisfaction rate: reviews of the top three levels among the counted
      reviews (those not excluded by an upheld appeal);
    - bad-review rate: reviews of the bottom two levels among them;
    - rectification on time: bad reviews rectified by their deadline among
      the bad reviews whose rectification is done or past its deadline (an
      open one not yet due is not counted yet);
    - call-back rate: bad reviews whose enterprise was called back among the
      bad reviews.
    """

    _name = "park.rating.report"
    _description = "Review Rates"
    _auto = False
    _order = "rated_on desc"

    rating_id = fields.Many2one(
        comodel_name="park.rating", string="Review", readonly=True
    )
    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket", string="Case", readonly=True
    )
    rated_on = fields.Datetime(readonly=True)
    level = fields.Selection(selection=LEVELS, readonly=True)
    channel = fields.Selection(selection=CHANNELS, readonly=True)
    enterprise_id = fields.Many2one(comodel_name="res.partner", readonly=True)
    station_id = fields.Many2one(comodel_name="park.station", readonly=True)
    park_id = fields.Many2one(comodel_name="park.park", readonly=True)
    county_id = fields.Many2one(comodel_name="park.region", readonly=True)
    city_id = fields.Many2one(comodel_name="park.region", readonly=True)
    team_id = fields.Many2one(comodel_name="helpdesk.ticket.team", readonly=True)
    user_id = fields.Many2one(comodel_name="res.users", string="Agent", readonly=True)
    matter_id = fields.Many2one(comodel_name="park.matter", readonly=True)
    is_excluded = fields.Boolean(string="Excluded by Appeal", readonly=True)
    rating_count = fields.Integer(string="Reviews Counted", readonly=True)
    bad_count = fields.Integer(string="Bad Reviews", readonly=True)
    satisfaction_rate = fields.Float(
        string="Satisfaction Rate (%)", aggregator="avg", readonly=True, digits=(5, 1)
    )
    bad_rate = fields.Float(
        string="Bad-review Rate (%)", aggregator="avg", readonly=True, digits=(5, 1)
    )
    on_time_rate = fields.Float(
        string="Rectified on Time (%)", aggregator="avg", readonly=True, digits=(5, 1)
    )
    callback_rate = fields.Float(
        string="Call-back Rate (%)", aggregator="avg", readonly=True, digits=(5, 1)
    )

    def _park_query(self):
        return SQL(
            """
            SELECT r.id, r.id AS rating_id, r.ticket_id, r.rated_on, r.level,
                   r.channel, r.enterprise_id, r.station_id, r.park_id,
                   r.county_id, r.city_id, r.team_id, r.user_id, r.matter_id,
                   COALESCE(r.is_excluded, FALSE) AS is_excluded,
                   CASE WHEN r.is_excluded THEN 0 ELSE 1 END AS rating_count,
                   CASE WHEN r.is_excluded OR NOT r.is_bad THEN 0 ELSE 1 END
                       AS bad_count,
                   CASE WHEN r.is_excluded THEN NULL
                        WHEN r.is_bad THEN 0.0 ELSE 100.0 END AS satisfaction_rate,
                   CASE WHEN r.is_excluded THEN NULL
                        WHEN r.is_bad THEN 100.0 ELSE 0.0 END AS bad_rate,
                   CASE WHEN r.is_excluded OR NOT r.is_bad THEN NULL
                        WHEN rec.done_date IS NOT NULL AND rec.is_on_time THEN 100.0
                        WHEN rec.done_date IS NOT NULL THEN 0.0
                        WHEN rec.deadline_date < CURRENT_DATE THEN 0.0
                        ELSE NULL END AS on_time_rate,
                   CASE WHEN r.is_excluded OR NOT r.is_bad THEN NULL
                        WHEN rec.is_called_back THEN 100.0 ELSE 0.0 END
                       AS callback_rate
              FROM park_rating r
         LEFT JOIN park_rating_rectification rec ON rec.rating_id = r.id
            """
        )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (%s)",
                SQL.identifier(self._table),
                self._park_query(),
            )
        )
