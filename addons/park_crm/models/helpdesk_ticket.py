# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    park_lead_id = fields.Many2one(
        comodel_name="crm.lead",
        string="Demand or Project",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
    )
