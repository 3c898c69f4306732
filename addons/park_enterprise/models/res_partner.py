# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain

from . import uscc as park_uscc

LIFECYCLE_STAGES = [
    ("preparing", "Preparing"),
    ("opening", "Opening"),
    ("permits", "Operating Permits"),
    ("construction", "Investment & Construction"),
    ("operating", "Operating"),
    ("changing", "Changing"),
    ("deregistering", "Deregistering"),
    ("closed", "Closed"),
]

# a change of these may move a partner into or out of an enterprise file, or
# the file to another park
FILE_SCOPE_FIELDS = {
    "is_park_enterprise",
    "park_id",
    "parent_id",
    "is_company",
    "commercial_partner_id",
}


class ResPartner(models.Model):
    _name = "res.partner"
    _inherit = ["res.partner", "park.pinyin.mixin"]

    is_park_enterprise = fields.Boolean(
        string="Park Enterprise",
        index=True,
        copy=False,
        help="This company has a file in the park enterprise archive.",
    )
    uscc = fields.Char(
        string="Unified Social Credit Code",
        copy=False,
        tracking=True,
        help="18 characters (GB 32100-2015). Stored in upper case without "
        "spaces; enterprises still being set up may leave it empty.",
    )
    registration_date = fields.Date(tracking=True)
    legal_representative = fields.Char(tracking=True)
    park_currency_id = fields.Many2one(
        "res.currency",
        string="Capital Currency",
        compute="_compute_park_currency_id",
    )
    registered_capital = fields.Monetary(
        string="Registered Capital (CNY)",
        currency_field="park_currency_id",
    )
    enterprise_size = fields.Selection(
        [
            ("large", "Large"),
            ("medium", "Medium"),
            ("small", "Small"),
            ("micro", "Micro"),
        ],
        index=True,
    )
    employee_count = fields.Integer(string="Employees")
    park_id = fields.Many2one(
        "park.park",
        index=True,
        tracking=True,
        ondelete="restrict",
    )
    # named park_* because base_address_extended adds ``city_id`` to partners
    park_county_id = fields.Many2one(
        "park.region",
        string="County of the Park",
        related="park_id.county_id",
        store=True,
        index=True,
    )
    park_city_id = fields.Many2one(
        "park.region",
        string="City of the Park",
        related="park_id.city_id",
        store=True,
        index=True,
    )
    park_industry_ids = fields.Many2many(
        "park.industry",
        "res_partner_park_industry_rel",
        "partner_id",
        "industry_id",
        string="Industry Tags",
    )
    lifecycle_stage = fields.Selection(
        LIFECYCLE_STAGES,
        string="Life-cycle Stage",
        index=True,
        tracking=True,
        copy=False,
    )
    is_key_enterprise = fields.Boolean(
        string="Key Enterprise", index=True, tracking=True
    )
    is_park_service_contact = fields.Boolean(
        string="Service Contact",
        help="The park's service staff contact this person for the enterprise; "
        "licence expiry reminders are mailed to service contacts.",
    )
    park_service_contact_ids = fields.One2many(
        "res.partner",
        "parent_id",
        string="Service Contacts",
        domain=[("is_park_service_contact", "=", True)],
        context={"default_is_park_service_contact": True},
    )
    park_licence_ids = fields.One2many(
        "park.enterprise.licence", "partner_id", string="Licences"
    )
    park_event_ids = fields.One2many(
        "park.enterprise.event", "partner_id", string="Timeline"
    )
    park_stage_history_ids = fields.One2many(
        "park.enterprise.stage.history", "partner_id", string="Stage History"
    )
    park_licence_count = fields.Integer(
        string="Licence Count", compute="_compute_park_counts"
    )
    park_licence_expiring_count = fields.Integer(
        string="Expiring Licences", compute="_compute_park_counts"
    )
    park_event_count = fields.Integer(
        string="Timeline Events", compute="_compute_park_counts"
    )
    # the enterprise file: an enterprise and its contacts, scoped by the
    # record rules on res.partner like licences (see the security file)
    is_park_file = fields.Boolean(
        string="Part of an Enterprise File",
        compute="_compute_park_file",
        store=True,
        index=True,
        help="An enterprise of the park archive, or one of its contacts.",
    )
    park_file_park_id = fields.Many2one(
        "park.park",
        string="Park of the File",
        compute="_compute_park_file",
        store=True,
        index=True,
        help="The park of the enterprise the contact belongs to.",
    )
    is_in_park_scope = fields.Boolean(
        string="In My Parks",
        compute="_compute_is_in_park_scope",
        search="_search_is_in_park_scope",
        help="The enterprise's park is one of the parks the current user serves.",
    )

    _uscc_uniq = models.Constraint(
        "unique(uscc)",
        "Another enterprise already has this unified social credit code.",
    )

    def _compute_park_currency_id(self):
        self.park_currency_id = self.env.ref("base.CNY", raise_if_not_found=False)

    @api.depends("is_park_enterprise")
    def _compute_name_pinyin(self):
        # only enterprises are looked up by pinyin
        others = self.filtered(lambda partner: not partner.is_park_enterprise)
        others.name_pinyin = False
        return super(ResPartner, self - others)._compute_name_pinyin()

    @api.depends(
        "commercial_partner_id.is_park_enterprise", "commercial_partner_id.park_id"
    )
    def _compute_park_file(self):
        for partner in self:
            enterprise = partner.commercial_partner_id
            partner.is_park_file = enterprise.is_park_enterprise
            partner.park_file_park_id = (
                enterprise.park_id if enterprise.is_park_enterprise else False
            )

    def _compute_park_counts(self):
        licences = self.env["park.enterprise.licence"]
        counts = dict(
            licences._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        expiring = dict(
            licences._read_group(
                [
                    ("partner_id", "in", self.ids),
                    ("state", "in", ("expiring", "expired")),
                ],
                ["partner_id"],
                ["__count"],
            )
        )
        events = dict(
            self.env["park.enterprise.event"]._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        for partner in self:
            partner.park_licence_count = counts.get(partner, 0)
            partner.park_licence_expiring_count = expiring.get(partner, 0)
            partner.park_event_count = events.get(partner, 0)

    def _compute_is_in_park_scope(self):
        scope = self._park_scope_domain()
        if scope.is_true():
            self.is_in_park_scope = True
            return
        in_scope = self.filtered_domain(scope)
        for partner in self:
            partner.is_in_park_scope = partner in in_scope

    def _search_is_in_park_scope(self, operator, value):
        if operator != "in":
            return NotImplemented
        scope = self._park_scope_domain()
        return scope if True in value else ~scope

    @api.model
    def _park_scope_domain(self):
        """Enterprises the current user serves: all for city administrators,
        else those of the parks in ``user.park_scope_park_ids``."""
        return self.env.user._park_scope_domain("park_id")

    @api.model
    def _search_display_name(self, operator, value):
        """Also find partners by unified social credit code (and, through
        ``park.pinyin.mixin``, enterprises by pinyin)."""
        domain = super()._search_display_name(operator, value)
        if operator not in ("ilike", "like") or not isinstance(value, str) or not value:
            return domain
        return Domain(domain) | Domain("uscc", "ilike", value.strip())

    # ------------------------------------------------------------------
    # constraints
    # ------------------------------------------------------------------

    @api.constrains("uscc")
    def _check_uscc(self):
        for partner in self.filtered("uscc"):
            error = self._park_uscc_error(partner.uscc)
            if error:
                raise ValidationError(
                    self.env._(
                        "%(enterprise)s: %(error)s",
                        enterprise=partner.display_name,
                        error=error,
                    )
                )

    @api.model
    def _park_uscc_error(self, code):
        """Return why ``code`` is not a valid unified social credit code (a
        translated message), or False when it is valid."""
        code = park_uscc.compact(code or "")
        try:
            park_uscc.validate(code)
        except park_uscc.InvalidLength:
            return self.env._(
                "The unified social credit code %(code)s must have 18 "
                "characters, it has %(length)s.",
                code=code,
                length=len(code),
            )
        except park_uscc.InvalidComponent:
            return self.env._(
                "The unified social credit code %(code)s starts with %(first)s, "
                "which is no registration department's code: the first "
                "character is a digit from 1 to 9 or one of the letters A, N "
                "and Y.",
                code=code,
                first=code[:1],
            )
        except park_uscc.InvalidChecksum:
            return self.env._(
                "The unified social credit code %(code)s has a wrong check "
                "digit (the last character should be %(digit)s): please check it "
                "against the business licence.",
                code=code,
                digit=park_uscc.calc_check_digit(code[:17]),
            )
        except park_uscc.InvalidFormat:
            return self.env._(
                "The unified social credit code %(code)s contains invalid "
                "characters: the 2nd to 8th must be digits, the last ten digits "
                "or upper-case letters except I, O, S, V and Z.",
                code=code,
            )
        return False

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model
    def _park_normalize_uscc(self, code):
        """Compact and upper-case a code; empty codes are stored as NULL."""
        if not code:
            return False
        return park_uscc.compact(code) or False

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if "uscc" in vals:
                vals["uscc"] = self._park_normalize_uscc(vals["uscc"])
                self._park_check_uscc_registered(vals["uscc"])
        # the ORM checks the create rules on the new partners: a file, or a
        # contact of a file, is only created in the user's parks
        partners = super().create(vals_list)
        enterprises = partners.filtered(
            lambda p: p.is_park_enterprise and p.lifecycle_stage
        )
        if enterprises:
            enterprises._park_record_stage_change(
                {p.id: False for p in enterprises},
                self.env.context.get("park_stage_note"),
            )
        return partners

    def write(self, vals):
        if "uscc" in vals:
            vals["uscc"] = self._park_normalize_uscc(vals["uscc"])
            self._park_check_uscc_registered(vals["uscc"], exclude=self)
        old_stages = {}
        if "lifecycle_stage" in vals:
            old_stages = {
                p.id: p.lifecycle_stage
                for p in self
                if p.lifecycle_stage != vals["lifecycle_stage"]
            }
        res = super().write(vals)
        if FILE_SCOPE_FIELDS & set(vals):
            self._park_file_scope_changed()
        if old_stages:
            changed = self.browse(list(old_stages)).filtered("is_park_enterprise")
            if changed:
                changed._park_record_stage_change(
                    old_stages, self.env.context.get("park_stage_note")
                )
        return res

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------

    def action_park_open_enterprise(self):
        """Open the partner in the enterprise archive form."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Enterprise File"),
            "res_model": "res.partner",
            "res_id": self.id,
            "view_mode": "form",
            "views": [
                (
                    self.env.ref("park_enterprise.res_partner_view_form_enterprise").id,
                    "form",
                )
            ],
        }

    def action_park_open_licences(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_enterprise.park_enterprise_licence_action"
        )
        action["domain"] = [("partner_id", "=", self.id)]
        action["context"] = {"default_partner_id": self.id}
        return action

    def action_park_open_timeline(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_enterprise.park_enterprise_event_action"
        )
        action["name"] = self.env._("Timeline of %(name)s", name=self.name)
        action["domain"] = [("partner_id", "=", self.id)]
        action["context"] = {"default_partner_id": self.id}
        return action

    # ------------------------------------------------------------------
    # business methods
    # ------------------------------------------------------------------

    def _park_file_scope_changed(self):
        """After a change of what makes a partner part of a file (its company,
        the enterprise's park...): the record rules were checked on the
        partners as they were, so check them again, and let portal users'
        access follow their new company at once (the rule cache is keyed by
        user, not by the user's company)."""
        if not self.env.su:
            self.check_access("write")
        if self.sudo().with_context(active_test=False).user_ids:
            self.env.registry.clear_cache()

    @api.model
    def _park_check_uscc_registered(self, code, exclude=None):
        """Refuse a credit code that is already registered, saying in which
        park, whatever the user's scope (a city-wide duplicate check that
        tells nothing else of the other file)."""
        if not code:
            return
        other = (
            self.sudo()
            .with_context(active_test=False)
            .search(
                [("uscc", "=", code), ("id", "not in", (exclude or self).ids)],
                limit=1,
            )
        )
        if other:
            raise ValidationError(self._park_uscc_registered_message(code, other))

    @api.model
    def _park_uscc_registered_message(self, code, other):
        if other.park_id:
            return self.env._(
                "The unified social credit code %(code)s is already registered "
                "in the enterprise archive, in the park %(park)s.",
                code=code,
                park=other.park_id.name,
            )
        return self.env._(
            "The unified social credit code %(code)s is already registered in "
            "the enterprise archive (no park yet).",
            code=code,
        )

    @api.onchange("uscc")
    def _onchange_uscc(self):
        code = self._park_normalize_uscc(self.uscc)
        if not code:
            return None
        other = (
            self.sudo()
            .with_context(active_test=False)
            .search([("uscc", "=", code), ("id", "not in", self._origin.ids)], limit=1)
        )
        if not other:
            return None
        return {
            "warning": {
                "title": self.env._("Credit code already registered"),
                "message": self._park_uscc_registered_message(code, other),
            }
        }

    def _park_record_stage_change(self, old_stages, note=False):
        """Write the stage history and a timeline event for each enterprise."""
        now = fields.Datetime.now()
        history_vals = []
        for partner in self:
            history_vals.append(
                {
                    "partner_id": partner.id,
                    "from_stage": old_stages.get(partner.id) or False,
                    "to_stage": partner.lifecycle_stage or False,
                    "date": now,
                    "user_id": self.env.uid,
                    "note": note or False,
                }
            )
        histories = (
            self.env["park.enterprise.stage.history"].sudo().create(history_vals)
        )
        events = self.env["park.enterprise.event"]
        events._park_create(
            [
                events._prepare_event_vals(
                    history.partner_id,
                    "stage",
                    self._park_stage_summary(history.from_stage, history.to_stage),
                    record=history,
                    date=now,
                    description=note,
                )
                for history in histories
            ]
        )
        return histories

    @api.model
    def _park_stage_summary(self, old, new):
        """The summary of a stage change, as a function of the language."""
        field = self._fields["lifecycle_stage"]

        def summary(env):
            labels = dict(field._description_selection(env))
            if old:
                return env._(
                    "Stage changed from %(old)s to %(new)s",
                    old=labels.get(old),
                    new=labels.get(new) or env._("none"),
                )
            return env._("Stage set to %(new)s", new=labels.get(new) or env._("none"))

        return summary

    def _park_log_event(
        self,
        kind,
        summary,
        record=None,
        date=None,
        description=None,
        user=None,
        icon=None,
        is_internal=False,
    ):
        """Add an event to the timeline of each enterprise in ``self``.

        This is the API for other addons: add your ``kind`` to
        ``park.enterprise.event`` with ``selection_add`` and call
        ``partner._park_log_event("case", "Case HD-001 filed", record=ticket)``.
        Events are written as superuser: callers decide what to log, the record
        rules decide who reads it.

        :param str kind: a key of ``park.enterprise.event.kind``
        :param summary: one line shown in the timeline: a string, or a function
            ``summary(env) -> str`` to write it in every installed language, e.g.
            ``lambda env: env._("Case %(ref)s filed", ref=ticket.number)``
        :param record: the source record (any model), opened from the event
        :param date: datetime of the event, default now
        :param description: optional longer text (HTML allowed)
        :param user: res.users who did it, default the current user
        :param icon: Font Awesome class, default the kind's icon
        :param bool is_internal: hide the event from the enterprise's portal
        :return: the created ``park.enterprise.event`` records
        """
        partners = self.mapped("commercial_partner_id").filtered("is_park_enterprise")
        events = self.env["park.enterprise.event"]
        return events._park_create(
            [
                events._prepare_event_vals(
                    partner,
                    kind,
                    summary,
                    record=record,
                    date=date,
                    description=description,
                    user=user,
                    icon=icon,
                    is_internal=is_internal,
                )
                for partner in partners
            ]
        )
