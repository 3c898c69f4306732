# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

from odoo.addons.park_helpdesk.models.helpdesk_ticket_stage import OPEN_STATES

# a bad review stays open until its rectification is closed or cancelled
RECTIFICATION_OPEN_STATES = ("verify", "rectify", "callback")
PERIODS = ("month", "quarter", "year", "custom")
# the groupings of the cases filed in the period, one query (grouping sets)
CASE_GROUPINGS = ("park_state", "county_id", "park_id", "team_id", "matter_id")
CASE_GROUPINGS += ("park_channel",)
TOP = 10
# the summary figures that count records: search_count of their domain gives
# them (the others are rates and sums)
COUNTED_FIGURES = ("filed", "done", "open", "overdue", "at_risk", "escalations")
COUNTED_FIGURES += ("bad_open", "visits")
TREND_MONTHS = 6


def _rate(part, whole):
    return round(100.0 * part / whole, 1) if whole else 0.0


class ParkReportDashboard(models.AbstractModel):
    """The managers' dashboard: every figure of one page, for the current
    user's role and scope, computed with ``_read_group`` / ``search_count``
    under the user's own record rules (a station manager counts their
    station's parks, a county administrator their county, the city all).

    ``get_dashboard_data(filters)`` returns, for every figure, the model and
    the domain that give its records, so that the page opens them on click
    (a list, a graph or a pivot of exactly what was counted)."""

    _name = "park.report.dashboard"
    _description = "Managers' Dashboard"

    # ------------------------------------------------------------------
    # role, scope and filters
    # ------------------------------------------------------------------
    @api.model
    def _park_role(self):
        user = self.env.user
        for role, group in (
            ("city", "park_base.group_park_city_admin"),
            ("county", "park_base.group_park_county_admin"),
            ("station", "park_base.group_park_station_manager"),
        ):
            if user.has_group(group):
                return role
        return "agent"

    @api.model
    def _park_scope_parks(self):
        """The parks the user may see (their own rules on park.park)."""
        return self.env["park.park"].search(
            self.env.user._park_scope_domain("id"), order="county_id, code"
        )

    @api.model
    def _park_scope_label(self, role, parks):
        user = self.env.user
        if role == "city":
            return ", ".join(parks.city_id.mapped("name")) or self.env._("All Parks")
        if role == "county":
            return ", ".join(parks.county_id.mapped("name"))
        if role == "station" and user.park_station_ids:
            return ", ".join(user.park_station_ids.mapped("name"))
        return ", ".join(parks.mapped("name"))

    @api.model
    def _park_title(self, role, scope):
        titles = {
            "city": self.env._("City Dashboard: %(scope)s", scope=scope),
            "county": self.env._("County Dashboard: %(scope)s", scope=scope),
            "station": self.env._("Station Dashboard: %(scope)s", scope=scope),
            "agent": self.env._("Park Dashboard: %(scope)s", scope=scope),
        }
        return titles[role]

    @api.model
    def _park_period(self, filters):
        """(date_from, date_to) of the period asked for, both included."""
        today = fields.Date.context_today(self)
        period = filters.get("period") or "month"
        if period not in PERIODS:
            raise UserError(self.env._("Unknown period: %(period)s", period=period))
        if period == "custom":
            try:
                date_from = fields.Date.to_date(filters.get("date_from") or None)
                date_to = fields.Date.to_date(filters.get("date_to") or None)
            except ValueError as error:
                raise UserError(
                    self.env._("Give the dates of the period as YYYY-MM-DD.")
                ) from error
            if not date_from or not date_to:
                raise UserError(
                    self.env._("Give the first and last day of the period.")
                )
            if date_from > date_to:
                raise UserError(
                    self.env._("The period ends before it starts: check its dates.")
                )
            return period, date_from, date_to
        if period == "month":
            start = today.replace(day=1)
            end = start + relativedelta(months=1, days=-1)
        elif period == "quarter":
            start = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
            end = start + relativedelta(months=3, days=-1)
        else:
            start, end = today.replace(month=1, day=1), today.replace(month=12, day=31)
        return period, start, end

    @api.model
    def _park_place_domain(self, filters, parks):
        """The county / park filter, refused outside the user's scope."""
        domain = Domain.TRUE
        county_id = filters.get("county_id")
        park_id = filters.get("park_id")
        if county_id:
            if county_id not in parks.county_id.ids:
                raise UserError(
                    self.env._("This county is not in your scope: choose one of yours.")
                )
            domain &= Domain("county_id", "=", county_id)
        if park_id:
            if park_id not in parks.ids:
                raise UserError(
                    self.env._("This park is not in your scope: choose one of yours.")
                )
            domain &= Domain("park_id", "=", park_id)
        return domain

    @api.model
    def _park_between(self, field_name, date_from, date_to, is_datetime=False):
        """``date_from <= field <= date_to`` (days), as a Domain; a datetime
        between the user's local midnights (as Odoo groups datetimes)."""
        if is_datetime:
            return Domain(field_name, ">=", self._park_midnight(date_from)) & Domain(
                field_name, "<", self._park_midnight(date_to + relativedelta(days=1))
            )
        return Domain(field_name, ">=", fields.Date.to_string(date_from)) & Domain(
            field_name, "<=", fields.Date.to_string(date_to)
        )

    @api.model
    def _park_midnight(self, day):
        """The start of ``day`` in the user's time zone, in UTC (a string)."""
        local = self.env.tz.localize(datetime.datetime.combine(day, datetime.time.min))
        return fields.Datetime.to_string(
            local.astimezone(datetime.UTC).replace(tzinfo=None)
        )

    # ------------------------------------------------------------------
    # the domains of the figures
    # ------------------------------------------------------------------
    @api.model
    def _park_domains(self, place, date_from, date_to):
        """Every figure's records, by name: (model, Domain)."""
        cases = Domain("is_park_case", "=", True) & place
        filed = cases & self._park_between("create_date", date_from, date_to, True)
        done = (
            cases
            & Domain("park_state", "=", "done")
            & self._park_between("done_date", date_from, date_to)
        )
        open_cases = cases & Domain("park_state", "in", OPEN_STATES)
        ratings = (
            place
            & Domain("is_excluded", "=", False)
            & self._park_between("rated_on", date_from, date_to, True)
        )
        years = list(range(date_from.year, date_to.year + 1))
        rectified = (
            place
            & Domain("done_date", "!=", False)
            & self._park_between("done_date", date_from, date_to)
        )
        return {
            "filed": ("helpdesk.ticket", filed),
            "done": ("helpdesk.ticket", done),
            "done_on_time": (
                "helpdesk.ticket",
                done & Domain("park_is_on_time", "=", True),
            ),
            "open": ("helpdesk.ticket", open_cases),
            "overdue": (
                "helpdesk.ticket",
                open_cases & Domain("deadline_state", "=", "overdue"),
            ),
            "at_risk": (
                "helpdesk.ticket",
                open_cases & Domain("is_at_risk", "=", True),
            ),
            "escalations": (
                "park.helpdesk.escalation",
                place & self._park_between("date", date_from, date_to, True),
            ),
            "ratings": ("park.rating", ratings),
            "bad_ratings": ("park.rating", ratings & Domain("is_bad", "=", True)),
            "bad_open": (
                "park.rating.rectification",
                place & Domain("state", "in", RECTIFICATION_OPEN_STATES),
            ),
            "rectified": ("park.rating.rectification", rectified),
            "rectified_on_time": (
                "park.rating.rectification",
                rectified & Domain("is_on_time", "=", True),
            ),
            "visits": (
                "park.visit",
                place
                & Domain("state", "=", "done")
                & self._park_between("date", date_from, date_to, True),
            ),
            "visit_plans": ("park.visit.plan", place & Domain("year", "in", years)),
        }

    # ------------------------------------------------------------------
    # the figures
    # ------------------------------------------------------------------
    @api.model
    def _park_counts(self, domains):
        """The numbers of the summary: counts, the planned visits, rates."""
        counts = {
            key: self.env[model].search_count(domain)
            for key, (model, domain) in domains.items()
            if key != "visit_plans"
        }
        model, domain = domains["visit_plans"]
        [(planned,)] = self.env[model]._read_group(domain, [], ["planned_count:sum"])
        counts["planned"] = planned or 0
        counts["on_time_rate"] = _rate(counts["done_on_time"], counts["done"])
        counts["satisfaction_rate"] = _rate(
            counts["ratings"] - counts["bad_ratings"], counts["ratings"]
        )
        counts["rectified_on_time_rate"] = _rate(
            counts["rectified_on_time"], counts["rectified"]
        )
        return counts

    @api.model
    def _park_kpis(self, counts, domains):
        env = self.env
        labels = {
            "filed": env._("Cases Filed"),
            "done": env._("Cases Completed"),
            "on_time_rate": env._("On-time Rate"),
            "open": env._("Open Cases"),
            "overdue": env._("Overdue"),
            "at_risk": env._("At Risk"),
            "escalations": env._("Escalations"),
            "satisfaction_rate": env._("Satisfaction Rate"),
            "bad_open": env._("Bad Reviews Open"),
            "visits": env._("Visits Done"),
            "planned": env._("Visits Planned (year)"),
        }
        # the records each figure opens: a rate opens what it is a share of
        records = {"on_time_rate": "done", "satisfaction_rate": "ratings"}
        records["planned"] = "visit_plans"
        return [
            dict(
                key=key,
                label=label,
                value=counts[key],
                display=f"{counts[key]:.1f}%"
                if key.endswith("_rate")
                else str(counts[key]),
                **self._park_target(*domains[records.get(key, key)]),
            )
            for key, label in labels.items()
        ]

    @staticmethod
    def _park_target(model, domain):
        return {"model": model, "domain": list(domain)}

    @api.model
    def _park_label(self, model, field_name, value):
        """A group's label: the name of the record or of the selection."""
        field = self.env[model]._fields[field_name]
        if not value:
            return self.env._("None")
        if field.type == "selection":
            return dict(field._description_selection(self.env)).get(value, value)
        # sudo: the name only of a record the user's own rows point at (an
        # escalated case's county team, say), never its content
        return value.sudo().name or value.sudo().display_name

    @api.model
    def _park_rows(self, model, domain, field_name, groups, limit=None):
        groups = sorted(groups, key=lambda row: -row[1])[:limit]
        rows = []
        for value, count in groups:
            key = value.id if isinstance(value, models.BaseModel) else value
            rows.append(
                {
                    "label": self._park_label(model, field_name, value),
                    "value": count,
                    "display": str(count),
                    "domain": list(domain & Domain(field_name, "=", key or False)),
                }
            )
        return rows

    @api.model
    def _park_case_charts(self, domains):
        env = self.env
        Ticket = env["helpdesk.ticket"]
        model, filed = domains["filed"]
        sets = Ticket._read_grouping_sets(
            filed, [[name] for name in CASE_GROUPINGS], ["__count"]
        )
        titles = {
            "park_state": env._("Cases by State"),
            "county_id": env._("Cases by County"),
            "park_id": env._("Cases by Park"),
            "team_id": env._("Cases by Team"),
            "matter_id": env._("Cases by Matter (top 10)"),
            "park_channel": env._("Cases by Channel"),
        }
        charts = [
            {
                "key": name,
                "title": titles[name],
                "model": model,
                "rows": self._park_rows(
                    model, filed, name, groups, TOP if name == "matter_id" else None
                ),
            }
            for name, groups in zip(CASE_GROUPINGS, sets, strict=True)
        ]
        model, open_cases = domains["open"]
        workload = Ticket._read_group(open_cases, ["user_id"], ["__count"])
        charts.append(
            {
                "key": "workload",
                "title": env._("Open Cases per Agent (top 10)"),
                "model": model,
                "rows": self._park_rows(model, open_cases, "user_id", workload, TOP),
            }
        )
        return charts

    @api.model
    def _park_trend(self, place, date_to):
        """The satisfaction rate month by month, the last months of the period."""
        start = date_to.replace(day=1) - relativedelta(months=TREND_MONTHS - 1)
        ratings = (
            place
            & Domain("is_excluded", "=", False)
            & self._park_between("rated_on", start, date_to, True)
        )
        # grouped by month in the user's time zone, as the domains count
        groups = (
            self.env["park.rating"]
            .with_context(tz=self.env.tz.zone)
            ._read_group(ratings, ["rated_on:month", "is_bad"], ["__count"])
        )
        totals, bad = {}, {}
        for stamp, is_bad, count in groups:
            month = stamp.date() if isinstance(stamp, datetime.datetime) else stamp
            totals[month] = totals.get(month, 0) + count
            if is_bad:
                bad[month] = count
        rows = []
        for index in range(TREND_MONTHS):
            month = start + relativedelta(months=index)
            total = totals.get(month, 0)
            rate = _rate(total - bad.get(month, 0), total)
            last = month + relativedelta(months=1, days=-1)
            rows.append(
                {
                    "label": month.strftime("%Y-%m"),
                    "value": rate,
                    "count": total,
                    "display": f"{rate:.1f}% ({total})" if total else "-",
                    "domain": list(
                        place
                        & Domain("is_excluded", "=", False)
                        & self._park_between("rated_on", month, last, True)
                    ),
                }
            )
        return {
            "key": "satisfaction_trend",
            "title": self.env._("Satisfaction Rate by Month"),
            "model": "park.rating",
            "unit": "%",
            "rows": rows,
        }

    @api.model
    def _park_visit_chart(self, domains):
        model, visits = domains["visits"]
        done = dict(self.env[model]._read_group(visits, ["park_id"], ["__count"]))
        plan_model, plans = domains["visit_plans"]
        planned = dict(
            self.env[plan_model]._read_group(plans, ["park_id"], ["planned_count:sum"])
        )
        rows = []
        for park in sorted(set(done) | set(planned), key=lambda p: p.code or ""):
            count, plan = done.get(park, 0), planned.get(park) or 0
            rows.append(
                {
                    "label": park.name,
                    "value": count,
                    "display": f"{count} / {plan}",
                    "domain": list(visits & Domain("park_id", "=", park.id)),
                }
            )
        return {
            "key": "visits_by_park",
            "title": self.env._("Visits against Plan by Park"),
            "model": model,
            "rows": rows,
        }

    # ------------------------------------------------------------------
    # the one entry point of the page
    # ------------------------------------------------------------------
    @api.model
    def get_dashboard_data(self, filters=None):
        """Every figure of the dashboard for the current user.

        ``filters``: ``period`` (month, quarter, year or custom with
        ``date_from`` / ``date_to``), ``county_id``, ``park_id``. Returns
        the title (role and scope), the filters as applied, the choices of
        counties and parks (the user's own), the summary figures (``kpis``)
        and the charts, each figure and each bar with the ``model`` and
        ``domain`` of its records."""
        filters = dict(filters or {})
        role = self._park_role()
        parks = self._park_scope_parks()
        period, date_from, date_to = self._park_period(filters)
        place = self._park_place_domain(filters, parks)
        domains = self._park_domains(place, date_from, date_to)
        counts = self._park_counts(domains)
        scope = self._park_scope_label(role, parks)
        return {
            "title": self._park_title(role, scope),
            "role": role,
            "scope": scope,
            "filters": {
                "period": period,
                "date_from": fields.Date.to_string(date_from),
                "date_to": fields.Date.to_string(date_to),
                "county_id": filters.get("county_id") or False,
                "park_id": filters.get("park_id") or False,
            },
            "choices": {
                "counties": [
                    {"id": county.id, "name": county.name} for county in parks.county_id
                ],
                "parks": [
                    {"id": park.id, "name": park.name, "county_id": park.county_id.id}
                    for park in parks
                ],
            },
            "kpis": self._park_kpis(counts, domains),
            "charts": [
                *self._park_case_charts(domains),
                self._park_trend(place, date_to),
                self._park_visit_chart(domains),
            ],
        }
