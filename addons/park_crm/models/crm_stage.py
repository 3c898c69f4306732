# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CrmStage(models.Model):
    _inherit = "crm.stage"

    park_matter_ids = fields.Many2many(
        comodel_name="park.matter",
        relation="crm_stage_park_matter_rel",
        column1="stage_id",
        column2="matter_id",
        string="Matters Needed",
        help="The catalogue matters a project handles at this stage; cases are "
        "opened for them from the project.",
    )
    park_max_days = fields.Integer(
        string="Alert After (days)",
        help="A project held longer than this in the stage raises an activity "
        "for its project agent; 0: the default of the settings.",
    )
