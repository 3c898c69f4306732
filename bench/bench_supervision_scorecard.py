# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# Run by `./park bench` inside `odoo shell`: `env` is an Odoo environment.
# The city's yearly scorecard of every county (park_supervision) computed
# through the ORM (`park.scorecard._park_compute_year`: set-based counts with
# _read_group, then the draft scorecards and their lines written) against one
# hand-written SQL statement giving the same numerators and denominators, on a
# large database generated in SQL: BENCH_SUPERVISION_COUNTIES counties (30) of
# five parks each, BENCH_SUPERVISION_CASES park cases (1,000,000) over two
# years, a third of them rated, bad reviews rectified and called back,
# department visits and plans, delegations, pilot milestones, enterprises
# reached by policies and answering the awareness survey, inspections.
# Asserts that both give the same figures; prints the ratio ORM / SQL.
# Nothing is committed.
import datetime
import os
import sys
import time
from pathlib import Path

from odoo.tools import SQL

import odoo.addons.park_base as park_base

sys.path.insert(0, str(Path(park_base.__path__[0]).parents[1] / "bench"))

from park_bench_data import best_of, make_regions  # noqa: E402

N = int(os.environ.get("BENCH_SUPERVISION_CASES", "1000000"))
COUNTIES = int(os.environ.get("BENCH_SUPERVISION_COUNTIES", "30"))
PARKS_PER_COUNTY = 5
MATTERS = 50
ENTERPRISES_PER_PARK = 20
YEAR = 2025
DATE_FROM, DATE_TO = datetime.date(YEAR, 1, 1), datetime.date(YEAR, 12, 31)
env = env(context=dict(env.context, tracking_disable=True))  # noqa: F821
cr = env.cr
t_start = time.perf_counter()

# --- the world: city, counties, parks, stations (ORM) -----------------------
prefix, city, counties = make_regions(env, COUNTIES)
parks = env["park.park"].create(
    [
        {
            "name": f"{county.name}园区{number}",
            "code": f"BS-{county.code}-{number}",
            "county_id": county.id,
        }
        for county in counties
        for number in range(1, PARKS_PER_COUNTY + 1)
    ]
)
stations = env["park.station"].create(
    [{"name": f"{park.name}服务站", "park_id": park.id} for park in parks]
)
department = env["park.department"].search([], limit=1)
survey = env["survey.survey"].create(
    {"title": "基准知晓度调查", "park_survey_kind": "awareness"}
)
policies = env["park.policy"].create(
    [
        {"name": name, "issuing_body": "评估基准市政府", "date_start": DATE_FROM}
        for name in ("基准政策一", "基准政策二")
    ]
)
env.flush_all()
cr.execute(
    SQL(
        """
        CREATE TEMP TABLE bench_park AS
        SELECT (row_number() OVER (ORDER BY p.id) - 1)::int AS idx,
               p.id AS park_id, p.county_id, p.city_id, s.id AS station_id
          FROM park_park p JOIN park_station s ON s.park_id = p.id
         WHERE p.id = ANY(%s)
        """,
        parks.ids,
    )
)
P = len(parks)
done_stage = env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
open_stage = env.ref("helpdesk_mgmt.helpdesk_ticket_stage_in_progress")
params = {
    "n": N,
    "p": P,
    "company": env.company.id,
    "done_stage": done_stage.id,
    "open_stage": open_stage.id,
    "department": department.id,
    "survey": survey.id,
    "policy_1": policies[0].id,
    "policy_2": policies[1].id,
    "currency": env.company.currency_id.id,
    "matters": MATTERS,
    "per_park": ENTERPRISES_PER_PARK,
    "prefix": prefix,
    "year": YEAR,
}


def run(query):
    t0 = time.perf_counter()
    cr.execute(SQL(query, **params))
    if os.environ.get("BENCH_VERBOSE"):
        print(f"BENCH step {time.perf_counter() - t0:.1f}s: {query.split()[2]}")


