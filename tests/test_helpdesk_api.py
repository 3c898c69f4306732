"""Park cases over the JSON-2 API: online intake from the provincial platform
is idempotent on the application number, also when the same application is
pushed several times at once to a multi-worker server."""

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import Json2Client, OdooError
from park_json2 import make_intake_world


@pytest.fixture(scope="module")
def world(odoo):
    """A park with a station, a published matter on its list and an
    enterprise, created over the API."""
    return make_intake_world(odoo)


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
        fields=[
            "number",
            "park_id",
            "park_channel",
            "park_state",
            "park_level",
            "material_line_ids",
        ],
    )[0]
    assert case["number"].startswith("YQ-")
    assert case["park_id"][0] == world["park"]
    assert case["park_channel"] == "online"
    assert case["park_state"] == "new"
    assert case["park_level"] == "park"  # delegated to the park
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


def test_first_numbers_of_a_year_drawn_at_once_are_distinct(odoo):
    """The first cases of a year filed at the same moment: one yearly range
    of numbers is made, and every case gets its own number."""
    year = 2031
    clients = [
        Json2Client(odoo.url, os.environ["PARK_DB"], os.environ["PARK_APIKEY"])
        for _i in range(6)
    ]
    with ThreadPoolExecutor(max_workers=6) as pool:
        numbers = list(
            pool.map(
                lambda client: client.call(
                    "ir.sequence",
                    "next_by_code",
                    sequence_code="park.helpdesk.case",
                    context={"ir_sequence_date": f"{year}-01-01"},
                ),
                clients,
            )
        )
    assert len(set(numbers)) == 6
    assert all(number.startswith(f"YQ-{year}-") for number in numbers)
    sequence = odoo.call(
        "ir.sequence", "search", domain=[("code", "=", "park.helpdesk.case")]
    )
    ranges = odoo.call(
        "ir.sequence.date_range",
        "search_count",
        domain=[("sequence_id", "in", sequence), ("date_from", "=", f"{year}-01-01")],
    )
    assert ranges == 1
