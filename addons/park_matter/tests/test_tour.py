# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from unittest.mock import patch

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

    def test_county_admin_journey_in_chinese(self):
        """A county administrator, in Chinese: a park, its list and gap, a
        matter's guide, the catalogue exported."""
        self.env["park.matter.list.line"].create(
            {"park_id": self.park_a.id, "matter_id": self.m_register.id}
        )
        self.env["res.lang"]._activate_lang("zh_CN")
        self.county_admin_a.lang = "zh_CN"
        reports = self.env["ir.actions.report"]
        with patch.object(
            type(reports),
            "_render_xlsx",
            autospec=True,
            side_effect=type(reports)._render_xlsx,
        ) as render:
            self.start_tour(
                "/odoo/action-park_base.park_park_action",
                "park_matter_county_admin_tour",
                login=self.county_admin_a.login,
            )
        self.assertEqual(render.call_args.args[1], "park_matter.catalogue_xlsx")
