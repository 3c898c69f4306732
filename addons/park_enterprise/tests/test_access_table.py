# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from odoo.addons.park_base.tests.common import ALL, NONE, OWN, ParkAccessTableMixin

from .common import ParkEnterpriseCommon


@tagged("post_install", "-at_install")
class TestEnterpriseAccessTable(ParkAccessTableMixin, ParkEnterpriseCommon):
    """park_enterprise's rows of the access table: the enterprise file (a
    contact of the park's enterprise), its licences, timeline and stage
    history. In park A1 the enterprise is the portal user's own."""

    ACCESS_TABLE = {
        "res.partner": {
            "public": NONE,
            # base's portal rule: the contacts of its own company, read only
            "portal": ("r", ""),
            "agent": OWN,
            "station_manager": OWN,
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
        "park.enterprise.licence": {
            "public": NONE,
            "portal": ("r", ""),
            "agent": ("rcw", ""),
            "station_manager": OWN,
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
        "park.enterprise.event": {
            "public": NONE,
            "portal": ("r", ""),
            "agent": ("rc", ""),
            "station_manager": ("rc", ""),
            "county_admin": ("rc", ""),
            "city_admin": ALL,
            "employee": NONE,
        },
        "park.enterprise.stage.history": {
            "public": NONE,
            "portal": ("r", ""),
            "agent": ("r", ""),
            "station_manager": ("r", ""),
            "county_admin": ("r", ""),
            "city_admin": ("r", "r"),
            "employee": NONE,
        },
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.enterprise_a.park_id = cls.park_a1
        cls.enterprise_b.park_id = cls.park_b1
        cls.counter = 0

    def _enterprise(self, park):
        return self.enterprise_a if park == self.park_a1 else self.enterprise_b

    def _access_vals(self, model, park):
        enterprise = self._enterprise(park)
        type(self).counter += 1
        name = f"ACC-{self.counter}"
        if model == "res.partner":
            return {"name": name, "parent_id": enterprise.id}
        if model == "park.enterprise.licence":
            return {
                "partner_id": enterprise.id,
                "licence_type_id": self.licence_type.id,
                "number": name,
            }
        if model == "park.enterprise.event":
            return {"partner_id": enterprise.id, "name": name}
        if model == "park.enterprise.stage.history":
            return {"partner_id": enterprise.id, "to_stage": "operating"}
        return super()._access_vals(model, park)

    def _access_write_vals(self, model, record):
        if model == "park.enterprise.licence":
            return {"number": record.number}
        if model == "park.enterprise.stage.history":
            return {"note": "核对"}
        return super()._access_write_vals(model, record)
