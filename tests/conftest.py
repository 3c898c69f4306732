"""End-to-end tests of 园区通 against a live Odoo server.

`./park test` starts the server (multi-worker, on loopback) on the database
its addon tests just built, creates an API key for the administrator and sets:

PARK_URL, PARK_DB, PARK_APIKEY, PARK_GEVENT_URL, PARK_ODOO_LOG
"""

import os

import pytest
import requests


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


def _env(name):
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: run these tests through `./park test`")
    return value


@pytest.fixture(scope="session")
def base_url():
    return _env("PARK_URL")


@pytest.fixture(scope="session")
def odoo(base_url):
    return Json2Client(base_url, _env("PARK_DB"), _env("PARK_APIKEY"))


@pytest.fixture(scope="session")
def odoo_zh(base_url):
    return Json2Client(base_url, _env("PARK_DB"), _env("PARK_APIKEY"), lang="zh_CN")
