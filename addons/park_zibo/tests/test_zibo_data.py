from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestZiboData(TransactionCase):
    def test_regions(self):
        zibo = self.env.ref("park_zibo.region_zibo")
        self.assertEqual((zibo.code, zibo.level), ("370300", "city"))
        counties = zibo.child_ids
        self.assertEqual(len(counties), 11, "5 districts, 3 counties, 3 zones")
        self.assertEqual(set(counties.mapped("level")), {"county"})
        zones = counties.filtered("is_functional_zone")
        self.assertEqual(
            set(zones.mapped("name")),
            {"淄博高新技术产业开发区", "淄博经济开发区", "文昌湖省级旅游度假区"},
        )
        self.assertEqual(
            sorted((counties - zones).mapped("code")),
            [
                "370302",
                "370303",
                "370304",
                "370305",
                "370306",
                "370321",
                "370322",
                "370323",
            ],
        )
        maqiao = self.env.ref("park_zibo.region_maqiao")
        jinshan = self.env.ref("park_zibo.region_jinshan")
        self.assertEqual(maqiao.complete_name, "淄博市 / 桓台县 / 马桥镇")
        self.assertEqual(jinshan.complete_name, "淄博市 / 临淄区 / 金山镇")

    def test_two_or_three_pilot_parks_per_county(self):
        zibo = self.env.ref("park_zibo.region_zibo")
        for county in zibo.child_ids:
            self.assertIn(county.pilot_park_count, (2, 3), f"{county.name} pilot parks")
        self.assertEqual(
            self.env.ref("park_zibo.park_maqiao").township_id,
            self.env.ref("park_zibo.region_maqiao"),
        )
        self.assertEqual(
            self.env.ref("park_zibo.park_qilu_chemical").county_id,
            self.env.ref("park_zibo.region_linzi"),
        )

    def test_stations(self):
        stations = self.env["park.station"].search([("code", "=like", "ZB-%")])
        self.assertEqual(len(stations), 13)
        for station in stations:
            self.assertTrue(
                station.window_ids.filtered(lambda w: w.window_type == "comprehensive"),
                f"{station.name} has a comprehensive window",
            )
        maqiao = self.env.ref("park_zibo.station_maqiao")
        self.assertTrue(maqiao.is_ready)
        self.assertEqual(
            self.env.ref("park_zibo.station_qilu_chemical").readiness_score, 3
        )
        self.assertEqual(
            self.env.ref("park_zibo.station_wenchanghu_tourism").readiness_score, 0
        )
        self.assertEqual(
            set(stations.filtered("is_ready").mapped("code")),
            {"ZB-HT-MQ-C1", "ZB-LZ-JS-C1", "ZB-ZD-DB-S1"},
        )
