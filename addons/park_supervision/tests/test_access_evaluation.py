# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.tests import tagged

from odoo.addons.park_base.tests.common import NONE, ParkAccessTableMixin

from .common import ParkSupervisionCommon, day

# county-scoped, read only for the county, everything for the city; in the
# table "park A1" stands for its county A and "park B1" for county B
COUNTY_READS = {
    "public": NONE,
    "portal": NONE,
    "agent": NONE,
    "station_manager": NONE,
    "county_admin": ("r", ""),
    "employee": NONE,
}


@tagged("post_install", "-at_install")
class TestEvaluationAccessTable(ParkAccessTableMixin, ParkSupervisionCommon):
    """The evaluation's rows of the access table: a county administrator
    reads their county's scorecards, lines, inspections and tracking; the
    city creates, computes, publishes and revises (a scorecard's lines and
    the tracking figures come from the computation only)."""

    ACCESS_TABLE = {
        "park.scorecard": dict(COUNTY_READS, city_admin=("rcwu", "rcwu")),
        "park.scorecard.line": dict(COUNTY_READS, city_admin=("r", "r")),
        "park.evaluation.inspection": dict(COUNTY_READS, city_admin=("rcwu", "rcwu")),
        "park.evaluation.snapshot": dict(COUNTY_READS, city_admin=("r", "r")),
    }

    def _county(self, park):
        return park.county_id

    def _access_vals(self, model, park):
        county = self._county(park)
        if model == "park.scorecard":
            return {"county_id": county.id, "year": 2035, "note": "考核"}
        if model == "park.evaluation.inspection":
            return {
                "name": "实地查看",
                "county_id": county.id,
                "date": day("2035-06-01"),
                "score": 80,
                "inspector_ids": [Command.set(self.city_admin.ids)],
            }
        if model == "park.evaluation.snapshot":
            return {
                "county_id": county.id,
                "month": day("2035-06-01"),
                "indicator_id": self.env.ref("park_supervision.indicator_station").id,
                "value": 50,
            }
        return super()._access_vals(model, park)

    def _access_record(self, model, park):
        if model == "park.scorecard.line":
            card = self.env["park.scorecard"].create(
                dict(self._access_vals("park.scorecard", park), year=2037)
            )
            card._park_refresh_lines()
            return card.line_ids[0]
        if model == "park.scorecard":
            # a draft (a published one is frozen for everybody) of another
            # year than the one the create check makes
            return self.env["park.scorecard"].create(
                dict(self._access_vals(model, park), year=2036)
            )
        return super()._access_record(model, park)

    def _access_allowed(self, model, park, record, role, operation):
        if model != "park.scorecard.line":
            return super()._access_allowed(model, park, record, role, operation)
        # the lines refuse what the computation doesn't do with a UserError
        operations = {
            "r": lambda env: env[model].browse(record.id).read(["value"]),
            "c": lambda env: env[model].create(
                {
                    "scorecard_id": record.scorecard_id.id,
                    "indicator_id": record.indicator_id.id,
                }
            ),
            "w": lambda env: env[model].browse(record.id).write({"value": 1}),
            "u": lambda env: env[model].browse(record.id).unlink(),
        }
        user = self.role_users[role]
        with self.env.cr.savepoint() as savepoint:
            try:
                operations[operation](self.env(user=user))
                self.env.flush_all()
                allowed = True
            except (AccessError, UserError):
                allowed = False
            savepoint.rollback()
        self.env.invalidate_all()
        return allowed

    def _access_write_vals(self, model, record):
        if model == "park.evaluation.snapshot":
            return {"value": 1}
        if model == "park.evaluation.inspection":
            return {"score": 70}
        if model == "park.scorecard":
            return {"note": "修改说明"}
        return super()._access_write_vals(model, record)
