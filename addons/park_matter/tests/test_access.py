# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged

from .common import ParkMatterCommon


@tagged("post_install", "-at_install")
class TestAccess(ParkMatterCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Line = cls.env["park.matter.list.line"]
        cls.line_a = Line.create(
            {"park_id": cls.park_a.id, "matter_id": cls.m_register.id}
        )
        cls.line_b = Line.create(
            {"park_id": cls.park_b.id, "matter_id": cls.m_register.id}
        )
        cls.bundle = cls.env["park.bundle"].create(
            {
                "name": "企业开办",
                "code": "T-BUNDLE-OPEN",
                "line_ids": [Command.create({"matter_id": cls.m_register.id})],
            }
        )
        cls.bundle_draft = cls.env["park.bundle"].create(
            {"name": "草稿一件事", "code": "T-BUNDLE-DRAFT"}
        )
        cls.bundle.action_publish()

    def test_enterprise_reads_published_only(self):
        Matter = self.env["park.matter"].with_user(self.enterprise_user)
        visible = Matter.search([("code", "like", "379900-")])
        self.assertIn(self.m_register, visible)
        self.assertNotIn(self.m_draft, visible)
        self.assertEqual(visible.mapped("state"), ["published"] * len(visible))
        with self.assertRaises(AccessError):
            self.m_draft.with_user(self.enterprise_user).read(["name"])
        materials = self.env["park.matter.material"].with_user(self.enterprise_user)
        self.assertFalse(materials.search([("matter_id", "=", self.m_draft.id)]))
        self.assertTrue(materials.search([("matter_id", "=", self.m_register.id)]))
        bundles = self.env["park.bundle"].with_user(self.enterprise_user).search([])
        self.assertIn(self.bundle, bundles)
        self.assertNotIn(self.bundle_draft, bundles)
        with self.assertRaises(AccessError):
            Matter.create({"name": "x", "code": "379900-XK-1234567"})
        with self.assertRaises(AccessError):
            self.m_register.with_user(self.enterprise_user).write(
                {"is_high_frequency": False}
            )
        lines = self.env["park.matter.list.line"].with_user(self.enterprise_user)
        self.assertEqual(
            lines.search([("id", "in", (self.line_a | self.line_b).ids)]),
            self.line_a | self.line_b,
        )
        with self.assertRaises(AccessError):
            self.line_a.with_user(self.enterprise_user).write({"contact_name": "x"})

    def test_only_city_admin_edits_catalogue(self):
        for user in (self.county_admin_a, self.station_manager_a, self.agent_a):
            with self.subTest(user=user.login):
                matter = self.m_draft.with_user(user)
                self.assertEqual(matter.name, "草稿事项")  # can read
                with self.assertRaises(AccessError):
                    matter.write({"conditions": "改"})
                with self.assertRaises(AccessError):
                    self.env["park.matter"].with_user(user).create(
                        {
                            "name": "x",
                            "code": "379900-XK-7654321",
                            "department_id": self.dept_amr.id,
                            "theme": "opening",
                            "matter_type": "licence",
                        }
                    )
                with self.assertRaises(AccessError):
                    self.bundle.with_user(user).write({"name": "改"})
        city = self.m_draft.with_user(self.city_admin)
        city.write({"conditions": "改"})
        city.action_publish()
        self.assertEqual(self.m_draft.state, "published")
        self.bundle_draft.with_user(self.city_admin).write({"name": "改名"})

    def test_county_edits_only_its_parks_lists(self):
        for user in (self.county_admin_a, self.station_manager_a):
            with self.subTest(user=user.login):
                Line = self.env["park.matter.list.line"].with_user(user)
                self.assertEqual(Line.search([]), self.line_a)
                self.line_a.with_user(user).write({"contact_name": "李四"})
                line = Line.create(
                    {"park_id": self.park_a.id, "matter_id": self.m_tax.id}
                )
                line.unlink()
                with self.assertRaises(AccessError):
                    Line.create({"park_id": self.park_b.id, "matter_id": self.m_tax.id})
                with self.assertRaises(AccessError):
                    self.line_b.with_user(user).write({"contact_name": "王五"})
                with self.assertRaises(AccessError):
                    self.line_b.with_user(user).unlink()

    def test_agent_reads_own_parks_list(self):
        Line = self.env["park.matter.list.line"].with_user(self.agent_a)
        self.assertEqual(Line.search([]), self.line_a)
        with self.assertRaises(AccessError):
            self.line_a.with_user(self.agent_a).write({"contact_name": "x"})

    def test_city_admin_edits_every_list(self):
        Line = self.env["park.matter.list.line"].with_user(self.city_admin)
        self.assertEqual(
            Line.search([("id", "in", (self.line_a | self.line_b).ids)]),
            self.line_a | self.line_b,
        )
        self.line_b.with_user(self.city_admin).write({"contact_name": "赵六"})
        self.assertEqual(self.line_b.contact_name, "赵六")

    def test_station_manager_adds_from_gap(self):
        gap = (
            self.env["park.matter"]
            .with_user(self.station_manager_a)
            ._get_gap_matters(self.park_a)
        )
        self.assertEqual(gap, self.m_seal | self.m_tax)
        gap.with_context(park_matter_park_id=self.park_a.id).action_add_to_park_list()
        self.assertEqual(
            self.park_a.matter_line_ids.matter_id,
            self.m_register | self.m_seal | self.m_tax,
        )
        with self.assertRaises(AccessError):
            gap.with_context(
                park_matter_park_id=self.park_b.id
            ).action_add_to_park_list()
