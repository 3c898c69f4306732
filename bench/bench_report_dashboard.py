# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# Run by `./park bench` inside `odoo shell`: `env` is an Odoo environment.
# The managers' dashboard (park.report.dashboard.get_dashboard_data: every
# figure through _read_group / search_count under the user's record rules)
# over BENCH_REPORT_CASES park cases (1,000,000 by default) generated in SQL
# by the shared generator (bench/park_bench_data.py), against hand-written SQL
# giving the same numbers (asserted equal), for a county administrator (half
# the parks) and the city administrator (all), for a month and a year. The
# baseline is one SQL query per figure, as the dashboard makes; a second
# baseline counts the case figures in one scan (FILTER clauses), the floor.
# Nothing is committed.
import datetime
import os
import sys
import time
from pathlib import Path

from odoo.fields import Command
from odoo.tests import new_test_user
from odoo.tools import SQL

import odoo.addons.park_base as park_base
from odoo.addons.park_report.models.park_report_dashboard import COUNTED_FIGURES

N = int(os.environ.get("BENCH_REPORT_CASES", "1000000"))
REPEAT = int(os.environ.get("BENCH_REPORT_REPEAT", "3"))
env = env(context=dict(env.context, tracking_disable=True))  # noqa: F821
cr = env.cr

sys.path.insert(0, str(Path(park_base.__path__[0]).parents[1] / "bench"))
from park_bench_data import TODAY, best_of, make_cases  # noqa: E402

# --- N cases over a year: six parks in two counties, twenty matters --------
# most cases of a year are closed; a few per cent are open at any time
STATE_MIX = (
    ("new", 2),
    ("accepted", 3),
    ("supplement", 1),
    ("done", 88),
    ("refused", 4),
    ("withdrawn", 2),
)
t0 = time.perf_counter()
world = make_cases(
    env,
    N,
    today=TODAY,
    days=365,
    state_mix=STATE_MIX,
    filed_on_acceptance=True,
    parks=6,
    counties=2,
    matters=20,
)
like = "BENCH-%"
# the generator's completed cases are all a day late: one in twenty on time
# instead, and one open case in seven at risk
cr.execute(
    SQL(
        """
        UPDATE helpdesk_ticket SET done_date = accept_date + 5,
                                   park_is_on_time = TRUE
         WHERE number LIKE %(like)s AND park_state = 'done' AND id %% 20 = 0;
        UPDATE helpdesk_ticket SET is_at_risk = TRUE
         WHERE number LIKE %(like)s AND id %% 7 = 0
           AND park_state IN ('new', 'accepted', 'supplement');
        """,
        like=like,
    )
)
# a review of one completed case in three, one in five of them bad
cr.execute(
    SQL(
        """
        INSERT INTO park_rating (
            ticket_id, enterprise_id, station_id, park_id, county_id, city_id,
            team_id, user_id, matter_id, level, score, is_bad, channel,
            rated_on, is_excluded, create_date, write_date, create_uid,
            write_uid)
        SELECT id, enterprise_id, station_id, park_id, county_id, city_id,
               team_id, user_id, matter_id,
               CASE WHEN id %% 5 = 0 THEN 'dissatisfied' ELSE 'satisfied' END,
               CASE WHEN id %% 5 = 0 THEN 2 ELSE 4 END, id %% 5 = 0, 'portal',
               done_date + INTERVAL '10 hours', id %% 50 = 0, now(), now(), 1, 1
          FROM helpdesk_ticket
         WHERE number LIKE %s AND park_state = 'done' AND id %% 3 = 0;
        ANALYZE helpdesk_ticket;
        ANALYZE park_rating;
        """,
        like,
    )
)
print(
    f"BENCH report dashboard: {N} cases and their reviews generated in "
    f"{time.perf_counter() - t0:.1f}s"
)
county = world.counties[0]
county_parks = world.parks.filtered(lambda p: p.county_id == county)
county_admin = new_test_user(
    env,
    login=f"bench_county_admin_{world.prefix}",
    groups="park_base.group_park_county_admin",
    park_region_ids=[Command.set(county.ids)],
)
city_admin = new_test_user(
    env,
    login=f"bench_city_admin_{world.prefix}",
    groups="park_base.group_park_city_admin",
)
env.flush_all()

# --- the same figures, hand-written in SQL ----------------------------------
OPEN = ("new", "accepted", "supplement")


def scalar(query):
    cr.execute(query)
    return cr.fetchone()[0]


def pairs(query):
    cr.execute(query)
    return sorted(count for _key, count in cr.fetchall())


