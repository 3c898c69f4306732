# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import functools
import re
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command

# Matter codes follow the GB/T 39554.1-2020 shape: segments of upper-case
# letters and digits joined by single hyphens, 8 to 40 characters in all,
# e.g. "370300-XK-000105003000" (region - type - basic code).
MATTER_CODE_RE = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")
MATTER_CODE_MIN = 8
MATTER_CODE_MAX = 40

MATTER_TYPES = [
    ("licence", "Administrative licence"),
    ("confirmation", "Administrative confirmation"),
    ("filing", "Administrative filing"),
    ("payment", "Administrative payment"),
    ("levy", "Administrative levy"),
    ("reward", "Administrative reward"),
    ("ruling", "Administrative ruling"),
    ("other_power", "Other administrative power"),
    ("public_service", "Public service"),
]
THEMES = [
    ("opening", "Business opening"),
    ("permit", "Operating permits"),
    ("construction", "Investment and construction"),
    ("tax", "Tax"),
    ("social_insurance", "Social insurance"),
    ("medical_insurance", "Medical insurance"),
    ("housing_fund", "Housing fund"),
    ("talent", "Talent and employee services"),
    ("change", "Change"),
    ("deregistration", "Deregistration"),
]
APPROVAL_LEVELS = [("city", "City"), ("county", "County")]
VISIT_COUNTS = [
    ("0", "No visit"),
    ("1", "At most one visit"),
    ("2", "Two visits or more"),
]
SERVICE_OBJECTS = [
    ("enterprise", "Enterprises"),
    ("person", "Natural persons"),
    ("both", "Enterprises and natural persons"),
]

# Fields that make up the published service guide: changing any of them on a
# published matter makes a new version instead of touching the old one.
GUIDE_FIELDS = {
    "name",
    "code",
    "department_id",
    "matter_type",
    "theme",
    "approval_level",
    "service_object",
    "legal_basis",
    "conditions",
    "material_ids",
    "step_ids",
    "statutory_limit",
    "promised_limit",
    "is_on_the_spot",
    "visit_count",
    "is_free",
    "fee_text",
    "fee_basis",
    "channel_ids",
    "online_url",
    "consult_phone",
    "complaint_phone",
    "handling_place",
    "office_hours",
    "faq_ids",
}


def check_matter_code(code):
    """True when ``code`` is a well-formed matter code."""
    return bool(
        code
        and MATTER_CODE_MIN <= len(code) <= MATTER_CODE_MAX
        and MATTER_CODE_RE.match(code)
    )


def qr_data_uri(env, value):
    """A QR code of ``value`` as a PNG data URI, for the printed guides."""
    png = env["ir.actions.report"].barcode("QR", value, width=180, height=180, quiet=0)
    return "data:image/png;base64," + base64.b64encode(png).decode()


