# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError

PARK_SURVEY_KINDS = [
    ("awareness", "Awareness"),
    ("satisfaction", "Satisfaction"),
]


class SurveySurvey(models.Model):
    """Enterprise surveys of the evaluation (the guidance: the city checks
    the counties through enterprise surveys; enterprises should know the
    service): awareness and satisfaction questionnaires sent to the
    enterprises of parks, with response rates."""

    _inherit = "survey.survey"

    park_survey_kind = fields.Selection(
        selection=PARK_SURVEY_KINDS,
        string="Enterprise Survey",
        index=True,
        help="An awareness or satisfaction questionnaire sent to the "
        "enterprises of parks; its results feed the county scorecards.",
    )
    park_county_id = fields.Many2one(
        comodel_name="park.region",
        string="County",
        index=True,
        ondelete="restrict",
        domain="[('level', '=', 'county')]",
        help="A county's own survey. Empty: a survey of the city, which every "
        "county may send to its parks.",
    )
    park_invited_count = fields.Integer(
        string="Invited", compute="_compute_park_response_rate"
    )
    park_done_count = fields.Integer(
        string="Completed", compute="_compute_park_response_rate"
    )
    park_response_rate = fields.Float(
        string="Response Rate (%)", compute="_compute_park_response_rate"
    )

    def _compute_park_response_rate(self):
        invited = dict.fromkeys(self.ids, 0)
        done = dict.fromkeys(self.ids, 0)
        if self.ids:
            for survey, state, count in self.env["survey.user_input"]._read_group(
                [("survey_id", "in", self.ids), ("test_entry", "=", False)],
                groupby=["survey_id", "state"],
                aggregates=["__count"],
            ):
                invited[survey.id] += count
                if state == "done":
                    done[survey.id] += count
        for survey in self:
            survey.park_invited_count = invited.get(survey.id, 0)
            survey.park_done_count = done.get(survey.id, 0)
            survey.park_response_rate = (
                100.0 * survey.park_done_count / survey.park_invited_count
                if survey.park_invited_count
                else 0.0
            )

    @api.model
    def _park_check_county(self, vals_list):
        """A county administrator makes and moves surveys of their own
        counties only (the record rules would otherwise end in survey's
        "responsible has no access" message)."""
        user = self.env.user
        if self.env.su or user.has_group("park_base.group_park_city_admin"):
            return
        if not user.has_group("park_base.group_park_county_admin"):
            return
        allowed = user.sudo().park_scope_park_ids.county_id.ids
        for vals in vals_list:
            county_id = vals.get("park_county_id")
            if county_id and county_id not in allowed:
                raise AccessError(
                    self.env._("You may only make surveys of your own county.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        # a county administrator's surveys are of their county
        county = self.env["park.pilot.plan"]._default_county_id()
        if county and not self.env.user.has_group("park_base.group_park_city_admin"):
            for vals in vals_list:
                if vals.get("park_survey_kind"):
                    vals.setdefault("park_county_id", county.id)
        self._park_check_county(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        self._park_check_county([vals])
        return super().write(vals)

    def action_park_send(self):
        """Open the invitation wizard in its "send to parks" mode."""
        self.ensure_one()
        action = self.action_send_survey()
        action["context"] = dict(action.get("context") or {}, park_send_to_parks=True)
        return action

    def action_park_responses(self):
        """The responses of this survey per park (pivot)."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_supervision.survey_user_input_action_park_responses"
        )
        action["domain"] = [("survey_id", "=", self.id)]
        return action
