"""The platform itself: the JSON-2 API with an API key, multi-worker mode."""

import os
import time
from pathlib import Path

import pytest
import requests
from conftest import Json2Client, OdooError


def test_api_key_authenticates(odoo):
    user = odoo.call("res.users", "context_get")
    assert "lang" in user
    uid = odoo.call("res.users", "search", domain=[("login", "=", "admin")])
    assert len(uid) == 1


def test_wrong_api_key_is_refused(base_url):
    intruder = Json2Client(base_url, os.environ["PARK_DB"], "not-a-key")
    with pytest.raises(OdooError) as err:
        intruder.call("res.users", "context_get")
    assert err.value.status == 401


def test_every_park_addon_is_installed(odoo):
    addons = sorted(p.name for p in Path(__file__).parent.parent.glob("addons/park_*"))
    states = odoo.call(
        "ir.module.module",
        "search_read",
        domain=[("name", "in", addons)],
        fields=["name", "state"],
    )
    assert {s["name"]: s["state"] for s in states} == dict.fromkeys(addons, "installed")


def test_gevent_worker_serves_websockets():
    """Under --workers, the gevent process answers and does not crash-loop."""
    url = os.environ["PARK_GEVENT_URL"] + "/websocket/health"
    deadline = time.monotonic() + 60
    while True:
        try:
            resp = requests.get(url, timeout=5)
            break
        except requests.ConnectionError:
            # the prefork server spawns its gevent process a few seconds in
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
    assert resp.status_code == 200
    assert resp.json() == {"status": "pass"}
    time.sleep(3)
    log = Path(os.environ["PARK_ODOO_LOG"]).read_text(errors="replace")
    assert "No module named 'pkg_resources'" not in log
    assert log.count("Evented Service (longpolling) running") == 1
