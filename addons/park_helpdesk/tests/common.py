# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import datetime
from contextlib import contextmanager

from odoo.fields import Command
from odoo.tests import new_test_user

from odoo.addons.park_base.tests.common import ParkBaseCommon
from odoo.addons.park_enterprise.tests.common import make_uscc

# a year whose calendar the tests own: National Day 1-5 October 2035 (Monday
# to Friday) with Saturday 29 September 2035 a make-up working day
TEST_HOLIDAYS = [
    ("2035-10-01", "holiday"),
    ("2035-10-02", "holiday"),
    ("2035-10-03", "holiday"),
    ("2035-10-04", "holiday"),
    ("2035-10-05", "holiday"),
    ("2035-09-29", "workday"),
]


def day(text):
    return datetime.date.fromisoformat(text)


class ParkHelpdeskCommon(ParkBaseCommon):
    """ParkBaseCommon's world with enterprises, matters on park A1's list,
    teams on the three levels and a second agent."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.env["park.holiday"].create(
            [
                {"date": date, "day_type": kind, "name": "国庆节"}
                for date, kind in TEST_HOLIDAYS
            ]
        )
        Partner = cls.env["res.partner"]
        cls.ent_a = Partner.create(
            {
                "name": "甲区华光机械有限公司",
                "is_company": True,
                "is_park_enterprise": True,
                "uscc": make_uscc("91379901MA3C4K8L2"),
                "park_id": cls.park_a1.id,
                "email": "info@huaguang.example.com",
            }
        )
        cls.ent_b = Partner.create(
            {
                "name": "乙县齐鲁新材料有限公司",
                "is_company": True,
                "is_park_enterprise": True,
                "uscc": make_uscc("91379921MA3D5E6F7"),
                "park_id": cls.park_b1.id,
            }
        )
        cls.enterprise.partner_id.parent_id = cls.ent_a
        cls.licence_type = cls.env["park.licence.type"].create(
            {"name": "测试排污许可证", "code": "t_pollution"}
        )
        cls.matter = cls._make_matter(
            "379900-XK-000700001000",
            "排污许可证核发",
            promised=3,
            materials=[
                ("排污许可申请表", True),
                ("环评批复", True),
                ("其他说明", False),
            ],
        )
        cls.matter.licence_type_id = cls.licence_type
        cls.matter_instant = cls._make_matter(
            "379900-QT-000700002000", "印章刻制备案", promised=0, materials=[]
        )
        cls.matter_off_list = cls._make_matter(
            "379900-XK-000700003000", "外国企业常驻代表机构登记", promised=5
        )
        cls.env["park.matter.list.line"].create(
            [
                {
                    "park_id": cls.park_a1.id,
                    "matter_id": cls.matter.id,
                    "station_id": cls.station_a1.id,
                    "local_promised_limit": 3,
                },
                {
                    "park_id": cls.park_a1.id,
                    "matter_id": cls.matter_instant.id,
                    "station_id": cls.station_a1.id,
                    "local_promised_limit": 0,
                },
                {
                    "park_id": cls.park_b1.id,
                    "matter_id": cls.matter.id,
                    "station_id": cls.station_b1.id,
                },
            ]
        )
        # delegated to the parks (充分授权): their cases stay in the park
        cls.delegations = cls.env["park.matter.delegation"].create(
            [
                {
                    "matter_id": matter.id,
                    "department_id": cls.department.id,
                    "park_id": park.id,
                    "document_number": "测试行审〔2026〕1号",
                    "date_from": datetime.date(2020, 1, 1),
                }
                for matter in (cls.matter, cls.matter_instant)
                for park in (cls.park_a1, cls.park_b1)
            ]
        )
        cls.agent_2 = new_test_user(
            cls.env,
            login="park_agent_2",
            groups="park_base.group_park_agent",
            park_park_ids=[Command.set(cls.park_a1.ids)],
        )
        cls.agent_b = new_test_user(
            cls.env,
            login="park_agent_b",
            groups="park_base.group_park_agent",
            park_park_ids=[Command.set(cls.park_b1.ids)],
        )
        cls.station_a1.manager_user_id = cls.station_manager
        cls.county_admin.park_region_ids = cls.county_a
        cls.city_admin.park_region_ids = cls.city
        Team = cls.env["helpdesk.ticket.team"]
        cls.team_park = Team.create(
            {
                "name": "甲区化工园帮办代办队",
                "park_level": "park",
                "park_kind": "help_agent",
                "park_id": cls.park_a1.id,
                "park_station_id": cls.station_a1.id,
                "user_ids": [Command.set((cls.agent | cls.agent_2).ids)],
            }
        )
        cls.team_park_b = Team.create(
            {
                "name": "乙县产业园帮办代办队",
                "park_level": "park",
                "park_id": cls.park_b1.id,
                "user_ids": [Command.set(cls.agent_b.ids)],
            }
        )
        cls.team_county = Team.create(
            {
                "name": "甲区帮办代办中心",
                "park_level": "county",
                "park_region_id": cls.county_a.id,
                "user_ids": [Command.set(cls.county_admin.ids)],
            }
        )
        cls.team_city = Team.create(
            {
                "name": "测试市帮办代办中心",
                "park_level": "city",
                "park_region_id": cls.city.id,
                "user_ids": [Command.set(cls.city_admin.ids)],
            }
        )
        cls.channel_window = cls.env.ref("park_helpdesk.channel_window")
        cls.Ticket = cls.env["helpdesk.ticket"]

    @classmethod
    def _make_matter(cls, code, name, promised=3, materials=()):
        matter = cls.env["park.matter"].create(
            {
                "code": code,
                "name": name,
                "department_id": cls.department.id,
                "theme": "permit",
                "matter_type": "licence",
                "statutory_limit": 20,
                "promised_limit": promised,
                "material_ids": [
                    Command.create({"name": m_name, "is_required": required})
                    for m_name, required in materials
                ],
            }
        )
        matter.action_publish()
        return matter

    @classmethod
    def _file(cls, user=None, matter=None, enterprise=None, station=None, **vals):
        env = cls.env if user is None else cls.env(user=user)
        return env["helpdesk.ticket"].create(
            dict(
                {
                    "enterprise_id": (enterprise or cls.ent_a).id,
                    "station_id": (station or cls.station_a1).id,
                    "matter_id": (matter or cls.matter).id,
                    "channel_id": cls.channel_window.id,
                },
                **vals,
            )
        )

    @contextmanager
    def assertRefused(self, exception, regex):
        """The call raises ``exception`` matching ``regex`` and leaves the
        database as it was."""
        with self.assertRaisesRegex(exception, regex), self.env.cr.savepoint():
            yield

    @staticmethod
    def _receive_all(case):
        case.material_line_ids.write({"state": "received"})

    @staticmethod
    def _pdf():
        return base64.b64encode(b"%PDF-1.4 authorisation")
