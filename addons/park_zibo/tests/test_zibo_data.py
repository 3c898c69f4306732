# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestZiboData(TransactionCase):
    """The reference data: loaded in every database, demo or not."""

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

    def test_departments_include_every_approval_bureau(self):
        bureaus = self.env["park.department"].search(
            [
                ("is_approval_bureau", "=", True),
                ("region_id", "child_of", self.env.ref("park_zibo.region_zibo").id),
            ]
        )
        self.assertEqual(len(bureaus), 12, "the city's and 11 county-level bureaus")
        self.assertIn("淄博市行政审批服务局", bureaus.mapped("name"))
        # the departments the sample catalogue refers to are reference data
        self.assertEqual(
            self.env.ref("park_zibo.department_zibo_fire").name, "淄博市消防救援支队"
        )

    def test_industries(self):
        four_strong = self.env["park.industry"].search(
            [("category", "=", "four_strong"), ("code", "=like", "ZB-%")]
        )
        self.assertEqual(len(four_strong), 4)
