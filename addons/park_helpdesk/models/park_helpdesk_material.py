# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

MATERIAL_STATES = [
    ("pending", "To Check"),
    ("received", "Received"),
    ("missing", "Missing"),
    ("not_applicable", "Not Applicable"),
]
# the states in which a required material lets a case complete
SETTLED_STATES = ("received", "not_applicable")


class ParkHelpdeskMaterial(models.Model):
    """One line of a case's material checklist, from the matter's materials
    (or the bundle's merged materials: one line per document)."""

    _name = "park.helpdesk.material"
    _inherit = ["park.scope.mixin"]
    _description = "Case Material"
    _order = "ticket_id, sequence, id"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Case",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(related="ticket_id.park_id", store=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Material", required=True)
    material_ids = fields.Many2many(
        comodel_name="park.matter.material",
        string="Guide Materials",
        help="The materials of the service guides this line stands for.",
    )
    form_type = fields.Selection(
        selection=lambda self: (
            self.env["park.matter.material"]._fields["form_type"].selection
        ),
        string="Form",
    )
    copies = fields.Integer(default=1)
    is_required = fields.Boolean(string="Required", default=True)
    state = fields.Selection(
        selection=MATERIAL_STATES,
        string="Status",
        default="pending",
        required=True,
        index=True,
    )
    attachment_ids = fields.Many2many(
        comodel_name="ir.attachment",
        relation="park_helpdesk_material_attachment_rel",
        column1="material_id",
        column2="attachment_id",
        string="Files",
    )
    note = fields.Char(string="Notes")

    def action_mark_received(self):
        self.write({"state": "received"})
        return True

    def action_mark_missing(self):
        self.write({"state": "missing"})
        return True

    def action_mark_not_applicable(self):
        self.write({"state": "not_applicable"})
        return True
