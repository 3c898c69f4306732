# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The sample database's supervision (示例数据): each county's 2026 pilot
plan for its pilot parks, joint meetings with action items, and the
awareness and satisfaction surveys answered by the pilot parks'
enterprises, made with park_supervision's own models and dated in 2026."""

import datetime
import random

from markupsafe import Markup

from odoo import api, fields, models
from odoo.fields import Command

YEAR = 2026
# the guidance: pilots finished by the end of July
MILESTONES = [
    ("确定试点园区，报市行政审批服务局备案", (3, 31)),
    ("建成园区企业服务中心（站），配齐服务人员", (5, 31)),
    ("编制并公布园区事项实施清单", (6, 30)),
    ("全面完成试点工作，总结验收", (7, 31)),
]
BUDGET = [
    ("funds", "园区企业服务中心建设改造", 300000, 900000),
    ("staff", "购买服务充实帮办代办人员", 120000, 360000),
    ("equipment", "自助终端、评价器等设备购置", 60000, 200000),
]
MEETINGS = [
    (
        (3, 12),
        "第一次“园区事、园区办”联席会议",
        "研究确定试点园区和“一园一策”实施方案",
        [
            ("各试点园区报送企业服务中心建设方案", 20),
            ("区县各审批部门确定下放园区办理事项", 30),
        ],
    ),
    (
        (6, 18),
        "第二次“园区事、园区办”联席会议",
        "通报试点进展，协调解决服务中心人员和场地问题",
        [
            ("落实服务中心窗口人员轮岗值班", 15),
            ("完成园区事项实施清单公布", 12),
            ("开展园区企业政策宣传和知晓度调查", 40),
        ],
    ),
]
PLAN_STATES = ["accepted", "in_progress", "in_progress", "approved", "draft"]