# --- the data, in SQL ---------------------------------------------------------
# catalogue: published matters that may be handled in parks (every fifth not)
run(
    """
    INSERT INTO park_matter (code, name, version, state, is_latest, active,
        may_handle_in_park, department_id, matter_type, theme, approval_level,
        service_object, visit_count, sequence, create_date, write_date)
    SELECT %(prefix)s || '00-XK-' || lpad(g::text, 12, '0'), '评估基准事项' || g,
           1, 'published', TRUE, TRUE, g %% 5 <> 0, %(department)s, 'licence',
           'permit', 'county', 'enterprise', '1', 10, now(), now()
      FROM generate_series(1, %(matters)s) AS g
    """
)
run(
    """
    CREATE TEMP TABLE bench_matter AS
    SELECT (row_number() OVER (ORDER BY id) - 1)::int AS idx, id AS matter_id
      FROM park_matter WHERE code LIKE %(prefix)s || '00-XK-%%'
    """
)
# delegations: matter i to park p when (i + p) %% 3 <> 0, some ended
run(
    """
    INSERT INTO park_matter_delegation (park_id, county_id, city_id, matter_id,
        department_id, document_number, date_from, date_to, active,
        create_date, write_date)
    SELECT bp.park_id, bp.county_id, bp.city_id, bm.matter_id, %(department)s,
           '基准授权' || bp.idx || '-' || bm.idx, DATE '2024-01-01',
           CASE WHEN (bm.idx + bp.idx) %% 11 = 0 THEN DATE '2025-06-30' END,
           TRUE, now(), now()
      FROM bench_park bp CROSS JOIN bench_matter bm
     WHERE (bm.idx + bp.idx) %% 3 <> 0
    """
)
# cases over 2024-2025: 70%% done, 10%% refused, 10%% withdrawn, 10%% open
run(
    """
    INSERT INTO helpdesk_ticket (number, name, description, company_id,
        stage_id, park_state, active, priority, station_id, park_id,
        county_id, city_id, matter_id, is_park_case, park_level,
        accept_date, promised_limit, paused_days, extra_days, deadline_date,
        done_date, park_is_on_time, create_date, write_date, create_uid,
        write_uid)
    SELECT 'BS-' || g, '评估基准办件', '<p>基准</p>', %(company)s,
           CASE WHEN g %% 10 = 9 THEN %(open_stage)s ELSE %(done_stage)s END,
           CASE WHEN g %% 10 = 9 THEN 'accepted' WHEN g %% 10 = 8 THEN 'withdrawn'
                WHEN g %% 10 = 7 THEN 'refused' ELSE 'done' END,
           TRUE, '1', bp.station_id, bp.park_id, bp.county_id, bp.city_id,
           (SELECT matter_id FROM bench_matter WHERE idx = 0), TRUE,
           CASE WHEN g %% 13 = 0 THEN 'city' WHEN g %% 7 = 0 THEN 'county'
                ELSE 'park' END,
           d.day - 5, 5, 0, 0, d.day + (g %% 6) - 1,
           CASE WHEN g %% 10 <> 9 THEN d.day END,
           g %% 10 <> 9 AND g %% 6 <> 0, now(), now(), 1, 1
      FROM generate_series(1, %(n)s) AS g
      JOIN bench_park bp ON bp.idx = g %% %(p)s
     CROSS JOIN LATERAL (SELECT DATE '2024-01-01' + (g * 7 %% 730) AS day) d
    """
)
# a third of the completed cases rated; levels 0-1 of 20 are bad reviews
run(
    """
    INSERT INTO park_rating (ticket_id, station_id, park_id, county_id,
        city_id, matter_id, level, score, is_bad, channel, rated_on,
        is_excluded, create_date, write_date)
    SELECT t.id, t.station_id, t.park_id, t.county_id, t.city_id, t.matter_id,
           lv.level, lv.score, lv.score <= 2, 'portal',
           t.done_date + INTERVAL '1 day 9 hours', t.id %% 97 = 0, now(), now()
      FROM helpdesk_ticket t
     CROSS JOIN LATERAL (
           SELECT CASE t.id %% 20 WHEN 0 THEN 'dissatisfied'
                      WHEN 1 THEN 'very_dissatisfied'
                      WHEN 2 THEN 'basically_satisfied'
                      WHEN 3 THEN 'satisfied' ELSE 'very_satisfied' END AS level,
                  CASE t.id %% 20 WHEN 0 THEN 2 WHEN 1 THEN 1 WHEN 2 THEN 3
                      WHEN 3 THEN 4 ELSE 5 END AS score) lv
     WHERE t.number LIKE 'BS-%%' AND t.park_state = 'done' AND t.id %% 3 = 0
    """
)
run(
    """
    INSERT INTO park_rating_rectification (name, rating_id, ticket_id,
        station_id, park_id, county_id, city_id, state, deadline_date,
        done_date, is_on_time, is_called_back, is_accepted, create_date,
        write_date)
    SELECT '基准整改' || r.id, r.id, r.ticket_id, r.station_id, r.park_id,
           r.county_id, r.city_id,
           CASE WHEN r.id %% 3 = 0 THEN 'rectify' ELSE 'closed' END,
           r.rated_on::date + 10,
           CASE WHEN r.id %% 3 <> 0 THEN r.rated_on::date + (r.id %% 15) END,
           r.id %% 3 <> 0 AND r.id %% 15 <= 10, r.id %% 3 <> 0 AND r.id %% 2 = 0,
           r.id %% 3 <> 0 AND r.id %% 2 = 0, now(), now()
      FROM park_rating r
     WHERE r.is_bad AND r.county_id IN (SELECT county_id FROM bench_park)
    """
)
run(
    """
    INSERT INTO park_rating_callback (rectification_id, park_id, county_id,
        city_id, date, method, acceptance, create_date, write_date)
    SELECT rec.id, rec.park_id, rec.county_id, rec.city_id,
           rec.done_date + INTERVAL '2 days 10 hours', 'phone', 'accepted',
           now(), now()
      FROM park_rating_rectification rec
     WHERE rec.is_called_back AND rec.county_id IN (SELECT county_id FROM bench_park)
    """
)
# visit plans (12 a park a year) and visits (two years, a quarter not done)
run(
    """
    INSERT INTO park_visit_plan (name, year, park_id, county_id, city_id,
        department_id, planned_count, active, create_date, write_date)
    SELECT '基准走访计划', y, bp.park_id, bp.county_id, bp.city_id,
           %(department)s, 12, TRUE, now(), now()
      FROM bench_park bp CROSS JOIN (VALUES (2024), (2025)) AS years(y)
    """
)
run(
    """
    INSERT INTO park_visit (name, subject, park_id, county_id, city_id,
        department_id, kind, state, date, visit_year, duration, create_date,
        write_date)
    SELECT '基准走访' || bp.idx || '-' || g, '上门服务', bp.park_id, bp.county_id,
           bp.city_id, %(department)s, 'consultation',
           CASE WHEN g %% 4 = 0 THEN 'planned' ELSE 'done' END,
           TIMESTAMP '2024-01-05 09:00' + (g * 29 %% 720) * INTERVAL '1 day',
           EXTRACT(YEAR FROM TIMESTAMP '2024-01-05' + (g * 29 %% 720)
                   * INTERVAL '1 day'), 2, now(), now()
      FROM bench_park bp CROSS JOIN generate_series(1, 24) AS g
    """
)
# pilot plans and their milestones
run(
    """
    INSERT INTO park_pilot_plan (name, county_id, year, currency_id, state,
        create_date, write_date)
    SELECT '基准试点方案', c.county_id, %(year)s, %(currency)s, 'in_progress',
           now(), now()
      FROM (SELECT DISTINCT county_id FROM bench_park) c
    """
)
run(
    """
    INSERT INTO park_pilot_milestone (plan_id, county_id, year, name, deadline,
        done_date, is_on_time, state, sequence, create_date, write_date)
    SELECT pl.id, pl.county_id, pl.year, '基准节点' || g,
           DATE '2025-01-31' + g * 30,
           CASE WHEN (pl.id + g) %% 4 <> 0 THEN DATE '2025-01-31' + g * 30
                + ((pl.id + g) %% 5) - 2 END,
           (pl.id + g) %% 4 <> 0 AND ((pl.id + g) %% 5) <= 2,
           CASE WHEN (pl.id + g) %% 4 <> 0 THEN 'done' ELSE 'overdue' END,
           10, now(), now()
      FROM park_pilot_plan pl CROSS JOIN generate_series(0, 8) AS g
     WHERE pl.county_id IN (SELECT county_id FROM bench_park)
    """
)
# every other station meets the four basics
run(
    "UPDATE park_station SET is_ready = (id %% 2 = 0) "
    "WHERE id IN (SELECT station_id FROM bench_park)"
)
# enterprises, the policies that reached them, their awareness answers
run(
    """
    INSERT INTO res_partner (name, complete_name, is_company, type, active,
        is_park_enterprise, park_id, park_county_id, park_file_park_id,
        company_id, create_date, write_date)
    SELECT '基准企业' || bp.idx || '-' || g, '基准企业' || bp.idx || '-' || g,
           TRUE, 'contact', g %% 17 <> 0, TRUE, bp.park_id, bp.county_id,
           bp.park_id, NULL, now(), now()
      FROM bench_park bp CROSS JOIN generate_series(1, %(per_park)s) AS g
    """
)
run(
    """
    INSERT INTO park_policy_recipient (policy_id, partner_id, park_id,
        county_id, reached_date, is_read, create_date, write_date)
    SELECT pol.id, p.id, p.park_id, p.park_county_id,
           TIMESTAMP '2024-06-01 09:00' + (p.id %% 500) * INTERVAL '1 day',
           FALSE, now(), now()
      FROM res_partner p
      JOIN park_policy pol ON pol.id IN (%(policy_1)s, %(policy_2)s)
     WHERE p.park_county_id IN (SELECT county_id FROM bench_park)
       AND (p.id + pol.id) %% 3 <> 0
    """
)
run(
    """
    INSERT INTO survey_user_input (survey_id, partner_id, access_token, state,
        park_id, park_county_id, park_enterprise_id, park_survey_kind,
        park_is_aware, end_datetime, create_date, write_date)
    SELECT %(survey)s, p.id, md5(random()::text || p.id),
           CASE WHEN p.id %% 5 = 0 THEN 'in_progress' ELSE 'done' END,
           p.park_id, p.park_county_id, p.id, 'awareness',
           p.id %% 5 <> 0 AND p.id %% 3 <> 0,
           CASE WHEN p.id %% 5 <> 0 THEN TIMESTAMP '2025-03-01 10:00'
                + (p.id %% 200) * INTERVAL '1 day' END,
           now(), now()
      FROM res_partner p
     WHERE p.park_county_id IN (SELECT county_id FROM bench_park)
    """
)
run(
    """
    INSERT INTO park_evaluation_inspection (name, county_id, year, date, score,
        create_date, write_date)
    SELECT '基准实地查看', c.county_id, %(year)s, DATE '2025-04-01' + k * 90,
           60 + (c.county_id * 7 + k * 11) %% 40, now(), now()
      FROM (SELECT DISTINCT county_id FROM bench_park) c
     CROSS JOIN generate_series(0, 1) AS k
    """
)
for table in (
    "helpdesk_ticket",
    "park_rating",
    "park_rating_rectification",
    "park_rating_callback",
    "park_visit",
    "park_matter_delegation",
    "res_partner",
    "park_policy_recipient",
    "survey_user_input",
):
    cr.execute(SQL("ANALYZE %s", SQL.identifier(table)))
