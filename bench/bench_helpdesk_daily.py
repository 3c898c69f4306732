# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# Run by `./park bench` inside `odoo shell`: `env` is an Odoo environment.
# The park cases' daily job (remaining days, status, risk, escalation) over
# BENCH_HELPDESK_CASES open cases (1,000,000 by default), generated in SQL,
# against a baseline: the same refresh record by record through the ORM on a
# sample, extrapolated. Then the agent's queue list at that size against the
# same list on plain helpdesk tickets. Nothing is committed.
import datetime
import os
import sys
import time
import tracemalloc
from pathlib import Path
from unittest.mock import patch

from freezegun import freeze_time

from odoo.tests import new_test_user
from odoo.tools import SQL

import odoo.addons.park_base as park_base

N = int(os.environ.get("BENCH_HELPDESK_CASES", "1000000"))
SAMPLE = min(5000, N)
env = env(context=dict(env.context, tracking_disable=True))  # noqa: F821
cr = env.cr
Ticket = env["helpdesk.ticket"]
Holiday = env["park.holiday"]
Holiday._load_from_library()
TODAY = datetime.date(2026, 6, 15)
for day in (datetime.date(2027, 1, 1), datetime.date(2027, 2, 17)):
    if not Holiday.search([("date", "=", day)]):
        Holiday.create({"date": day, "name": "bench", "day_type": "holiday"})

# --- a small world and N open cases (1 in 100 completed), in SQL -----------
# the generator is shared with the other benchmarks: bench/park_bench_data.py
sys.path.insert(0, str(Path(park_base.__path__[0]).parents[1] / "bench"))
from park_bench_data import make_cases  # noqa: E402

t0 = time.perf_counter()
world = make_cases(env, N, today=TODAY)
agent = world.agents
helpdesk_user = new_test_user(
    env,
    login=f"bench_hd_user_{world.prefix}",
    groups="helpdesk_mgmt.group_helpdesk_user",
)
print(f"BENCH helpdesk daily: {N} cases generated in {time.perf_counter() - t0:.1f}s")
# yesterday's state, as the job left it
Ticket._park_refresh_deadlines_sql(TODAY - datetime.timedelta(days=1), 0, 2**31 - 1)
Ticket._park_refresh_risk()
# and one case more of the matter completed since, quickly: the risk moves
cr.execute(
    SQL(
        "UPDATE helpdesk_ticket SET handling_days = 4 "
        "WHERE id IN (SELECT id FROM helpdesk_ticket WHERE park_state = 'done' "
        "AND number LIKE %s LIMIT 1)",
        "BENCH-%",
    )
)

# --- the daily job ----------------------------------------------------------
no_commit = patch.object(
    type(env["ir.cron"]), "_commit_progress", lambda self, *a, **k: 1e9
)
tracemalloc.start()
t0 = time.perf_counter()
with no_commit, freeze_time(TODAY):
    Ticket._cron_park_daily()
job_t = time.perf_counter() - t0
job_mem = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
cr.execute(
    SQL(
        "SELECT deadline_state, COUNT(*) FROM helpdesk_ticket "
        "WHERE number LIKE %s GROUP BY 1 ORDER BY 1",
        "BENCH-%",
    )
)
states = dict(cr.fetchall())
cr.execute(
    SQL(
        "SELECT COUNT(*) FROM helpdesk_ticket WHERE number LIKE %s AND is_at_risk",
        "BENCH-%",
    )
)
at_risk = cr.fetchone()[0]

# --- baseline: record by record through the ORM, on a sample ----------------
sample = Ticket.search(
    [("number", "=like", "BENCH-%"), ("park_state", "=", "accepted")], limit=SAMPLE
)
t0 = time.perf_counter()
for case in sample:
    case._park_refresh_deadline_state(TODAY + datetime.timedelta(days=1))
env.flush_all()
base_t = (time.perf_counter() - t0) / len(sample) * N
print(
    f"BENCH helpdesk daily job: {N} open cases in {job_t:.1f}s "
    f"(peak Python memory {job_mem / 2**20:.0f} MiB; {states}; {at_risk} at risk); "
    f"record-by-record ORM baseline extrapolated {base_t:.0f}s; "
    f"speed-up x{base_t / job_t:.1f}"
)

# --- the agent's queue list -------------------------------------------------
park_fields = [
    "number",
    "name",
    "enterprise_id",
    "user_id",
    "deadline_date",
    "remaining_days",
    "deadline_state",
    "stage_id",
]
plain_fields = ["number", "name", "partner_id", "user_id", "create_date", "stage_id"]


def timed(func, repeat=5):
    best = None
    for _i in range(repeat):
        env.invalidate_all()
        t0 = time.perf_counter()
        func()
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)
    return best


queue = timed(
    lambda: Ticket.with_user(agent).search_read(
        [
            ("user_id", "=", agent.id),
            ("park_state", "in", ("new", "accepted", "supplement")),
        ],
        park_fields,
        limit=80,
        order="deadline_date, id",
    )
)
plain = timed(
    lambda: Ticket.with_user(helpdesk_user).search_read(
        [("user_id", "=", agent.id), ("stage_id.closed", "=", False)],
        plain_fields,
        limit=80,
    )
)
print(
    f"BENCH helpdesk queue: agent's 'my cases' list at {N} cases {queue * 1000:.0f} ms "
    f"against the plain ticket list {plain * 1000:.0f} ms: ratio {queue / plain:.2f}"
)
cr.rollback()
