# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class SurveyQuestion(models.Model):
    _inherit = "survey.question"

    park_is_awareness_question = fields.Boolean(
        string="Awareness Question",
        help="The question of an awareness survey that tells whether the "
        "enterprise knows the service: the answer marked correct means it does.",
    )
