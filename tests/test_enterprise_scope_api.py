"""The enterprise file seen from outside: an agent's session reads the files of
their parks only, and one credit code is registered once even when two
requests race for it."""

import os
import random
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from conftest import OdooError
from stdnum.cn import uscc

RUN = random.randint(100, 999)


def _code(serial):
    base = f"91370303MA3F{serial:05d}"
    return base + uscc.calc_check_digit(base)


@pytest.fixture(scope="module")
def world(odoo):
    county = odoo.call(
        "park.region", "search", domain=[("level", "=", "county")], limit=1
    )[0]
    parks = odoo.call(
        "park.park",
        "create",
        vals_list=[
            {"name": f"E2E 甲园{RUN}", "code": f"E2E-SA{RUN}", "county_id": county},
            {"name": f"E2E 乙园{RUN}", "code": f"E2E-SB{RUN}", "county_id": county},
        ],
    )
    enterprises = odoo.call(
        "res.partner",
        "create",
        vals_list=[
            {
                "name": f"E2E 甲园企业{RUN}",
                "is_company": True,
                "is_park_enterprise": True,
                "park_id": parks[0],
            },
            {
                "name": f"E2E 乙园企业{RUN}",
                "is_company": True,
                "is_park_enterprise": True,
                "park_id": parks[1],
                "phone": "0533-7654321",
            },
        ],
    )
    agent_group = odoo.call(
        "ir.model.data",
        "check_object_reference",
        module="park_base",
        xml_id="group_park_agent",
    )[1]
    login = f"e2e_scope_agent_{RUN}"
    odoo.call(
        "res.users",
        "create",
        vals_list=[
            {
                "name": "E2E 甲园帮办员",
                "login": login,
                "password": f"{login}-pw",
                "group_ids": [[4, agent_group]],
                "park_park_ids": [[6, 0, [parks[0]]]],
            }
        ],
    )
    return {"parks": parks, "enterprises": enterprises, "login": login}


def _agent_session(base_url, world):
    session = requests.Session()
    resp = session.post(
        f"{base_url}/web/session/authenticate",
        json={
            "params": {
                "db": os.environ["PARK_DB"],
                "login": world["login"],
                "password": f"{world['login']}-pw",
            }
        },
        timeout=30,
    )
    assert resp.json().get("result", {}).get("uid")
    return session


def _call_kw(session, base_url, model, method, args, kwargs=None):
    resp = session.post(
        f"{base_url}/web/dataset/call_kw",
        json={
            "params": {
                "model": model,
                "method": method,
                "args": args,
                "kwargs": kwargs or {},
            }
        },
        timeout=30,
    )
    return resp.json()


def test_agent_reads_only_the_files_of_their_park(base_url, world):
    session = _agent_session(base_url, world)
    own, other = world["enterprises"]
    found = _call_kw(
        session,
        base_url,
        "res.partner",
        "search",
        [[("is_park_enterprise", "=", True), ("id", "in", [own, other])]],
    )
    assert found["result"] == [own]
    answer = _call_kw(session, base_url, "res.partner", "read", [[other], ["phone"]])
    assert "AccessError" in answer["error"]["data"]["name"]
    answer = _call_kw(
        session, base_url, "res.partner", "write", [[other], {"phone": "110"}]
    )
    assert "AccessError" in answer["error"]["data"]["name"]


def test_one_credit_code_registered_once_under_concurrency(odoo, world):
    code = _code(RUN * 10 + 7)

    def create(index):
        try:
            return odoo.call(
                "res.partner",
                "create",
                vals_list=[
                    {
                        "name": f"E2E 并发登记{RUN}-{index}",
                        "is_company": True,
                        "is_park_enterprise": True,
                        "park_id": world["parks"][0],
                        "uscc": code,
                    }
                ],
            )
        except OdooError as error:
            return error

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(create, range(2)))
    created = [r for r in results if not isinstance(r, OdooError)]
    assert len(created) == 1
    assert odoo.call("res.partner", "search_count", domain=[("uscc", "=", code)]) == 1
