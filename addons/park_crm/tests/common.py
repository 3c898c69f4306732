# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.fields import Command
from odoo.tests import new_test_user

from odoo.addons.park_helpdesk.tests.common import ParkHelpdeskCommon


class ParkCrmCommon(ParkHelpdeskCommon):
    """park_helpdesk's world (enterprises A and B, a matter on park A1's list)
    with a county department official of county A."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.official = new_test_user(
            cls.env,
            login="park_official",
            groups="park_base.group_park_agent",
            park_region_ids=[Command.set(cls.county_a.ids)],
        )
        cls.project_team = cls.env.ref("park_crm.crm_team_project")
        cls.Lead = cls.env["crm.lead"]

    @classmethod
    def _demand(cls, user=None, enterprise=None, **vals):
        env = cls.env if user is None else cls.env(user=user)
        return env["crm.lead"].create(
            dict(
                {
                    "name": "申请排污许可证需要帮助",
                    "park_lead_kind": "demand",
                    "park_enterprise_id": (enterprise or cls.ent_a).id,
                },
                **vals,
            )
        )
