# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestTour(HttpCase, ParkMatterCommon):
    def test_station_manager_completes_park_list(self):
        """A station manager adds gap matters to the park list, opens a guide."""
        self.env["park.matter.list.line"].create(
            {"park_id": self.park_a.id, "matter_id": self.m_tax.id}
        )
        self.start_tour(
            "/odoo/action-park_base.park_park_action",
            "park_matter_station_manager_tour",
            login=self.station_manager_a.login,
        )
        self.assertEqual(
            self.park_a.matter_line_ids.matter_id,
            self.m_register | self.m_seal | self.m_tax,
        )
