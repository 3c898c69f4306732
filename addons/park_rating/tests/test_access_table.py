# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from odoo.addons.park_base.tests.common import (
    ALL,
    NONE,
    OWN,
    READ_OWN,
    ParkAccessTableMixin,
)

from .common import ParkRatingCommon


@tagged("post_install", "-at_install")
class TestRatingAccessTable(ParkAccessTableMixin, ParkRatingCommon):
    """park_rating's rows of the access table. In park A1 the case is of the
    portal user's enterprise. Nobody writes or deletes a review; nobody but
    the system opens a rectification; station managers work rectifications,
    record call-backs and appeal; the county decides appeals (in the
    tests of appeals)."""

    ACCESS_TABLE = {
        "park.rating": {
            "public": NONE,
            "portal": READ_OWN,
            "agent": READ_OWN,
            "station_manager": READ_OWN,
            "county_admin": READ_OWN,
            "city_admin": ("r", "r"),
            "employee": NONE,
        },
        "park.rating.rectification": {
            "public": NONE,
            "portal": NONE,
            "agent": READ_OWN,
            "station_manager": ("rw", ""),
            "county_admin": ("rw", ""),
            "city_admin": ("rw", "rw"),
            "employee": NONE,
        },
        "park.rating.callback": {
            "public": NONE,
            "portal": NONE,
            "agent": READ_OWN,
            "station_manager": ("rc", ""),
            "county_admin": ("rc", ""),
            "city_admin": ("rc", "rc"),
            "employee": NONE,
        },
        "park.rating.appeal": {
            "public": NONE,
            "portal": NONE,
            "agent": READ_OWN,
            "station_manager": ("rcw", ""),
            "county_admin": ("rcw", ""),
            "city_admin": ("rcw", "rcw"),
            "employee": NONE,
        },
        "park.rating.device": {
            "public": NONE,
            "portal": NONE,
            "agent": READ_OWN,
            "station_manager": OWN,
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.window_b1 = cls.env["park.station.window"].create(
            {"name": "乙县综合窗口", "code": "1", "station_id": cls.station_b1.id}
        )

    def _case_in(self, park):
        if park == self.park_a1:
            return self._closed_case()
        return self._closed_case(enterprise=self.ent_b, station=self.station_b1)

    def _rating_in(self, park, level="satisfied"):
        return self._case_in(park)._park_rate(level, "portal")

    def _rectification_in(self, park, state=None):
        rectification = self._rating_in(park, "dissatisfied").rectification_id
        if state:
            rectification.state = state
        return rectification

    def _access_vals(self, model, park):
        if model == "park.rating":
            return {
                "ticket_id": self._case_in(park).id,
                "level": "satisfied",
                "channel": "window",
            }
        if model == "park.rating.rectification":
            return {"name": "整改", "rating_id": self._rating_in(park).id}
        if model == "park.rating.callback":
            return {
                "rectification_id": self._rectification_in(park, "callback").id,
                "method": "phone",
                "acceptance": "accepted",
            }
        if model == "park.rating.appeal":
            return {
                "rating_id": self._rating_in(park, "very_dissatisfied").id,
                "ground": "malicious",
                "reason": "与办件无关",
            }
        if model == "park.rating.device":
            window = self.window_a1 if park == self.park_a1 else self.window_b1
            return {"name": "评价器", "window_id": window.id}
        return super()._access_vals(model, park)

    def _access_record(self, model, park):
        if model == "park.rating":
            return self._rating_in(park)
        if model == "park.rating.rectification":
            return self._rectification_in(park)
        return super()._access_record(model, park)

    def _access_write_vals(self, model, record):
        if model == "park.rating":
            return {"comment": "改评"}
        if model == "park.rating.appeal":
            return {"reason": "补充说明"}
        if model == "park.rating.rectification":
            return {"verification": "核实属实"}
        return super()._access_write_vals(model, record)
