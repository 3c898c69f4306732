# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The indicators of the city's evaluation of the counties (clause 三(三)).

Each indicator is a record (code, name, default weight) whose figures come
from one small method ``_park_count_<code>(counties, date_from, date_to, year,
shared)``
returning ``{county_id: (numerator, denominator)}`` for all the counties at
once, counted set-based with ``_read_group`` (never record by record). The
period is the evaluated year up to ``date_to``; stock figures (delegations in
force, ready stations) are taken as they are on ``date_to``, or today.
"""

import datetime

from odoo import api, fields, models
from odoo.fields import Domain


def _day_end(day):
    """The last moment of ``day`` as a naive UTC datetime (for datetime fields)."""
    return datetime.datetime.combine(day, datetime.time.max)


def _day_start(day):
    return datetime.datetime.combine(day, datetime.time.min)


def _pairs(groups):
    """``{county_id: (numerator, denominator)}`` from ``_read_group`` rows
    ``(county, flag, count)``: the denominator counts every row of the county,
    the numerator those whose flag is true."""
    result = {}
    for county, flag, count in groups:
        numerator, denominator = result.get(county.id, (0, 0))
        result[county.id] = (numerator + (count if flag else 0), denominator + count)
    return result


class ParkEvaluationIndicator(models.Model):
    _name = "park.evaluation.indicator"
    _description = "Evaluation Indicator"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(
        required=True,
        readonly=True,
        help="Names the method that counts it: _park_count_<code>.",
    )
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True, help="What is counted.")
    default_weight = fields.Float(
        digits=(5, 1),
        help="Weight given to the indicator in a year made without a previous one.",
    )
    is_rate = fields.Boolean(
        string="Rate",
        default=True,
        help="The value is numerator / denominator in per cent (capped at 100); "
        "otherwise it is their quotient (an average score).",
    )
    empty_value = fields.Float(
        string="Value When Nothing Is Counted",
        digits=(5, 1),
        help="The value when the denominator is zero: 100 where nothing to count "
        "means nothing went wrong (no bad review to rectify).",
    )
    active = fields.Boolean(default=True)

    _code_uniq = models.Constraint("unique(code)", "An indicator code is unique.")

    # ------------------------------------------------------------------
    # figures
    # ------------------------------------------------------------------
    def _park_value(self, numerator, denominator):
        """The indicator's value for its numerator and denominator."""
        self.ensure_one()
        if not denominator:
            return self.empty_value
        if self.is_rate:
            return min(100.0, 100.0 * numerator / denominator)
        return numerator / denominator

    @api.model
    def _park_compute(self, counties, date_from, date_to, year):
        """``{indicator: {county_id: (numerator, denominator)}}`` for the
        indicators in ``self`` (all active ones when empty)."""
        indicators = self or self.search([("active", "=", True)])
        # what several indicators count in one query
        shared = {}
        return {
            indicator: getattr(self, f"_park_count_{indicator.code}")(
                counties, date_from, date_to, year, shared
            )
            for indicator in indicators
        }

    # one method per indicator -------------------------------------------
    @api.model
    def _park_count_delegation(self, counties, date_from, date_to, year, shared):
        """Matters delegated to the parks against the guidance catalogue:
        the (park, matter) pairs with a delegation in force on ``date_to``,
        among every active park of the county times the catalogue's current
        published matters that may be handled in parks."""
        catalogue = Domain(
            [
                ("active", "=", True),
                ("state", "=", "published"),
                ("is_latest", "=", True),
                ("may_handle_in_park", "=", True),
            ]
        )
        matter_count = self.env["park.matter"].sudo().search_count(catalogue)
        parks = (
            self.env["park.park"]
            .sudo()
            ._read_group(
                [("county_id", "in", counties.ids)], ["county_id"], ["__count"]
            )
        )
        delegations = (
            self.env["park.matter.delegation"]
            .sudo()
            ._read_group(
                [
                    ("county_id", "in", counties.ids),
                    ("park_id.active", "=", True),
                    ("active", "=", True),
                    ("date_from", "<=", date_to),
                    "|",
                    ("date_to", "=", False),
                    ("date_to", ">=", date_to),
                    ("matter_id", "any", catalogue),
                ],
                ["county_id", "park_id"],
                ["matter_id:count_distinct"],
            )
        )
        delegated = {}
        for county, _park, matters in delegations:
            delegated[county.id] = delegated.get(county.id, 0) + matters
        return {
            county.id: (delegated.get(county.id, 0), count * matter_count)
            for county, count in parks
        }

    @api.model
    def _park_case_groups(self, counties, date_from, date_to, shared):
        """The park cases completed or refused in the period, counted by
        county, state, level and whether finished on time (one query for
        the indicators about cases, kept in ``shared``)."""
        if "cases" not in shared:
            shared["cases"] = (
                self.env["helpdesk.ticket"]
                .sudo()
                ._read_group(
                    [
                        ("county_id", "in", counties.ids),
                        ("is_park_case", "=", True),
                        ("park_state", "in", ("done", "refused")),
                        ("done_date", ">=", date_from),
                        ("done_date", "<=", date_to),
                    ],
                    ["county_id", "park_state", "park_level", "park_is_on_time"],
                    ["__count"],
                )
            )
        return shared["cases"]

    @api.model
    def _park_count_in_park(self, counties, date_from, date_to, year, shared):
        """Park cases handled in the park: among the park cases completed or
        refused in the period, those closed at park level, never escalated
        (escalations only go up, park > county > city)."""
        return _pairs(
            (county, level == "park", count)
            for county, _state, level, _on_time, count in self._park_case_groups(
                counties, date_from, date_to, shared
            )
        )

    @api.model
    def _park_count_on_time(self, counties, date_from, date_to, year, shared):
        """On-time rate: among the park cases completed in the period, those
        finished on or before their promised deadline."""
        return _pairs(
            (county, on_time, count)
            for county, state, _level, on_time, count in self._park_case_groups(
                counties, date_from, date_to, shared
            )
            if state == "done"
        )

    @api.model
    def _park_ratings_domain(self, counties, date_from, date_to):
        return [
            ("county_id", "in", counties.ids),
            ("is_excluded", "=", False),
            ("rated_on", ">=", _day_start(date_from)),
            ("rated_on", "<=", _day_end(date_to)),
        ]

    @api.model
    def _park_rating_groups(self, counties, date_from, date_to, shared):
        """The counted reviews of the period by county and bad or not (one
        query for the indicators about reviews, kept in ``shared``)."""
        if "ratings" not in shared:
            shared["ratings"] = (
                self.env["park.rating"]
                .sudo()
                ._read_group(
                    self._park_ratings_domain(counties, date_from, date_to),
                    ["county_id", "is_bad"],
                    ["__count"],
                )
            )
        return shared["ratings"]

    @api.model
    def _park_count_satisfaction(self, counties, date_from, date_to, year, shared):
        """Satisfaction rate: among the reviews given in the period and not
        excluded by an upheld appeal, those of the top three levels."""
        groups = self._park_rating_groups(counties, date_from, date_to, shared)
        return _pairs((county, not bad, count) for county, bad, count in groups)

    @api.model
    def _park_bad_ratings_count(
        self, counties, date_from, date_to, done_domain, shared
    ):
        """Among the counted bad reviews of the period, those whose
        rectification matches ``done_domain``."""
        bad = {
            county: count
            for county, is_bad, count in self._park_rating_groups(
                counties, date_from, date_to, shared
            )
            if is_bad
        }
        domain = (
            Domain(self._park_ratings_domain(counties, date_from, date_to))
            & Domain("is_bad", "=", True)
            & Domain("rectification_ids", "any", done_domain)
        )
        done = dict(
            self.env["park.rating"]
            .sudo()
            ._read_group(domain, ["county_id"], ["__count"])
        )
        return {
            county.id: (done.get(county, 0), count) for county, count in bad.items()
        }

    @api.model
    def _park_count_rectification(self, counties, date_from, date_to, year, shared):
        """Bad-review rectification rate: among the counted bad reviews of the
        period, those whose rectification was done by ``date_to``."""
        return self._park_bad_ratings_count(
            counties, date_from, date_to, [("done_date", "<=", date_to)], shared
        )

    @api.model
    def _park_count_callback(self, counties, date_from, date_to, year, shared):
        """Call-back rate: among the counted bad reviews of the period, those
        whose enterprise was called back (回访) by ``date_to``."""
        return self._park_bad_ratings_count(
            counties,
            date_from,
            date_to,
            [("callback_ids.date", "<=", _day_end(date_to))],
            shared,
        )

    @api.model
    def _park_count_visit(self, counties, date_from, date_to, year, shared):
        """Department visits made against plan: the visits done in the
        county's parks in the period against the visits planned for the year
        by the active plans (the value is capped at 100%)."""
        plans = (
            self.env["park.visit.plan"]
            .sudo()
            ._read_group(
                [("county_id", "in", counties.ids), ("year", "=", year)],
                ["county_id"],
                ["planned_count:sum"],
            )
        )
        done = dict(
            self.env["park.visit"]
            .sudo()
            ._read_group(
                [
                    ("county_id", "in", counties.ids),
                    ("state", "=", "done"),
                    ("date", ">=", _day_start(date_from)),
                    ("date", "<=", _day_end(date_to)),
                ],
                ["county_id"],
                ["__count"],
            )
        )
        result = {
            county.id: (done.get(county, 0), planned) for county, planned in plans
        }
        for county, count in done.items():
            result.setdefault(county.id, (count, 0))
        return result

    @api.model
    def _park_count_milestone(self, counties, date_from, date_to, year, shared):
        """Pilot milestones met on time: among the milestones of the county's
        pilot plans of the year due in the period, those done by their
        deadline."""
        groups = (
            self.env["park.pilot.milestone"]
            .sudo()
            ._read_group(
                [
                    ("county_id", "in", counties.ids),
                    ("year", "=", year),
                    ("deadline", ">=", date_from),
                    ("deadline", "<=", date_to),
                ],
                ["county_id", "is_on_time"],
                ["__count"],
            )
        )
        return _pairs(groups)

    @api.model
    def _park_count_station(self, counties, date_from, date_to, year, shared):
        """Stations meeting the four basics: among the county's active
        service centres and stations, those that are ready (facilities, fixed
        staff, basic functions, help and agent service) now."""
        groups = (
            self.env["park.station"]
            .sudo()
            ._read_group(
                [("county_id", "in", counties.ids)],
                ["county_id", "is_ready"],
                ["__count"],
            )
        )
        return _pairs(groups)

    @api.model
    def _park_count_awareness(self, counties, date_from, date_to, year, shared):
        """Enterprise awareness: among the awareness questionnaires completed
        (ended) in the period by the county's enterprises, those answering that they
        know the service (园区事、园区办)."""
        groups = (
            self.env["survey.user_input"]
            .sudo()
            ._read_group(
                [
                    ("park_county_id", "in", counties.ids),
                    ("state", "=", "done"),
                    ("park_survey_kind", "=", "awareness"),
                    ("end_datetime", ">=", _day_start(date_from)),
                    ("end_datetime", "<=", _day_end(date_to)),
                ],
                ["park_county_id", "park_is_aware"],
                ["__count"],
            )
        )
        return _pairs(groups)

    @api.model
    def _park_count_policy_reach(self, counties, date_from, date_to, year, shared):
        """Policy reach: among the county's active park enterprises, those
        told about at least one policy in the period."""
        enterprises = (
            self.env["res.partner"]
            .sudo()
            ._read_group(
                [
                    ("park_county_id", "in", counties.ids),
                    ("is_park_enterprise", "=", True),
                    ("is_company", "=", True),
                ],
                ["park_county_id"],
                ["__count"],
            )
        )
        reached = dict(
            self.env["park.policy.recipient"]
            .sudo()
            ._read_group(
                [
                    ("county_id", "in", counties.ids),
                    ("partner_id.active", "=", True),
                    ("partner_id.is_park_enterprise", "=", True),
                    ("partner_id.is_company", "=", True),
                    ("reached_date", ">=", _day_start(date_from)),
                    ("reached_date", "<=", _day_end(date_to)),
                ],
                ["county_id"],
                ["partner_id:count_distinct"],
            )
        )
        return {
            county.id: (reached.get(county, 0), count) for county, count in enterprises
        }

    @api.model
    def _park_count_inspection(self, counties, date_from, date_to, year, shared):
        """On-site inspections: the sum of the scores of the county's
        inspections of the year made in the period, over their number (the
        value is the average score)."""
        groups = (
            self.env["park.evaluation.inspection"]
            .sudo()
            ._read_group(
                [
                    ("county_id", "in", counties.ids),
                    ("year", "=", year),
                    ("date", ">=", date_from),
                    ("date", "<=", date_to),
                ],
                ["county_id"],
                ["score:sum", "__count"],
            )
        )
        return {county.id: (score, count) for county, score, count in groups}
