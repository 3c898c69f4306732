# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from odoo.fields import Command

from odoo.addons.park_crm.tests.common import ParkCrmCommon
from odoo.addons.park_rating.tests.common import ParkRatingCommon


def day(text):
    return datetime.date.fromisoformat(text)


class ParkSupervisionCommon(ParkRatingCommon, ParkCrmCommon):
    """The suite's world (ParkBaseCommon through park_helpdesk, park_rating and
    park_crm: enterprises ent_a in park A1 and ent_b in park B1, cases, ratings,
    visits) with two pilot parks in county A (A1, A2) and one in county B
    (B1), the county leader in charge of county A and a contact of ent_a
    without a user (surveys go to it by mail; the portal user
    ``enterprise`` is a contact of ent_a too).

    Helpers: ``_plan(county, **vals)`` a pilot plan of the county with its
    pilot parks, ``_milestone(plan, deadline, **vals)``, ``_meeting(county,
    **vals)`` a joint meeting convened by the county's leader,
    ``_action_item(meeting, deadline, **vals)``."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        (cls.park_a2 | cls.park_b1).is_pilot = True
        Partner = cls.env["res.partner"]
        cls.leader_a = Partner.create({"name": "张建国", "function": "甲区副区长"})
        cls.leader_b = Partner.create({"name": "刘卫东", "function": "乙县副县长"})
        cls.contact_a = Partner.create(
            {
                "name": "赵丽",
                "parent_id": cls.ent_a.id,
                "email": "zhaoli@huaguang.example.com",
            }
        )
        cls.Plan = cls.env["park.pilot.plan"]
        cls.Milestone = cls.env["park.pilot.milestone"]
        cls.Meeting = cls.env["park.joint.meeting"]
        cls.ActionItem = cls.env["park.joint.meeting.action"]

    @classmethod
    def _plan(cls, county, user=None, **vals):
        """A draft pilot plan of ``county`` for 2026 with the county's pilot
        parks (created as ``user`` when given)."""
        env = cls.env if user is None else cls.env(user=user)
        parks = cls.env["park.park"].search(
            [("county_id", "=", county.id), ("is_pilot", "=", True)]
        )
        return env["park.pilot.plan"].create(
            dict(
                {
                    "name": f"{county.name}“园区事园区办”试点实施方案",
                    "county_id": county.id,
                    "year": 2026,
                    "park_ids": [Command.set(parks.ids)],
                },
                **vals,
            )
        )

    @classmethod
    def _milestone(cls, plan, deadline, **vals):
        """A milestone of ``plan`` due on ``deadline`` (a date or ISO text)."""
        if isinstance(deadline, str):
            deadline = day(deadline)
        return cls.env["park.pilot.milestone"].create(
            dict(
                {
                    "plan_id": plan.id,
                    "name": "建成园区企业服务中心",
                    "deadline": deadline,
                    "user_id": cls.county_admin.id,
                },
                **vals,
            )
        )

    @classmethod
    def _meeting(cls, county, user=None, **vals):
        """A draft joint meeting of ``county`` convened by its leader."""
        env = cls.env if user is None else cls.env(user=user)
        leader = cls.leader_a if county == cls.county_a else cls.leader_b
        return env["park.joint.meeting"].create(
            dict(
                {
                    "name": f"{county.name}“园区事园区办”联席会议",
                    "county_id": county.id,
                    "date": day("2026-05-20"),
                    "convener_id": leader.id,
                },
                **vals,
            )
        )

    @classmethod
    def _action_item(cls, meeting, deadline, **vals):
        if isinstance(deadline, str):
            deadline = day(deadline)
        return cls.env["park.joint.meeting.action"].create(
            dict(
                {
                    "meeting_id": meeting.id,
                    "name": "落实园区服务站人员配备",
                    "deadline": deadline,
                    "user_id": cls.county_admin.id,
                },
                **vals,
            )
        )
