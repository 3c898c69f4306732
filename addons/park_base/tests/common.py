from odoo.tests import TransactionCase, new_test_user


class ParkBaseCommon(TransactionCase):
    """Two counties of one city, a functional zone, parks, a station and one
    user per role, each scoped to county A (or to one of its parks)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        Region = cls.env["park.region"]
        cls.city = Region.create({"name": "测试市", "code": "379900", "level": "city"})
        cls.county_a = Region.create(
            {
                "name": "甲区",
                "code": "379901",
                "level": "county",
                "parent_id": cls.city.id,
            }
        )
        cls.county_b = Region.create(
            {
                "name": "乙县",
                "code": "379921",
                "level": "county",
                "parent_id": cls.city.id,
            }
        )
        cls.zone = Region.create(
            {
                "name": "测试高新区",
                "code": "T-GXQ",
                "level": "county",
                "is_functional_zone": True,
                "parent_id": cls.city.id,
            }
        )
        cls.township_a = Region.create(
            {
                "name": "甲镇",
                "code": "379901101",
                "level": "township",
                "parent_id": cls.county_a.id,
            }
        )
        cls.industry = cls.env["park.industry"].create(
            {"name": "测试产业", "code": "T-INDUSTRY", "category": "four_new"}
        )
        cls.department = cls.env.ref("park_base.department_tax")
        Park = cls.env["park.park"]
        cls.park_a1 = Park.create(
            {
                "name": "甲区化工园",
                "code": "T-A1",
                "county_id": cls.county_a.id,
                "township_id": cls.township_a.id,
                "is_pilot": True,
                "industry_ids": [(6, 0, cls.industry.ids)],
            }
        )
        cls.park_a2 = Park.create(
            {"name": "甲区科技园", "code": "T-A2", "county_id": cls.county_a.id}
        )
        cls.park_b1 = Park.create(
            {"name": "乙县产业园", "code": "T-B1", "county_id": cls.county_b.id}
        )
        Station = cls.env["park.station"]
        cls.station_a1 = Station.create(
            {
                "name": "甲区化工园服务中心",
                "park_id": cls.park_a1.id,
                "station_type": "centre",
            }
        )
        cls.station_a2 = Station.create(
            {"name": "甲区科技园服务站", "park_id": cls.park_a2.id}
        )
        cls.station_b1 = Station.create(
            {"name": "乙县产业园服务站", "park_id": cls.park_b1.id}
        )
        cls.person = cls.env["res.partner"].create({"name": "王敏"})
        cls.person_2 = cls.env["res.partner"].create({"name": "李强"})

        cls.agent = new_test_user(
            cls.env,
            login="park_agent",
            groups="park_base.group_park_agent",
            park_park_ids=[(6, 0, cls.park_a1.ids)],
        )
        cls.station_manager = new_test_user(
            cls.env,
            login="park_station_manager",
            groups="park_base.group_park_station_manager",
            park_station_ids=[(6, 0, cls.station_a1.ids)],
        )
        cls.county_admin = new_test_user(
            cls.env,
            login="park_county_admin",
            groups="park_base.group_park_county_admin",
            park_region_ids=[(6, 0, cls.county_a.ids)],
        )
        cls.city_admin = new_test_user(
            cls.env,
            login="park_city_admin",
            groups="park_base.group_park_city_admin",
        )
        cls.enterprise = new_test_user(
            cls.env,
            login="park_enterprise",
            groups="base.group_portal,park_base.group_park_enterprise",
        )
        cls.employee = new_test_user(
            cls.env, login="plain_employee", groups="base.group_user"
        )
