"""park_base over the JSON-2 API, as an integration would use it."""

import random

import pytest
from conftest import OdooError

# codes unique to this run, so that the tests can run again on one database
RUN = random.randint(10, 99)


@pytest.fixture(scope="module")
def county(odoo):
    city = odoo.call(
        "park.region",
        "create",
        vals_list=[{"name": "E2E 市", "code": f"99{RUN}00", "level": "city"}],
    )[0]
    return odoo.call(
        "park.region",
        "create",
        vals_list=[
            {
                "name": "E2E 区",
                "code": f"99{RUN}01",
                "level": "county",
                "parent_id": city,
            }
        ],
    )[0]


def test_working_days_over_spring_festival_2026(odoo):
    # 2026-02-13 (Fri) + 1 working day: the 14th (Sat) is a make-up working day
    assert odoo.call("park.holiday", "add_working_days", date="2026-02-13", days=1) == (
        "2026-02-14"
    )
    # then the holiday runs from the 15th to the 23rd; the 28th (Sat) is worked
    assert odoo.call("park.holiday", "add_working_days", date="2026-02-14", days=1) == (
        "2026-02-24"
    )
    assert (
        odoo.call(
            "park.holiday",
            "count_working_days",
            date_from="2026-02-13",
            date_to="2026-02-28",
        )
        == 6
    )


def test_duplicate_region_code_is_refused_in_chinese(odoo_zh, county):
    with pytest.raises(OdooError) as err:
        odoo_zh.call(
            "park.region",
            "create",
            vals_list=[{"name": "重复", "code": f"99{RUN}01", "level": "county"}],
        )
    assert err.value.status == 422
    assert "已有其他区域使用此行政区划代码" in err.value.payload["message"]


def test_station_without_park_is_refused(odoo):
    with pytest.raises(OdooError):
        odoo.call(
            "park.station",
            "create",
            vals_list=[{"name": "E2E station", "station_type": "station"}],
        )


def test_park_scoping_of_an_agent(odoo, county):
    park = odoo.call(
        "park.park",
        "create",
        vals_list=[{"name": "E2E 园区", "code": f"E2E-P{RUN}", "county_id": county}],
    )[0]
    agent_group = odoo.call(
        "ir.model.data",
        "check_object_reference",
        module="park_base",
        xml_id="group_park_agent",
    )[1]
    user = odoo.call(
        "res.users",
        "create",
        vals_list=[
            {
                "name": "E2E agent",
                "login": f"e2e_agent_{RUN}",
                "group_ids": [[4, agent_group]],
                "park_park_ids": [[6, 0, [park]]],
            }
        ],
    )[0]
    scope = odoo.call("res.users", "read", ids=[user], fields=["park_scope_park_ids"])
    assert scope[0]["park_scope_park_ids"] == [park]
