# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from odoo import fields
from odoo.tests import tagged

from .common import (
    ALL,
    NONE,
    OWN,
    READ_ALL,
    READ_OWN,
    ParkAccessTableMixin,
    ParkBaseCommon,
)


@tagged("post_install", "-at_install")
class TestAccessTable(ParkAccessTableMixin, ParkBaseCommon):
    """Who may do what on park_base's models. Columns: a record of park A1
    (the agent's, station manager's and county administrator's park) and one
    of park B1 (in another county)."""

    ACCESS_TABLE = {
        "park.park": {
            "public": NONE,
            "portal": READ_ALL,
            "agent": READ_OWN,
            "station_manager": READ_OWN,
            "county_admin": ("rcw", ""),
            "city_admin": ALL,
            "employee": NONE,
        },
        "park.station": {
            "public": NONE,
            "portal": READ_ALL,
            "agent": READ_OWN,
            "station_manager": ("rw", ""),
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
        **{
            model: {
                "public": NONE,
                "portal": READ_ALL if portal else NONE,
                "agent": READ_OWN,
                "station_manager": OWN,
                "county_admin": OWN,
                "city_admin": ALL,
                "employee": NONE,
            }
            for model, portal in (
                ("park.station.window", True),
                ("park.station.terminal", True),
                ("park.station.equipment", False),
                ("park.staff.assignment", False),
                ("park.training", False),
            )
        },
        **{
            model: {
                "public": NONE,
                "portal": READ_ALL,
                "agent": READ_ALL,
                "station_manager": READ_ALL,
                "county_admin": READ_ALL,
                "city_admin": ALL,
                "employee": READ_ALL,
            }
            for model in ("park.region", "park.industry", "park.department")
        },
        "park.holiday": {
            "public": NONE,
            "portal": READ_ALL,
            "agent": READ_ALL,
            "station_manager": READ_ALL,
            "county_admin": READ_ALL,
            "city_admin": ALL,
            "employee": READ_ALL,
        },
    }

    def setUp(self):
        super().setUp()
        self._counter = 0

    def _unique(self, prefix):
        self._counter += 1
        return f"{prefix}-{self._counter}"

    def _station(self, park):
        return self.station_a1 if park == self.park_a1 else self.station_b1

    def _access_vals(self, model, park):
        station = self._station(park)
        code = self._unique("ACC")
        if model == "park.park":
            return {"name": code, "code": code, "county_id": park.county_id.id}
        if model == "park.station":
            return {"name": code, "park_id": park.id}
        if model == "park.station.window":
            return {"name": code, "station_id": station.id}
        if model == "park.station.terminal":
            return {"code": code, "station_id": station.id}
        if model == "park.station.equipment":
            return {"name": code, "station_id": station.id}
        if model == "park.staff.assignment":
            return {
                "station_id": station.id,
                "partner_id": self.env["res.partner"].create({"name": code}).id,
                "date_start": fields.Date.today(),
            }
        if model == "park.training":
            return {"name": code, "station_ids": [fields.Command.set(station.ids)]}
        if model == "park.region":
            return {
                "name": code,
                "code": f"{park.county_id.code}{200 + self._counter:03d}",
                "level": "township",
                "parent_id": park.county_id.id,
            }
        if model == "park.industry":
            return {"name": code, "code": code}
        if model == "park.department":
            return {"name": code, "code": code}
        if model == "park.holiday":
            # a holiday in a year of its own
            return {
                "date": date(2090, 1, 1) + timedelta(days=self._counter),
                "day_type": "holiday",
                "name": code,
            }
        return super()._access_vals(model, park)

    def _access_record(self, model, park):
        record = super()._access_record(model, park)
        if model == "park.park" and park == self.park_a1:
            # a new park of county A, served by the agent and station manager
            # like park A1 (which can't be deleted: it has stations)
            (self.agent | self.station_manager).write(
                {"park_park_ids": [fields.Command.link(record.id)]}
            )
        return record

    def _access_write_vals(self, model, record):
        if model == "park.staff.assignment":
            return {"date_start": record.date_start}
        if model == "park.station.terminal":
            return {"location": "大厅"}
        return super()._access_write_vals(model, record)
