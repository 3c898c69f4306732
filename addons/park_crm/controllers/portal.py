# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup, escape
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal


class ParkCrmPortal(CustomerPortal):
    """The enterprise's demands and the policies sent to it.

    Demands and recipients are read with the portal user's rights: the record
    rules (own enterprise only) decide what is shown; a guessed id of another
    enterprise's record gives 404."""

    def _park_crm_enterprise(self):
        partner = request.env.user.partner_id.commercial_partner_id.sudo()
        return partner if partner.is_park_enterprise else None

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        enterprise = self._park_crm_enterprise()
        if "park_demand_count" in counters:
            values["park_demand_count"] = (
                request.env["crm.lead"].search_count(
                    [("park_lead_kind", "=", "demand")]
                )
                if enterprise
                else 0
            )
        if "park_policy_count" in counters:
            values["park_policy_count"] = (
                request.env["park.policy.recipient"].search_count([])
                if enterprise
                else 0
            )
        return values

    @http.route("/my/demands", type="http", auth="user", website=True)
    def portal_my_demands(self, **kw):
        if not self._park_crm_enterprise():
            return request.redirect("/my")
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "park_demands",
                "demands": request.env["crm.lead"].search(
                    [("park_lead_kind", "=", "demand")], limit=200
                ),
            }
        )
        return request.render("park_crm.portal_my_demands", values)

    @http.route(
        "/my/demands/new", type="http", auth="user", methods=["POST"], website=True
    )
    def portal_my_demand_new(self, name=None, description=None, **kw):
        enterprise = self._park_crm_enterprise()
        name = (name or "").strip()
        if not enterprise or not name:
            return request.redirect("/my/demands")
        demand = (
            request.env["crm.lead"]
            .sudo()
            .create(
                {
                    "name": name[:200],
                    "park_lead_kind": "demand",
                    "park_enterprise_id": enterprise.id,
                    "park_channel": "portal",
                    "user_id": False,
                    "description": Markup("<p>%s</p>") % escape(description or ""),
                }
            )
        )
        return request.redirect(f"/my/demands/{demand.id}")

    @http.route("/my/demands/<int:demand_id>", type="http", auth="user", website=True)
    def portal_my_demand(self, demand_id, **kw):
        demand = request.env["crm.lead"].search(
            [("id", "=", demand_id), ("park_lead_kind", "=", "demand")]
        )
        if not demand:
            raise NotFound()
        values = self._prepare_portal_layout_values()
        values.update({"page_name": "park_demand", "demand": demand.sudo()})
        return request.render("park_crm.portal_my_demand", values)

    @http.route("/my/policies", type="http", auth="user", website=True)
    def portal_my_policies(self, **kw):
        if not self._park_crm_enterprise():
            return request.redirect("/my")
        values = self._prepare_portal_layout_values()
        recipients = request.env["park.policy.recipient"].search([], limit=200)
        values.update({"page_name": "park_policies", "recipients": recipients.sudo()})
        return request.render("park_crm.portal_my_policies", values)

    def _park_recipient_or_404(self, policy_id):
        recipient = request.env["park.policy.recipient"].search(
            [("policy_id", "=", policy_id)], limit=1
        )
        if not recipient:
            raise NotFound()
        return recipient

    @http.route("/my/policies/<int:policy_id>", type="http", auth="user", website=True)
    def portal_my_policy(self, policy_id, **kw):
        recipient = self._park_recipient_or_404(policy_id)
        # reading it is what the awareness figure counts
        recipient.sudo()._park_mark_read()
        values = self._prepare_portal_layout_values()
        values.update(
            {"page_name": "park_policy", "policy": recipient.sudo().policy_id}
        )
        return request.render("park_crm.portal_my_policy", values)

    @http.route("/my/policies/<int:policy_id>/file", type="http", auth="user")
    def portal_my_policy_file(self, policy_id, **kw):
        policy = self._park_recipient_or_404(policy_id).sudo().policy_id
        if not policy.file:
            raise NotFound()
        return (
            request.env["ir.binary"]
            ._get_stream_from(policy, "file", filename=policy.file_name)
            .get_response(as_attachment=True)
        )
