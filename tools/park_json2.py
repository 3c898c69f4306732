# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A small client of Odoo 19's JSON-2 API and the park world the end-to-end
tests and the HTTP benchmarks build through it."""

import uuid

import requests
from stdnum.cn import uscc


class OdooError(Exception):
    """An error answered by Odoo's JSON-2 API."""

    def __init__(self, status, payload):
        super().__init__(f"{status}: {payload.get('message', payload)}")
        self.status = status
        self.payload = payload


class Json2Client:
    """A small client of Odoo 19's JSON-2 API (POST /json/2/<model>/<method>)."""

    def __init__(self, url, db, key, lang="en_US"):
        self.url = url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"bearer {key}",
                "X-Odoo-Database": db,
                "Content-Type": "application/json; charset=utf-8",
                # the language of error messages raised outside the model call
                "Accept-Language": lang.replace("_", "-"),
            }
        )
        self.lang = lang

    def call(self, model, method, ids=None, **kwargs):
        body = dict(kwargs)
        if ids is not None:
            body["ids"] = ids
        body.setdefault("context", {"lang": self.lang})
        resp = self.session.post(
            f"{self.url}/json/2/{model}/{method}", json=body, timeout=60
        )
        if resp.status_code != 200:
            try:
                payload = resp.json()
            except ValueError:
                payload = {"message": resp.text}
            raise OdooError(resp.status_code, payload)
        return resp.json()


def make_intake_world(odoo):
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
    # delegated to the park (充分授权): its cases stay in the park
    odoo.call(
        "park.matter.delegation",
        "create",
        vals_list=[
            {
                "park_id": park,
                "matter_id": matter,
                "department_id": department,
                "document_number": f"E2E〔2026〕{serial}号",
                "date_from": "2020-01-01",
            }
        ],
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
