"""End-to-end tests of 园区通 against a live Odoo server.

`./park test` starts the server (multi-worker, on loopback) on the database
its addon tests just built, creates an API key for the administrator and sets:

PARK_URL, PARK_DB, PARK_APIKEY, PARK_GEVENT_URL, PARK_ODOO_LOG
"""

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from park_json2 import Json2Client, OdooError  # noqa: E402

__all__ = ["Json2Client", "OdooError"]


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
