# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class SurveyUserInput(models.Model):
    """A response (or an invitation not answered yet), with the park and
    county of the enterprise that answers, for response rates and the
    county scorecards."""

    _inherit = "survey.user_input"

    park_id = fields.Many2one(
        comodel_name="park.park",
        compute="_compute_park_id",
        store=True,
        index=True,
        help="The park of the respondent's enterprise file.",
    )
    park_county_id = fields.Many2one(
        comodel_name="park.region",
        string="County of the Park",
        related="park_id.county_id",
        store=True,
        index=True,
    )
    park_enterprise_id = fields.Many2one(
        comodel_name="res.partner",
        string="Enterprise",
        compute="_compute_park_id",
        store=True,
        index=True,
    )
    park_survey_kind = fields.Selection(
        related="survey_id.park_survey_kind", store=True, index=True
    )
    park_is_aware = fields.Boolean(
        string="Knows the Service",
        compute="_compute_park_is_aware",
        store=True,
        help="A completed awareness survey whose awareness question was given "
        "the answer marked correct.",
    )
    park_done_rate = fields.Float(
        string="Response Rate (%)",
        compute="_compute_park_rates",
        store=True,
        aggregator="avg",
        help="100 for a completed response, 0 otherwise: averaged over "
        "invitations it gives the response rate.",
    )
    park_done_count = fields.Integer(
        string="Completed",
        compute="_compute_park_rates",
        store=True,
        help="1 for a completed response: summed, the responses completed.",
    )
    park_aware_count = fields.Integer(
        string="Aware",
        compute="_compute_park_rates",
        store=True,
        help="1 for a completed awareness response whose enterprise knows the "
        "service: summed, the enterprises that know it.",
    )

    @api.depends("partner_id.park_file_park_id", "partner_id.commercial_partner_id")
    def _compute_park_id(self):
        for answer in self:
            partner = answer.partner_id
            answer.park_id = partner.commercial_partner_id.park_file_park_id
            answer.park_enterprise_id = (
                partner.commercial_partner_id if answer.park_id else False
            )

    @api.depends(
        "state",
        "survey_id.park_survey_kind",
        "user_input_line_ids.suggested_answer_id.is_correct",
        "user_input_line_ids.question_id.park_is_awareness_question",
    )
    def _compute_park_is_aware(self):
        for answer in self:
            answer.park_is_aware = (
                answer.state == "done"
                and answer.survey_id.park_survey_kind == "awareness"
                and any(
                    line.question_id.park_is_awareness_question
                    and line.suggested_answer_id.is_correct
                    for line in answer.user_input_line_ids
                )
            )

    @api.depends("state", "park_is_aware")
    def _compute_park_rates(self):
        for answer in self:
            answer.park_done_rate = 100.0 if answer.state == "done" else 0.0
            answer.park_done_count = int(answer.state == "done")
            answer.park_aware_count = int(answer.park_is_aware)
