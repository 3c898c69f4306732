# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ParkBundleLine(models.Model):
    """A matter in a bundle; matters sharing a step number run in parallel."""

    _name = "park.bundle.line"
    _description = "Matter of a Bundle"
    _inherit = ["park.scope.mixin"]
    _order = "bundle_id, step, sequence, id"

    bundle_id = fields.Many2one(
        "park.bundle", required=True, index=True, ondelete="cascade"
    )
    park_id = fields.Many2one(related="bundle_id.park_id", store=True, index=True)
    sequence = fields.Integer(default=10)
    step = fields.Integer(
        default=1,
        required=True,
        help="Matters with the same step number are handled in parallel; steps "
        "follow one another.",
    )
    matter_id = fields.Many2one(
        "park.matter",
        required=True,
        index=True,
        ondelete="restrict",
        domain="[('state', '=', 'published'), ('is_latest', '=', True)]",
    )
    matter_code = fields.Char(related="matter_id.code")
    department_id = fields.Many2one(related="matter_id.department_id")
    promised_limit = fields.Integer(related="matter_id.promised_limit")
    visit_count = fields.Selection(related="matter_id.visit_count")
    material_count = fields.Integer(related="matter_id.material_count")
    note = fields.Char()

    _step_positive = models.Constraint("CHECK(step >= 1)", "Step numbers start at 1.")
    _bundle_matter_uniq = models.Constraint(
        "unique(bundle_id, matter_id)", "A matter appears in a bundle only once."
    )

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.bundle_id._guide_pdf_invalidate()
        return lines

    def write(self, vals):
        bundles = self.bundle_id
        res = super().write(vals)
        (bundles | self.bundle_id)._guide_pdf_invalidate()
        return res

    def unlink(self):
        bundles = self.bundle_id
        res = super().unlink()
        bundles._guide_pdf_invalidate()
        return res

    @api.constrains("matter_id", "bundle_id")
    def _check_matter_published(self):
        for line in self:
            if line.bundle_id.state == "published" and (
                line.matter_id.state != "published"
            ):
                raise ValidationError(
                    self.env._(
                        "The bundle %(bundle)s is published: only published "
                        "matters can be added to it (%(matter)s is not).",
                        bundle=line.bundle_id.name,
                        matter=line.matter_id.name,
                    )
                )
