# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# Run by `./park bench` against a two-worker server on a throwaway copy of the
# bench database (plain Python, a client of the JSON-2 API with an API key).
# Online intake of park cases (`helpdesk.ticket/park_intake`: idempotence on
# the application number, list check, checklist, number, rota assignment,
# duplicate flag, timeline event) against creating plain helpdesk tickets in
# the same team (`helpdesk.ticket/create`), as a throughput ratio with two
# clients at a time (target >= 0.8). Rounds alternate so that both kinds see
# the same server state; the medians of the rounds are compared.
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path.cwd() / "tools"))

from park_json2 import Json2Client, make_intake_world  # noqa: E402

N = int(os.environ.get("BENCH_HTTP_CASES", "200"))
ROUNDS = int(os.environ.get("BENCH_HTTP_ROUNDS", "5"))
CLIENTS = 2


def clients():
    return [
        Json2Client(
            os.environ["PARK_URL"], os.environ["PARK_DB"], os.environ["PARK_APIKEY"]
        )
        for _i in range(CLIENTS)
    ]


odoo = clients()[0]
world = make_intake_world(odoo)
agent_group = odoo.call(
    "ir.model.data",
    "check_object_reference",
    module="park_base",
    xml_id="group_park_agent",
)[1]
agents = odoo.call(
    "res.users",
    "create",
    vals_list=[
        {
            "name": f"基准帮办员{i}",
            "login": f"bench-http-{world['tag']}-{i}",
            "group_ids": [[4, agent_group]],
            "park_park_ids": [[6, 0, [world["park"]]]],
        }
        for i in range(3)
    ],
)
team = odoo.call(
    "helpdesk.ticket.team",
    "create",
    vals_list=[
        {
            "name": f"基准帮办队 {world['tag']}",
            "park_level": "park",
            "park_id": world["park"],
            "user_ids": [[6, 0, agents]],
        }
    ],
)[0]
enterprises = odoo.call(
    "res.partner",
    "create",
    vals_list=[
        {
            "name": f"基准企业 {world['tag']} {i}",
            "is_company": True,
            "is_park_enterprise": True,
            "park_id": world["park"],
        }
        for i in range(N)
    ],
)


def timed(method, vals_for):
    pool_clients = clients()
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        list(
            pool.map(
                lambda i: pool_clients[i % CLIENTS].call(
                    "helpdesk.ticket", method, **vals_for(i)
                ),
                range(N),
            )
        )
    return time.perf_counter() - t0


plain_times, case_times = [], []
for rnd in range(ROUNDS):
    plain_times.append(
        timed(
            "create",
            lambda i: {
                "vals_list": [
                    {
                        "name": "基准工单",
                        "description": "<p>基准</p>",
                        "partner_id": enterprises[i],
                        "team_id": team,
                        "user_id": agents[i % 3],
                    }
                ]
            },
        )
    )
    case_times.append(
        timed(
            "park_intake",
            lambda i, rnd=rnd: {
                "vals": {
                    "external_number": f"SD-BENCH-{world['tag']}-{rnd}-{i}",
                    "enterprise_id": enterprises[i],
                    "station_id": world["station"],
                    "matter_id": world["matter"],
                }
            },
        )
    )
plain, cases = statistics.median(plain_times), statistics.median(case_times)
print(
    f"BENCH helpdesk create over JSON-2 ({CLIENTS} clients, 2 workers): {N} park "
    f"cases in {cases:.1f}s against {N} plain tickets in {plain:.1f}s (medians of "
    f"{ROUNDS} rounds): throughput ratio {plain / cases:.2f}, best rounds "
    f"{min(plain_times) / min(case_times):.2f} (target >= 0.8; rounds: plain "
    f"{', '.join(f'{t:.1f}' for t in plain_times)}, cases "
    f"{', '.join(f'{t:.1f}' for t in case_times)})"
)
