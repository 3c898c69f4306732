# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, ValidationError
from odoo.fields import Command
from odoo.tests import Form, new_test_user, tagged
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
                "station_ids": [Command.set(self.station_a1.ids)],
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


@tagged("post_install", "-at_install")
class TestServiceCentre(ParkBaseCommon):
    """Clause 2(1): a centre may serve several parks (a township convenience
    centre covering its parks); who set it up is recorded."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # users of park A2 only: an agent and the manager of its station
        cls.agent_a2 = new_test_user(
            cls.env,
            login="park_agent_a2",
            groups="park_base.group_park_agent",
            park_park_ids=[Command.set(cls.park_a2.ids)],
        )
        cls.station_manager_a2 = new_test_user(
            cls.env,
            login="park_station_manager_a2",
            groups="park_base.group_park_station_manager",
            park_station_ids=[Command.set(cls.station_a2.ids)],
        )

    def test_centre_form_records_who_set_it_up(self):
        bureau = self.env.ref("park_base.department_approval")
        with Form(self.station_a1.with_user(self.county_admin)) as form:
            form.served_park_ids.add(self.park_a2)
            form.host_type = "township_centre"
            form.host_body = "甲镇便民服务中心"
            form.lead_department_id = bureau
            form.partner_body = "甲镇人民政府"
        centre = self.station_a1
        self.assertEqual(centre.park_id, self.park_a1, "it stays its park's centre")
        self.assertEqual(centre.served_park_ids, self.park_a2)
        self.assertEqual(self.park_a2.serving_station_ids, centre)
        self.assertEqual(
            (centre.host_type, centre.host_body, centre.partner_body),
            ("township_centre", "甲镇便民服务中心", "甲镇人民政府"),
        )
        self.assertEqual(centre.lead_department_id, bureau)
        # the park's own stations are counted as before
        self.assertEqual(self.park_a2.station_count, 1)

    def test_users_of_a_served_park_read_the_centre(self):
        Station = self.env["park.station"]
        self.assertNotIn(self.station_a1, Station.with_user(self.agent_a2).search([]))
        self.station_a1.served_park_ids = self.park_a2
        for user in (self.agent_a2, self.station_manager_a2):
            with self.subTest(user=user.login):
                self.assertEqual(
                    Station.with_user(user).search([]),
                    self.station_a1 | self.station_a2,
                )
                self.assertEqual(
                    self.park_a2.with_user(user).serving_station_ids.name,
                    "甲区化工园服务中心",
                )
        # reading only: the centre belongs to park A1
        with self.assertRaises(AccessError):
            self.station_a1.with_user(self.station_manager_a2).write(
                {"opening_hours": "全天"}
            )
        # other parks' users still don't see it
        agent_b1 = new_test_user(
            self.env,
            login="park_agent_b1",
            groups="park_base.group_park_agent",
            park_park_ids=[Command.set(self.park_b1.ids)],
        )
        self.assertEqual(Station.with_user(agent_b1).search([]), self.station_b1)

    def test_only_a_centre_serves_other_parks_of_its_county(self):
        cases = [
            (self.station_a2, self.park_a1, "Only a service centre"),
            (
                self.station_a1,
                self.park_a1 | self.park_a2,
                "belongs to 甲区化工园 already",
            ),
            (
                self.station_a1,
                self.park_b1,
                "can only serve parks of 甲区, not 乙县产业园",
            ),
        ]
        for station, parks, message in cases:
            with (
                self.subTest(message=message),
                self.assertRaisesRegex(ValidationError, message),
                self.env.cr.savepoint(),
            ):
                station.served_park_ids = parks
        self.assertFalse((self.station_a1 | self.station_a2).served_park_ids)
        self.station_a1.served_park_ids = self.park_a2
        with self.assertRaisesRegex(ValidationError, "Only a service centre"):
            self.station_a1.station_type = "station"

    def test_served_parks_added_only_from_the_users_scope(self):
        # the manager of the centre has park A1 only: park A2 is not theirs
        centre = self.station_a1.with_user(self.station_manager)
        with self.assertRaises(AccessError):
            centre.write({"served_park_ids": [Command.link(self.park_a2.id)]})
        self.assertFalse(self.station_a1.served_park_ids)
        # the county administrator may, and the manager may then edit the rest
        self.station_a1.with_user(self.county_admin).served_park_ids = self.park_a2
        centre.write({"host_body": "甲镇便民服务中心"})
        self.assertEqual(self.station_a1.served_park_ids, self.park_a2)
        self.assertEqual(self.station_a1.host_body, "甲镇便民服务中心")
