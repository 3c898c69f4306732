# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import ParkBaseCommon


@tagged("post_install", "-at_install")
class TestRegion(ParkBaseCommon):
    def test_hierarchy_names_and_paths(self):
        self.assertEqual(self.township_a.complete_name, "测试市 / 甲区 / 甲镇")
        self.assertEqual(self.township_a.display_name, "测试市 / 甲区 / 甲镇")
        self.assertTrue(
            self.township_a.parent_path.startswith(self.city.parent_path),
            "the township's parent path goes through the city",
        )
        self.assertEqual(self.city.child_ids, self.county_a | self.county_b | self.zone)
        below_city = self.env["park.region"].search([("id", "child_of", self.city.id)])
        self.assertEqual(
            below_city,
            self.city | self.county_a | self.county_b | self.zone | self.township_a,
        )
        # renaming a county renames its townships' full names
        self.county_a.name = "甲新区"
        self.assertEqual(self.township_a.complete_name, "测试市 / 甲新区 / 甲镇")

    def test_search_by_code(self):
        found = self.env["park.region"].name_search("379901101")
        self.assertEqual([r[0] for r in found], self.township_a.ids)

    def test_park_counts(self):
        self.assertEqual(self.county_a.park_count, 2)
        self.assertEqual(self.county_a.pilot_park_count, 1)
        self.assertEqual(self.township_a.park_count, 1)
        self.assertEqual(self.county_b.pilot_park_count, 0)

    def test_duplicate_code_refused(self):
        with (
            self.assertRaises(IntegrityError) as caught,
            mute_logger("odoo.sql_db"),
            self.cr.savepoint(),
        ):
            self.env["park.region"].create(
                {
                    "name": "另一个甲区",
                    "code": "379901",
                    "level": "county",
                    "parent_id": self.city.id,
                }
            )
        message = self.env["park.region"]._sql_error_to_message(caught.exception)
        self.assertEqual(message, "Another region already uses this division code.")

    def test_zone_code_normalised_and_unique(self):
        zone = self.env["park.region"].create(
            {
                "name": "测试经开区",
                "code": " t-jkq ",
                "level": "county",
                "is_functional_zone": True,
                "parent_id": self.city.id,
            }
        )
        self.assertEqual(zone.code, "T-JKQ")
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.cr.savepoint(),
        ):
            zone.code = "t-gxq"
            zone.flush_recordset()

    def test_code_format_by_level(self):
        Region = self.env["park.region"]
        with self.assertRaisesRegex(ValidationError, "exactly 6 digits"):
            Region.create(
                {
                    "name": "五位码县",
                    "code": "37990",
                    "level": "county",
                    "parent_id": self.city.id,
                }
            )
        with self.assertRaisesRegex(ValidationError, "9 or 12 digits"):
            Region.create(
                {
                    "name": "十位码镇",
                    "code": "3799011010",
                    "level": "township",
                    "parent_id": self.county_a.id,
                }
            )
        with self.assertRaisesRegex(ValidationError, "does not belong to its city"):
            Region.create(
                {
                    "name": "外市县",
                    "code": "378801",
                    "level": "county",
                    "parent_id": self.city.id,
                }
            )
        with self.assertRaisesRegex(ValidationError, "does not start with the code"):
            Region.create(
                {
                    "name": "错码镇",
                    "code": "379921101",
                    "level": "township",
                    "parent_id": self.county_a.id,
                }
            )
        with self.assertRaisesRegex(ValidationError, "Only a county-level region"):
            Region.create(
                {
                    "name": "功能区镇",
                    "code": "379901102",
                    "level": "township",
                    "is_functional_zone": True,
                    "parent_id": self.county_a.id,
                }
            )
        # a 12-digit statistical code is accepted, and so is a township of a
        # functional zone keeping the code of its original county
        twelve = Region.create(
            {
                "name": "十二位码镇",
                "code": "379901102000",
                "level": "township",
                "parent_id": self.county_a.id,
            }
        )
        in_zone = Region.create(
            {
                "name": "高新区街道",
                "code": "379901008",
                "level": "township",
                "parent_id": self.zone.id,
            }
        )
        self.assertEqual(twelve.parent_id, self.county_a)
        self.assertEqual(in_zone.complete_name, "测试市 / 测试高新区 / 高新区街道")

    def test_level_consistency(self):
        with self.assertRaisesRegex(
            ValidationError, "its parent region must be a City"
        ):
            self.county_b.parent_id = self.county_a
        with self.assertRaisesRegex(ValidationError, "cannot have a parent region"):
            self.env["park.region"].create(
                {
                    "name": "子市",
                    "code": "379800",
                    "level": "city",
                    "parent_id": self.city.id,
                }
            )
        with self.assertRaisesRegex(ValidationError, "must be a County"):
            self.env["park.region"].create(
                {"name": "孤镇", "code": "379901109", "level": "township"}
            )

    def test_cycle_refused(self):
        with self.assertRaisesRegex(ValidationError, "the hierarchy would be a loop"):
            self.city.parent_id = self.township_a
        with self.assertRaisesRegex(ValidationError, "the hierarchy would be a loop"):
            self.county_a.parent_id = self.county_a

    def test_level_change_keeps_dependents_consistent(self):
        # county A has the township A and two parks: it cannot become a city
        with self.assertRaises(ValidationError) as error:
            self.county_a.write({"level": "city", "parent_id": False})
        self.assertIn("甲镇 still depends on it", str(error.exception))
        self.county_a.invalidate_recordset()
        self.assertEqual(self.county_a.level, "county")
        # the zone has no sub-region but a park: it cannot become a township
        self.env["park.park"].create(
            {"name": "高新区园", "code": "T-Z1", "county_id": self.zone.id}
        )
        with self.assertRaisesRegex(ValidationError, "高新区园 still depends"):
            self.zone.write(
                {
                    "level": "township",
                    "is_functional_zone": False,
                    "code": "379901102",
                    "parent_id": self.county_a.id,
                }
            )
        # a county without dependents may still change
        lone = self.env["park.region"].create(
            {
                "name": "丙县",
                "code": "379922",
                "level": "county",
                "parent_id": self.city.id,
            }
        )
        lone.write({"level": "city", "parent_id": False})
        self.assertEqual(lone.level, "city")
