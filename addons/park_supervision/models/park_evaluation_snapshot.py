# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Tracking (跟踪评估): each county's indicators month by month.

Stored snapshots rather than a SQL view: some indicators are states, not
events (a station ready, a delegation in force, a rectification done), and
only their value taken at the time says what they were at the end of a past
month; a view would recount every past month with today's states.
"""

import datetime

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models


class ParkEvaluationSnapshot(models.Model):
    """The value of one indicator for one county at the end of one month,
    counted over the year so far (the December snapshot is the year's)."""

    _name = "park.evaluation.snapshot"
    _description = "Evaluation Tracking Snapshot"
    _order = "month desc, county_id, sequence"

    county_id = fields.Many2one(
        "park.region", required=True, index=True, ondelete="cascade"
    )
    month = fields.Date(required=True, index=True, help="First day of the month.")
    year = fields.Integer(compute="_compute_year", store=True, index=True)
    indicator_id = fields.Many2one(
        "park.evaluation.indicator", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(related="indicator_id.sequence", store=True)
    numerator = fields.Float(digits=(16, 1), aggregator="sum")
    denominator = fields.Float(digits=(16, 1), aggregator="sum")
    value = fields.Float(digits=(5, 2), aggregator="avg")
    taken_date = fields.Datetime(string="Taken On", readonly=True)

    _snapshot_uniq = models.Constraint(
        "unique(county_id, month, indicator_id)",
        "A county has one value per indicator and month.",
    )

    @api.depends("month")
    def _compute_year(self):
        for snapshot in self:
            snapshot.year = snapshot.month.year if snapshot.month else False

    @api.model
    def _park_take(self, counties, month):
        """Count the indicators of ``counties`` for ``month`` (a date in it),
        over the year up to the month's end (or today), replacing what was
        taken before for that month."""
        month = month.replace(day=1)
        month_end = month + relativedelta(months=1, days=-1)
        date_to = min(month_end, fields.Date.context_today(self))
        Indicator = self.env["park.evaluation.indicator"]
        figures = Indicator._park_compute(
            counties, datetime.date(month.year, 1, 1), date_to, month.year
        )
        sudo = self.sudo()
        sudo.search([("county_id", "in", counties.ids), ("month", "=", month)]).unlink()
        now = fields.Datetime.now()
        return sudo.create(
            [
                {
                    "county_id": county.id,
                    "month": month,
                    "indicator_id": indicator.id,
                    "numerator": numerator,
                    "denominator": denominator,
                    "value": indicator._park_value(numerator, denominator),
                    "taken_date": now,
                }
                for indicator, by_county in figures.items()
                for county in counties
                for numerator, denominator in [by_county.get(county.id, (0, 0))]
            ]
        )

    @api.model
    def _cron_park_snapshots(self, batch_size=10):
        """Monthly: the snapshots of the month just ended, a batch of counties
        at a time (``park.batch.mixin`` on the counties)."""
        month = fields.Date.context_today(self).replace(day=1) - relativedelta(months=1)
        Region = self.env["park.region"].sudo()

        def process(counties):
            self._park_take(counties, month)
            counties.write({"park_evaluation_month": month})

        return Region._park_process_in_batches(
            [
                ("level", "=", "county"),
                "|",
                ("park_evaluation_month", "=", False),
                ("park_evaluation_month", "<", month),
            ],
            process,
            batch_size=batch_size,
        )

    @api.model
    def action_take_snapshots(self):
        """On demand (city): the current month's figures so far, every county."""
        self.env["park.scorecard"]._park_check_manager()
        counties = self.env["park.region"].sudo().search([("level", "=", "county")])
        self._park_take(counties, fields.Date.context_today(self))
        return {
            "type": "ir.actions.client",
            "tag": "reload",
        }
