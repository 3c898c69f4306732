# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from odoo.tests import tagged

from odoo.addons.park_base.tests.common import NONE, READ_OWN, ParkAccessTableMixin

from .common import ParkHelpdeskCommon

HISTORY = {
    "public": NONE,
    "portal": NONE,
    "agent": READ_OWN,
    "station_manager": READ_OWN,
    "county_admin": READ_OWN,
    "city_admin": ("r", "r"),
    "employee": NONE,
}
CASE_LINES = {
    "public": NONE,
    "portal": NONE,
    "agent": ("rcw", ""),
    "station_manager": ("rcwu", ""),
    "county_admin": ("rcwu", ""),
    "city_admin": ("rcwu", "rcwu"),
    "employee": NONE,
}


@tagged("post_install", "-at_install")
class TestHelpdeskAccessTable(ParkAccessTableMixin, ParkHelpdeskCommon):
    """park_helpdesk's rows of the access table: cases and what hangs on them,
    the duty rota. In park A1 the case is the portal user's enterprise's."""

    ACCESS_TABLE = {
        "helpdesk.ticket": {
            "public": NONE,
            # OCA's portal rule: the tickets of its own company, read only
            "portal": READ_OWN,
            # helpdesk users of their own tickets: no deletion
            "agent": ("rcw", ""),
            "station_manager": ("rcw", ""),
            "county_admin": ("rcw", ""),
            # helpdesk managers
            "city_admin": ("rcwu", "rcwu"),
            "employee": NONE,
        },
        # the portal reads its checklist (and through it, its files)
        "park.helpdesk.material": dict(CASE_LINES, portal=READ_OWN),
        "park.helpdesk.part": CASE_LINES,
        "park.helpdesk.visit": CASE_LINES,
        "park.helpdesk.rota": {
            "public": NONE,
            "portal": NONE,
            "agent": READ_OWN,
            "station_manager": ("rcwu", ""),
            "county_admin": ("rcwu", ""),
            "city_admin": ("rcwu", "rcwu"),
            "employee": NONE,
        },
        # written by the cases' own methods only
        "park.helpdesk.escalation": HISTORY,
        "park.helpdesk.pause": HISTORY,
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.case_a1 = cls._file()
        cls.case_b1 = cls._file(enterprise=cls.ent_b, station=cls.station_b1)
        cls.counter = 0

    def _access_vals(self, model, park):
        in_a1 = park == self.park_a1
        case = self.case_a1 if in_a1 else self.case_b1
        type(self).counter += 1
        name = f"ACC-{self.counter}"
        if model == "helpdesk.ticket":
            return {
                "enterprise_id": (self.ent_a if in_a1 else self.ent_b).id,
                "station_id": (self.station_a1 if in_a1 else self.station_b1).id,
                "matter_id": self.matter.id,
            }
        if model == "park.helpdesk.material":
            return {"ticket_id": case.id, "name": name}
        if model == "park.helpdesk.part":
            return {"ticket_id": case.id, "department_id": self.department.id}
        if model == "park.helpdesk.visit":
            return {
                "ticket_id": case.id,
                "date_start": "2035-10-08 02:00:00",
                "address": name,
            }
        if model == "park.helpdesk.rota":
            return {
                "team_id": (self.team_park if in_a1 else self.team_park_b).id,
                "station_id": (self.station_a1 if in_a1 else self.station_b1).id,
                "user_id": (self.agent if in_a1 else self.agent_b).id,
                "date": datetime.date(2035, 1, 1)
                + datetime.timedelta(days=self.counter),
            }
        if model == "park.helpdesk.escalation":
            return {"ticket_id": case.id, "reason": name}
        if model == "park.helpdesk.pause":
            return {"ticket_id": case.id, "date_start": "2035-10-08"}
        return super()._access_vals(model, park)

    def _access_write_vals(self, model, record):
        if model == "helpdesk.ticket":
            return {"name": record.name}
        if model == "park.helpdesk.escalation":
            return {"reason": record.reason}
        if model == "park.helpdesk.pause":
            return {"date_start": record.date_start}
        if model == "park.helpdesk.rota":
            return {"note": "核对"}
        return super()._access_write_vals(model, record)
