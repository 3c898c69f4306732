from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import ParkBaseCommon


@tagged("post_install", "-at_install")
class TestParkStation(ParkBaseCommon):
    def test_park_regions(self):
        self.assertEqual(self.park_a1.city_id, self.city)
        self.assertEqual(self.park_a1.station_count, 1)
        self.assertEqual(self.industry.park_count, 1)
        with self.assertRaisesRegex(ValidationError, "must be a township of 乙县"):
            self.env["park.park"].create(
                {
                    "name": "错镇园",
                    "code": "T-B9",
                    "county_id": self.county_b.id,
                    "township_id": self.township_a.id,
                }
            )
        with self.assertRaisesRegex(ValidationError, "must be a county-level region"):
            self.env["park.park"].create(
                {"name": "市级园", "code": "T-C9", "county_id": self.city.id}
            )
        # a park in a functional zone
        zone_park = self.env["park.park"].create(
            {"name": "高新区园", "code": "T-Z1", "county_id": self.zone.id}
        )
        self.assertEqual(zone_park.city_id, self.city)

    def test_park_code_unique(self):
        with (
            self.assertRaises(IntegrityError) as caught,
            mute_logger("odoo.sql_db"),
            self.cr.savepoint(),
        ):
            self.env["park.park"].create(
                {"name": "重复园", "code": "T-A1", "county_id": self.county_a.id}
            )
        self.assertEqual(
            self.env["park.park"]._sql_error_to_message(caught.exception),
            "Another park already uses this code.",
        )

    def test_station_code_from_sequence(self):
        self.assertTrue(self.station_a1.code.startswith("ST"))
        self.assertNotEqual(self.station_a1.code, self.station_a2.code)
        station = self.env["park.station"].create(
            {"name": "自编码站", "code": "MY-01", "park_id": self.park_a1.id}
        )
        self.assertEqual(station.code, "MY-01")
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.cr.savepoint(),
        ):
            self.env["park.station"].create(
                {"name": "重码站", "code": "MY-01", "park_id": self.park_a2.id}
            )

    def test_station_without_park_refused(self):
        with self.assertRaisesRegex(ValidationError, "must belong to a park"):
            self.env["park.station"].create({"name": "无园站"})
        with self.assertRaisesRegex(ValidationError, "must belong to a park"):
            self.station_a1.park_id = False
        self.assertEqual(self.station_a1.park_id, self.park_a1)

    def test_station_related_regions(self):
        self.assertEqual(self.station_a1.county_id, self.county_a)
        self.assertEqual(self.station_a1.city_id, self.city)
        self.station_a1.park_id = self.park_b1
        self.assertEqual(self.station_a1.county_id, self.county_b)
        self.assertEqual(
            self.env["park.station"].search_count(
                [("county_id", "=", self.county_b.id)]
            ),
            2,
        )

    def test_windows_terminals_equipment(self):
        Window = self.env["park.station.window"]
        Window.create(
            {"name": "综合受理窗口", "code": "1", "station_id": self.station_a1.id}
        )
        with (
            self.assertRaisesRegex(ValidationError, "must name the department"),
            self.cr.savepoint(),
        ):
            Window.create(
                {
                    "name": "税务窗口",
                    "code": "2",
                    "window_type": "specialized",
                    "station_id": self.station_a1.id,
                }
            )
        tax = Window.create(
            {
                "name": "税务窗口",
                "code": "2",
                "window_type": "specialized",
                "department_id": self.department.id,
                "station_id": self.station_a1.id,
            }
        )
        self.assertEqual(tax.park_id, self.park_a1)
        with (
            self.assertRaises(IntegrityError) as caught,
            mute_logger("odoo.sql_db"),
            self.cr.savepoint(),
        ):
            Window.create(
                {"name": "重号窗口", "code": "1", "station_id": self.station_a1.id}
            )
        self.assertEqual(
            Window._sql_error_to_message(caught.exception),
            "Two windows of the same station cannot have the same number.",
        )
        # the same number in another station is fine
        Window.create(
            {"name": "综合受理窗口", "code": "1", "station_id": self.station_a2.id}
        )
        self.assertEqual(self.station_a1.window_count, 2)

        terminal = self.env["park.station.terminal"].create(
            {"code": "T-0001", "name": "政务一体机", "station_id": self.station_a1.id}
        )
        self.assertEqual(terminal.display_name, "T-0001 (政务一体机)")
        self.assertEqual(terminal.state, "in_service")
        with (
            self.assertRaises(IntegrityError),
            mute_logger("odoo.sql_db"),
            self.cr.savepoint(),
        ):
            self.env["park.station.terminal"].create(
                {"code": "T-0001", "station_id": self.station_a2.id}
            )
        with (
            self.assertRaises(IntegrityError) as caught,
            mute_logger("odoo.sql_db"),
            self.cr.savepoint(),
        ):
            self.env["park.station.equipment"].create(
                {"name": "打印机", "quantity": 0, "station_id": self.station_a1.id}
            )
        self.assertEqual(
            self.env["park.station.equipment"]._sql_error_to_message(caught.exception),
            "The quantity of office equipment must be positive.",
        )

    def test_park_action_stations(self):
        action = self.park_a1.action_view_stations()
        self.assertEqual(
            self.env["park.station"].search(action["domain"]), self.station_a1
        )
        self.assertEqual(action["context"], {"default_park_id": self.park_a1.id})
        action = self.county_a.action_view_parks()
        self.assertEqual(
            self.env["park.park"].search(action["domain"]),
            self.park_a1 | self.park_a2,
        )

    def test_training(self):
        self.env["park.staff.assignment"].create(
            {
                "partner_id": self.person.id,
                "station_id": self.station_a1.id,
                "role": "help_agent",
            }
        )
        self.env["park.staff.assignment"].create(
            {
                "partner_id": self.person_2.id,
                "station_id": self.station_a1.id,
                "date_start": "2099-01-01",
            }
        )
        training = self.env["park.training"].create(
            {
                "name": "企业开办业务培训",
                "station_ids": [(6, 0, self.station_a1.ids)],
            }
        )
        training.action_add_station_staff()
        # only the current staff are invited, not the planned one
        self.assertEqual(training.attendee_ids, self.person)
        self.assertEqual(training.attendee_count, 1)
        self.assertEqual(self.station_a1.training_count, 1)
        training.action_done()
        self.assertEqual(training.state, "done")
        training.action_reset()
        training.action_cancel()
        self.assertEqual(training.state, "cancelled")
