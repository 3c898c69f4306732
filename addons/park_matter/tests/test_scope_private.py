# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .common import ParkMatterCommon

PRIVATE_FIELDS = ["contact_name", "contact_phone", "note"]


class ParkMatterListCommon(ParkMatterCommon):
    """A list line in park A1 and one in park B1, with contact and note."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Line = cls.env["park.matter.list.line"]
        cls.line_a = Line.create(
            {
                "park_id": cls.park_a.id,
                "matter_id": cls.m_register.id,
                "station_id": cls.station_a.id,
                "contact_name": "张三",
                "contact_phone": "13800000001",
                "note": "内部备注：张三周五休息",
            }
        )
        cls.line_b = Line.create(
            {
                "park_id": cls.park_b.id,
                "matter_id": cls.m_register.id,
                "contact_name": "李四",
                "contact_phone": "13800000002",
            }
        )


@tagged("post_install", "-at_install")
class TestListLineScope(ParkMatterListCommon):
    """The park matter list follows the one scope mechanism (park.scope.mixin)."""

    def test_list_line_is_park_scoped(self):
        Line = self.env["park.matter.list.line"]
        self.assertIn("park.scope.mixin", Line._inherit)
        self.assertEqual(self.line_a.city_id, self.city)
        self.assertEqual(self.line_b.county_id, self.county_b)

    def test_station_manager_cannot_move_a_line_to_another_park(self):
        line = self.line_a.with_user(self.station_manager)
        with self.assertRaises(AccessError):
            line.write({"park_id": self.park_b.id})
        self.assertEqual(self.line_a.park_id, self.park_a)

    def test_derived_scope_fields_cannot_be_written(self):
        for user in (self.station_manager, self.county_admin, self.city_admin):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.line_a.with_user(user).write({"county_id": self.county_b.id})
        self.assertEqual(self.park_a.county_id, self.county_a)
        self.assertEqual(self.line_a.county_id, self.county_a)

    def test_scope_domain_matches_the_rules(self):
        for user in (self.agent, self.station_manager, self.county_admin):
            with self.subTest(user=user.login):
                Line = self.env["park.matter.list.line"].with_user(user)
                lines = self.line_a | self.line_b
                self.assertEqual(
                    Line.search([("id", "in", lines.ids)]),
                    lines.filtered_domain(Line._park_scope_domain()),
                )
        with self.assertRaises(AccessError):
            self.env["park.matter.list.line"].with_user(self.employee).search([])


@tagged("post_install", "-at_install")
class TestListLinePrivateFields(HttpCase, ParkMatterListCommon):
    """Enterprises and visitors read what the public pages show, nothing more:
    never the contacts and notes of the park lists."""

    def test_portal_user_cannot_read_contacts_and_notes(self):
        line = self.line_a.with_user(self.enterprise_user)
        self.assertEqual(
            line.read(["matter_id"])[0]["matter_id"][0], self.m_register.id
        )
        for field in PRIVATE_FIELDS:
            with self.subTest(field=field), self.assertRaises(AccessError):
                line.read([field])
        self.assertNotIn(
            "contact_phone",
            self.env["park.matter.list.line"]
            .with_user(self.enterprise_user)
            .fields_get(),
        )
        with self.assertRaises(AccessError):
            self.env["park.matter.list.line"].with_user(self.enterprise_user).search(
                [("contact_phone", "=", "13800000001")]
            )

    def test_portal_user_reads_every_field_it_may_see(self):
        values = self.line_a.with_user(self.enterprise_user).read()[0]
        self.assertEqual(values["park_id"][0], self.park_a.id)
        for field in [*PRIVATE_FIELDS, "delegation_ids"]:
            self.assertNotIn(field, values)
        matters = self.env["park.matter"].with_user(self.enterprise_user)
        self.assertNotIn("delegation_ids", matters.fields_get())

    def test_public_user_cannot_read_lines(self):
        with self.assertRaises(AccessError):
            self.line_a.with_user(self.public_user).read(["contact_name"])

    def test_internal_staff_still_read_contacts(self):
        for user in (self.agent, self.station_manager, self.county_admin):
            with self.subTest(user=user.login):
                values = self.line_a.with_user(user).read(PRIVATE_FIELDS)[0]
                self.assertEqual(values["contact_name"], "张三")
                self.assertEqual(values["note"], "内部备注：张三周五休息")

    @mute_logger("odoo.http")
    def test_portal_user_over_json_rpc(self):
        self.authenticate(self.enterprise_user.login, self.enterprise_user.login)
        params = {
            "model": "park.matter.list.line",
            "method": "read",
            "args": [[self.line_a.id], ["matter_id", "local_promised_limit"]],
            "kwargs": {},
        }
        result = self.make_jsonrpc_request("/web/dataset/call_kw", params)
        self.assertEqual(result[0]["local_promised_limit"], 1)
        for field in PRIVATE_FIELDS:
            with self.subTest(field=field), self.assertRaises(JsonRpcException):
                self.make_jsonrpc_request(
                    "/web/dataset/call_kw",
                    dict(params, args=[[self.line_a.id], [field]]),
                )
        with self.assertRaises(JsonRpcException):
            self.make_jsonrpc_request(
                "/web/dataset/call_kw",
                dict(
                    params,
                    method="search_read",
                    args=[[("park_id", "=", self.park_a.id)]],
                    kwargs={"fields": ["contact_phone"]},
                ),
            )

    def test_public_list_page_shows_no_note_or_name(self):
        res = self.url_open(f"/park/{self.park_a.id}/matters")
        self.assertEqual(res.status_code, 200)
        self.assertIn("企业设立登记", res.text)
        self.assertNotIn("张三", res.text)


@tagged("post_install", "-at_install")
class TestInPlaceSwitch(HttpCase, ParkMatterCommon):
    """The switch that edits a published guide in place can't be set by a
    caller through the context."""

    def test_context_does_not_edit_published_matter_in_place(self):
        matter = self.m_register.with_user(self.city_admin).with_context(
            park_matter_in_place=True
        )
        matter.write({"conditions": "被改写的条件"})
        self.assertEqual(self.m_register.conditions, "申请人符合法定条件。")
        self.assertEqual(self.m_register.state, "superseded")
        new = self.env["park.matter"].search(
            [("code", "=", self.m_register.code), ("state", "=", "published")]
        )
        self.assertEqual(new.version, 2)
        self.assertEqual(new.conditions, "被改写的条件")

    def test_context_does_not_unfreeze_guide_parts(self):
        material = self.m_register.material_ids[0]
        as_admin = material.with_user(self.city_admin).with_context(
            park_matter_in_place=True
        )
        with self.assertRaises(UserError):
            as_admin.write({"name": "被改写的材料"})
        self.assertEqual(material.name, "公司登记（备案）申请书")

    @mute_logger("odoo.http")
    def test_context_over_json_rpc(self):
        self.authenticate(self.city_admin.login, self.city_admin.login)
        material = self.m_register.material_ids[0]
        with self.assertRaises(JsonRpcException):
            self.make_jsonrpc_request(
                "/web/dataset/call_kw",
                {
                    "model": "park.matter.material",
                    "method": "write",
                    "args": [[material.id], {"name": "被改写的材料"}],
                    "kwargs": {"context": {"park_matter_in_place": True}},
                },
            )
        material.invalidate_recordset()
        self.assertEqual(material.name, "公司登记（备案）申请书")

    def test_own_code_still_changes_in_place(self):
        # publishing and withdrawing write the state of published versions
        self.m_seal.with_user(self.city_admin).action_withdraw()
        self.assertEqual(self.m_seal.state, "withdrawn")
        self.m_draft.with_user(self.city_admin).action_publish()
        self.assertEqual(self.m_draft.state, "published")
