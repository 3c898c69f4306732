# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .common import ParkBaseCommon


@tagged("post_install", "-at_install")
class TestScopeMixin(ParkBaseCommon):
    """One scope mechanism for every park-scoped model."""

    def test_every_scoped_model_has_the_scope_and_city_rules(self):
        agent = self.env.ref("park_base.group_park_agent")
        city = self.env.ref("park_base.group_park_city_admin")
        mixin = type(self.env["park.scope.mixin"])
        scoped = [
            model
            for model in self.env.registry.values()
            if not model._abstract and issubclass(model, mixin)
        ]
        self.assertIn("park.station.window", [m._name for m in scoped])
        for model in scoped:
            rules = self.env["ir.rule"].search([("model_id.model", "=", model._name)])
            with self.subTest(model=model._name):
                self.assertTrue(
                    rules.filtered(
                        lambda r: (
                            agent in r.groups
                            and "user.park_scope_park_ids.ids" in r.domain_force
                        )
                    ),
                    f"{model._name} has no scope rule for agents",
                )
                self.assertTrue(
                    rules.filtered(
                        lambda r: (
                            city in r.groups
                            and r.domain_force.replace(" ", "") == "[(1,'=',1)]"
                        )
                    ),
                    f"{model._name} has no rule for city administrators",
                )

    def test_derived_park_cannot_be_written(self):
        window = self.env["park.station.window"].create(
            {"name": "综合窗口", "station_id": self.station_a1.id}
        )
        as_manager = window.with_user(self.station_manager)
        for field_name, value in (
            ("park_id", self.park_b1.id),
            ("county_id", self.county_b.id),
            ("city_id", self.zone.id),
        ):
            with self.assertRaises(AccessError):
                as_manager.write({field_name: value})
        # nor through the station's own county
        with self.assertRaises(AccessError):
            self.station_a1.with_user(self.county_admin).write(
                {"county_id": self.county_b.id}
            )
        self.assertEqual(window.park_id, self.park_a1)
        self.assertEqual(self.station_a1.park_id, self.park_a1)
        # writing the value it already has is harmless (forms send it back)
        as_manager.write({"park_id": self.park_a1.id, "name": "综合受理窗口"})
        self.assertEqual(window.name, "综合受理窗口")

    def test_items_cannot_be_moved_to_another_parks_station(self):
        for model, vals in (
            ("park.station.window", {"name": "窗口"}),
            ("park.station.terminal", {"code": "T-SCOPE-1"}),
            ("park.station.equipment", {"name": "打印机"}),
            (
                "park.staff.assignment",
                {"partner_id": self.person.id, "date_start": "2026-01-05"},
            ),
        ):
            record = self.env[model].create(dict(vals, station_id=self.station_a1.id))
            with self.subTest(model=model), self.assertRaises(AccessError):
                record.with_user(self.station_manager).write(
                    {"station_id": self.station_b1.id}
                )
            self.assertEqual(record.park_id, self.park_a1)

    def test_station_cannot_be_moved_out_of_scope_by_a_station_scoped_user(self):
        # the manager's scope comes from their station: moving it to park B1
        # would bring B1 into their scope after the write
        self.env.ref(
            "park_base.group_park_county_admin"
        ).user_ids |= self.station_manager
        with self.assertRaises(AccessError):
            self.station_a1.with_user(self.station_manager).write(
                {"park_id": self.park_b1.id}
            )
        self.assertEqual(self.station_a1.park_id, self.park_a1)

    def test_shared_training_keeps_other_parks_stations(self):
        training = self.env["park.training"].create(
            {
                "name": "好差评培训",
                "station_ids": [Command.set((self.station_a1 | self.station_b1).ids)],
            }
        )
        as_manager = training.with_user(self.station_manager)
        with self.assertRaises(AccessError):
            as_manager.write({"station_ids": [Command.unlink(self.station_b1.id)]})
        with self.assertRaises(AccessError):
            as_manager.write({"station_ids": [Command.set(self.station_a1.ids)]})
        self.assertEqual(training.station_ids, self.station_a1 | self.station_b1)
        # their own station they may take out, and nothing else changes
        as_manager.write({"station_ids": [Command.unlink(self.station_a1.id)]})
        self.assertEqual(training.station_ids, self.station_b1)
        with self.assertRaises(AccessError):
            self.env["park.training"].with_user(self.station_manager).create(
                {"name": "越权培训", "station_ids": [Command.set(self.station_b1.ids)]}
            )

    def test_scope_domain_of_the_user(self):
        Window = self.env["park.station.window"]
        self.assertEqual(
            list(self.agent._park_scope_domain("park_id")),
            [("park_id", "in", self.park_a1.ids)],
        )
        self.assertTrue(self.city_admin._park_scope_domain("park_id").is_true())
        self.assertEqual(
            list(self.employee._park_scope_domain("park_id")), [("park_id", "in", [])]
        )
        self.assertTrue(Window.with_user(self.agent)._park_scope_domain())


@tagged("post_install", "-at_install")
class TestInternalFieldsOverHttp(ParkBaseCommon, HttpCase):
    """Portal and public users read what the public pages show, not the park
    committee's contact or the stations' internal notes."""

    def _read(self, model, record_id, fields):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": "read",
                "args": [[record_id], fields],
                "kwargs": {},
            },
        )

    def test_portal_user_cannot_read_internal_fields(self):
        self.park_a1.write({"contact_name": "张主任", "phone": "0533-0000000"})
        self.station_a1.write({"note": "<p>内部备注</p>", "phone": "0533-1111111"})
        terminal = self.env["park.station.terminal"].create(
            {"code": "T-HTTP-1", "station_id": self.station_a1.id, "supplier": "某公司"}
        )
        self.enterprise.write({"password": "park_enterprise_pw"})
        self.authenticate("park_enterprise", "park_enterprise_pw")
        # what the public pages show is readable
        station = self._read("park.station", self.station_a1.id, ["name", "phone"])
        self.assertEqual(station[0]["phone"], "0533-1111111")
        for model, record_id, field in (
            ("park.park", self.park_a1.id, "contact_name"),
            ("park.park", self.park_a1.id, "phone"),
            ("park.station", self.station_a1.id, "note"),
            ("park.station", self.station_a1.id, "manager_user_id"),
            ("park.station.terminal", terminal.id, "supplier"),
        ):
            with (
                self.subTest(model=model, field=field),
                mute_logger("odoo.http"),
            ):
                with self.assertRaises(JsonRpcException) as caught:
                    self._read(model, record_id, [field])
                self.assertIn("AccessError", str(caught.exception))


@tagged("post_install", "-at_install")
class TestCentreScope(ParkBaseCommon):
    def test_centre_staff_serve_the_parks_it_covers(self):
        Window = self.env["park.station.window"]
        window_a2 = Window.create(
            {"name": "科技园窗口", "station_id": self.station_a2.id}
        )
        self.assertEqual(self.station_manager.park_scope_park_ids, self.park_a1)
        self.assertFalse(
            Window.with_user(self.station_manager).search([("id", "=", window_a2.id)])
        )
        # station A1 is a centre that also covers park A2
        self.station_a1.served_park_ids = self.park_a2
        self.assertEqual(
            self.station_manager.park_scope_park_ids, self.park_a1 | self.park_a2
        )
        self.assertEqual(
            Window.with_user(self.station_manager).search([("id", "=", window_a2.id)]),
            window_a2,
        )
        # and no further
        self.assertNotIn(self.park_b1, self.station_manager.park_scope_park_ids)