env.invalidate_all()
print(
    f"BENCH supervision scorecard: {COUNTIES} counties, {P} parks, {N} cases "
    f"generated in {time.perf_counter() - t_start:.1f}s"
)

# --- the same figures in one hand-written SQL --------------------------------
HAND_SQL = """
WITH c AS (SELECT unnest(%(counties)s::int[]) AS county_id),
cases AS (
    SELECT county_id,
           COUNT(*) AS closed,
           COUNT(*) FILTER (WHERE park_level = 'park') AS in_park,
           COUNT(*) FILTER (WHERE park_state = 'done') AS done,
           COUNT(*) FILTER (WHERE park_state = 'done'
                            AND done_date <= deadline_date) AS on_time
      FROM helpdesk_ticket
     WHERE county_id = ANY(%(counties)s) AND is_park_case
       AND park_state IN ('done', 'refused')
       AND done_date BETWEEN %(d_from)s AND %(d_to)s
     GROUP BY county_id),
called AS (
    SELECT DISTINCT rectification_id FROM park_rating_callback
     WHERE date <= %(t_to)s),
ratings AS (
    SELECT r.county_id,
           COUNT(*) AS rated,
           COUNT(*) FILTER (WHERE r.is_bad IS NOT TRUE) AS good,
           COUNT(*) FILTER (WHERE r.is_bad) AS bad,
           COUNT(*) FILTER (WHERE r.is_bad AND rec.done_date <= %(d_to)s)
               AS rectified,
           COUNT(*) FILTER (WHERE r.is_bad AND called.rectification_id
                            IS NOT NULL) AS called
      FROM park_rating r
      LEFT JOIN park_rating_rectification rec ON rec.rating_id = r.id
      LEFT JOIN called ON called.rectification_id = rec.id
     WHERE r.county_id = ANY(%(counties)s) AND r.is_excluded IS NOT TRUE
       AND r.rated_on BETWEEN %(t_from)s AND %(t_to)s
     GROUP BY r.county_id),
catalogue AS (
    SELECT id FROM park_matter
     WHERE active AND state = 'published' AND is_latest AND may_handle_in_park),
parks AS (
    SELECT county_id, COUNT(*) AS parks FROM park_park
     WHERE active AND county_id = ANY(%(counties)s) GROUP BY county_id),
delegated AS (
    SELECT d.county_id, COUNT(DISTINCT (d.park_id, d.matter_id)) AS pairs
      FROM park_matter_delegation d JOIN park_park p ON p.id = d.park_id
     WHERE d.county_id = ANY(%(counties)s) AND d.active AND p.active
       AND d.date_from <= %(d_to)s
       AND (d.date_to IS NULL OR d.date_to >= %(d_to)s)
       AND d.matter_id IN (SELECT id FROM catalogue)
     GROUP BY d.county_id),
plans AS (
    SELECT county_id, SUM(planned_count) AS planned FROM park_visit_plan
     WHERE active AND year = %(year)s AND county_id = ANY(%(counties)s)
     GROUP BY county_id),
visits AS (
    SELECT county_id, COUNT(*) AS done FROM park_visit
     WHERE state = 'done' AND county_id = ANY(%(counties)s)
       AND date BETWEEN %(t_from)s AND %(t_to)s
     GROUP BY county_id),
milestones AS (
    SELECT county_id, COUNT(*) AS due,
           COUNT(*) FILTER (WHERE is_on_time) AS on_time
      FROM park_pilot_milestone
     WHERE county_id = ANY(%(counties)s) AND year = %(year)s
       AND deadline BETWEEN %(d_from)s AND %(d_to)s
     GROUP BY county_id),
stations AS (
    SELECT county_id, COUNT(*) AS stations,
           COUNT(*) FILTER (WHERE is_ready) AS ready
      FROM park_station WHERE active AND county_id = ANY(%(counties)s)
     GROUP BY county_id),
answers AS (
    SELECT park_county_id AS county_id, COUNT(*) AS answered,
           COUNT(*) FILTER (WHERE park_is_aware) AS aware
      FROM survey_user_input
     WHERE park_county_id = ANY(%(counties)s) AND state = 'done'
       AND park_survey_kind = 'awareness'
       AND end_datetime BETWEEN %(t_from)s AND %(t_to)s
     GROUP BY park_county_id),
enterprises AS (
    SELECT park_county_id AS county_id, COUNT(*) AS enterprises
      FROM res_partner
     WHERE active AND is_park_enterprise AND is_company
       AND park_county_id = ANY(%(counties)s)
     GROUP BY park_county_id),
reached AS (
    SELECT rc.county_id, COUNT(DISTINCT rc.partner_id) AS reached
      FROM park_policy_recipient rc JOIN res_partner p ON p.id = rc.partner_id
     WHERE rc.county_id = ANY(%(counties)s) AND p.active
       AND p.is_park_enterprise AND p.is_company
       AND rc.reached_date BETWEEN %(t_from)s AND %(t_to)s
     GROUP BY rc.county_id),
inspections AS (
    SELECT county_id, SUM(score) AS score, COUNT(*) AS inspections
      FROM park_evaluation_inspection
     WHERE county_id = ANY(%(counties)s) AND year = %(year)s
       AND date BETWEEN %(d_from)s AND %(d_to)s
     GROUP BY county_id)
SELECT c.county_id,
       COALESCE(delegated.pairs, 0), COALESCE(parks.parks, 0)
           * (SELECT COUNT(*) FROM catalogue),
       COALESCE(cases.in_park, 0), COALESCE(cases.closed, 0),
       COALESCE(cases.on_time, 0), COALESCE(cases.done, 0),
       COALESCE(ratings.good, 0), COALESCE(ratings.rated, 0),
       COALESCE(ratings.rectified, 0), COALESCE(ratings.bad, 0),
       COALESCE(ratings.called, 0), COALESCE(ratings.bad, 0),
       COALESCE(visits.done, 0), COALESCE(plans.planned, 0),
       COALESCE(milestones.on_time, 0), COALESCE(milestones.due, 0),
       COALESCE(stations.ready, 0), COALESCE(stations.stations, 0),
       COALESCE(answers.aware, 0), COALESCE(answers.answered, 0),
       COALESCE(reached.reached, 0), COALESCE(enterprises.enterprises, 0),
       COALESCE(inspections.score, 0), COALESCE(inspections.inspections, 0)
  FROM c
  LEFT JOIN cases USING (county_id) LEFT JOIN ratings USING (county_id)
  LEFT JOIN parks USING (county_id) LEFT JOIN delegated USING (county_id)
  LEFT JOIN plans USING (county_id) LEFT JOIN visits USING (county_id)
  LEFT JOIN milestones USING (county_id) LEFT JOIN stations USING (county_id)
  LEFT JOIN answers USING (county_id) LEFT JOIN enterprises USING (county_id)
  LEFT JOIN reached USING (county_id) LEFT JOIN inspections USING (county_id)
"""
CODES = (
    "delegation",
    "in_park",
    "on_time",
    "satisfaction",
    "rectification",
    "callback",
    "visit",
    "milestone",
    "station",
    "awareness",
    "policy_reach",
    "inspection",
)


