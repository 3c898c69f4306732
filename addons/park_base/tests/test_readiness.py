# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from .common import ParkBaseCommon


@tagged("post_install", "-at_install")
class TestReadiness(ParkBaseCommon):
    def _state(self, station):
        return (
            station.readiness_facilities,
            station.readiness_staff,
            station.readiness_functions,
            station.readiness_help_agent,
            station.readiness_score,
            station.is_ready,
        )

    def test_new_station_is_not_ready(self):
        station = self.station_a2
        self.assertEqual(self._state(station), (False, False, False, False, 0, False))
        self.assertEqual(
            station.readiness_missing,
            "Facilities in Place\nFixed Staff\nBasic Functions\nHelp and Agent Service",
        )

    def test_facilities(self):
        station = self.station_a2
        window = self.env["park.station.window"].create(
            {
                "name": "综合受理",
                "station_id": station.id,
                "window_type": "comprehensive",
            }
        )
        self.assertFalse(station.readiness_facilities, "no office equipment yet")
        equipment = self.env["park.station.equipment"].create(
            {"name": "电脑", "station_id": station.id, "quantity": 2}
        )
        self.assertTrue(station.readiness_facilities)
        self.assertEqual(station.readiness_score, 1)
        equipment.is_working = False
        self.assertFalse(station.readiness_facilities, "the only computer is broken")
        equipment.is_working = True
        window.is_open = False
        self.assertFalse(station.readiness_facilities, "the window is closed")
        window.write({"is_open": True, "window_type": "consultation"})
        self.assertFalse(
            station.readiness_facilities, "a consultation window is not comprehensive"
        )
        window.window_type = "comprehensive"
        self.assertTrue(station.readiness_facilities)

    def test_fixed_staff(self):
        station = self.station_a2
        Assignment = self.env["park.staff.assignment"]
        rota = Assignment.create(
            {
                "partner_id": self.person.id,
                "station_id": station.id,
                "source": "department_rota",
                "department_id": self.department.id,
                "rota_schedule": "每周二",
            }
        )
        self.assertFalse(station.readiness_staff, "a duty rota is not fixed staff")
        planned = Assignment.create(
            {
                "partner_id": self.person_2.id,
                "station_id": station.id,
                "source": "grid_worker",
                "date_start": "2099-01-01",
            }
        )
        self.assertEqual(planned.state, "planned")
        self.assertFalse(station.readiness_staff, "the assignment has not started")
        resident = Assignment.create(
            {
                "partner_id": self.person_2.id,
                "station_id": station.id,
                "source": "department_resident",
                "department_id": self.department.id,
                "role": "department_window",
                "date_start": "2020-01-01",
            }
        )
        self.assertTrue(station.readiness_staff)
        resident.active = False
        self.assertFalse(station.readiness_staff, "archived assignments do not count")
        self.assertTrue(rota.active)

    def test_basic_functions(self):
        station = self.station_a2
        station.opening_hours = "周一至周五 9:00-17:00"
        self.env["park.station.window"].create(
            {"name": "综合受理", "station_id": station.id}
        )
        self.assertFalse(station.readiness_functions, "neither terminal nor extranet")
        terminal = self.env["park.station.terminal"].create(
            {"code": "RT-1", "station_id": station.id, "kind": "tax"}
        )
        self.assertTrue(station.readiness_functions)
        terminal.state = "fault"
        self.assertFalse(station.readiness_functions, "the only terminal is broken")
        station.has_extranet = True
        self.assertTrue(station.readiness_functions, "the extranet is connected")
        station.opening_hours = "  "
        self.assertFalse(station.readiness_functions, "no opening hours")

    def test_help_agent_and_ready(self):
        station = self.station_a2
        Assignment = self.env["park.staff.assignment"]
        station.write({"opening_hours": "工作日 8:30-17:30", "has_extranet": True})
        self.env["park.station.window"].create(
            {"name": "综合受理", "station_id": station.id}
        )
        self.env["park.station.equipment"].create(
            {"name": "高拍仪", "category": "camera", "station_id": station.id}
        )
        Assignment.create(
            {
                "partner_id": self.person.id,
                "station_id": station.id,
                "source": "park_staff",
                "role": "reception",
            }
        )
        self.assertEqual(self._state(station), (True, True, True, False, 3, False))
        helper = Assignment.create(
            {
                "partner_id": self.person_2.id,
                "station_id": station.id,
                "source": "third_party",
                "role": "help_agent",
            }
        )
        self.assertEqual(self._state(station), (True, True, True, True, 4, True))
        self.assertEqual(station.readiness_missing, "")
        Station = self.env["park.station"]
        ours = [("park_id.code", "=like", "T-%")]
        self.assertEqual(Station.search(ours + [("is_ready", "=", True)]), station)
        self.assertEqual(
            Station.search(ours + [("is_ready", "=", False)]),
            self.station_a1 | self.station_b1,
        )
        self.assertEqual(self.park_a2.ready_station_count, 1)
        helper.write({"date_start": "2020-01-01", "date_end": "2020-12-31"})
        self.assertEqual(helper.state, "ended")
        self.assertEqual(self._state(station), (True, True, True, False, 3, False))
