# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import http
from odoo.fields import Domain
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal


class ParkSupervisionPortal(CustomerPortal):
    """The enterprise surveys a portal user was invited to, on their portal
    home: the open ones with their personal link, the answered ones listed.

    Invitations are read as superuser, restricted to the user's own partner
    (portal users have no access to survey responses)."""

    def _park_survey_domain(self):
        return Domain(
            [
                ("partner_id", "=", request.env.user.partner_id.id),
                ("park_survey_kind", "!=", False),
                ("test_entry", "=", False),
            ]
        )

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "park_survey_count" in counters:
            values["park_survey_count"] = (
                request.env["survey.user_input"]
                .sudo()
                .search_count(
                    self._park_survey_domain() & Domain("state", "!=", "done")
                )
            )
        return values

    @http.route("/my/surveys", type="http", auth="user", website=True)
    def portal_my_park_surveys(self, **kw):
        values = self._prepare_portal_layout_values()
        answers = (
            request.env["survey.user_input"]
            .sudo()
            .search(self._park_survey_domain(), order="create_date desc", limit=100)
        )
        values.update({"page_name": "park_surveys", "park_answers": answers})
        return request.render("park_supervision.portal_my_park_surveys", values)
