# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from odoo.addons.park_base.tests.common import (
    ALL,
    NONE,
    OWN,
    READ_ALL,
    READ_OWN,
    ParkAccessTableMixin,
)

from .common import ParkMatterCommon

CATALOGUE_DRAFT = {
    "public": NONE,
    "portal": NONE,
    "agent": READ_ALL,
    "station_manager": READ_ALL,
    "county_admin": READ_ALL,
    "city_admin": ALL,
    "employee": NONE,
}


@tagged("post_install", "-at_install")
class TestMatterAccessTable(ParkAccessTableMixin, ParkMatterCommon):
    """park_matter's rows of the access table: each role x read, create,
    write, unlink on a record of park A1 and one of park B1 (the catalogue
    is the same in every park)."""

    ACCESS_TABLE = {
        # a draft of the catalogue
        "park.matter": {
            "public": NONE,
            "portal": NONE,
            "agent": READ_ALL,
            "station_manager": READ_ALL,
            "county_admin": READ_ALL,
            "city_admin": ALL,
            "employee": NONE,
        },
        # the guide of a draft (enterprises read published guides only)
        "park.matter.material": CATALOGUE_DRAFT,
        "park.matter.step": CATALOGUE_DRAFT,
        "park.matter.faq": CATALOGUE_DRAFT,
        "park.matter.channel": {
            "public": NONE,
            "portal": READ_ALL,
            "agent": READ_ALL,
            "station_manager": READ_ALL,
            "county_admin": READ_ALL,
            "city_admin": ALL,
            "employee": READ_ALL,
        },
        "park.matter.list.line": {
            "public": NONE,
            "portal": READ_ALL,
            "agent": READ_OWN,
            "station_manager": OWN,
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
        # a park's own bundle (draft)
        "park.bundle": {
            "public": NONE,
            "portal": NONE,
            "agent": READ_OWN,
            "station_manager": OWN,
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
        "park.bundle.line": {
            "public": NONE,
            "portal": NONE,
            "agent": READ_OWN,
            "station_manager": OWN,
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
        "park.matter.delegation": {
            "public": NONE,
            "portal": NONE,
            "agent": READ_OWN,
            "station_manager": READ_OWN,
            "county_admin": OWN,
            "city_admin": ALL,
            "employee": NONE,
        },
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.access_counter = 0
        Bundle = cls.env["park.bundle"]
        cls.access_bundles = {
            park: Bundle.create(
                {
                    "name": f"{park.name}一件事",
                    "code": f"T-ACC-{park.code}",
                    "park_id": park.id,
                }
            )
            for park in (cls.park_a1, cls.park_b1)
        }

    def _access_matter(self):
        """A published matter of its own: a park lists a matter once."""
        self.access_counter += 1
        return self._make_matter(
            f"379900-XK-{self.access_counter:06d}",
            f"权限测试事项{self.access_counter}",
        )

    def _access_vals(self, model, park):
        self.access_counter += 1
        number = self.access_counter
        if model == "park.matter":
            return {
                "code": f"379900-XK-9{number:05d}",
                "name": f"草稿事项{number}",
                "department_id": self.dept_amr.id,
                "theme": "opening",
                "matter_type": "licence",
            }
        if model in ("park.matter.material", "park.matter.step"):
            return {"matter_id": self.m_draft.id, "name": f"草稿环节{number}"}
        if model == "park.matter.faq":
            return {
                "matter_id": self.m_draft.id,
                "question": f"问题{number}",
                "answer": "答复",
            }
        if model == "park.matter.channel":
            return {"name": f"渠道{number}", "code": f"T-CHANNEL-{number}"}
        if model == "park.matter.list.line":
            return {"park_id": park.id, "matter_id": self._access_matter().id}
        if model == "park.bundle":
            return {
                "name": f"一件事{number}",
                "code": f"T-ACC-{number}",
                "park_id": park.id,
            }
        if model == "park.bundle.line":
            return {
                "bundle_id": self.access_bundles[park].id,
                "matter_id": self._access_matter().id,
            }
        if model == "park.matter.delegation":
            return {
                "matter_id": self.m_register.id,
                "department_id": self.dept_amr.id,
                "park_id": park.id,
                "document_number": f"测发〔2026〕{number}号",
            }
        return super()._access_vals(model, park)
