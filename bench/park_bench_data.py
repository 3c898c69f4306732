# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Data generators shared by the benchmarks (bench_helpdesk_daily.py,
bench_report_ledger.py, the park_report dashboard bench...): a small world
made through the ORM, then park cases by the million in one SQL statement.

A benchmark runs inside ``odoo shell`` from stdin, so it imports this file
with the bench folder put on ``sys.path`` first::

    import sys
    from pathlib import Path
    import odoo.addons.park_base as park_base
    sys.path.insert(0, str(Path(park_base.__path__[0]).parents[1] / "bench"))
    from park_bench_data import make_cases, make_world

``make_world(env, parks=3)`` makes a city, counties, parks (spread over the
counties), a station, a park team and an agent per park, published matters,
enterprises with valid credit codes; ``make_cases(env, n, world)`` inserts
``n`` park cases numbered ``BENCH-<g>`` spread over all of them (parks,
stations, teams, matters, enterprises, channels, modes, levels, states,
acceptance dates over ``days`` days before ``today``). Nothing is committed:
the benchmark rolls back.
"""

import datetime
import json
import time
from dataclasses import dataclass, field

from odoo.fields import Command
from odoo.tests import new_test_user
from odoo.tools import SQL

from odoo.addons.park_zibo.tools.enterprise_generator import (
    PRODUCTS,
    Park,
    generate_enterprises,
)

TODAY = datetime.date(2026, 6, 15)
# the park cases' states, and how many of every 100 cases are in each
DEFAULT_STATE_MIX = (("accepted", 99), ("done", 1))


@dataclass
class BenchWorld:
    """What ``make_world`` made: records of one environment, in order."""

    prefix: str
    city: object
    counties: object
    parks: object
    stations: object
    teams: object
    matters: object
    agents: object
    enterprises: object
    channels: object
    extra: dict = field(default_factory=dict)


def _free_prefix(env):
    """Two digits after 38 for region codes no other run of a bench took."""
    taken = set(env["park.region"].search([("code", "=like", "38%")]).mapped("code"))
    return next(f"38{n:02d}" for n in range(100) if f"38{n:02d}00" not in taken)


def make_regions(env, counties=1):
    """A city with ``counties`` counties, on division codes no other run
    took: (code prefix, city, counties)."""
    prefix = _free_prefix(env)
    Region = env["park.region"]
    city = Region.create({"name": "基准市", "code": f"{prefix}00", "level": "city"})
    county_list = Region.create(
        [
            {
                "name": f"基准{i + 1}区",
                "code": f"{prefix}{i + 1:02d}",
                "level": "county",
                "parent_id": city.id,
            }
            for i in range(counties)
        ]
    )
    return prefix, city, county_list


def make_world(env, parks=1, counties=1, matters=1, enterprises=0):
    """A city with ``counties`` counties and ``parks`` parks (round robin),
    one station, park team and agent per park, ``matters`` published
    matters and ``enterprises`` enterprise files (park_zibo's generator)."""
    prefix, city, county_list = make_regions(env, counties)
    park_list = env["park.park"].create(
        [
            {
                "name": f"基准园区{i + 1}" if parks > 1 else "基准园区",
                "code": f"BENCH-{prefix}-{i + 1}" if parks > 1 else f"BENCH-{prefix}",
                "county_id": county_list[i % counties].id,
            }
            for i in range(parks)
        ]
    )
    station_list = env["park.station"].create(
        [{"name": f"{park.name}服务站", "park_id": park.id} for park in park_list]
    )
    team_list = env["helpdesk.ticket.team"].create(
        [
            {
                "name": f"{park.name}帮办代办组",
                "park_level": "park",
                "park_id": park.id,
            }
            for park in park_list
        ]
    )
    department = env["park.department"].search([], limit=1)
    matter_list = env["park.matter"].create(
        [
            {
                "code": f"{prefix}00-XK-{900001000 + i:012d}",
                "name": "基准事项" if matters == 1 else f"基准事项{i + 1}",
                "department_id": department.id,
                "theme": "permit",
                "matter_type": "licence",
                "statutory_limit": 20,
                "promised_limit": 5,
            }
            for i in range(matters)
        ]
    )
    matter_list.action_publish()
    agent_list = env["res.users"]
    for i, park in enumerate(park_list):
        agent_list |= new_test_user(
            env,
            login=f"bench_agent_{prefix}" + (f"_{i + 1}" if i else ""),
            name=f"基准帮办员{i + 1}",
            groups="park_base.group_park_agent",
            park_park_ids=[Command.set(park.ids)],
        )
    enterprise_list = env["res.partner"]
    if enterprises:
        zone = Park("bench", "张店", "370303", list(PRODUCTS))
        values = generate_enterprises(enterprises, [zone], seed=int(prefix))
        enterprise_list = env["res.partner"].create(
            [
                {
                    "name": enterprise["name"],
                    "uscc": enterprise["uscc"],
                    "is_company": True,
                    "is_park_enterprise": True,
                    "park_id": park_list[i % parks].id,
                }
                for i, enterprise in enumerate(values)
            ]
        )
    channel_list = env["helpdesk.ticket.channel"].search(
        [("park_code", "!=", False)], order="id"
    )
    env.flush_all()
    return BenchWorld(
        prefix=prefix,
        city=city,
        counties=county_list,
        parks=park_list,
        stations=station_list,
        teams=team_list,
        matters=matter_list,
        agents=agent_list,
        enterprises=enterprise_list,
        channels=channel_list,
    )


def _array(records):
    return list(records.ids) or [None]


def make_cases(
    env,
    n,
    world=None,
    today=TODAY,
    days=60,
    state_mix=None,
    first=1,
    filed_on_acceptance=False,
    **world_kw,
):
    """Insert ``n`` park cases numbered ``BENCH-<first>`` ... in one statement
    and return the world they belong to (made with ``world_kw`` when not
    given); call it again with ``first`` past the last number for more.

    Case ``g`` is in park ``g mod parks`` (its station, team, county and
    agent, the agent on one case in three), of matter ``g mod matters`` and
    enterprise ``g mod enterprises`` (none without enterprises), channel
    ``g mod channels``, 代办 every fourth case, on the city level every other
    case; accepted ``g mod days`` days before ``today`` with a deadline 7
    days later; its state from ``state_mix`` (``(state, share of 100)``
    pairs, by ``g mod 100``). Completed cases took 6 working days; the
    deadline status is the one the daily job would give on ``today``. Cases
    are created now, or at 9:00 on their day of acceptance with
    ``filed_on_acceptance`` (the dashboard bench counts cases filed in a
    period)."""
    world = world or make_world(env, **world_kw)
    created = (
        SQL("%s::date - (c.g %% %s) + TIME '09:00'", today, days)
        if filed_on_acceptance
        else SQL("now()")
    )
    cr = env.cr
    stages = {}
    for state, _share in state_mix or DEFAULT_STATE_MIX:
        stages[state] = (
            env["helpdesk.ticket.stage"]
            .search([("park_state", "=", state)], order="sequence, id", limit=1)
            .id
        )
    # the state of case g from g mod 100, as a CASE over cumulative shares
    bounds, whens = 0, []
    for state, share in state_mix or DEFAULT_STATE_MIX:
        bounds += share
        whens.append(SQL("WHEN g %% 100 < %s THEN %s", bounds, state))
    state_case = SQL("CASE %s END", SQL(" ").join(whens))
    parks = world.parks
    # park_supervision stores whether a case was finished on time
    on_time = "park_is_on_time" in env["helpdesk.ticket"]._fields
    cr.execute(
        SQL(
            """
            INSERT INTO helpdesk_ticket (
                number, name, description, company_id, stage_id, park_state,
                active, priority, sequence, station_id, park_id, county_id,
                city_id, team_id, matter_id, matter_code, is_park_case,
                park_level, user_id, enterprise_id, enterprise_uscc, partner_id,
                channel_id, park_channel, handling_mode, accept_date,
                promised_limit, paused_days, extra_days, deadline_date,
                handling_days, done_date, deadline_state, %(on_time_column)s
                create_date, write_date, create_uid, write_uid)
            SELECT 'BENCH-' || c.g, m.name, '<p>基准</p>', %(company)s,
                   (%(stages)s::jsonb ->> c.state)::int, c.state, TRUE,
                   '1', 10, s.id, s.park_id, p.county_id, p.city_id,
                   t.id, m.id, m.code, TRUE,
                   CASE WHEN c.g %% 2 = 0 THEN 'city' ELSE 'park' END,
                   CASE WHEN c.g %% 3 = 0 THEN a.id ELSE NULL END,
                   e.id, e.uscc, e.id, ch.id, ch.park_code,
                   CASE WHEN c.g %% 4 = 0 THEN 'agent' ELSE 'help' END,
                   %(today)s::date - (c.g %% %(days)s), 5, 0, 0,
                   %(today)s::date - (c.g %% %(days)s) + 7,
                   CASE WHEN c.state IN %(closed)s THEN 6 END,
                   CASE WHEN c.state IN %(closed)s
                        THEN %(today)s::date - (c.g %% %(days)s) + 8 END,
                   CASE WHEN c.state IN %(closed)s THEN 'closed'
                        WHEN (c.g %% %(days)s) > 7 THEN 'overdue'
                        WHEN (c.g %% %(days)s) >= 5 THEN 'due_soon'
                        ELSE 'on_time' END, %(on_time_value)s
                   %(created)s, now(), 1, 1
              FROM (SELECT g, %(state_case)s AS state
                      FROM generate_series(%(first)s, %(last)s) AS g) AS c
              JOIN park_station s
                ON s.id = (%(stations)s::int[])[c.g %% %(parks)s + 1]
              JOIN park_park p ON p.id = s.park_id
              JOIN helpdesk_ticket_team t
                ON t.id = (%(teams)s::int[])[c.g %% %(parks)s + 1]
              JOIN res_users a
                ON a.id = (%(agents)s::int[])[c.g %% %(parks)s + 1]
              JOIN park_matter m
                ON m.id = (%(matters)s::int[])[c.g %% %(matters_n)s + 1]
              LEFT JOIN res_partner e
                ON e.id = (%(enterprises)s::int[])[c.g %% %(enterprises_n)s + 1]
              LEFT JOIN helpdesk_ticket_channel ch
                ON ch.id = (%(channels)s::int[])[c.g %% %(channels_n)s + 1]
            """,
            company=env.company.id,
            # finished by the deadline (the accepted date + 7; done the 8th)
            on_time_column=SQL("park_is_on_time,") if on_time else SQL(),
            on_time_value=SQL("FALSE,") if on_time else SQL(),
            stages=json.dumps(stages),
            state_case=state_case,
            created=created,
            stations=_array(world.stations),
            teams=_array(world.teams),
            agents=_array(world.agents),
            matters=_array(world.matters),
            matters_n=len(world.matters) or 1,
            enterprises=_array(world.enterprises),
            enterprises_n=len(world.enterprises) or 1,
            channels=_array(world.channels),
            channels_n=len(world.channels) or 1,
            parks=len(parks),
            today=today,
            days=days,
            first=first,
            last=first + n - 1,
            closed=("done", "refused", "withdrawn"),
        )
    )
    # (done date, working days taken and deadline status are set by the
    # INSERT itself: no second pass over the rows)
    cr.execute(SQL("ANALYZE helpdesk_ticket"))
    return world


def best_of(env, func, repeat=3):
    """The best time of ``repeat`` calls of ``func``, each with the caches
    emptied first, and the result of the last: the timing of every bench."""
    best, result = None, None
    for _i in range(repeat):
        env.invalidate_all()
        t0 = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)
    return best, result
