# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import time
from contextlib import contextmanager
from unittest.mock import patch

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import TransactionCase, new_test_user

# the roles of the access table, one column each
ACCESS_ROLES = (
    "public",
    "portal",
    "agent",
    "station_manager",
    "county_admin",
    "city_admin",
    "employee",
)
ACCESS_OPERATIONS = {"r": "read", "c": "create", "w": "write", "u": "unlink"}
# the usual cells of the access table: (on a record of the user's park, on a
# record of another park)
NONE = ("", "")
READ_ALL = ("r", "r")
READ_OWN = ("r", "")
OWN = ("rcwu", "")
ALL = ("rcwu", "rcwu")


class ParkBaseCommon(TransactionCase):
    """The one world of every addon's tests: two counties of one city, a
    functional zone, parks, stations and one user per role, each scoped to
    county A or to park A1 (``cls.role_users`` maps the access table's roles
    to them). Later addons extend it instead of building their own."""

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
                "industry_ids": [Command.set(cls.industry.ids)],
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
            park_park_ids=[Command.set(cls.park_a1.ids)],
        )
        cls.station_manager = new_test_user(
            cls.env,
            login="park_station_manager",
            groups="park_base.group_park_station_manager",
            park_station_ids=[Command.set(cls.station_a1.ids)],
        )
        cls.county_admin = new_test_user(
            cls.env,
            login="park_county_admin",
            groups="park_base.group_park_county_admin",
            park_region_ids=[Command.set(cls.county_a.ids)],
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
        cls.public = cls.env.ref("base.public_user")
        cls.role_users = {
            "public": cls.public,
            "portal": cls.enterprise,
            "agent": cls.agent,
            "station_manager": cls.station_manager,
            "county_admin": cls.county_admin,
            "city_admin": cls.city_admin,
            "employee": cls.employee,
        }

    @contextmanager
    def _as_scheduled(self, cron_xmlid, seconds_left=0):
        """Run a job as the scheduler does, with its progress record (the
        commits of ``_commit_progress`` do nothing here): yields the model
        environment's context to use and the progress record."""
        cron = self.env.ref(cron_xmlid)
        progress = self.env["ir.cron.progress"].create({"cron_id": cron.id})
        context = {
            "ir_cron_progress_id": progress.id,
            "cron_id": cron.id,
            "cron_end_time": time.monotonic() + seconds_left,
        }
        with patch.object(self.env.cr, "commit", lambda: None):
            yield context, progress


class ParkAccessTableMixin:
    """Mixed into a ``ParkBaseCommon`` test class (a plain class, so that the
    test loader doesn't run it with an empty table where it is imported).

    The access table: every role x read/create/write/unlink, on a record
    of park A1 (the scoped roles' park; the portal user's enterprise is there
    in park_enterprise) and on one of park B1 (nobody's but the city's).

    ``ACCESS_TABLE`` maps a model to ``{role: (on_a1, on_b1)}`` where each is
    the letters of the operations the role may do (``"rcwu"``, ``""``). Each
    addon declares its rows in a subclass and says how to make a record in a
    park (``_access_vals``) and what to write (``_access_write_vals``);
    ``test_access_table`` checks every cell by doing the operation.
    """

    ACCESS_TABLE = {}
    # the test method comes from this mixin: Odoo runs inherited test methods
    # only when asked to
    allow_inherited_tests_method = True

    def _access_vals(self, model, park):
        """Values to create a record of ``model`` in ``park``."""
        raise NotImplementedError(model)

    def _access_record(self, model, park):
        """The record of ``model`` in ``park`` that the table reads, writes and
        deletes: by default a new one."""
        return self.env[model].create(self._access_vals(model, park))

    def _access_write_vals(self, model, record):
        """Values written in the write check: by default a field's own value."""
        for name in ("name", "note", "sequence", "active"):
            if name in record._fields and record._fields[name].store:
                field = record._fields[name]
                return {name: field.convert_to_write(record[name], record)}
        raise NotImplementedError(model)

    def _access_allowed(self, model, park, record, role, operation):
        """Whether the role may do the operation (a letter) on the record,
        found by doing it and rolling it back."""
        user = self.role_users[role]
        with self.env.cr.savepoint() as savepoint:
            try:
                if operation == "c":
                    self.env[model].with_user(user).create(
                        self._access_vals(model, park)
                    )
                else:
                    as_user = record.with_user(user)
                    if operation == "r":
                        as_user.check_access("read")
                        as_user.read(["display_name"])
                    elif operation == "w":
                        as_user.write(self._access_write_vals(model, record))
                    else:
                        as_user.unlink()
                self.env.flush_all()
                allowed = True
            except AccessError:
                allowed = False
            savepoint.rollback()
        self.env.invalidate_all()
        return allowed

    def test_access_table(self):
        for model, cells in self.ACCESS_TABLE.items():
            self.assertEqual(set(cells), set(ACCESS_ROLES), model)
            parks = (self.park_a1, self.park_b1)
            records = [self._access_record(model, park) for park in parks]
            for role in ACCESS_ROLES:
                for park, record, expected in zip(
                    parks, records, cells[role], strict=True
                ):
                    for operation, name in ACCESS_OPERATIONS.items():
                        with self.subTest(
                            model=model, role=role, park=park.code, operation=name
                        ):
                            allowed = self._access_allowed(
                                model, park, record, role, operation
                            )
                            self.assertEqual(allowed, operation in expected)
