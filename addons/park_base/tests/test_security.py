# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged

from .common import ParkBaseCommon


@tagged("post_install", "-at_install")
class TestSecurity(ParkBaseCommon):
    def test_groups_imply_each_other(self):
        self.assertTrue(self.city_admin.has_group("park_base.group_park_county_admin"))
        self.assertTrue(self.city_admin.has_group("park_base.group_park_agent"))
        self.assertTrue(
            self.county_admin.has_group("park_base.group_park_station_manager")
        )
        self.assertFalse(self.county_admin.has_group("park_base.group_park_city_admin"))
        self.assertTrue(self.agent.has_group("base.group_user"))
        self.assertFalse(self.agent.has_group("park_base.group_park_station_manager"))
        self.assertTrue(self.enterprise.share)
        self.assertFalse(self.enterprise.has_group("base.group_user"))
        self.assertTrue(
            self.env.ref("base.user_admin").has_group("park_base.group_park_city_admin")
        )
        privilege = self.env.ref("park_base.res_groups_privilege_park")
        self.assertEqual(
            set(privilege.group_ids.ids),
            {
                self.env.ref(f"park_base.group_park_{name}").id
                for name in (
                    "enterprise",
                    "agent",
                    "station_manager",
                    "county_admin",
                    "city_admin",
                )
            },
        )

    def test_scope_field(self):
        self.assertEqual(self.agent.park_scope_park_ids, self.park_a1)
        self.assertEqual(self.station_manager.park_scope_park_ids, self.park_a1)
        self.assertEqual(
            self.county_admin.park_scope_park_ids, self.park_a1 | self.park_a2
        )
        self.assertFalse(self.city_admin.park_scope_park_ids)
        # a township as region covers the parks of that township only
        self.agent.write(
            {
                "park_park_ids": [Command.clear()],
                "park_region_ids": [Command.set(self.township_a.ids)],
            }
        )
        self.assertEqual(self.agent.park_scope_park_ids, self.park_a1)
        # a city covers every park below it
        self.agent.park_region_ids = self.city
        self.assertEqual(
            self.agent.park_scope_park_ids,
            self.env["park.park"].search([("city_id", "=", self.city.id)]),
        )
        self.assertEqual(len(self.agent.park_scope_park_ids), 3)

    def test_agent_sees_own_parks_only(self):
        Park = self.env["park.park"].with_user(self.agent)
        Station = self.env["park.station"].with_user(self.agent)
        self.assertEqual(Park.search([("code", "=like", "T-%")]), self.park_a1)
        self.assertEqual(
            Station.search([("park_id.code", "=like", "T-%")]), self.station_a1
        )
        with self.assertRaises(AccessError):
            self.park_b1.with_user(self.agent).read(["name"])
        with self.assertRaises(AccessError):
            self.station_a1.with_user(self.agent).write({"opening_hours": "全天"})
        with self.assertRaises(AccessError):
            self.env["park.station.window"].with_user(self.agent).create(
                {"name": "综合受理", "station_id": self.station_a1.id}
            )
        # regions, industries, departments and holidays are reference data
        self.assertTrue(
            self.env["park.region"]
            .with_user(self.agent)
            .search_count([("id", "=", self.county_b.id)])
        )
        with self.assertRaises(AccessError):
            self.county_a.with_user(self.agent).write({"name": "改名"})
        with self.assertRaises(AccessError):
            self.env["park.holiday"].with_user(self.agent).create(
                {"date": "2099-05-04", "name": "青年节"}
            )

    def test_scope_change_applies_at_once(self):
        Park = self.env["park.park"].with_user(self.agent)
        self.assertEqual(Park.search([("code", "=like", "T-%")]), self.park_a1)
        self.agent.park_park_ids = [Command.link(self.park_b1.id)]
        self.assertEqual(
            Park.search([("code", "=like", "T-%")]), self.park_a1 | self.park_b1
        )
        self.agent.park_park_ids = [Command.clear()]
        self.assertFalse(Park.search([("code", "=like", "T-%")]))

    def test_station_manager_edits_own_stations(self):
        station = self.station_a1.with_user(self.station_manager)
        station.write({"opening_hours": "工作日 9:00-17:00"})
        self.assertEqual(self.station_a1.opening_hours, "工作日 9:00-17:00")
        window = (
            self.env["park.station.window"]
            .with_user(self.station_manager)
            .create({"name": "综合受理", "station_id": self.station_a1.id})
        )
        self.assertEqual(window.park_id, self.park_a1)
        self.env["park.staff.assignment"].with_user(self.station_manager).create(
            {"partner_id": self.person.id, "station_id": self.station_a1.id}
        )
        self.env["park.training"].with_user(self.station_manager).create(
            {"name": "窗口礼仪", "station_ids": [Command.set(self.station_a1.ids)]}
        )
        with self.assertRaises(AccessError):
            self.station_b1.with_user(self.station_manager).write({"phone": "1"})
        with self.assertRaises(AccessError):
            self.env["park.station.window"].with_user(self.station_manager).create(
                {"name": "综合受理", "station_id": self.station_b1.id}
            )
        with self.assertRaises(AccessError):
            self.env["park.station"].with_user(self.station_manager).create(
                {"name": "新站", "park_id": self.park_a1.id}
            )
        with self.assertRaises(AccessError):
            self.park_a1.with_user(self.station_manager).write({"phone": "1"})
        # a city-wide training is read, not edited
        city_wide = self.env["park.training"].create({"name": "全市业务培训"})
        self.assertEqual(
            city_wide.with_user(self.station_manager).read(["name"])[0]["name"],
            "全市业务培训",
        )
        with self.assertRaises(AccessError):
            city_wide.with_user(self.station_manager).write({"trainer": "x"})

    def test_county_admin_manages_county(self):
        Park = self.env["park.park"].with_user(self.county_admin)
        self.assertEqual(
            Park.search([("code", "=like", "T-%")]), self.park_a1 | self.park_a2
        )
        new_park = Park.create(
            {"name": "甲区新园", "code": "T-A3", "county_id": self.county_a.id}
        )
        # the new park is in scope at once, with its stations
        station = (
            self.env["park.station"]
            .with_user(self.county_admin)
            .create({"name": "甲区新园服务站", "park_id": new_park.id})
        )
        self.assertEqual(station.county_id, self.county_a)
        self.assertIn(new_park, self.county_admin.park_scope_park_ids)
        with self.assertRaises(AccessError):
            Park.create(
                {"name": "乙县新园", "code": "T-B3", "county_id": self.county_b.id}
            )
        with self.assertRaises(AccessError):
            self.park_b1.with_user(self.county_admin).write({"is_pilot": True})
        with self.assertRaises(AccessError):
            self.env["park.station"].with_user(self.county_admin).create(
                {"name": "乙县新站", "park_id": self.park_b1.id}
            )
        with self.assertRaises(AccessError):
            self.env["park.region"].with_user(self.county_admin).create(
                {
                    "name": "甲镇二",
                    "code": "379901102",
                    "level": "township",
                    "parent_id": self.county_a.id,
                }
            )

    def test_city_admin_sees_everything(self):
        Park = self.env["park.park"].with_user(self.city_admin)
        self.assertEqual(
            Park.search([("code", "=like", "T-%")]),
            self.park_a1 | self.park_a2 | self.park_b1,
        )
        self.park_b1.with_user(self.city_admin).write({"is_pilot": True})
        region = (
            self.env["park.region"]
            .with_user(self.city_admin)
            .create(
                {
                    "name": "乙镇",
                    "code": "379921101",
                    "level": "township",
                    "parent_id": self.county_b.id,
                }
            )
        )
        self.assertEqual(region.complete_name, "测试市 / 乙县 / 乙镇")
        self.env["park.holiday"].with_user(self.city_admin).create(
            {"date": "2099-05-04", "name": "青年节"}
        )
        self.env["park.department"].with_user(self.city_admin).create(
            {"name": "测试局", "code": "T-DEPT"}
        )

    def test_enterprise_reads_public_information(self):
        Park = self.env["park.park"].with_user(self.enterprise)
        self.assertEqual(
            Park.search([("code", "=like", "T-%")]),
            self.park_a1 | self.park_a2 | self.park_b1,
        )
        self.assertEqual(
            self.station_b1.with_user(self.enterprise).read(["name"])[0]["name"],
            "乙县产业园服务站",
        )
        with self.assertRaises(AccessError):
            self.park_a1.with_user(self.enterprise).write({"phone": "1"})
        with self.assertRaises(AccessError):
            self.env["park.staff.assignment"].with_user(self.enterprise).search([])
        with self.assertRaises(AccessError):
            self.env["park.station.equipment"].with_user(self.enterprise).search([])

    def test_plain_employee_has_no_park_access(self):
        with self.assertRaises(AccessError):
            self.env["park.park"].with_user(self.employee).search([])
        self.assertTrue(
            self.env["park.region"].with_user(self.employee).search_count([])
        )

    def test_records_cannot_be_moved_out_of_scope(self):
        # the rules are checked before a write: moving a record to a park the
        # user does not manage must be refused too
        with self.assertRaises(AccessError):
            self.park_a2.with_user(self.county_admin).write(
                {"county_id": self.county_b.id}
            )
        self.assertEqual(self.park_a2.county_id, self.county_a)
        with self.assertRaises(AccessError):
            self.station_a1.with_user(self.station_manager).write(
                {"park_id": self.park_b1.id}
            )
        self.assertEqual(self.station_a1.park_id, self.park_a1)
        window = self.env["park.station.window"].create(
            {"name": "综合受理", "station_id": self.station_a1.id}
        )
        with self.assertRaises(AccessError):
            window.with_user(self.station_manager).write(
                {"station_id": self.station_b1.id}
            )
        self.assertEqual(window.station_id, self.station_a1)
        # within their scope they still may
        self.county_admin.park_region_ids = [Command.link(self.zone.id)]
        self.park_a2.with_user(self.county_admin).write({"county_id": self.zone.id})
        self.assertEqual(self.park_a2.county_id, self.zone)
        window.with_user(self.station_manager).write({"name": "综合受理一号"})

    def test_training_not_linked_to_stations_out_of_scope(self):
        Training = self.env["park.training"].with_user(self.station_manager)
        with self.assertRaises(AccessError):
            Training.create(
                {
                    "name": "跨县培训",
                    "station_ids": [
                        Command.set((self.station_a1 | self.station_b1).ids)
                    ],
                }
            )
        training = Training.create(
            {"name": "窗口礼仪", "station_ids": [Command.set(self.station_a1.ids)]}
        )
        with self.assertRaises(AccessError):
            training.write({"station_ids": [Command.link(self.station_b1.id)]})
        training.write({"trainer": "市行政审批服务局"})
        self.assertEqual(training.station_ids, self.station_a1)
