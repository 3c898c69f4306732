# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re
import unicodedata

from odoo import api, fields, models

MATERIAL_FORMS = [
    ("original", "Original"),
    ("copy", "Copy"),
    ("both", "Original and copy"),
    ("electronic", "Electronic"),
]
MATERIAL_SOURCES = [
    ("applicant", "Applicant"),
    ("government", "Government department"),
    ("intermediary", "Intermediary"),
    ("other", "Other"),
]


def material_key(name):
    """Normalised material name: width, case, spaces and punctuation ignored.

    Two materials with the same key are the same document, so a bundle asks
    for them once.
    """
    text = unicodedata.normalize("NFKC", name or "").lower()
    return re.sub(r"[\W_]+", "", text)


class ParkMatterMaterial(models.Model):
    _name = "park.matter.material"
    _inherit = ["park.matter.guide.part"]
    _description = "Material of a Matter"
    _order = "matter_id, sequence, id"

    matter_id = fields.Many2one(
        "park.matter", required=True, index=True, ondelete="cascade"
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(required=True)
    name_key = fields.Char(
        string="Normalised Name",
        compute="_compute_name_key",
        store=True,
        index=True,
    )
    form_type = fields.Selection(
        MATERIAL_FORMS, string="Form", default="original", required=True
    )
    copies = fields.Integer(default=1)
    is_required = fields.Boolean(string="Required", default=True)
    required_note = fields.Char(
        string="When Required", help="When an optional material must be provided."
    )
    source = fields.Selection(MATERIAL_SOURCES, default="applicant", required=True)
    source_note = fields.Char(string="Issued By")
    note = fields.Text(string="Requirements")
    blank_form = fields.Binary(attachment=True, copy=True)
    blank_form_filename = fields.Char()
    sample_file = fields.Binary(string="Filled-in Sample", attachment=True, copy=True)
    sample_filename = fields.Char()

    _copies_non_negative = models.Constraint(
        "CHECK(copies >= 0)", "The number of copies cannot be negative."
    )

    @api.depends("name")
    def _compute_name_key(self):
        for material in self:
            material.name_key = material_key(material.name)
