# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.fields import Domain
from odoo.tools import format_date

DEFAULT_REMINDER_DAYS = 30
REMINDER_DAYS_PARAM = "park_enterprise.licence_reminder_days"


class ParkEnterpriseLicence(models.Model):
    """A licence, permit or certificate held by a park enterprise."""

    _name = "park.enterprise.licence"
    _description = "Enterprise Licence"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "park.scope.mixin",
        "park.batch.mixin",
    ]
    _order = "expiry_date, id desc"
    _rec_names_search = ["number", "licence_type_id.name", "partner_id.name"]

    partner_id = fields.Many2one(
        "res.partner",
        string="Enterprise",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
        domain=[("is_park_enterprise", "=", True)],
    )
    park_id = fields.Many2one(related="partner_id.park_id", store=True)
    licence_type_id = fields.Many2one(
        "park.licence.type",
        string="Type",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    number = fields.Char(required=True, tracking=True)
    department_id = fields.Many2one(
        "park.department",
        string="Issuing Department",
        compute="_compute_department_id",
        store=True,
        readonly=False,
        tracking=True,
    )
    issue_date = fields.Date(tracking=True)
    expiry_date = fields.Date(
        index=True,
        tracking=True,
        help="Leave empty for a licence without time limit (长期).",
    )
    file = fields.Binary(string="Scanned Copy", attachment=True, copy=False)
    file_name = fields.Char(copy=False)
    note = fields.Text()
    active = fields.Boolean(default=True)
    state = fields.Selection(
        [
            ("valid", "Valid"),
            ("expiring", "Expiring Soon"),
            ("expired", "Expired"),
        ],
        compute="_compute_state",
        search="_search_state",
    )
    days_to_expiry = fields.Integer(compute="_compute_state")
    reminder_sent_for = fields.Date(
        readonly=True,
        copy=False,
        help="Expiry date the last reminder was sent for. A renewed licence "
        "has a new expiry date and gets a new reminder.",
    )
    reminder_pending = fields.Boolean(
        compute="_compute_reminder_pending",
        store=True,
        index=True,
        help="No reminder has been sent yet for the current expiry date.",
    )
    reminder_partner_ids = fields.Many2many(
        "res.partner",
        string="Reminder Recipients",
        compute="_compute_reminder_partner_ids",
    )

    _number_uniq = models.Constraint(
        "unique(licence_type_id, number)",
        "A licence of this type with this number is already recorded.",
    )
    _dates_check = models.Constraint(
        "CHECK(expiry_date IS NULL OR issue_date IS NULL OR expiry_date >= issue_date)",
        "A licence cannot expire before it is issued.",
    )

    @api.depends("licence_type_id", "number")
    def _compute_display_name(self):
        for licence in self:
            licence.display_name = " ".join(
                part for part in (licence.licence_type_id.name, licence.number) if part
            )

    @api.depends("licence_type_id")
    def _compute_department_id(self):
        for licence in self:
            if licence.licence_type_id.department_id and not licence.department_id:
                licence.department_id = licence.licence_type_id.department_id

    @api.depends("expiry_date", "licence_type_id.reminder_days")
    def _compute_state(self):
        today = fields.Date.context_today(self)
        default_days = self._default_reminder_days()
        for licence in self:
            if not licence.expiry_date:
                licence.state = "valid"
                licence.days_to_expiry = 0
                continue
            days = (licence.expiry_date - today).days
            licence.days_to_expiry = days
            if days < 0:
                licence.state = "expired"
            elif days <= (licence.licence_type_id.reminder_days or default_days):
                licence.state = "expiring"
            else:
                licence.state = "valid"

    def _search_state(self, operator, value):
        if operator != "in":
            return NotImplemented
        today = fields.Date.context_today(self)
        expiring = self._expiring_domain(today)
        domains = []
        if "expired" in value:
            domains.append(Domain("expiry_date", "<", today))
        if "expiring" in value:
            domains.append(expiring)
        if "valid" in value:
            domains.append(
                Domain("expiry_date", "=", False)
                | (Domain("expiry_date", ">=", today) & ~expiring)
            )
        return Domain.OR(domains)

    @api.depends("expiry_date", "reminder_sent_for")
    def _compute_reminder_pending(self):
        for licence in self:
            licence.reminder_pending = bool(
                licence.expiry_date and licence.reminder_sent_for != licence.expiry_date
            )

    @api.depends("partner_id.email", "partner_id.park_service_contact_ids.email")
    def _compute_reminder_partner_ids(self):
        for licence in self:
            contacts = licence.partner_id.park_service_contact_ids.filtered("email")
            if not contacts and licence.partner_id.email:
                contacts = licence.partner_id
            licence.reminder_partner_ids = contacts

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        licences = super().create(vals_list)
        licences._log_timeline(
            lambda lic, env: env._(
                "Licence recorded: %(licence)s", licence=lic._label(env)
            )
        )
        return licences

    def write(self, vals):
        if (
            "reminder_sent_for" in vals
            and not self.env.su
            and not self.env.user._is_system()
        ):
            # written by the reminder cron only: an agent must not silence it
            raise AccessError(
                self.env._("Only the scheduled reminder marks a licence as reminded.")
            )
        old_expiry = {}
        if "expiry_date" in vals:
            old_expiry = {lic.id: lic.expiry_date for lic in self}
        res = super().write(vals)
        if old_expiry:
            renewed = self.filtered(
                lambda lic: (
                    lic.expiry_date
                    and old_expiry.get(lic.id)
                    and lic.expiry_date > old_expiry[lic.id]
                )
            )
            if renewed:
                renewed.activity_feedback(
                    ["park_enterprise.mail_activity_type_licence_renewal"],
                    feedback=self.env._("Licence renewed."),
                )
                renewed._log_timeline(
                    lambda lic, env: env._(
                        "Licence renewed: %(licence)s valid until %(date)s",
                        licence=lic._label(env),
                        date=format_date(env, lic.expiry_date),
                    )
                )
        return res

    # ------------------------------------------------------------------
    # business methods
    # ------------------------------------------------------------------

    @api.model
    def _default_reminder_days(self):
        value = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param(REMINDER_DAYS_PARAM, DEFAULT_REMINDER_DAYS)
        )
        try:
            return max(int(value), 0)
        except (TypeError, ValueError):
            return DEFAULT_REMINDER_DAYS

    @api.model
    def _expiring_domain(self, today):
        """Licences whose expiry date is within their type's reminder window."""
        default_days = self._default_reminder_days()
        type_ids_by_days = defaultdict(list)
        for days, type_ids in (
            self.env["park.licence.type"]
            .with_context(active_test=False)
            .sudo()
            ._read_group([], ["reminder_days"], ["id:array_agg"])
        ):
            type_ids_by_days[days or default_days].extend(type_ids)
        if not type_ids_by_days:
            return Domain.FALSE
        return Domain("expiry_date", ">=", today) & Domain.OR(
            Domain("licence_type_id", "in", type_ids)
            & Domain("expiry_date", "<=", today + timedelta(days=days))
            for days, type_ids in type_ids_by_days.items()
        )

    def _label(self, env):
        """Type and number, in the language of ``env``."""
        self.ensure_one()
        return " ".join(
            part
            for part in (self.with_env(env).licence_type_id.name, self.number)
            if part
        )

    def _log_timeline(self, summary, kind="licence"):
        """Write one timeline event per licence, in every installed language:
        ``summary(licence, env) -> str``."""
        events = self.env["park.enterprise.event"]
        return events._park_create(
            [
                events._prepare_event_vals(
                    licence.partner_id,
                    kind,
                    lambda env, licence=licence: summary(licence, env),
                    record=licence,
                )
                for licence in self
                if licence.partner_id.is_park_enterprise
            ]
        )

    def _reminder_users(self):
        """Who gets the renewal activity, per licence.

        The enterprise's responsible agent (its ``user_id``) if set and able to
        read the licence, else an agent assigned to the enterprise's park, else
        the administrator.
        """
        agent_group = self.env.ref("park_base.group_park_agent")
        parks = self.park_id
        agent_by_park = {}
        if parks:
            agents = (
                self.env["res.users"]
                .sudo()
                .search(
                    [
                        ("all_group_ids", "in", agent_group.ids),
                        ("share", "=", False),
                        ("park_park_ids", "in", parks.ids),
                    ],
                    order="id",
                )
            )
            for agent in agents:
                for park in agent.park_park_ids & parks:
                    agent_by_park.setdefault(park, agent)
        fallback = self.env.ref("base.user_admin", raise_if_not_found=False)
        result = {}
        for licence in self:
            responsible = licence.partner_id.user_id
            if (
                responsible
                and responsible.active
                and not responsible.share
                and licence.with_user(responsible).has_access("read")
            ):
                result[licence] = responsible
            else:
                result[licence] = agent_by_park.get(licence.park_id) or fallback
        return result

    def _send_expiry_reminders(self):
        """Schedule the renewal activity, mail the enterprise, log the timeline
        and remember the expiry date the reminder was sent for."""
        if not self:
            return
        activity_type = self.env.ref(
            "park_enterprise.mail_activity_type_licence_renewal"
        )
        template = self.env.ref("park_enterprise.mail_template_licence_expiry")
        users = self._reminder_users()
        model_id = self.env["ir.model"]._get_id(self._name)
        activity_vals = []
        for licence in self:
            user = users[licence]
            if not user:
                continue
            env = self.with_context(lang=user.lang or self.env.lang).env
            activity_vals.append(
                {
                    "res_model_id": model_id,
                    "res_id": licence.id,
                    "activity_type_id": activity_type.id,
                    "summary": env._(
                        "Renew %(licence)s of %(enterprise)s",
                        licence=licence._label(env),
                        enterprise=licence.partner_id.name,
                    ),
                    "date_deadline": licence.expiry_date,
                    "user_id": user.id,
                    "automated": True,
                }
            )
        self.env["mail.activity"].sudo().create(activity_vals)
        to_mail = self.filtered("reminder_partner_ids")
        if to_mail:
            # rendered in each enterprise's language; posted to the service
            # contacts only (the composer would add "suggested" recipients)
            rendered = template._generate_template(
                to_mail.ids, ["subject", "body_html"]
            )
            for licence in to_mail:
                licence.message_post(
                    subject=rendered[licence.id]["subject"],
                    body=rendered[licence.id]["body_html"],
                    partner_ids=licence.reminder_partner_ids.ids,
                    message_type="comment",
                    subtype_xmlid="mail.mt_comment",
                    email_layout_xmlid="mail.mail_notification_light",
                )
        self._log_timeline(
            lambda lic, env: env._(
                "Licence expires on %(date)s: %(licence)s",
                date=format_date(env, lic.expiry_date),
                licence=lic._label(env),
            )
        )
        by_expiry = defaultdict(lambda: self.browse())
        for licence in self:
            by_expiry[licence.expiry_date] |= licence
        for expiry_date, licences in by_expiry.items():
            licences.sudo().write({"reminder_sent_for": expiry_date})

    @api.model
    def _cron_send_expiry_reminders(self, batch_size=500):
        """Remind once per licence and expiry date, in batches
        (``park.batch.mixin``)."""
        domain = Domain("reminder_pending", "=", True) & self._expiring_domain(
            fields.Date.context_today(self)
        )
        return self._park_process_in_batches(
            domain,
            lambda licences: licences._send_expiry_reminders(),
            batch_size,
            order="expiry_date, id",
        )
