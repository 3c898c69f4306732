# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged

from .common import ParkEnterpriseCommon


@tagged("post_install", "-at_install")
class TestTour(ParkEnterpriseCommon, HttpCase):
    def test_agent_finds_enterprise_by_initials(self):
        self._create_licence(self.enterprise_a, "TOUR-001")
        # another enterprise of the same park that the initials do not match
        self.env["res.partner"].create(
            {
                "name": "淄博博山陶瓷有限公司",
                "is_company": True,
                "is_park_enterprise": True,
                "park_id": self.park_a.id,
                "lifecycle_stage": "operating",
            }
        )
        self.start_tour(
            "/odoo/park-enterprises",
            "park_enterprise_find_by_pinyin",
            login="ent_agent_a",
        )
