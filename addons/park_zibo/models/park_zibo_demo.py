# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The sample database's cases (示例数据): built by the helpdesk addon's own
methods, then dated over the past months."""

import base64
import datetime
import gc
import logging
import random

from odoo import api, fields, models
from odoo.fields import Command
from odoo.tools import SQL

# target number of cases per plan; the plans are drawn in this order
PLANS = [
    ("new", 25),
    ("accepted", 40),
    ("supplement", 20),
    ("county", 16),
    ("city", 8),
    ("joint_open", 6),
    ("joint_done", 8),
    ("done", 75),
    ("done_after_supplement", 15),
    ("refused", 20),
    ("withdrawn", 12),
]
REASONS_ESCALATE = [
    "涉及跨部门协调，园区无法办结",
    "事项审批权限在县级，未下放园区",
    "企业诉求复杂，需上级统筹",
]
REASONS_REFUSE = [
    "申请材料与实际情况不符",
    "不符合法定条件",
    "项目选址不符合园区规划",
]
REVIEW_COMMENTS = {
    "very_satisfied": "窗口服务热情，一次办结，非常满意",
    "satisfied": "办理顺利，效率较高",
    "dissatisfied": "材料要求前后不一致，跑了两趟",
    "very_dissatisfied": "等待时间过长，工作人员态度冷淡",
}
VISITS = [
    ("一季度企业走访：审批服务需求摸排", "consultation"),
    ("惠企政策宣讲", "policy"),
    ("联合办理现场会", "joint"),
    ("重点项目协调会", "project"),
    ("下月走访：政策兑现情况回访", "policy"),
]
DEMANDS = [
    "咨询高新技术企业认定条件",
    "申请排污许可证需要帮办",
    "厂房扩建需办理规划许可",
    "希望了解研发费用加计扣除政策",
]
POLICIES = [
    ("桓台县支持工业企业技术改造若干措施", "对设备投资500万元以上的技改项目给予补助。"),
    ("桓台县初创企业扶持办法", "对成立三年内的企业给予房租和社保补贴。"),
    (
        "桓台县促进园区企业数字化转型奖励办法",
        "对通过智能工厂认定的企业给予一次性奖励。",
    ),
]
PROJECTS = [
    ("年产10万吨新型建材项目", 50000000.0, "signed"),
    ("高端装备制造产业园项目", 120000000.0, "filing"),
    ("新能源材料研发中心项目", 80000000.0, "land"),
    ("精细化工智能化改造项目", 65000000.0, "construction"),
    ("冷链物流仓储项目", 30000000.0, "production"),
]


_logger = logging.getLogger(__name__)


class ParkZiboDemo(models.AbstractModel):
    _name = "park.zibo.demo"
    _description = "Zibo Sample Data Builder"

    # ------------------------------------------------------------------
    # teams and rota
    # ------------------------------------------------------------------
    @api.model
    def _park_zibo_demo_teams(self):
        """Park teams for the sample parks with a station, county teams and
        the city team, their members from the staff assignments."""
        Team = self.env["helpdesk.ticket.team"]
        Users = self.env["res.users"].with_context(no_reset_password=True)
        agent_group = self.env.ref("park_base.group_park_agent")
        stations = self.env["park.station"].search(
            [("code", "=like", "ZB-%"), ("park_id", "!=", False)], order="code"
        )
        data = self.env["ir.model.data"]
        for assignment in self.env["park.staff.assignment"].search(
            [
                ("station_id", "in", stations.ids),
                ("role", "in", ("help_agent", "manager")),
                ("user_id", "=", False),
                ("state", "=", "current"),
            ]
        ):
            xmlid = data.search(
                [
                    ("model", "=", "res.partner"),
                    ("res_id", "=", assignment.partner_id.id),
                    ("module", "=", "park_zibo"),
                ],
                limit=1,
            )
            login = (
                (xmlid.name or f"staff_{assignment.id}")
                .removeprefix("partner_")
                .removesuffix("_demo")
            )
            user = Users.search([("login", "=", login)]) or Users.create(
                {
                    "login": login,
                    "partner_id": assignment.partner_id.id,
                    "tz": "Asia/Shanghai",
                    "group_ids": [Command.set(agent_group.ids)],
                    "park_park_ids": [Command.set(assignment.park_id.ids)],
                }
            )
            assignment.user_id = user
        agent = self.env.ref("park_zibo.user_park_agent_demo")
        teams = Team
        for station in stations:
            team = Team.create(
                {
                    "name": f"{station.park_id.name}帮办代办队",
                    "park_level": "park",
                    "park_kind": "help_agent",
                    "park_id": station.park_id.id,
                    "park_station_id": station.id,
                }
            )
            team.action_park_sync_members()
            if agent.park_park_ids & station.park_id:
                team.user_ids = [Command.link(agent.id)]
            teams |= team
        county_user = self.env.ref("park_zibo.user_county_admin_demo")
        for county in stations.park_id.county_id.sorted("code"):
            members = county_user if county_user.park_region_ids & county else Users
            teams |= Team.create(
                {
                    "name": f"{county.name}帮办代办中心",
                    "park_level": "county",
                    "park_region_id": county.id,
                    "user_ids": [Command.set(members.ids)],
                }
            )
        city = stations.park_id.city_id[:1]
        teams |= Team.create(
            {
                "name": f"{city.name}帮办代办中心",
                "park_level": "city",
                "park_region_id": city.id,
                "user_ids": [
                    Command.set(self.env.ref("park_zibo.user_city_admin_demo").ids)
                ],
            }
        )
        # the duty rota of the current month, as the rota wizard builds it
        for team in teams.filtered(lambda t: t.park_level == "park" and t.user_ids):
            self.env["park.helpdesk.rota.generate"].create(
                {"team_id": team.id, "per_day": min(2, len(team.user_ids))}
            ).action_generate()
        return teams

    # ------------------------------------------------------------------
    # cases
    # ------------------------------------------------------------------
    @api.model
    def _park_zibo_demo_cases(self, seed=2026):
        """A few hundred cases in every state, with their history."""
        return self.with_context(
            tracking_disable=True, mail_notify_force_send=False
        )._park_zibo_demo_build(random.Random(seed))

    @api.model
    def _park_zibo_demo_build(self, rng):
        # what committing does (tracking, messages) for the demo files loaded
        # before, whose thousands of environments each new environment would
        # otherwise be looked up among
        self.env.flush_all()
        self.env.cr.precommit.run()
        gc.collect()
        self._park_zibo_demo_teams()
        today = fields.Date.context_today(self)
        holidays = self.env["park.holiday"]
        teams = self.env["helpdesk.ticket.team"].search([("park_level", "=", "park")])
        stations = teams.park_station_id
        maqiao = self.env.ref("park_zibo.station_maqiao_demo")
        enterprises = self.env["res.partner"].search(
            [("is_park_enterprise", "=", True), ("park_id", "in", stations.park_id.ids)]
        )
        by_park = {}
        for enterprise in enterprises:
            by_park.setdefault(enterprise.park_id, []).append(enterprise)
        # matters whose deadline stays inside the calendar's known years
        lines = self.env["park.matter.list.line"].search(
            [
                ("park_id", "in", stations.park_id.ids),
                ("local_promised_limit", "<=", 10),
            ],
            order="id",
        )
        last_known = today
        while not holidays.uncovered_years(last_known + datetime.timedelta(days=1)):
            last_known += datetime.timedelta(days=1)
            if last_known.year > today.year + 1:
                break
        reach = holidays.count_working_days(today, last_known)
        self._park_zibo_demo_delegations(lines)
        matters = {}
        for line in lines:
            if line.local_promised_limit <= reach and line.matter_id.is_latest:
                matters.setdefault(line.park_id, []).append(line.matter_id)
        parks_ok = [
            s for s in stations if by_park.get(s.park_id) and matters.get(s.park_id)
        ]
        if not parks_ok or maqiao not in parks_ok:
            # the working-day calendar doesn't reach far enough (next year's
            # holidays not entered yet): the rest of the sample data still loads
            _logger.info("sample cases skipped: no holiday data beyond %s", today)
            return self.env["helpdesk.ticket"]
        channels = [
            self.env.ref(f"park_helpdesk.channel_{code}")
            for code in ("window", "window", "help_agent", "online", "terminal")
        ]
        door = self.env.ref("park_helpdesk.channel_door_to_door")
        portal_enterprise = self.env.ref(
            "park_zibo.user_enterprise_demo"
        ).partner_id.commercial_partner_id
        pdf = base64.b64encode(
            b"%PDF-1.4 \xe6\x8e\x88\xe6\x9d\x83\xe5\xa7\x94\xe6\x89\x98"
        )
        Ticket = self.env["helpdesk.ticket"]
        cases = Ticket
        for plan, count in PLANS:
            for index in range(count):
                # the demo agent's park gets about a quarter of the cases
                station = maqiao if index % 4 == 0 else rng.choice(parks_ok)
                if plan in ("county", "city") and index % 2 == 0:
                    station = self.env.ref("park_zibo.station_jinshan_demo")
                park = station.park_id
                enterprise = rng.choice(by_park[park])
                if station == maqiao and index % 8 == 0:
                    # the enterprise of the sample portal user has cases too
                    enterprise = portal_enterprise
                matter = rng.choice(matters[park])
                channel = door if index % 9 == 4 else rng.choice(channels)
                agent_mode = channel.park_code == "help_agent" and index % 2 == 0
                if plan in ("new", "accepted", "supplement", "county", "city"):
                    age = rng.randint(0, 20)
                elif plan == "joint_open":
                    age = rng.randint(3, 15)
                else:
                    age = rng.randint(10, 170)
                filed = today - datetime.timedelta(days=age)
                case = self._park_zibo_demo_case(
                    plan,
                    rng,
                    station,
                    enterprise,
                    matter,
                    channel,
                    agent_mode,
                    filed,
                    pdf,
                )
                cases |= case
        self._park_zibo_demo_ratings(cases, rng)
        self._park_zibo_demo_crm()
        return cases

    @api.model
    def _park_zibo_demo_delegations(self, lines):
        """The sample parks' matters delegated to them (充分授权), one
        document per park, so that their cases stay in the park; a matter on
        another park's list and not delegated goes to its approval level at
        intake."""
        Delegation = self.env["park.matter.delegation"]
        delegated = {
            (d.park_id, d.matter_id)
            for d in Delegation.search([("park_id", "in", lines.park_id.ids)])
        }
        numbers = {park: index for index, park in enumerate(lines.park_id, start=1)}
        Delegation.create(
            [
                {
                    "matter_id": line.matter_id.id,
                    "department_id": line.matter_id.department_id.id,
                    "park_id": line.park_id.id,
                    "station_id": line.station_id.id,
                    "document_number": f"淄行审发〔2026〕{numbers[line.park_id]}号",
                    "date_from": datetime.date(2026, 1, 1),
                }
                for line in lines
                if (line.park_id, line.matter_id) not in delegated
            ]
        )

    # ------------------------------------------------------------------
    # reviews (好差评)
    # ------------------------------------------------------------------
    @api.model
    def _park_zibo_demo_ratings(self, cases, rng):
        """Reviews of most closed cases, in every level; the bad ones
        rectified to various steps, called back, and two appeals."""
        jinshan = self.env.ref("park_zibo.station_jinshan_demo")
        jinshan.manager_user_id = self.env.ref("park_zibo.user_station_manager_demo")
        county = self.env.ref("park_zibo.user_county_admin_demo")
        levels = (
            ["very_satisfied"] * 10
            + ["satisfied"] * 5
            + ["basically_satisfied"] * 2
            + ["dissatisfied", "very_dissatisfied"]
        )
        closed = cases.filtered(lambda c: c.stage_id.closed and c.done_date)
        ratings = self.env["park.rating"]
        for index, case in enumerate(closed.sorted("id")):
            if index % 5 == 4:
                continue  # not every enterprise rates
            level = levels[index % len(levels)]
            if case.station_id == jinshan and index % 3 == 0:
                level = "dissatisfied"
            rating = case._park_rate(
                level,
                rng.choice(["portal", "link", "device", "window"]),
                comment=REVIEW_COMMENTS.get(level),
                attitude_level=level,
                efficiency_level=rng.choice([level, "satisfied"]),
            )
            rated = min(
                case.done_date + datetime.timedelta(days=rng.randint(0, 3)),
                fields.Date.context_today(self),
            )
            self.env.cr.execute(
                SQL(
                    "UPDATE park_rating SET rated_on = %s WHERE id = %s",
                    datetime.datetime.combine(rated, datetime.time(3)),
                    rating.id,
                )
            )
            ratings |= rating
        holidays = self.env["park.holiday"]
        rectifications = ratings.rectification_ids.sorted("id")
        for index, rectification in enumerate(rectifications):
            rated = rectification.rating_id.ticket_id.done_date
            rectification.sudo().deadline_date = holidays.add_working_days(rated, 5)
            step = index % 5
            if step == 0:
                continue  # to verify
            rectification.verification = "经核实，企业反映情况属实"
            rectification.action_verify()
            if step == 1:
                continue  # being rectified
            rectification.write(
                {
                    "cause": "窗口人员对事项办理流程不熟悉，一次告知不到位",
                    "measures": "组织窗口人员业务培训，完善一次性告知清单",
                    "result": "已向企业当面致歉并协助办结",
                }
            )
            rectification.action_done()
            rectification.sudo().done_date = holidays.add_working_days(
                rated, 3 if index % 2 else 7
            )
            if step == 2:
                continue  # call-back due
            self.env["park.rating.callback"].create(
                {
                    "rectification_id": rectification.id,
                    "method": rng.choice(["phone", "visit", "sms"]),
                    "contact_name": "企业联系人",
                    "acceptance": "not_accepted" if step == 3 else "accepted",
                    "note": "企业对整改结果表示认可"
                    if step == 4
                    else "企业希望进一步说明",
                }
            )
        # two appeals of the 金山镇 manager, decided by the county
        bad = ratings.filtered(lambda r: r.is_bad and r.station_id == jinshan)
        evidence = self.env["ir.attachment"].create(
            {
                "name": "窗口录像截图.pdf",
                "raw": b"%PDF-1.4 evidence",
                "mimetype": "application/pdf",
            }
        )
        for rating, (ground, decision) in zip(
            bad[-2:],
            [("malicious", "upheld"), ("mistaken", "rejected")],
            strict=False,
        ):
            appeal = self.env["park.rating.appeal"].create(
                {
                    "rating_id": rating.id,
                    "ground": ground,
                    "reason": "企业因与办件无关的纠纷给出差评"
                    if ground == "malicious"
                    else "企业误将其他部门的办件评价在本站",
                    "evidence_ids": [Command.link(evidence.id)],
                }
            )
            appeal.action_submit()
            appeal.sudo().decision = (
                "经调取录像核实，差评与办件无关，申诉成立"
                if decision == "upheld"
                else "证据不足，差评有效"
            )
            as_county = appeal.with_user(county)
            if decision == "upheld":
                as_county.action_uphold()
            else:
                as_county.action_reject()
        return ratings

    # ------------------------------------------------------------------
    # proactive service (CRM)
    # ------------------------------------------------------------------
    @api.model
    def _park_zibo_demo_crm(self):
        """桓台县's departments' visit plans and visits, enterprise demands
        (turned into cases, answered, open), policies notified to eligible
        enterprises and investment projects in several stages."""
        today = fields.Date.context_today(self)
        huantai = self.env.ref("park_zibo.region_huantai")
        departments = self.env["park.department"].search(
            [("region_id", "in", (huantai | huantai.parent_id).ids)],
            order="code",
            limit=3,
        )
        parks = self.env.ref("park_zibo.park_maqiao_demo") | self.env.ref(
            "park_zibo.park_jinshan_demo"
        )
        county = self.env.ref("park_zibo.user_county_admin_demo")
        agent = self.env.ref("park_zibo.user_park_agent_demo")
        Lead = self.env["crm.lead"]
        demands = Lead
        for park in parks:
            enterprises = self.env["res.partner"].search(
                [("is_park_enterprise", "=", True), ("park_id", "=", park.id)],
                order="id",
                limit=12,
            )
            for department in departments:
                self.env["park.visit.plan"].create(
                    {
                        "year": today.year,
                        "park_id": park.id,
                        "department_id": department.id,
                        "planned_count": 4,
                    }
                )
            for index, (subject, kind) in enumerate(VISITS):
                department = departments[index % len(departments)]
                days = (4 - index) * 20 - 5
                visit = self.env["park.visit"].create(
                    {
                        "subject": subject,
                        "kind": kind,
                        "park_id": park.id,
                        "department_id": department.id,
                        "date": datetime.datetime.combine(
                            today - datetime.timedelta(days=days), datetime.time(1)
                        ),
                        "user_ids": [Command.set(county.ids)],
                        "enterprise_ids": [
                            Command.set(enterprises[index * 2 : index * 2 + 2].ids)
                        ],
                    }
                )
                if days > 0:
                    visit.write({"issues": "企业反映审批材料多、跑动次数多"})
                    visit.action_park_done()
                    demand = Lead.create(
                        {
                            "name": DEMANDS[index % len(DEMANDS)],
                            "park_lead_kind": "demand",
                            "park_enterprise_id": visit.enterprise_ids[:1].id,
                            "park_visit_id": visit.id,
                            "park_channel": "visit",
                            "park_department_id": department.id,
                            "user_id": agent.id,
                        }
                    )
                    demands |= demand
        lines = self.env["park.matter.list.line"].search(
            [("park_id", "in", parks.ids), ("local_promised_limit", "<=", 5)],
            order="id",
        )
        for index, demand in enumerate(demands):
            step = index % 4
            if step == 0:
                continue  # new
            demand.action_park_triage()
            if step == 1:
                continue  # triaged, open
            if step == 2:
                demand.park_answer = (
                    "<p>已联系相关部门，政策适用条件及申报材料已告知企业。</p>"
                )
                demand.action_park_answer()
                continue
            line = lines.filtered(lambda ln, d=demand: ln.park_id == d.park_id)[:1]
            demand.park_matter_id = line.matter_id
            demand.action_park_to_case()
        # policies, notified to the eligible enterprises of the two parks
        for name, body in POLICIES:
            policy = self.env["park.policy"].create(
                {
                    "name": name,
                    "issuing_body": "桓台县人民政府",
                    "department_id": departments[:1].id,
                    "date_start": today - datetime.timedelta(days=90),
                    "date_end": datetime.date(today.year, 12, 31),
                    "summary": f"<p>{body}</p>",
                    "park_ids": [Command.set(parks.ids)],
                    "max_age": 3 if "初创" in name else 0,
                }
            )
            policy.action_publish()
            if policy._park_eligible_enterprises():
                policy.action_notify_eligible()
        # investment projects in several stages
        for index, (name, investment, stage) in enumerate(PROJECTS):
            park = parks[index % len(parks)]
            enterprise = self.env["res.partner"].search(
                [("is_park_enterprise", "=", True), ("park_id", "=", park.id)],
                order="id desc",
                limit=1,
                offset=index,
            )
            Lead.create(
                {
                    "name": name,
                    "park_lead_kind": "project",
                    "type": "opportunity",
                    "park_enterprise_id": enterprise.id,
                    "park_id": park.id,
                    "park_department_id": departments[:1].id,
                    "park_investment": investment,
                    "park_signing_date": today - datetime.timedelta(days=60 * index),
                    "stage_id": self.env.ref(f"park_crm.crm_stage_project_{stage}").id,
                    "park_is_blocked": stage == "land",
                    "park_blocker": "用地指标待县自然资源局调剂"
                    if stage == "land"
                    else False,
                    "user_id": agent.id,
                }
            )
        return demands

    @api.model
    def _park_zibo_demo_case(
        self, plan, rng, station, enterprise, matter, channel, agent_mode, filed, pdf
    ):
        holidays = self.env["park.holiday"]
        today = fields.Date.context_today(self)
        steps = []  # (date, first message id, first event id) per step

        def mark(day):
            self.env.flush_all()
            self.env.cr.execute(
                SQL(
                    "SELECT (SELECT COALESCE(MAX(id), 0) FROM mail_message),"
                    " (SELECT COALESCE(MAX(id), 0) FROM park_enterprise_event)"
                )
            )
            steps.append((day,) + self.env.cr.fetchone())

        def later(day, low, high):
            return min(holidays.add_working_days(day, rng.randint(low, high)), today)

        vals = {
            "enterprise_id": enterprise.id,
            "station_id": station.id,
            "matter_id": matter.id,
            "channel_id": channel.id,
            "handling_mode": "agent" if agent_mode else "help",
        }
        if agent_mode:
            vals.update(
                authorisation_date=filed,
                authorisation_file=pdf,
                authorisation_filename="授权委托书.pdf",
            )
        mark(filed)
        case = self.env["helpdesk.ticket"].create(vals)
        if plan == "new":
            return self._park_zibo_demo_date(case, steps)
        materials = case.material_line_ids
        accepted = later(filed, 0, 1)
        pause = None
        if plan in ("supplement", "done_after_supplement") and materials:
            materials.write({"state": "received"})
            materials[-1:].write({"state": "missing"})
            mark(accepted)
            case.action_park_accept()
            start = later(accepted, 0, 1)
            mark(start)
            case.action_park_request_supplement()
            if plan == "supplement":
                return self._park_zibo_demo_date(case, steps, accepted, (start, None))
            end = later(start, 1, 4)
            materials.write({"state": "received"})
            case.action_park_supplement_received()
            pause = (start, end)
            accepted_at = accepted
            accepted = end
        else:
            materials.write({"state": "received"})
            mark(accepted)
            case.action_park_accept()
            accepted_at = accepted
        if plan in ("county", "city"):
            up = later(accepted, 1, 3)
            mark(up)
            case._park_escalate(rng.choice(REASONS_ESCALATE))
            if plan == "city":
                mark(later(up, 1, 2))
                case._park_escalate(rng.choice(REASONS_ESCALATE))
            return self._park_zibo_demo_date(case, steps, accepted_at, pause)
        if plan in ("joint_open", "joint_done"):
            departments = self.env["park.department"].search(
                [("id", "!=", matter.department_id.id)], limit=2
            )
            parts = self.env["park.helpdesk.part"].create(
                [
                    {
                        "ticket_id": case.id,
                        "sequence": seq,
                        "department_id": department.id,
                        "user_id": case.user_id.id,
                        "date_deadline": case.deadline_date,
                    }
                    for seq, department in enumerate(matter.department_id | departments)
                ]
            )
            if plan == "joint_open":
                parts[:1].action_done()
                return self._park_zibo_demo_date(case, steps, accepted_at, pause)
            done = later(accepted, 1, max(case.promised_limit, 2))
            mark(done)
            parts.action_done()
            parts.write({"date_done": done})
            return self._park_zibo_demo_date(case, steps, accepted_at, pause, done)
        if plan in ("accepted", "supplement"):
            return self._park_zibo_demo_date(case, steps, accepted_at, pause)
        overdue = rng.random() < 0.1
        done = later(
            accepted,
            0 if not case.promised_limit else 1,
            case.promised_limit + (3 if overdue else 0),
        )
        mark(done)
        if plan == "refused":
            case.action_park_refuse(rng.choice(REASONS_REFUSE))
        elif plan == "withdrawn":
            case.action_park_withdraw()
        else:
            case.action_park_complete()
        return self._park_zibo_demo_date(case, steps, accepted_at, pause, done)

    @api.model
    def _park_zibo_demo_date(self, case, steps, accepted=None, pause=None, done=None):
        """Move the case's history to the days it happened: dates, deadline,
        pauses, escalations, messages and timeline events."""
        today = fields.Date.context_today(self)
        if pause:
            case.pause_ids.sudo().write(
                {"date_start": pause[0], "date_end": pause[1] or False}
            )
        if accepted:
            case.sudo().write({"accept_date": accepted})
            case._park_recompute_deadline()
            if case.park_state == "accepted":
                case._park_refresh_deadline_state(today)
        if done:
            handling = 0
            if accepted:
                handling = max(
                    self.env["park.holiday"].count_working_days(accepted, done)
                    - case.paused_days,
                    0,
                )
            case.sudo().write({"done_date": done, "handling_days": handling})
            if case.licence_id:
                case.licence_id.sudo().issue_date = done
        escalations = case.escalation_ids.sorted("id")
        self.env.flush_all()
        bounds = [(s[1], s[2]) for s in steps[1:]] + [(None, None)]
        for (day, message_from, event_from), (message_to, event_to) in zip(
            steps, bounds, strict=True
        ):
            when = datetime.datetime.combine(day, datetime.time(1, 30))
            self.env.cr.execute(
                SQL(
                    "UPDATE mail_message SET date = %s, create_date = %s "
                    "WHERE model = 'helpdesk.ticket' AND res_id = %s AND id > %s "
                    "AND (%s IS NULL OR id <= %s)",
                    when,
                    when,
                    case.id,
                    message_from,
                    message_to,
                    message_to,
                )
            )
            self.env.cr.execute(
                SQL(
                    "UPDATE park_enterprise_event SET date = %s WHERE res_id = %s "
                    "AND res_model = 'helpdesk.ticket' AND id > %s "
                    "AND (%s IS NULL OR id <= %s)",
                    when,
                    case.id,
                    event_from,
                    event_to,
                    event_to,
                )
            )
        filed = steps[0][0]
        self.env.cr.execute(
            SQL(
                "UPDATE helpdesk_ticket SET create_date = %s WHERE id = %s",
                datetime.datetime.combine(filed, datetime.time(1, 30)),
                case.id,
            )
        )
        # escalation steps are the last ones of an escalated case
        for escalation, step in zip(
            escalations, steps[len(steps) - len(escalations) :], strict=True
        ):
            escalation.sudo().date = datetime.datetime.combine(
                step[0], datetime.time(2)
            )
        self.env.invalidate_all()
        return case
