# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.addons.portal.controllers.portal import pager as portal_pager


class ParkEnterprisePortal(CustomerPortal):
    """The enterprise's own file on the portal: identity, licences, timeline.

    Licences and events are read with the portal user's rights, so the record
    rules (own commercial partner only) decide what is shown."""

    _park_events_per_page = 50

    def _park_enterprise(self):
        partner = request.env.user.partner_id.commercial_partner_id.sudo()
        return partner if partner.is_park_enterprise else None

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "park_enterprise_count" in counters:
            values["park_enterprise_count"] = 1 if self._park_enterprise() else 0
        return values

    @http.route(
        ["/my/enterprise", "/my/enterprise/page/<int:page>"],
        type="http",
        auth="user",
        website=True,
    )
    def portal_my_enterprise(self, page=1, kind=None, **kw):
        enterprise = self._park_enterprise()
        if not enterprise:
            return request.redirect("/my")
        Licence = request.env["park.enterprise.licence"]
        Event = request.env["park.enterprise.event"]
        kinds = dict(Event._fields["kind"]._description_selection(request.env))
        domain = [("partner_id", "=", enterprise.id)]
        if kind in kinds:
            domain.append(("kind", "=", kind))
        else:
            kind = None
        event_count = Event.search_count(domain)
        pager = self._park_pager(page, event_count, kind)
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "park_enterprise",
                "enterprise": enterprise,
                "licences": Licence.search([("partner_id", "=", enterprise.id)]),
                "events": Event.search(
                    domain,
                    limit=self._park_events_per_page,
                    offset=pager["offset"],
                ),
                "kinds": kinds,
                "kind": kind,
                "pager": pager,
            }
        )
        return request.render("park_enterprise.portal_my_enterprise", values)

    def _park_pager(self, page, total, kind):
        return portal_pager(
            url="/my/enterprise",
            url_args={"kind": kind} if kind else {},
            total=total,
            page=page,
            step=self._park_events_per_page,
        )

    def _park_licence_or_404(self, licence_id):
        try:
            return self._document_check_access("park.enterprise.licence", licence_id)
        except (AccessError, MissingError) as exc:
            raise NotFound() from exc

    @http.route(
        "/my/enterprise/licence/<int:licence_id>",
        type="http",
        auth="user",
        website=True,
    )
    def portal_my_enterprise_licence(self, licence_id, **kw):
        licence_sudo = self._park_licence_or_404(licence_id)
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "park_enterprise_licence",
                "licence": licence_sudo,
                "enterprise": licence_sudo.partner_id,
            }
        )
        return request.render("park_enterprise.portal_my_enterprise_licence", values)

    @http.route(
        "/my/enterprise/licence/<int:licence_id>/file",
        type="http",
        auth="user",
    )
    def portal_my_enterprise_licence_file(self, licence_id, **kw):
        licence_sudo = self._park_licence_or_404(licence_id)
        if not licence_sudo.file:
            raise NotFound()
        return (
            request.env["ir.binary"]
            ._get_stream_from(licence_sudo, "file", filename=licence_sudo.file_name)
            .get_response(as_attachment=True)
        )
