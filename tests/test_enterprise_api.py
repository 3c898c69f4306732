"""Enterprise files over the JSON-2 API: the credit code is checked and unique."""

import pytest
from conftest import OdooError
from stdnum.cn import uscc


def _code(serial):
    base = f"91370303MA3E{serial:05d}"
    return base + uscc.calc_check_digit(base)


@pytest.fixture(scope="module")
def park(odoo):
    # the test database has no sample parks (they are demo data): make one
    found = odoo.call("park.park", "search", domain=[], limit=1)
    if found:
        return found[0]
    county = odoo.call(
        "park.region", "search", domain=[("level", "=", "county")], limit=1
    )[0]
    return odoo.call(
        "park.park",
        "create",
        vals_list=[{"name": "E2E 企业园区", "code": "E2E-ENT-P", "county_id": county}],
    )[0]


def _create(odoo, name, code, park):
    return odoo.call(
        "res.partner",
        "create",
        vals_list=[
            {
                "name": name,
                "is_company": True,
                "is_park_enterprise": True,
                "uscc": code,
                "park_id": park,
            }
        ],
    )[0]


def test_code_is_stored_normalised_and_unique(odoo, park):
    serial = 77000 + odoo.call("res.partner", "search_count", domain=[])
    code = _code(serial % 100000)
    partner = _create(odoo, "E2E 淄博测试科技有限公司", code.lower(), park)
    stored = odoo.call("res.partner", "read", ids=[partner], fields=["uscc"])
    assert stored[0]["uscc"] == code
    with pytest.raises(OdooError) as err:
        _create(odoo, "E2E 重复代码公司", code, park)
    assert err.value.status == 422


def test_wrong_check_digit_is_refused_in_chinese(odoo_zh, park):
    code = _code(12345)
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(OdooError) as err:
        _create(odoo_zh, "E2E 校验位错误公司", wrong, park)
    assert err.value.status == 422
    assert "校验" in err.value.payload["message"]


def test_pinyin_initials_find_the_enterprise(odoo, park):
    code = _code(54321)
    if not odoo.call("res.partner", "search", domain=[("uscc", "=", code)]):
        _create(odoo, "张店拼音测试有限公司", code, park)
    found = odoo.call(
        "res.partner",
        "name_search",
        name="zdpy",
        domain=[("is_park_enterprise", "=", True)],
    )
    assert any("张店拼音测试有限公司" in name for _id, name in found)
