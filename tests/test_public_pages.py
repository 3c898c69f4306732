"""What anyone can read without logging in: parks, matter lists, guides."""

import random

import pytest
import requests


@pytest.fixture(scope="module")
def anonymous():
    return requests.Session()


@pytest.fixture(scope="module")
def published_matter(odoo):
    found = odoo.call(
        "park.matter",
        "search_read",
        domain=[("state", "=", "published")],
        fields=["name", "code"],
        limit=1,
    )
    if found:
        return found[0]
    # the test database has no sample catalogue (it is demo data): publish one
    department = odoo.call("park.department", "search", domain=[], limit=1)[0]
    code = f"E2E-PUB-{random.randint(1000, 9999)}"
    matter = odoo.call(
        "park.matter",
        "create",
        vals_list=[
            {
                "name": "E2E 公开事项",
                "code": code,
                "department_id": department,
                "matter_type": "licence",
                "theme": "opening",
                "statutory_limit": 20,
                "promised_limit": 5,
            }
        ],
    )[0]
    odoo.call("park.matter", "action_publish", ids=[matter])
    return {"id": matter, "name": "E2E 公开事项", "code": code}


def test_parks_page_is_public(anonymous, base_url, odoo):
    parks = odoo.call("park.park", "search_read", domain=[], fields=["name"], limit=3)
    resp = anonymous.get(f"{base_url}/park/parks", timeout=30)
    assert resp.status_code == 200
    for park in parks:
        assert park["name"] in resp.text


def test_published_guide_is_public(anonymous, base_url, published_matter):
    resp = anonymous.get(f"{base_url}/park/matter/{published_matter['id']}", timeout=30)
    assert resp.status_code == 200
    assert published_matter["name"] in resp.text
    assert published_matter["code"] in resp.text


def test_draft_matter_is_not_public(anonymous, base_url, odoo):
    department = odoo.call("park.department", "search", domain=[], limit=1)[0]
    draft = odoo.call(
        "park.matter",
        "create",
        vals_list=[
            {
                "name": "E2E 草稿事项",
                "code": f"E2E-DRAFT-{random.randint(1000, 9999)}",
                "department_id": department,
                "matter_type": "licence",
                "theme": "opening",
                "statutory_limit": 20,
                "promised_limit": 5,
            }
        ],
    )[0]
    resp = anonymous.get(f"{base_url}/park/matter/{draft}", timeout=30)
    assert resp.status_code == 404
    assert "E2E 草稿事项" not in resp.text


def test_printed_guide_is_a_pdf(anonymous, base_url, published_matter):
    resp = anonymous.get(
        f"{base_url}/park/matter/{published_matter['id']}/guide.pdf", timeout=120
    )
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("application/pdf")
    assert resp.content.startswith(b"%PDF")


def test_backend_needs_a_login(anonymous, base_url):
    resp = anonymous.get(
        f"{base_url}/odoo/action-park_base.park_park_action", timeout=30
    )
    assert "/web/login" in resp.url