class ParkMatter(models.Model):
    _name = "park.matter"
    _description = "Government Service Matter"
    # park.pinyin.mixin: name_pinyin, and the name search matches pinyin
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "park.pinyin.mixin",
        "park.guide.pdf.mixin",
    ]
    _order = "theme, sequence, code, version desc"
    _rec_names_search = ["name", "code"]

    # identity and life cycle
    name = fields.Char(required=True, tracking=True)
    code = fields.Char(
        required=True,
        index=True,
        tracking=True,
        help="Implementing code of the matter (GB/T 39554.1): upper-case letters "
        "and digits in segments joined by hyphens, 8 to 40 characters, "
        "e.g. 370300-XK-000105003000.",
    )
    version = fields.Integer(default=1, required=True, readonly=True, copy=False)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("published", "Published"),
            ("superseded", "Superseded"),
            ("withdrawn", "Withdrawn"),
        ],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    is_latest = fields.Boolean(
        string="Current Version",
        default=True,
        index=True,
        copy=False,
        readonly=True,
        help="The version in force (or, before the first publication, the draft).",
    )
    previous_version_id = fields.Many2one(
        "park.matter", readonly=True, copy=False, index=True, ondelete="restrict"
    )
    version_ids = fields.Many2many(
        "park.matter",
        string="All Versions",
        compute="_compute_version_ids",
    )
    version_count = fields.Integer(compute="_compute_version_ids")
    published_date = fields.Date(readonly=True, copy=False)
    withdrawn_date = fields.Date(readonly=True, copy=False)
    active = fields.Boolean(default=True)
    sequence = fields.Integer(default=10)
    is_high_frequency = fields.Boolean(
        string="High Frequency",
        index=True,
        tracking=True,
        help="Matters that park enterprises and their employees handle often; "
        "they belong on every park's matter list.",
    )
    may_handle_in_park = fields.Boolean(
        string="May Be Handled in Parks",
        default=True,
        index=True,
        tracking=True,
        help="The guidance catalogue allows this matter on park lists. A park's "
        "gap analysis counts only these matters: a matter handled at city level "
        "only does not make a park's list incomplete.",
    )

    # classification
    department_id = fields.Many2one(
        "park.department",
        string="Implementing Department",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    matter_type = fields.Selection(MATTER_TYPES, required=True, tracking=True)
    theme = fields.Selection(
        THEMES,
        string="Life-cycle Theme",
        required=True,
        index=True,
        tracking=True,
    )
    approval_level = fields.Selection(
        APPROVAL_LEVELS, required=True, default="county", tracking=True
    )
    service_object = fields.Selection(
        SERVICE_OBJECTS, default="enterprise", required=True
    )

    # service guide
    legal_basis = fields.Text()
    conditions = fields.Text()
    material_ids = fields.One2many(
        "park.matter.material", "matter_id", string="Materials", copy=True
    )
    material_count = fields.Integer(compute="_compute_material_count")
    step_ids = fields.One2many(
        "park.matter.step", "matter_id", string="Procedure Steps", copy=True
    )
    statutory_limit = fields.Integer(
        string="Statutory Limit (working days)", tracking=True, aggregator=False
    )
    promised_limit = fields.Integer(
        string="Promised Limit (working days)", tracking=True, aggregator=False
    )
    limit_cut_percent = fields.Float(
        string="Limit Cut (%)",
        compute="_compute_limit_cut_percent",
        digits=(5, 1),
    )
    is_on_the_spot = fields.Boolean(
        string="Handled on the Spot",
        help="Matter handled at once at the window (promised limit 0).",
    )
    visit_count = fields.Selection(
        VISIT_COUNTS, string="Visits Required", default="1", required=True
    )
    is_free = fields.Boolean(string="Free of Charge", default=True)
    fee_text = fields.Char(string="Fees")
    fee_basis = fields.Text(string="Basis of Fees")
    channel_ids = fields.Many2many("park.matter.channel", string="Channels", copy=True)
    online_url = fields.Char(string="Online Link")
    consult_phone = fields.Char(string="Consultation Phone")
    complaint_phone = fields.Char()
    handling_place = fields.Char()
    office_hours = fields.Char()
    faq_ids = fields.One2many("park.matter.faq", "matter_id", string="FAQ", copy=True)

    # use
    list_line_ids = fields.One2many(
        "park.matter.list.line", "matter_id", string="Park List Lines"
    )
    park_count = fields.Integer(
        string="Parks Listing It", compute="_compute_park_count"
    )
    delegation_ids = fields.One2many(
        "park.matter.delegation",
        "matter_id",
        string="Delegations",
        groups="base.group_user",
    )
    public_url = fields.Char(compute="_compute_public_url")

    _code_version_uniq = models.Constraint(
        "unique(code, version)",
        "A matter code can have each version number only once.",
    )
    _limits_non_negative = models.Constraint(
        "CHECK(statutory_limit >= 0 AND promised_limit >= 0)",
        "Time limits cannot be negative.",
    )
    _promised_within_statutory = models.Constraint(
        "CHECK(promised_limit <= statutory_limit)",
        "The promised limit cannot be longer than the statutory limit.",
    )
    _on_the_spot_no_limit = models.Constraint(
        "CHECK(NOT is_on_the_spot OR promised_limit = 0)",
        "A matter handled on the spot has a promised limit of 0 working days.",
    )
    _version_positive = models.Constraint(
        "CHECK(version >= 1)", "Version numbers start at 1."
    )

    # ------------------------------------------------------------------
    # computes
    # ------------------------------------------------------------------
    @api.depends("code")
    def _compute_version_ids(self):
        codes = [c for c in self.mapped("code") if c]
        versions = self.with_context(active_test=False).search(
            [("code", "in", codes)], order="version desc"
        )
        by_code = defaultdict(lambda: self.browse())
        for version in versions:
            by_code[version.code] |= version
        for matter in self:
            matter.version_ids = by_code[matter.code]
            matter.version_count = len(matter.version_ids)

    @api.depends("material_ids")
    def _compute_material_count(self):
        for matter in self:
            matter.material_count = len(matter.material_ids)

    @api.depends("statutory_limit", "promised_limit")
    def _compute_limit_cut_percent(self):
        for matter in self:
            if matter.statutory_limit:
                cut = matter.statutory_limit - matter.promised_limit
                matter.limit_cut_percent = 100.0 * cut / matter.statutory_limit
            else:
                matter.limit_cut_percent = 0.0

    def _compute_park_count(self):
        groups = self.env["park.matter.list.line"]._read_group(
            [("matter_id", "in", self.ids)], ["matter_id"], ["__count"]
        )
        counts = {matter.id: count for matter, count in groups}
        for matter in self:
            matter.park_count = counts.get(matter.id, 0)

    def _compute_public_url(self):
        base = self.get_base_url()
        for matter in self:
            matter.public_url = f"{base}/park/matter/{matter.id}" if matter.id else ""

    @api.depends("name", "code", "version")
    def _compute_display_name(self):
        for matter in self:
            name = matter.name or ""
            if matter.code:
                name = f"[{matter.code}] {name}"
            if matter.version and matter.version > 1:
                name = f"{name} v{matter.version}"
            matter.display_name = name

    # ------------------------------------------------------------------
    # constraints
    # ------------------------------------------------------------------
    @api.constrains("code")
    def _check_code(self):
        for matter in self:
            if not check_matter_code(matter.code):
                raise ValidationError(
                    self.env._(
                        "The matter code %(code)s is not valid: use upper-case "
                        "letters and digits in segments joined by single hyphens, "
                        "%(min)s to %(max)s characters (e.g. 370300-XK-000105003000).",
                        code=matter.code,
                        min=MATTER_CODE_MIN,
                        max=MATTER_CODE_MAX,
                    )
                )

    @api.constrains("is_free", "fee_text")
    def _check_fee(self):
        for matter in self:
            if not matter.is_free and not matter.fee_text:
                raise ValidationError(
                    self.env._(
                        "The matter %(name)s is not free: state its fees.",
                        name=matter.name,
                    )
                )

    @api.onchange("is_on_the_spot")
    def _onchange_is_on_the_spot(self):
        if self.is_on_the_spot:
            self.promised_limit = 0

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("code"):
                vals["code"] = vals["code"].strip().upper()
            # a new code starts its own chain; a copy made as a new version
            # becomes current only when it is published
            if vals.get("previous_version_id"):
                vals["is_latest"] = False
        if any(vals.get("state", "draft") != "draft" for vals in vals_list):
            # a matter loaded as published (data files) gets its guide parts
            # in the same create
            self.check_access("create")
            matters = super(ParkMatter, self._in_place()).create(vals_list)
            return matters.with_env(self.env)
        return super().create(vals_list)

    def copy_data(self, default=None):
        default = dict(default or {})
        vals_list = super().copy_data(default=default)
        if "code" not in default:
            for matter, vals in zip(self, vals_list, strict=True):
                vals["code"] = f"{matter.code}-COPY"[:MATTER_CODE_MAX]
                vals["name"] = self.env._("%(name)s (copy)", name=matter.name)
        return vals_list

    def _in_place(self):
        """These records, to be changed in place even when published.

        Only code of this addon uses it, after checking access itself: the
        switch is honoured in sudo mode only, so that no RPC caller can set it
        through the context and edit a published guide in place."""
        return self.sudo().with_context(park_matter_in_place=True)

    def _is_in_place(self):
        return self.env.su and self.env.context.get("park_matter_in_place")

    def write(self, vals):
        in_place = self._is_in_place()
        if in_place or not GUIDE_FIELDS & set(vals):
            res = super().write(vals)
            if "promised_limit" in vals:
                self.list_line_ids._check_local_limit()
            if in_place and GUIDE_FIELDS & set(vals):
                self._guide_pdf_invalidate()
            return res
        frozen = self.filtered(lambda m: m.state != "draft")
        if "code" in vals and frozen:
            raise UserError(
                self.env._(
                    "The code of a matter that has been published cannot change; "
                    "create a new matter instead."
                )
            )
        blocked = frozen.filtered(lambda m: m.state != "published" or not m.is_latest)
        if blocked:
            raise UserError(
                self.env._(
                    "%(name)s (version %(version)s) is no longer in force and cannot "
                    "be changed; make a new version of the current one.",
                    name=blocked[0].name,
                    version=blocked[0].version,
                )
            )
        for matter in frozen:
            # the published version stays as it is: the change becomes a new,
            # published version that supersedes it
            new = matter._copy_new_version(vals)
            new.action_publish()
        drafts = self - frozen
        if drafts:
            super(ParkMatter, drafts).write(vals)
            if "promised_limit" in vals:
                drafts.list_line_ids._check_local_limit()
        return True

    @api.ondelete(at_uninstall=False)
    def _unlink_except_published(self):
        if any(matter.state != "draft" for matter in self):
            raise UserError(
                self.env._(
                    "A matter that has been published cannot be deleted: withdraw "
                    "it or archive it; filed cases keep referring to it."
                )
            )

    # ------------------------------------------------------------------
    # versions and life cycle
    # ------------------------------------------------------------------
    def _next_version_number(self):
        self.ensure_one()
        last = self.with_context(active_test=False).search(
            [("code", "=", self.code)], order="version desc", limit=1
        )
        return (last.version or 0) + 1

    def _copy_new_version(self, vals=None):
        """A draft copy of this matter, as its next version, with ``vals``."""
        self.ensure_one()
        pending = self.with_context(active_test=False).search(
            [("code", "=", self.code), ("state", "=", "draft")], limit=1
        )
        if pending:
            raise UserError(
                self.env._(
                    "A draft version (%(version)s) of %(name)s is already being "
                    "prepared: edit and publish it.",
                    version=pending.version,
                    name=self.name,
                )
            )
        new = self.copy(
            {
                "code": self.code,
                "name": self.name,
                "version": self._next_version_number(),
                "previous_version_id": self.id,
            }
        )
        if vals:
            vals = self._remap_guide_commands(new, vals)
            new.write(vals)
        self.message_post(
            body=self.env._(
                "Version %(version)s created from this version.", version=new.version
            )
        )
        return new

    def _remap_guide_commands(self, new, vals):
        """``vals`` for ``new`` with x2many commands aimed at its own lines.

        A form saving a published matter sends commands on the materials, steps
        and FAQ of that version; they must change the copies in the new version,
        never the lines of the version in force.
        """
        self.ensure_one()
        vals = dict(vals)
        for fname in ("material_ids", "step_ids", "faq_ids"):
            commands = vals.get(fname)
            if not commands:
                continue
            mapping = dict(zip(self[fname].ids, new[fname].ids, strict=True))
            target = functools.partial(self._remap_target, fname, mapping)
            remapped = []
            for command in commands:
                code = command[0]
                if code in (
                    Command.UPDATE,
                    Command.DELETE,
                    Command.UNLINK,
                    Command.LINK,
                ):
                    command = (code, target(command[1]), *command[2:])
                elif code == Command.SET:
                    command = (code, 0, [target(rid) for rid in command[2]])
                remapped.append(command)
            vals[fname] = remapped
        return vals

    def _remap_target(self, fname, mapping, record_id):
        """The new version's copy of line ``record_id`` of ``fname``."""
        if record_id not in mapping:
            raise ValueError(f"{fname}: record {record_id} is not part of {self!r}")
        return mapping[record_id]

    def action_new_version(self):
        self.ensure_one()
        if self.state == "draft":
            raise UserError(self.env._("A draft can be edited directly."))
        new = self._copy_new_version()
        return {
            "type": "ir.actions.act_window",
            "res_model": "park.matter",
            "res_id": new.id,
            "view_mode": "form",
            "target": "current",
        }

    def action_publish(self):
        for matter in self:
            if matter.state != "draft":
                raise UserError(
                    self.env._(
                        "Only a draft can be published (%(name)s).", name=matter.name
                    )
                )
            older = self.with_context(active_test=False).search(
                [
                    ("code", "=", matter.code),
                    ("id", "!=", matter.id),
                    ("version", "<", matter.version),
                ]
            )
            in_force = older.filtered(lambda m: m.state == "published")
            in_force.write({"state": "superseded", "is_latest": False})
            (older - in_force).filtered("is_latest").write({"is_latest": False})
            # the versions it supersedes now print as superseded
            older._guide_pdf_invalidate()
            matter.write(
                {
                    "state": "published",
                    "is_latest": True,
                    "published_date": fields.Date.context_today(self),
                }
            )
            if older:
                matter._move_references_from(older)
        return True

    def _move_references_from(self, older):
        """Park lists and bundles follow the version in force.

        Cases keep the version they were filed under: only the catalogue's own
        lists move on.
        """
        self.ensure_one()
        lines = (
            self.env["park.matter.list.line"]
            .sudo()
            .with_context(active_test=False)
            .search([("matter_id", "in", older.ids)])
        )
        for line in lines:
            vals = {"matter_id": self.id}
            if line.local_promised_limit > self.promised_limit:
                vals["local_promised_limit"] = self.promised_limit
            line.write(vals)
        bundle_lines = (
            self.env["park.bundle.line"].sudo().search([("matter_id", "in", older.ids)])
        )
        bundle_lines.write({"matter_id": self.id})
        # an authorisation is given for the matter, not for one version of it
        self.env["park.matter.delegation"].sudo().with_context(
            active_test=False
        ).search([("matter_id", "in", older.ids)]).write({"matter_id": self.id})

    def action_withdraw(self):
        for matter in self:
            if matter.state != "published":
                raise UserError(
                    self.env._(
                        "Only a published matter can be withdrawn (%(name)s).",
                        name=matter.name,
                    )
                )
        bundles = (
            self.env["park.bundle.line"]
            .sudo()
            .search(
                [("matter_id", "in", self.ids), ("bundle_id.state", "=", "published")]
            )
            .bundle_id
        )
        if bundles:
            raise UserError(
                self.env._(
                    "The matter is part of published bundles (%(bundles)s): set "
                    "them back to draft or take the matter out of them first.",
                    bundles=", ".join(bundles.mapped("name")),
                )
            )
        self.write(
            {"state": "withdrawn", "withdrawn_date": fields.Date.context_today(self)}
        )
        self._guide_pdf_invalidate()
        # a withdrawn matter is no longer handled in the parks
        self.env["park.matter.list.line"].sudo().search(
            [("matter_id", "in", self.ids)]
        ).write({"active": False})
        return True

    def action_view_versions(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Versions"),
            "res_model": "park.matter",
            "view_mode": "list,form",
            "domain": [("code", "=", self.code)],
            "context": {"active_test": False},
        }

    def action_view_parks(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_matter.park_matter_list_line_action"
        )
        action["domain"] = [("matter_id", "=", self.id)]
        action["context"] = {"default_matter_id": self.id}
        return action

    # ------------------------------------------------------------------
    # park lists
    # ------------------------------------------------------------------
    @api.model
    def _gap_domain(self, park):
        """Published matters in force that are not (actively) on ``park``'s list."""
        return [
            ("state", "=", "published"),
            ("is_latest", "=", True),
            ("may_handle_in_park", "=", True),
            "!",
            ("list_line_ids.park_id", "=", park.id),
        ]

    @api.model
    def _get_gap_matters(self, park):
        """High-frequency catalogue matters not yet on the park's list."""
        return self.search(self._gap_domain(park) + [("is_high_frequency", "=", True)])

    def action_add_to_park_list(self):
        """Put the selected matters on the park list given in the context."""
        park_id = self.env.context.get("park_matter_park_id")
        if not park_id:
            raise UserError(self.env._("Choose the park whose list to complete."))
        park = self.env["park.park"].browse(park_id)
        lines = self.env["park.matter.list.line"]
        return lines._add_matters(park, self)

    # ------------------------------------------------------------------
    # printing
    # ------------------------------------------------------------------
    def _get_qr_data_uri(self):
        """A QR code of the public page, for the printed guides."""
        self.ensure_one()
        return qr_data_uri(self.env, self.public_url)

    def action_preview_guide(self):
        self.ensure_one()
        return self.env.ref(
            "park_matter.action_report_matter_guide_html"
        ).report_action(self, config=False)

    def _guide_pdf_invalidate(self):
        res = super()._guide_pdf_invalidate()
        # the bundles print the guides of their matters
        self.env["park.bundle.line"].sudo().search(
            [("matter_id", "in", self.ids)]
        ).bundle_id._guide_pdf_invalidate()
        return res
