# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .park_matter import THEMES, qr_data_uri
from .park_matter_material import material_key

FORM_RANK = {"electronic": 0, "copy": 1, "original": 2, "both": 3}


class ParkBundle(models.Model):
    """A "one thing, one go" bundle (一件事一次办) of matters handled together."""

    _name = "park.bundle"
    _description = "One-thing Bundle"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "park.scope.mixin",
        "park.guide.pdf.mixin",
    ]
    _order = "sequence, name"

    name = fields.Char(required=True, tracking=True)
    park_id = fields.Many2one(
        "park.park",
        index=True,
        ondelete="restrict",
        tracking=True,
        help="A park's own bundle (park edition); empty for the city's bundles, "
        "which every park offers.",
    )
    code = fields.Char(required=True, index=True, tracking=True)
    theme = fields.Selection(THEMES, string="Life-cycle Theme", index=True)
    description = fields.Text()
    policy_reference = fields.Char(
        help="The national or provincial list the bundle comes from."
    )
    is_national = fields.Boolean(string="National Bundle")
    consult_phone = fields.Char(string="Consultation Phone")
    state = fields.Selection(
        [("draft", "Draft"), ("published", "Published")],
        default="draft",
        required=True,
        index=True,
        tracking=True,
        copy=False,
    )
    active = fields.Boolean(default=True)
    sequence = fields.Integer(default=10)
    line_ids = fields.One2many(
        "park.bundle.line", "bundle_id", string="Matters", copy=True
    )
    matter_count = fields.Integer(compute="_compute_limits", store=True)
    step_count = fields.Integer(string="Steps", compute="_compute_limits", store=True)
    combined_limit = fields.Integer(
        string="Combined Promised Limit (working days)",
        compute="_compute_limits",
        store=True,
        aggregator=False,
        help="Sum over the steps of the longest promised limit within each step: "
        "matters of one step are handled in parallel.",
    )
    individual_limit_total = fields.Integer(
        string="One by One (working days)",
        compute="_compute_limits",
        store=True,
        aggregator=False,
        help="Sum of the matters' promised limits when handled one after another.",
    )
    saved_days = fields.Integer(
        string="Days Saved", compute="_compute_limits", store=True, aggregator=False
    )
    saved_percent = fields.Float(
        string="Time Saved (%)",
        compute="_compute_limits",
        store=True,
        digits=(5, 1),
        aggregator=False,
    )
    visit_count = fields.Integer(
        string="Visits (bundle)",
        compute="_compute_limits",
        store=True,
        help="One visit covers every matter of the bundle: the most any matter needs.",
    )
    individual_visit_total = fields.Integer(
        string="Visits (one by one)", compute="_compute_limits", store=True
    )
    material_total_count = fields.Integer(
        string="Materials (one by one)", compute="_compute_materials"
    )
    merged_material_count = fields.Integer(
        string="Materials (bundle)", compute="_compute_materials"
    )
    merged_material_html = fields.Html(
        string="Merged Materials", compute="_compute_materials", sanitize=False
    )
    public_url = fields.Char(compute="_compute_public_url")

    _code_uniq = models.Constraint("unique(code)", "The bundle code must be unique.")

    @api.depends(
        "line_ids.step",
        "line_ids.matter_id.promised_limit",
        "line_ids.matter_id.visit_count",
    )
    def _compute_limits(self):
        for bundle in self:
            by_step = {}
            for line in bundle.line_ids:
                by_step.setdefault(line.step, []).append(line.matter_id.promised_limit)
            combined = sum(max(limits) for limits in by_step.values())
            total = sum(bundle.line_ids.matter_id.mapped("promised_limit"))
            visits = [
                int(v or 0) for v in bundle.line_ids.matter_id.mapped("visit_count")
            ]
            bundle.matter_count = len(bundle.line_ids)
            bundle.step_count = len(by_step)
            bundle.combined_limit = combined
            bundle.individual_limit_total = total
            bundle.saved_days = total - combined
            bundle.saved_percent = 100.0 * (total - combined) / total if total else 0.0
            bundle.visit_count = max(visits) if visits else 0
            bundle.individual_visit_total = sum(visits)

    @api.depends("line_ids.matter_id.material_ids", "line_ids.step")
    def _compute_materials(self):
        for bundle in self:
            merged = bundle._get_merged_materials()
            bundle.material_total_count = sum(
                len(line.matter_id.material_ids) for line in bundle.line_ids
            )
            bundle.merged_material_count = len(merged)
            bundle.merged_material_html = bundle._merged_materials_html(merged)

    def _compute_public_url(self):
        base = self.get_base_url()
        for bundle in self:
            bundle.public_url = f"{base}/park/bundle/{bundle.id}" if bundle.id else ""

    def _get_merged_materials(self):
        """The bundle's materials, each document once.

        Materials are the same document when their normalised names match
        (width, case, spaces and punctuation ignored). The merged entry is
        required when any matter requires it, asks for the most copies and the
        strictest form, and lists the matters that use it.
        """
        self.ensure_one()
        merged = {}
        lines = self.line_ids.sorted(lambda ln: (ln.step, ln.sequence, ln.id))
        for line in lines:
            for material in line.matter_id.material_ids:
                key = material.name_key or material_key(material.name)
                entry = merged.get(key)
                if entry is None:
                    entry = merged[key] = {
                        "key": key,
                        "name": material.name,
                        "form_type": material.form_type,
                        "copies": material.copies,
                        "is_required": material.is_required,
                        "source": material.source,
                        "note": material.note or "",
                        "matters": [],
                        "materials": material,
                    }
                else:
                    entry["copies"] = max(entry["copies"], material.copies)
                    entry["is_required"] = entry["is_required"] or material.is_required
                    if FORM_RANK.get(material.form_type, 0) > FORM_RANK.get(
                        entry["form_type"], 0
                    ):
                        entry["form_type"] = material.form_type
                    entry["materials"] |= material
                if line.matter_id.name not in entry["matters"]:
                    entry["matters"].append(line.matter_id.name)
        forms = dict(
            self.env["park.matter.material"]
            ._fields["form_type"]
            ._description_selection(self.env)
        )
        for entry in merged.values():
            entry["form_label"] = forms.get(entry["form_type"], "")
        return list(merged.values())

    def _merged_materials_html(self, merged):
        head = Markup(
            "<table class='table table-sm table-bordered o_park_bundle_materials'>"
            "<thead><tr><th>#</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
            "<th>%s</th></tr></thead><tbody>"
        ) % (
            self.env._("Material"),
            self.env._("Form"),
            self.env._("Copies"),
            self.env._("Required"),
            self.env._("Used by"),
        )
        rows = Markup()
        for index, entry in enumerate(merged, start=1):
            rows += Markup(
                "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
            ) % (
                index,
                entry["name"],
                entry["form_label"],
                entry["copies"],
                self.env._("Yes") if entry["is_required"] else self.env._("No"),
                escape("、".join(entry["matters"])),
            )
        return head + rows + Markup("</tbody></table>")

    @api.constrains("line_ids", "state")
    def _check_published_lines(self):
        for bundle in self.filtered(lambda b: b.state == "published"):
            if not bundle.line_ids:
                raise ValidationError(
                    self.env._(
                        "The bundle %(name)s has no matter and cannot be published.",
                        name=bundle.name,
                    )
                )
            # the state may be written without action_publish (imports, RPC)
            bundle.line_ids._check_matter_published()

    def write(self, vals):
        res = super().write(vals)
        self._guide_pdf_invalidate()
        return res

    def action_publish(self):
        for bundle in self:
            unpublished = bundle.line_ids.matter_id.filtered(
                lambda m: m.state != "published"
            )
            if unpublished:
                raise UserError(
                    self.env._(
                        "The bundle %(bundle)s contains matters that are not "
                        "published: %(matters)s.",
                        bundle=bundle.name,
                        matters=", ".join(unpublished.mapped("name")),
                    )
                )
        self.write({"state": "published"})
        return True

    def action_draft(self):
        self.write({"state": "draft"})
        return True

    def _get_qr_data_uri(self):
        self.ensure_one()
        return qr_data_uri(self.env, self.public_url)

    def action_preview_guide(self):
        self.ensure_one()
        return self.env.ref(
            "park_matter.action_report_bundle_guide_html"
        ).report_action(self, config=False)
