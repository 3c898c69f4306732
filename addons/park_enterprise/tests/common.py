# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io

import openpyxl
from stdnum.cn import uscc as stdnum_uscc

from odoo.fields import Command
from odoo.tests import new_test_user

from odoo.addons.park_base.tests.common import ParkBaseCommon


def make_uscc(body):
    """A valid code from its first 17 characters."""
    return body + stdnum_uscc.calc_check_digit(body)


def make_xlsx(rows):
    """XLSX bytes (base64) of a list of rows, the first one being the header."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return base64.b64encode(output.getvalue())


class ParkEnterpriseCommon(ParkBaseCommon):
    """park_base's world with an enterprise in park A (A1) and one in park B
    (B1), and users of their own: agent and county administrator scoped to
    park A / county B, a city administrator, and a portal user of each
    enterprise; park_base's portal user becomes a contact of enterprise A."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # messages are checked in English; the test database may run in
        # Chinese only (users and contacts then get zh_CN)
        cls.env = cls.env(
            context=dict(cls.env.context, lang="en_US", mail_create_nolog=True)
        )
        # the shared world of park_base's tests: park A in county A, park B
        # in county B
        cls.park_a = cls.park_a1
        cls.park_b = cls.park_b1
        Industry = cls.env["park.industry"]
        cls.tag_material = Industry.create(
            {"name": "测试新材料", "code": "t_material", "category": "four_strong"}
        )
        cls.tag_digital = Industry.create(
            {"name": "测试数字经济", "code": "t_digital", "category": "four_new"}
        )
        cls.department = cls.env["park.department"].create(
            {"name": "测试市场监督管理局", "code": "T-SCJG"}
        )
        cls.licence_type = cls.env["park.licence.type"].create(
            {"name": "测试生产许可证", "code": "t_production"}
        )
        cls.licence_type_long = cls.env["park.licence.type"].create(
            {"name": "测试安全生产许可证", "code": "t_safety", "reminder_days": 90}
        )
        Partner = cls.env["res.partner"]
        cls.code_a = make_uscc("91379801MA3C4K8L2")
        cls.code_b = make_uscc("91379821MA3D5E6F7")
        cls.enterprise_a = Partner.create(
            {
                "name": "张店华光机械有限公司",
                "is_company": True,
                "is_park_enterprise": True,
                "uscc": cls.code_a,
                "park_id": cls.park_a.id,
                "lifecycle_stage": "operating",
                "park_industry_ids": [Command.set(cls.tag_material.ids)],
                "legal_representative": "王敏",
                "registered_capital": 5000000.0,
                "enterprise_size": "small",
                "employee_count": 86,
                "email": "info@huaguang.example.com",
            }
        )
        cls.contact_a = Partner.create(
            {
                "name": "李强",
                "parent_id": cls.enterprise_a.id,
                "is_park_service_contact": True,
                "email": "liqiang@huaguang.example.com",
            }
        )
        cls.enterprise_b = Partner.create(
            {
                "name": "临淄齐鲁新材料股份有限公司",
                "is_company": True,
                "is_park_enterprise": True,
                "uscc": cls.code_b,
                "park_id": cls.park_b.id,
                "lifecycle_stage": "construction",
                "park_industry_ids": [Command.set(cls.tag_digital.ids)],
            }
        )
        cls.agent_a = new_test_user(
            cls.env,
            login="ent_agent_a",
            groups="park_base.group_park_agent",
            park_park_ids=[Command.set(cls.park_a.ids)],
        )
        cls.county_admin_b = new_test_user(
            cls.env,
            login="ent_county_admin_b",
            groups="park_base.group_park_county_admin",
            park_region_ids=[Command.set(cls.county_b.ids)],
        )
        cls.city_admin = new_test_user(
            cls.env, login="ent_city_admin", groups="park_base.group_park_city_admin"
        )
        cls.portal_a = new_test_user(
            cls.env,
            login="ent_portal_a",
            groups="base.group_portal,park_base.group_park_enterprise",
            parent_id=cls.enterprise_a.id,
        )
        cls.portal_b = new_test_user(
            cls.env,
            login="ent_portal_b",
            groups="base.group_portal,park_base.group_park_enterprise",
            parent_id=cls.enterprise_b.id,
        )
        cls.enterprise.partner_id.parent_id = cls.enterprise_a

    @classmethod
    def _create_licence(cls, partner, number, expiry_date=None, **vals):
        return cls.env["park.enterprise.licence"].create(
            {
                "partner_id": partner.id,
                "licence_type_id": cls.licence_type.id,
                "number": number,
                "department_id": cls.department.id,
                "expiry_date": expiry_date,
                **vals,
            }
        )