class ParkZiboDemo(models.AbstractModel):
    _inherit = "park.zibo.demo"

    @api.model
    def _park_zibo_demo_supervision(self, seed=2026):
        rng = random.Random(seed)
        self = self.with_context(tracking_disable=True, mail_notify_force_send=False)
        pilots = self.env["park.park"].search(
            [("code", "=like", "ZB-%"), ("is_pilot", "=", True)]
        )
        for index, county in enumerate(pilots.county_id.sorted("code")):
            parks = pilots.filtered(lambda park, c=county: park.county_id == c)
            self._park_zibo_demo_plan(county, parks, PLAN_STATES[index % 5], rng)
            self._park_zibo_demo_meetings(county, rng)
        self.env["park.pilot.milestone"]._cron_park_remind_overdue()
        self.env["park.joint.meeting.action"]._cron_park_remind_overdue()
        self._park_zibo_demo_surveys(pilots, rng)
        self._park_zibo_demo_evaluation(rng)

    @api.model
    def _park_zibo_demo_evaluation(self, rng):
        """The city's on-site inspections of the counties with sample parks,
        the 2026 scorecards computed from the sample data and published, and
        each month's figures so far (tracking)."""
        city_admin = self.env.ref("park_zibo.user_city_admin_demo")
        parks = self.env["park.park"].search([("code", "=like", "ZB-%")])
        counties = parks.county_id.sorted("code")
        today = fields.Date.context_today(self)
        last = min(today, datetime.date(YEAR, 12, 31))
        self.env["park.evaluation.inspection"].create(
            [
                {
                    "name": f"{YEAR}年度“园区事、园区办”现场检查",
                    "county_id": county.id,
                    "date": datetime.date(YEAR, 11, 10 + index % 15),
                    "park_ids": [
                        Command.set(
                            parks.filtered(
                                lambda p, c=county: p.county_id == c and p.is_pilot
                            )[:2].ids
                        )
                    ],
                    "inspector_ids": [Command.set(city_admin.ids)],
                    "findings": Markup(
                        "<p>服务中心场地、人员、制度、设备基本到位；"
                        "帮办代办台账需进一步规范。</p>"
                    ),
                    "score": rng.randint(72, 96),
                }
                for index, county in enumerate(counties)
                if datetime.date(YEAR, 11, 10 + index % 15) <= last
            ]
        )
        Scorecard = self.env["park.scorecard"].with_user(city_admin)
        Scorecard._park_compute_year(YEAR, counties).action_publish()
        Snapshot = self.env["park.evaluation.snapshot"]
        for month in range(1, last.month + 1):
            Snapshot._park_take(counties, datetime.date(YEAR, month, 1))

    @api.model
    def _park_zibo_demo_owner(self, county):
        county_admin = self.env.ref("park_zibo.user_county_admin_demo")
        if county_admin.park_region_ids & county:
            return county_admin
        return self.env.ref("park_zibo.user_city_admin_demo")

    @api.model
    def _park_zibo_demo_plan(self, county, parks, state, rng):
        owner = self._park_zibo_demo_owner(county)
        milestones = []
        for number, (name, (month, day)) in enumerate(MILESTONES):
            deadline = datetime.date(YEAR, month, day)
            done = None
            if state == "accepted" or (state == "in_progress" and number < 3):
                # mostly on time, sometimes a few days late
                done = deadline + datetime.timedelta(days=rng.choice([-9, -3, 0, 4]))
            elif state == "approved" and number == 0:
                done = deadline
            milestones.append(
                Command.create(
                    {
                        "name": name,
                        "deadline": deadline,
                        "done_date": done,
                        "user_id": owner.id,
                        "sequence": number,
                    }
                )
            )
        plan = self.env["park.pilot.plan"].create(
            {
                "name": f"{county.name}“园区事、园区办”试点实施方案（一园一策）",
                "county_id": county.id,
                "year": YEAR,
                "park_ids": [Command.set(parks.ids)],
                "user_id": owner.id,
                "goals": Markup(
                    "<p>7月底前，%s建成园区企业服务中心，实现“园区事、园区办”。</p>"
                )
                % "、".join(parks.mapped("name")),
                "measures": Markup(
                    "<ul><li>区县审批部门充分授权，下放园区办理事项；</li>"
                    "<li>园区配备专人，镇（街道）选派网格员充实服务人员；</li>"
                    "<li>推行帮办代办和上门服务。</li></ul>"
                ),
                "milestone_ids": milestones,
                "budget_line_ids": [
                    Command.create(
                        {
                            "kind": kind,
                            "description": description,
                            "amount": rng.randrange(low, high, 10000),
                        }
                    )
                    for kind, description, low, high in BUDGET
                ],
            }
        )
        plan.write({"state": state})
        return plan

    @api.model
    def _park_zibo_demo_meetings(self, county, rng):
        owner = self._park_zibo_demo_owner(county)
        title = "副区长" if county.name.endswith("区") else "副县长"
        leader = self.env["res.partner"].create(
            {"name": f"{county.name}分管领导", "function": f"{county.name}{title}"}
        )
        departments = self.env["park.department"].search(
            [("region_id", "=", county.id)], limit=5
        )
        townships = self.env["park.region"].search(
            [("parent_id", "=", county.id), ("level", "=", "township")], limit=3
        )
        parks = self.env["park.park"].search(
            [("county_id", "=", county.id), ("code", "=like", "ZB-%")]
        )
        for (month, day), name, agenda, actions in MEETINGS:
            date = datetime.date(YEAR, month, day)
            self.env["park.joint.meeting"].create(
                {
                    "name": f"{county.name}{YEAR}年{name}",
                    "county_id": county.id,
                    "date": date,
                    "location": f"{county.name}行政审批服务局会议室",
                    "convener_id": leader.id,
                    "department_ids": [Command.set(departments.ids)],
                    "township_ids": [Command.set(townships.ids)],
                    "park_ids": [Command.set(parks.ids)],
                    "agenda": Markup("<p>%s</p>") % agenda,
                    "minutes": Markup("<p>会议%s，议定%s项事项。</p>")
                    % (agenda, len(actions)),
                    "state": "held",
                    "action_ids": [
                        Command.create(
                            {
                                "name": action,
                                "user_id": owner.id,
                                "deadline": date + datetime.timedelta(days=days),
                                **self._park_zibo_demo_action_state(date, days, rng),
                            }
                        )
                        for action, days in actions
                    ],
                }
            )

    @api.model
    def _park_zibo_demo_action_state(self, date, days, rng):
        roll = rng.random()
        if roll < 0.7:
            done = date + datetime.timedelta(days=rng.randint(days // 2, days + 5))
            return {"state": "done", "done_date": done}
        if roll < 0.8:
            return {"state": "cancelled"}
        return {"state": "open"}

    @api.model
    def _park_zibo_demo_surveys(self, parks, rng):
        """The city's two questionnaires answered by the pilot parks'
        enterprises: invitations made as the invitation wizard does (without
        mailing them), about two thirds answered."""
        recipients = self.env["survey.invite"]._park_recipients(parks)
        awareness = self.env.ref("park_supervision.survey_park_awareness")
        satisfaction = self.env.ref("park_supervision.survey_park_satisfaction")
        for survey in (awareness, satisfaction):
            questions = survey.question_ids.filtered(lambda q: not q.is_page)
            for partner in recipients:
                answer = survey._create_answer(partner=partner, check_attempts=False)
                if rng.random() > 0.65:
                    continue
                for question in questions:
                    self._park_zibo_demo_survey_line(answer, question, rng)
                answer._mark_done()

    @api.model
    def _park_zibo_demo_survey_line(self, answer, question, rng):
        choices = question.suggested_answer_ids
        if question.question_type == "text_box":
            if rng.random() < 0.3:
                answer._save_lines(question, "希望进一步简化材料，延长窗口服务时间")
            return
        if question.park_is_awareness_question:
            # three in four enterprises know the service
            choice = choices.filtered("is_correct") if rng.random() < 0.75 else None
            choice = choice or choices.filtered(lambda c: not c.is_correct)[:1]
        elif question.question_type == "multiple_choice":
            picked = rng.sample(choices.ids, k=rng.randint(1, 2))
            answer._save_lines(question, picked)
            return
        else:
            # the first answers (satisfied, on time) more often
            weights = [len(choices) - index for index in range(len(choices))]
            choice = rng.choices(list(choices), weights=weights)[0]
        answer._save_lines(question, choice.id)