def sql_figures(parks, date_from, date_to):
    """Every number of the dashboard, one query per figure; ``parks`` the
    user's scope (None: all)."""
    scope = SQL("TRUE") if parks is None else SQL("park_id = ANY(%s)", parks)
    start = datetime.datetime.combine(date_from, datetime.time.min)
    stop = datetime.datetime.combine(
        date_to + datetime.timedelta(days=1), datetime.time.min
    )
    # "IS TRUE" as the ORM writes it: the partial indexes' predicate
    cases = SQL("is_park_case IS TRUE AND active IS TRUE AND %s", scope)
    filed = SQL("%s AND create_date >= %s AND create_date < %s", cases, start, stop)
    done = SQL(
        "%s AND park_state = 'done' AND done_date BETWEEN %s AND %s",
        cases,
        date_from,
        date_to,
    )
    open_ = SQL("%s AND park_state IN %s", cases, OPEN)
    ratings = SQL(
        "%s AND NOT COALESCE(is_excluded, FALSE) AND rated_on >= %s AND rated_on < %s",
        scope,
        start,
        stop,
    )
    figures = {
        "filed": scalar(SQL("SELECT COUNT(*) FROM helpdesk_ticket WHERE %s", filed)),
        "done": scalar(SQL("SELECT COUNT(*) FROM helpdesk_ticket WHERE %s", done)),
        "done_on_time": scalar(
            SQL(
                "SELECT COUNT(*) FROM helpdesk_ticket WHERE %s "
                "AND done_date <= deadline_date",
                done,
            )
        ),
        "open": scalar(SQL("SELECT COUNT(*) FROM helpdesk_ticket WHERE %s", open_)),
        "overdue": scalar(
            SQL(
                "SELECT COUNT(*) FROM helpdesk_ticket WHERE %s "
                "AND deadline_state = 'overdue'",
                open_,
            )
        ),
        "at_risk": scalar(
            SQL("SELECT COUNT(*) FROM helpdesk_ticket WHERE %s AND is_at_risk", open_)
        ),
        "escalations": scalar(
            SQL(
                "SELECT COUNT(*) FROM park_helpdesk_escalation WHERE %s "
                "AND date >= %s AND date < %s",
                scope,
                start,
                stop,
            )
        ),
        "ratings": scalar(SQL("SELECT COUNT(*) FROM park_rating WHERE %s", ratings)),
        "bad_ratings": scalar(
            SQL("SELECT COUNT(*) FROM park_rating WHERE %s AND is_bad", ratings)
        ),
        "bad_open": scalar(
            SQL(
                "SELECT COUNT(*) FROM park_rating_rectification WHERE %s "
                "AND state IN ('verify', 'rectify', 'callback')",
                scope,
            )
        ),
        "visits": scalar(
            SQL(
                "SELECT COUNT(*) FROM park_visit WHERE %s AND state = 'done' "
                "AND date >= %s AND date < %s",
                scope,
                start,
                stop,
            )
        ),
    }
    # the six groupings of the filed cases in one query, as the dashboard
    cr.execute(
        SQL(
            """
            SELECT GROUPING(park_state, county_id, park_id, team_id, matter_id,
                            park_channel), COUNT(*)
              FROM helpdesk_ticket
             WHERE %s
             GROUP BY GROUPING SETS ((park_state), (county_id), (park_id),
                                     (team_id), (matter_id), (park_channel))
            """,
            filed,
        )
    )
    names = ("park_state", "county_id", "park_id", "team_id", "matter_id")
    names += ("park_channel",)
    # GROUPING() has a bit set for every column not grouped: bit 5 - i is
    # clear for the i-th column
    charts = {name: [] for name in names}
    for bits, count in cr.fetchall():
        index = next(i for i in range(6) if not bits & (1 << (5 - i)))
        charts[names[index]].append(count)
    charts = {name: sorted(counts) for name, counts in charts.items()}
    charts["matter_id"] = charts["matter_id"][-10:]
    charts["workload"] = pairs(
        SQL(
            "SELECT user_id, COUNT(*) FROM helpdesk_ticket WHERE %s GROUP BY 1",
            open_,
        )
    )[-10:]
    trend_start = date_to.replace(day=1)
    for _i in range(5):
        trend_start = (trend_start - datetime.timedelta(days=1)).replace(day=1)
    cr.execute(
        SQL(
            """
            SELECT date_trunc('month', rated_on)::date,
                   COUNT(*), COUNT(*) FILTER (WHERE is_bad)
              FROM park_rating
             WHERE %s AND NOT COALESCE(is_excluded, FALSE)
               AND rated_on >= %s AND rated_on < %s
             GROUP BY 1
            """,
            scope,
            datetime.datetime.combine(trend_start, datetime.time.min),
            stop,
        )
    )
    trend = {
        month.strftime("%Y-%m"): round(100.0 * (total - bad) / total, 1)
        for month, total, bad in cr.fetchall()
    }
    return figures, charts, trend


