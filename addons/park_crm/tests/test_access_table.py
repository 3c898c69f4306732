# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from odoo.addons.park_base.tests.common import ALL, NONE, OWN, ParkAccessTableMixin

from .common import ParkCrmCommon


@tagged("post_install", "-at_install")
class TestAccessTable(ParkAccessTableMixin, ParkCrmCommon):
    """Who may do what on park_crm's scoped models: a record of park A1 (the
    scoped roles' park, enterprise A's) and one of park B1."""

    ACCESS_TABLE = {
        "crm.lead": {
            "public": NONE,
            "portal": ("r", ""),
            "agent": ("rcw", ""),
            "station_manager": OWN,
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
        "park.visit": {
            "public": NONE,
            "portal": NONE,
            "agent": ("rcw", ""),
            "station_manager": OWN,
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
        "park.visit.plan": {
            "public": NONE,
            "portal": NONE,
            "agent": ("r", ""),
            "station_manager": ("r", ""),
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
        # written by the notify action only (as superuser), read per scope
        "park.policy.recipient": {
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
        cls.policy = cls.env["park.policy"].create(
            {
                "name": "测试政策",
                "issuing_body": "测试市",
                "date_start": "2030-01-01",
            }
        )

    def _access_record(self, model, park):
        if model == "park.policy.recipient":
            enterprise = self.ent_a if park == self.park_a1 else self.ent_b
            return self.env[model].create(
                {"policy_id": self.policy.id, "partner_id": enterprise.id}
            )
        return super()._access_record(model, park)

    def _access_vals(self, model, park):
        if model == "park.policy.recipient":
            enterprise = self.ent_a if park == self.park_a1 else self.ent_b
            return {"policy_id": self.policy.id, "partner_id": enterprise.id}
        if model == "crm.lead":
            enterprise = self.ent_a if park == self.park_a1 else self.ent_b
            return {
                "name": "诉求",
                "park_lead_kind": "demand",
                "park_enterprise_id": enterprise.id,
                "park_id": park.id,
            }
        if model == "park.visit":
            return {
                "subject": "走访",
                "park_id": park.id,
                "department_id": self.department.id,
                "user_ids": [],
            }
        self._plan_year = getattr(self, "_plan_year", 2030) + 1
        return {
            "year": self._plan_year,
            "park_id": park.id,
            "department_id": self.department.id,
            "planned_count": 3,
        }

    def _access_write_vals(self, model, record):
        if model == "park.visit":
            return {"subject": record.subject}
        if model == "park.visit.plan":
            return {"planned_count": record.planned_count}
        if model == "park.policy.recipient":
            return {"read_date": False}
        return super()._access_write_vals(model, record)
