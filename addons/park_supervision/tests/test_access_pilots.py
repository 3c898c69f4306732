# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import tagged

from odoo.addons.park_base.tests.common import (
    ALL,
    NONE,
    OWN,
    ParkAccessTableMixin,
)

from .common import ParkSupervisionCommon, day

# county records: the county admin of county A works on those of county A
# (park A1's county), the city on all, nobody else on any
COUNTY_ONLY = {
    "public": NONE,
    "portal": NONE,
    "agent": NONE,
    "station_manager": NONE,
    "county_admin": OWN,
    "city_admin": ALL,
    "employee": NONE,
}


@tagged("post_install", "-at_install")
class TestPilotAccessTable(ParkAccessTableMixin, ParkSupervisionCommon):
    """park_supervision's county records in the access table. They belong
    to a county, not a park: the record "in park A1" is the one of park A1's
    county (A), the one "in park B1" of county B. Agents and station
    managers have no access: plans, meetings and surveys are the county
    bureau's; the owners of milestones and action items are administrators.
    Enterprise surveys: a county administrator reads the city's surveys and
    changes only their county's (see test_survey)."""

    ACCESS_TABLE = {
        "park.pilot.plan": COUNTY_ONLY,
        "park.pilot.milestone": COUNTY_ONLY,
        "park.pilot.budget.line": COUNTY_ONLY,
        "park.joint.meeting": COUNTY_ONLY,
        "park.joint.meeting.action": COUNTY_ONLY,
        "survey.survey": COUNTY_ONLY,
        # the responses of the enterprises of the county's parks
        "survey.user_input": COUNTY_ONLY,
    }

    def _access_vals(self, model, park):
        county = park.county_id
        if model == "park.pilot.plan":
            return {"name": "试点方案", "county_id": county.id, "year": 2026}
        if model == "park.pilot.milestone":
            return {
                "plan_id": self._plan(county).id,
                "name": "里程碑",
                "deadline": day("2026-07-31"),
            }
        if model == "park.pilot.budget.line":
            return {
                "plan_id": self._plan(county).id,
                "kind": "funds",
                "description": "资金",
                "amount": 1000,
            }
        if model == "park.joint.meeting":
            return {"name": "联席会议", "county_id": county.id}
        if model == "park.joint.meeting.action":
            return {
                "meeting_id": self._meeting(county).id,
                "name": "议定事项",
                "deadline": day("2026-07-31"),
            }
        if model == "survey.survey":
            return {
                "title": "知晓度调查",
                "park_survey_kind": "awareness",
                "park_county_id": county.id,
            }
        if model == "survey.user_input":
            enterprise = self.ent_a if park == self.park_a1 else self.ent_b
            return {
                "survey_id": self.env.ref("park_supervision.survey_park_awareness").id,
                "partner_id": enterprise.id,
            }
        return super()._access_vals(model, park)

    def _access_write_vals(self, model, record):
        if model == "park.pilot.budget.line":
            return {"amount": 2000}
        if model == "survey.survey":
            return {"title": "知晓度调查（修订）"}
        if model == "survey.user_input":
            return {"nickname": "企业联系人"}
        return super()._access_write_vals(model, record)
