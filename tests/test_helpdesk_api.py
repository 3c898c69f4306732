"""Park cases over the JSON-2 API: online intake from the provincial platform
is idempotent on the application number, also when the same application is
pushed several times at once to a multi-worker server."""

import os
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import Json2Client, OdooError
from stdnum.cn import uscc


@pytest.fixture(scope="module")
def world(odoo):
    """A park with a station, a published matter on its list and an
    enterprise, created over the API."""
    tag = uuid.uuid4().hex[:6].upper()
    serial = int(tag, 16) % 100000
    # a free (fictitious) division code: 39xx00 for the city, 39xx01 for the county
    taken = {
        r["code"]
        for r in odoo.call(
            "park.region",
            "search_read",
            domain=[("code", "=like", "39%")],
            fields=["code"],
        )
    }
    prefix = next(f"39{n:02d}" for n in range(100) if f"39{n:02d}00" not in taken)
    city = odoo.call(
        "park.region",
        "create",
        vals_list=[{"name": f"E2E 市 {tag}", "code": f"{prefix}00", "level": "city"}],
    )[0]
    county = odoo.call(
        "park.region",
        "create",
        vals_list=[
            {
                "name": f"E2E 区 {tag}",
                "code": f"{prefix}01",
                "level": "county",
                "parent_id": city,
            }
        ],
    )[0]
    park = odoo.call(
        "park.park",
        "create",
        vals_list=[
            {"name": f"E2E 园区 {tag}", "code": f"E2E-{tag}", "county_id": county}
        ],
    )[0]
    station = odoo.call(
        "park.station",
        "create",
        vals_list=[{"name": f"E2E 服务站 {tag}", "park_id": park}],
    )[0]
    department = odoo.call("park.department", "search", domain=[], limit=1)[0]
    matter = odoo.call(
        "park.matter",
        "create",
        vals_list=[
            {
                "code": f"379900-XK-{serial:06d}{tag[:4]}",
                "name": f"E2E 排污许可 {tag}",
                "department_id": department,
                "theme": "permit",
                "matter_type": "licence",
                "statutory_limit": 20,
                "promised_limit": 5,
                "material_ids": [
                    [0, 0, {"name": "申请表"}],
                    [0, 0, {"name": "营业执照"}],
                ],
            }
        ],
    )[0]
    matter_off = odoo.call(
        "park.matter",
        "create",
        vals_list=[
            {
                "code": f"379900-XK-{serial:06d}{tag[:4]}9",
                "name": f"E2E 未列入清单事项 {tag}",
                "department_id": department,
                "theme": "permit",
                "matter_type": "licence",
                "statutory_limit": 20,
                "promised_limit": 5,
            }
        ],
    )[0]
    odoo.call("park.matter", "action_publish", ids=[matter, matter_off])
    odoo.call(
        "park.matter.list.line",
        "create",
        vals_list=[{"park_id": park, "matter_id": matter, "station_id": station}],
    )
    base = f"91379900MA3{serial:05d}X"[:17]
    enterprise = odoo.call(
        "res.partner",
        "create",
        vals_list=[
            {
                "name": f"E2E 网上办企业 {tag}",
                "is_company": True,
                "is_park_enterprise": True,
                "uscc": base + uscc.calc_check_digit(base),
                "park_id": park,
            }
        ],
    )[0]
    return {
        "tag": tag,
        "park": park,
        "station": station,
        "matter": matter,
        "matter_off": matter_off,
        "enterprise": enterprise,
    }


def _vals(world, number):
    return {
        "external_number": number,
        "enterprise_id": world["enterprise"],
        "station_id": world["station"],
        "matter_id": world["matter"],
    }


def test_the_same_application_pushed_twice_makes_one_case(odoo, world):
    number = f"SD-E2E-{world['tag']}-1"
    first = odoo.call("helpdesk.ticket", "park_intake", vals=_vals(world, number))
    second = odoo.call("helpdesk.ticket", "park_intake", vals=_vals(world, number))
    assert first == second
    case = odoo.call(
        "helpdesk.ticket",
        "read",
        ids=[first],
        fields=["number", "park_id", "park_channel", "park_state", "material_line_ids"],
    )[0]
    assert case["number"].startswith("YQ-")
    assert case["park_id"][0] == world["park"]
    assert case["park_channel"] == "online"
    assert case["park_state"] == "new"
    assert len(case["material_line_ids"]) == 2


def test_concurrent_pushes_make_one_case(odoo, world):
    number = f"SD-E2E-{world['tag']}-2"
    clients = [
        Json2Client(odoo.url, os.environ["PARK_DB"], os.environ["PARK_APIKEY"])
        for _i in range(6)
    ]
    with ThreadPoolExecutor(max_workers=6) as pool:
        ids = list(
            pool.map(
                lambda client: client.call(
                    "helpdesk.ticket", "park_intake", vals=_vals(world, number)
                ),
                clients,
            )
        )
    assert len(set(ids)) == 1
    assert (
        odoo.call(
            "helpdesk.ticket", "search_count", domain=[("external_number", "=", number)]
        )
        == 1
    )


def test_concurrent_cases_get_distinct_numbers(odoo, world):
    clients = [
        Json2Client(odoo.url, os.environ["PARK_DB"], os.environ["PARK_APIKEY"])
        for _i in range(6)
    ]
    with ThreadPoolExecutor(max_workers=6) as pool:
        ids = list(
            pool.map(
                lambda pair: pair[1].call(
                    "helpdesk.ticket",
                    "park_intake",
                    vals=_vals(world, f"SD-E2E-{world['tag']}-N{pair[0]}"),
                ),
                enumerate(clients),
            )
        )
    numbers = odoo.call("helpdesk.ticket", "read", ids=ids, fields=["number"])
    assert len({n["number"] for n in numbers}) == 6


def test_matter_off_the_list_is_refused_in_chinese(odoo, odoo_zh, world):
    vals = dict(_vals(world, f"SD-E2E-{world['tag']}-X"), matter_id=world["matter_off"])
    with pytest.raises(OdooError) as err:
        odoo_zh.call("helpdesk.ticket", "park_intake", vals=vals)
    assert err.value.status == 422
    assert "事项清单" in err.value.payload["message"]
    assert not odoo.call(
        "helpdesk.ticket",
        "search",
        domain=[("external_number", "=", f"SD-E2E-{world['tag']}-X")],
    )
