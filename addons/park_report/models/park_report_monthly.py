# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.fields import Domain

CHART_WIDTH = 640
CHART_HEIGHT = 220
# left, right, top and bottom margins of a chart's plot
MARGINS = (44, 12, 16, 44)
# the rates of the month and what each is a share of: "-" when that is none
RATES = {
    "on_time_rate": "done",
    "satisfaction_rate": "ratings",
    "rectified_on_time_rate": "rectified",
}


def _month_start(value):
    day = fields.Date.to_date(value) if value else None
    return day.replace(day=1) if day else None


class ReportParkReportMonthlyCounty(models.AbstractModel):
    """The monthly report of one county for the leaders' meeting: the figures
    of the month against the previous month, with charts drawn as SVG on
    the server (wkhtmltopdf runs no JavaScript).

    The figures are the dashboard's (``park.report.dashboard``), counted
    under the printing user's own record rules; a county administrator
    prints their county only, the city any county."""

    _name = "report.park_report.report_monthly_county"
    _description = "County Monthly Report"

    @api.model
    def _park_check_county(self, county):
        user = self.env.user
        if county.level != "county":
            raise UserError(self.env._("Choose a county for the monthly report."))
        if user.has_group("park_base.group_park_city_admin"):
            return
        if user.has_group("park_base.group_park_county_admin") and self.env[
            "park.region"
        ].sudo().search_count(
            [
                ("id", "=", county.id),
                ("id", "child_of", user.sudo().park_region_ids.ids),
            ]
        ):
            return
        raise AccessError(
            self.env._(
                "You can print the monthly report of your own county only, not "
                "of %(county)s.",
                county=county.sudo().name,
            )
        )

    @api.model
    def _park_month_figures(self, county, month):
        """The dashboard's counts of ``county`` for the month of ``month``."""
        Dashboard = self.env["park.report.dashboard"]
        place = Domain("county_id", "=", county.id)
        last = month + relativedelta(months=1, days=-1)
        domains = Dashboard._park_domains(place, month, last)
        counts = Dashboard._park_counts(domains)
        model, visits = domains["visits"]
        counts["visits_year"] = self.env[model].search_count(
            place
            & Domain("state", "=", "done")
            & Dashboard._park_between("date", month.replace(month=1), last, True)
        )
        return counts, domains

    @api.model
    def _park_figure_rows(self, current, previous):
        env = self.env
        labels = {
            "filed": env._("Cases filed"),
            "done": env._("Cases completed"),
            "on_time_rate": env._("On-time rate"),
            "escalations": env._("Escalations"),
            "overdue": env._("Overdue (open, at printing)"),
            "ratings": env._("Reviews"),
            "satisfaction_rate": env._("Satisfaction rate"),
            "bad_ratings": env._("Bad reviews"),
            "rectified": env._("Bad reviews rectified"),
            "rectified_on_time_rate": env._("Rectified on time"),
            "visits": env._("Visits done"),
        }
        result = []
        for key, label in labels.items():
            now, before = current[key], previous[key]
            if key not in RATES:
                value, former, change = str(now), str(before), f"{now - before:+d}"
            else:
                has_now, had = current[RATES[key]], previous[RATES[key]]
                value = f"{now:.1f}%" if has_now else "-"
                former = f"{before:.1f}%" if had else "-"
                change = f"{now - before:+.1f}%" if has_now and had else "-"
            result.append(
                {
                    "key": key,
                    "label": label,
                    "value": value,
                    "previous": former,
                    "change": change,
                }
            )
        result.append(
            {
                "key": "visits_year",
                "label": env._("Visits this year against the plan"),
                "value": f"{current['visits_year']} / {current['planned']}",
                "previous": f"{previous['visits_year']} / {previous['planned']}",
                "change": f"{current['visits_year'] - previous['visits_year']:+d}",
            }
        )
        return result

    # ------------------------------------------------------------------
    # charts as SVG geometry
    # ------------------------------------------------------------------
    @staticmethod
    def _park_plot():
        left, right, top, bottom = MARGINS
        return left, top, CHART_WIDTH - left - right, CHART_HEIGHT - top - bottom

    @api.model
    def _park_bar_chart(self, labels, series):
        """Grouped bars: ``series`` is ``[(name, values, css class)]``."""
        left, top, width, height = self._park_plot()
        top_value = max([v for _n, values, _c in series for v in values] + [1])
        slot = width / max(len(labels), 1)
        bar = slot * 0.8 / max(len(series), 1)
        bars, ticks = [], []
        for index, label in enumerate(labels):
            for rank, (_name, values, css) in enumerate(series):
                value = values[index]
                bar_height = height * value / top_value
                bars.append(
                    {
                        "x": round(left + index * slot + slot * 0.1 + rank * bar, 1),
                        "y": round(top + height - bar_height, 1),
                        "w": round(bar, 1),
                        "h": round(bar_height, 1),
                        "value": value,
                        "css": css,
                    }
                )
            ticks.append(
                {
                    "x": round(left + (index + 0.5) * slot, 1),
                    "y": top + height + 16,
                    "text": label,
                }
            )
        return self._park_chart(bars=bars, ticks=ticks, series=series, top=top_value)

    @api.model
    def _park_line_chart(self, labels, values):
        """A line of percentages (0 to 100, None for none) over ``labels``."""
        left, top, width, height = self._park_plot()
        step = width / max(len(labels), 1)
        points, ticks = [], []
        for index, (label, value) in enumerate(zip(labels, values, strict=True)):
            x = round(left + (index + 0.5) * step, 1)
            ticks.append({"x": x, "y": top + height + 16, "text": label})
            if value is None:
                # a month without reviews has no rate: no point
                continue
            points.append(
                {
                    "x": x,
                    "y": round(top + height - height * value / 100, 1),
                    "value": value,
                    "text": f"{value:.1f}%",
                }
            )
        return self._park_chart(
            points=points,
            polyline=" ".join(f"{p['x']},{p['y']}" for p in points),
            ticks=ticks,
            top=100,
        )

    @api.model
    def _park_chart(self, top, **values):
        left, plot_top, width, height = self._park_plot()
        return dict(
            values,
            width=CHART_WIDTH,
            height=CHART_HEIGHT,
            axis={
                "x1": left,
                "y1": plot_top + height,
                "x2": left + width,
                "y2": plot_top,
                "top": top,
                "top_y": plot_top + 4,
            },
            legend=[
                {
                    "x": left + 8 + rank * 130,
                    "y": CHART_HEIGHT - 8,
                    "name": name,
                    "css": css,
                }
                for rank, (name, _v, css) in enumerate(values.pop("series", []))
            ],
        )

    @api.model
    def _park_park_chart(self, county, current_domains, previous_domains):
        Ticket = self.env["helpdesk.ticket"]
        parks = self.env["park.park"].search(
            [("county_id", "=", county.id)], order="code"
        )
        now = dict(
            Ticket._read_group(current_domains["filed"][1], ["park_id"], ["__count"])
        )
        before = dict(
            Ticket._read_group(previous_domains["filed"][1], ["park_id"], ["__count"])
        )
        previous_label = self.env._("Previous month")
        current_label = self.env._("This month")
        return self._park_bar_chart(
            parks.mapped("name"),
            [
                (previous_label, [before.get(p, 0) for p in parks], "o_previous"),
                (current_label, [now.get(p, 0) for p in parks], "o_current"),
            ],
        )

    @api.model
    def _park_trend_chart(self, county, month):
        trend = self.env["park.report.dashboard"]._park_trend(
            Domain("county_id", "=", county.id),
            month + relativedelta(months=1, days=-1),
        )
        rows = trend["rows"]
        return self._park_line_chart(
            [row["label"] for row in rows],
            [row["value"] if row["count"] else None for row in rows],
        )

    # ------------------------------------------------------------------
    # the report
    # ------------------------------------------------------------------
    @api.model
    def _park_county_values(self, county, month):
        self._park_check_county(county)
        previous_month = month - relativedelta(months=1)
        current, current_domains = self._park_month_figures(county, month)
        previous, previous_domains = self._park_month_figures(county, previous_month)
        return {
            "county": county,
            "month": month,
            "month_label": self.env._(
                "%(year)s-%(month)s", year=month.year, month=f"{month.month:02d}"
            ),
            "figures": current,
            "previous": previous,
            "rows": self._park_figure_rows(current, previous),
            "park_chart": self._park_park_chart(
                county, current_domains, previous_domains
            ),
            "trend_chart": self._park_trend_chart(county, month),
        }

    @api.model
    def _get_report_values(self, docids, data=None):
        data = data or {}
        month = _month_start(data.get("month")) or (
            fields.Date.context_today(self).replace(day=1) - relativedelta(months=1)
        )
        counties = self.env["park.region"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "park.region",
            "docs": counties,
            "reports": [self._park_county_values(county, month) for county in counties],
            "printed_on": fields.Datetime.context_timestamp(
                self, datetime.datetime.now()
            ),
        }