def hand_sql():
    cr.execute(
        SQL(
            HAND_SQL,
            counties=counties.ids,
            d_from=DATE_FROM,
            d_to=DATE_TO,
            t_from=datetime.datetime.combine(DATE_FROM, datetime.time.min),
            t_to=datetime.datetime.combine(DATE_TO, datetime.time.max),
            year=YEAR,
        )
    )
    return {
        (row[0], code): (float(row[1 + 2 * i]), float(row[2 + 2 * i]))
        for row in cr.fetchall()
        for i, code in enumerate(CODES)
    }


Scorecard = env["park.scorecard"]


def orm():
    cards = Scorecard._park_compute_year(YEAR, counties)
    env.flush_all()
    return cards


orm()  # the drafts are created once; each timed run refreshes them
sql_t, expected = best_of(env, hand_sql)
if os.environ.get("BENCH_VERBOSE"):
    cr.execute(
        SQL(
            "EXPLAIN ANALYZE " + HAND_SQL,
            counties=counties.ids,
            d_from=DATE_FROM,
            d_to=DATE_TO,
            t_from=datetime.datetime.combine(DATE_FROM, datetime.time.min),
            t_to=datetime.datetime.combine(DATE_TO, datetime.time.max),
            year=YEAR,
        )
    )
    print("BENCH plan\n" + "\n".join(row[0] for row in cr.fetchall()))
