# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from odoo.fields import Command
from odoo.tests import HttpCase, tagged

from ..models.park_station import READINESS_FIELDS


@tagged("post_install", "-at_install")
class TestReadinessViews(HttpCase):
    """Lists and kanban: a met and a missing basic look different, a score of
    0 shows as 0 / 4, and a park card shows its region path once."""

    def _arch(self, model, view_type):
        views = self.env[model].get_views([(False, view_type)])
        return etree.fromstring(views["views"][view_type]["arch"])

    def test_station_list_widgets(self):
        arch = self._arch("park.station", "list")
        for name in READINESS_FIELDS:
            self.assertEqual(
                arch.xpath(f"//field[@name='{name}']/@widget"), ["park_check_icon"]
            )
        self.assertEqual(
            arch.xpath("//field[@name='readiness_score']/@widget"),
            ["park_score_badge"],
        )

    def test_park_card_shows_the_region_path_once(self):
        arch = self._arch("park.park", "kanban")
        path = arch.xpath("//div[contains(@class, 'o_park_region_path')]")
        self.assertEqual(len(path), 1)
        # the township's full name holds the county's: one or the other
        self.assertEqual(len(path[0].xpath(".//field[@name='township_id']")), 1)
        self.assertEqual(len(path[0].xpath(".//field[@name='county_id']")), 1)
        self.assertEqual(path[0].xpath("./t/@t-else"), [""])

    def test_views_in_the_browser(self):
        Region = self.env["park.region"]
        city = Region.create({"name": "视图市", "code": "379400", "level": "city"})
        county = Region.create(
            {
                "name": "视图区",
                "code": "T-VIEW",
                "level": "county",
                "is_functional_zone": True,
                "parent_id": city.id,
            }
        )
        township = Region.create(
            {
                "name": "视图镇",
                "code": "379499101",
                "level": "township",
                "parent_id": county.id,
            }
        )
        park = self.env["park.park"].create(
            {
                "name": "视图检查园",
                "code": "T-VIEW-1",
                "county_id": county.id,
                "township_id": township.id,
            }
        )
        Station = self.env["park.station"]
        Station.create({"name": "视图检查零分站", "park_id": park.id})
        one = Station.create(
            {
                "name": "视图检查一分站",
                "park_id": park.id,
                "window_ids": [
                    Command.create(
                        {
                            "code": "1",
                            "name": "综合窗口",
                            "window_type": "comprehensive",
                        }
                    )
                ],
                "equipment_ids": [
                    Command.create(
                        {"name": "电脑", "category": "computer", "quantity": 1}
                    )
                ],
            }
        )
        self.assertEqual(one.readiness_score, 1)
        self.start_tour("/odoo", "park_base_readiness_views_tour", login="admin")
