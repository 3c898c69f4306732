# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# Run by `./park bench` inside `odoo shell`: `env` is an Odoo environment.
# Filing park cases (checks against the park's list, material checklist,
# number, assignment by rota, duplicate flag, timeline event) against creating
# plain helpdesk tickets in the same team, as a throughput ratio: the cost of
# the case logic alone, in process, without a request around it. The target
# (>= 0.8 over JSON-2 on a multi-worker server) is measured by
# bench_http_helpdesk_create.py. Nothing is committed.
import time

from odoo.fields import Command
from odoo.tests import new_test_user

N = 300
env = env(context=dict(env.context, tracking_disable=True))  # noqa: F821
Region = env["park.region"]
taken = set(Region.search([("code", "=like", "38%")]).mapped("code"))
prefix = next(f"38{n:02d}" for n in range(100) if f"38{n:02d}00" not in taken)
city = Region.create({"name": "基准市", "code": f"{prefix}00", "level": "city"})
county = Region.create(
    {"name": "基准区", "code": f"{prefix}01", "level": "county", "parent_id": city.id}
)
park = env["park.park"].create(
    {"name": "基准园区", "code": f"BENCH-{prefix}", "county_id": county.id}
)
station = env["park.station"].create({"name": "基准服务站", "park_id": park.id})
matter = env["park.matter"].create(
    {
        "code": f"{prefix}00-XK-000900002000",
        "name": "基准事项",
        "department_id": env["park.department"].search([], limit=1).id,
        "theme": "permit",
        "matter_type": "licence",
        "statutory_limit": 20,
        "promised_limit": 5,
        "material_ids": [Command.create({"name": f"材料{i}"}) for i in range(1, 6)],
    }
)
matter.action_publish()
env["park.matter.list.line"].create({"park_id": park.id, "matter_id": matter.id})
agents = [
    new_test_user(
        env,
        login=f"bench_create_{prefix}_{i}",
        groups="park_base.group_park_agent",
        park_park_ids=[Command.set(park.ids)],
    )
    for i in range(3)
]
team = env["helpdesk.ticket.team"].create(
    {
        "name": "基准帮办队",
        "park_level": "park",
        "park_id": park.id,
        "user_ids": [Command.set([a.id for a in agents])],
    }
)
enterprises = env["res.partner"].create(
    [
        {
            "name": f"基准企业{i}",
            "is_company": True,
            "is_park_enterprise": True,
            "park_id": park.id,
        }
        for i in range(N)
    ]
)
env.flush_all()


def run(vals_for):
    t0 = time.perf_counter()
    for i in range(N):
        env["helpdesk.ticket"].create(vals_for(i))
        env.flush_all()
    return time.perf_counter() - t0


plain = run(
    lambda i: {
        "name": "基准工单",
        "description": "<p>基准</p>",
        "partner_id": enterprises[i].id,
        "team_id": team.id,
        "user_id": agents[i % 3].id,
    }
)
cases = run(
    lambda i: {
        "enterprise_id": enterprises[i].id,
        "station_id": station.id,
        "matter_id": matter.id,
    }
)
print(
    f"BENCH helpdesk create: {N} park cases in {cases:.1f}s against {N} plain "
    f"tickets in {plain:.1f}s: in-process throughput ratio {plain / cases:.2f}"
)
env.cr.rollback()
