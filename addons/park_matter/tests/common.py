# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.fields import Command

from odoo.addons.park_base.tests.common import ParkBaseCommon


class ParkMatterCommon(ParkBaseCommon):
    """The shared world of park_base (city, counties, parks, stations, one user
    per role) with a small catalogue of matters on top.

    The names the matter tests use map onto that world: ``park_a`` is park A1
    (county A), ``park_b`` park B1 (county B), ``station_a`` the centre of park
    A1; ``agent_a``, ``station_manager_a`` and ``county_admin_a`` are the
    shared agent, station manager and county administrator, all scoped to park
    A1 or county A; ``enterprise_user`` is the enterprise portal user."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # sample catalogues (park_zibo) may be installed: keep them out of the
        # gap analyses of these tests
        cls.env["park.matter"].search([("is_high_frequency", "=", True)]).write(
            {"is_high_frequency": False}
        )
        cls.park_a = cls.park_a1
        cls.park_b = cls.park_b1
        cls.station_a = cls.station_a1
        cls.window_a = cls.env["park.station.window"].create(
            {
                "name": "综合受理窗口",
                "station_id": cls.station_a.id,
                "window_type": "comprehensive",
            }
        )
        Dept = cls.env["park.department"]
        cls.dept_amr = Dept.create({"name": "测试市场监督管理局", "code": "TAMR"})
        cls.dept_tax = Dept.create({"name": "测试税务局", "code": "TTAX"})
        cls.channel_window = cls.env.ref("park_matter.channel_window")
        cls.channel_online = cls.env.ref("park_matter.channel_online")

        cls.county_admin_a = cls.county_admin
        cls.station_manager_a = cls.station_manager
        cls.agent_a = cls.agent
        cls.enterprise_user = cls.enterprise
        cls.public_user = cls.env.ref("base.public_user")

        cls.m_register = cls._make_matter(
            "379900-XK-000105003000",
            "企业设立登记",
            statutory=15,
            promised=1,
            materials=[
                ("公司登记（备案）申请书", "original", 1, True),
                ("公司章程", "original", 1, True),
                ("法定代表人身份证件", "copy", 1, True),
                ("住所使用证明", "copy", 1, True),
            ],
        )
        cls.m_seal = cls._make_matter(
            "379900-QT-000112001000",
            "印章刻制备案",
            statutory=5,
            promised=0,
            on_the_spot=True,
            materials=[
                ("营业执照", "copy", 1, True),
                ("法定代表人身份证件", "original", 1, True),
            ],
        )
        cls.m_tax = cls._make_matter(
            "379900-GG-000201001000",
            "新办纳税人套餐式服务",
            statutory=10,
            promised=2,
            department=cls.dept_tax,
            theme="tax",
            matter_type="public_service",
            materials=[
                ("营业执照", "copy", 2, True),
                ("法定代表人 身份证件", "copy", 1, True),
                ("银行开户许可证", "copy", 1, False),
            ],
        )
        cls.m_rare = cls._make_matter(
            "379900-XK-000105099000",
            "外国企业常驻代表机构登记",
            statutory=20,
            promised=5,
            high_frequency=False,
        )
        cls.m_draft = cls._make_matter(
            "379900-XK-000105098000",
            "草稿事项",
            statutory=20,
            promised=10,
            publish=False,
        )

    @classmethod
    def _make_matter(
        cls,
        code,
        name,
        statutory=10,
        promised=5,
        materials=(),
        department=None,
        theme="opening",
        matter_type="licence",
        on_the_spot=False,
        high_frequency=True,
        publish=True,
    ):
        matter = cls.env["park.matter"].create(
            {
                "code": code,
                "name": name,
                "department_id": (department or cls.dept_amr).id,
                "theme": theme,
                "matter_type": matter_type,
                "statutory_limit": statutory,
                "promised_limit": promised,
                "is_on_the_spot": on_the_spot,
                "is_high_frequency": high_frequency,
                "legal_basis": "《中华人民共和国市场主体登记管理条例》",
                "conditions": "申请人符合法定条件。",
                "consult_phone": "0533-12345",
                "complaint_phone": "0533-12345",
                "channel_ids": [
                    Command.set([cls.channel_window.id, cls.channel_online.id])
                ],
                "material_ids": [
                    Command.create(
                        {
                            "name": m_name,
                            "form_type": form,
                            "copies": copies,
                            "is_required": required,
                        }
                    )
                    for m_name, form, copies, required in materials
                ],
                "step_ids": [
                    Command.create({"name": "申请与受理", "sequence": 1}),
                    Command.create({"name": "审查与决定", "sequence": 2}),
                ],
                "faq_ids": [
                    Command.create(
                        {"question": "可以网上办理吗？", "answer": "可以，登录爱山东。"}
                    )
                ],
            }
        )
        if publish:
            matter.action_publish()
        return matter