orm_t, cards = best_of(env, orm)
if os.environ.get("BENCH_PROFILE"):
    import cProfile
    import pstats

    env.invalidate_all()
    profile = cProfile.Profile()
    profile.enable()
    orm()
    profile.disable()
    pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
if os.environ.get("BENCH_VERBOSE"):
    Indicator = env["park.evaluation.indicator"]
    shared = {}
    for indicator in Indicator.search([]):
        t0 = time.perf_counter()
        getattr(Indicator, f"_park_count_{indicator.code}")(
            counties, DATE_FROM, DATE_TO, YEAR, shared
        )
        print(f"BENCH {indicator.code}: {(time.perf_counter() - t0) * 1000:.0f} ms")
got = {
    (line.scorecard_id.county_id.id, line.indicator_id.code): (
        line.numerator,
        line.denominator,
    )
    for line in cards.line_ids
}
assert set(got) == set(expected), set(got) ^ set(expected)
differences = {
    key: (got[key], expected[key]) for key in got if got[key] != expected[key]
}
assert not differences, differences
cases_done = sum(value[1] for key, value in expected.items() if key[1] == "in_park")
print(
    f"BENCH supervision scorecard: {len(cards)} counties x {len(CODES)} "
    f"indicators ({int(cases_done)} cases closed in {YEAR}) through the ORM "
    f"{orm_t * 1000:.0f} ms against one hand-written SQL {sql_t * 1000:.0f} ms "
    f"(same figures): ratio {orm_t / sql_t:.2f}"
)
cr.rollback()