def sql_case_floor(parks, date_from, date_to):
    """The case figures counted in one scan: the floor of any approach."""
    scope = SQL("TRUE") if parks is None else SQL("park_id = ANY(%s)", parks)
    start = datetime.datetime.combine(date_from, datetime.time.min)
    stop = datetime.datetime.combine(
        date_to + datetime.timedelta(days=1), datetime.time.min
    )
    cr.execute(
        SQL(
            """
            SELECT COUNT(*) FILTER (WHERE create_date >= %(start)s
                                      AND create_date < %(stop)s),
                   COUNT(*) FILTER (WHERE park_state = 'done'
                                      AND done_date BETWEEN %(from)s AND %(to)s),
                   COUNT(*) FILTER (WHERE park_state = 'done'
                                      AND done_date BETWEEN %(from)s AND %(to)s
                                      AND done_date <= deadline_date),
                   COUNT(*) FILTER (WHERE park_state IN %(open)s),
                   COUNT(*) FILTER (WHERE park_state IN %(open)s
                                      AND deadline_state = 'overdue'),
                   COUNT(*) FILTER (WHERE park_state IN %(open)s AND is_at_risk)
              FROM helpdesk_ticket
             WHERE is_park_case IS TRUE AND active IS TRUE AND %(scope)s
            """,
            start=start,
            stop=stop,
            open=OPEN,
            scope=scope,
            **{"from": date_from, "to": date_to},
        )
    )
    return cr.fetchone()


# --- the dashboard against them ---------------------------------------------
def chart_values(data):
    return {
        chart["key"]: sorted(row["value"] for row in chart["rows"])
        for chart in data["charts"]
        if chart["key"] not in ("satisfaction_trend", "visits_by_park")
    }


Dashboard = env["park.report.dashboard"]
month = (TODAY.replace(day=1), TODAY)
year = (TODAY.replace(month=1, day=1), TODAY.replace(month=12, day=31))
for user, parks in ((county_admin, county_parks.ids), (city_admin, None)):
    for label, (date_from, date_to) in (("month", month), ("year", year)):
        filters = {
            "period": "custom",
            "date_from": str(date_from),
            "date_to": str(date_to),
        }
        as_user = Dashboard.with_user(user)
        orm_t, data = best_of(
            env, lambda d=as_user, f=filters: d.get_dashboard_data(f), REPEAT
        )
        period = (parks, date_from, date_to)
        sql_t, (figures, charts, trend) = best_of(
            env, lambda p=period: sql_figures(*p), REPEAT
        )
        floor_t, floor = best_of(env, lambda p=period: sql_case_floor(*p), REPEAT)
        kpis = {kpi["key"]: kpi["value"] for kpi in data["kpis"]}
        for key in COUNTED_FIGURES:
            assert kpis[key] == figures[key], (key, kpis[key], figures[key])
        assert kpis["on_time_rate"] == (
            round(100.0 * figures["done_on_time"] / figures["done"], 1)
            if figures["done"]
            else 0.0
        )
        assert kpis["satisfaction_rate"] == (
            round(
                100.0
                * (figures["ratings"] - figures["bad_ratings"])
                / figures["ratings"],
                1,
            )
            if figures["ratings"]
            else 0.0
        )
        assert chart_values(data) == charts, (chart_values(data), charts)
        dash_trend = next(
            c for c in data["charts"] if c["key"] == "satisfaction_trend"
        )["rows"]
        assert {
            row["label"]: row["value"] for row in dash_trend if row["label"] in trend
        } == trend
        assert floor[:4] == (
            figures["filed"],
            figures["done"],
            figures["done_on_time"],
            figures["open"],
        )
        print(
            f"BENCH report dashboard ({user.login.split('_')[1]} admin, "
            f"{label}, {kpis['filed']} cases filed of {N}): get_dashboard_data "
            f"{orm_t * 1000:.0f} ms against hand-written SQL, one query a "
            f"figure, {sql_t * 1000:.0f} ms: ratio {orm_t / sql_t:.2f} "
            f"(target <= 1.5); the case figures in one scan "
            f"{floor_t * 1000:.0f} ms"
        )
cr.rollback()
