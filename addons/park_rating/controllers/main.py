# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import AccessError, MissingError, UserError
from odoo.http import request

from ..models.park_rating_levels import LEVELS, SCORES

DIMENSIONS = ("attitude_level", "efficiency_level", "guidance_level")
MAX_COMMENT = 2000


class ParkRatingController(http.Controller):
    """Where enterprises rate their closed cases: a link without login, the
    portal, the window's review device. Each route finds the case its own way
    (a token, the user's rights, the device's window) and rates it as
    superuser through ``helpdesk.ticket._park_rate``."""

    # ------------------------------------------------------------------
    # helpers
    # ------------------------------------------------------------------
    @staticmethod
    def _park_levels():
        labels = dict(
            request.env["park.rating"]
            ._fields["level"]
            ._description_selection(request.env)
        )
        return [(key, labels[key]) for key, _label in LEVELS]

    @staticmethod
    def _park_read_form(kw):
        """The review's values from the posted form, or None when the level
        is missing or not one of the five."""
        if kw.get("level") not in SCORES:
            return None
        values = {
            "level": kw["level"],
            "comment": (kw.get("comment") or "")[:MAX_COMMENT],
        }
        for name in DIMENSIONS:
            if kw.get(name) in SCORES:
                values[name] = kw[name]
        return values

    @staticmethod
    def _park_dimensions():
        """(field name, translated label) of the optional dimensions."""
        fields = request.env["park.rating"]._fields
        return [
            (name, fields[name]._description_string(request.env)) for name in DIMENSIONS
        ]

    def _park_form_values(self, case, action, error=None, **extra):
        return dict(
            {
                "case": case,
                "action": action,
                "levels": self._park_levels(),
                "dimensions": self._park_dimensions(),
                "error": error,
            },
            **extra,
        )

    def _park_render_form(self, case, action, error=None, layout="portal"):
        return request.render(
            "park_rating.rating_form_page",
            self._park_form_values(case, action, error, layout=layout),
        )

    def _park_render_message(self, message, status=200, layout="public", **extra):
        return request.render(
            "park_rating.rating_message_page",
            dict({"message": message, "layout": layout}, **extra),
            status=status,
        )

    def _park_thanks(self, layout, **extra):
        return self._park_render_message(
            request.env._("Thank you: your review has been recorded."),
            layout=layout,
            **extra,
        )

    def _park_submit(self, kw, rate, form, layout, **extra):
        """The posted review: the form again when no level was chosen, the
        refusal when rating is refused, else thanks."""
        values = self._park_read_form(kw)
        if not values:
            return form("level")
        try:
            with request.env.cr.savepoint():
                rate(**values)
        except UserError as exc:
            return self._park_render_message(
                exc.args[0], status=403, layout=layout, **extra
            )
        return self._park_thanks(layout, **extra)

    # ------------------------------------------------------------------
    # the link in the closing mail: no login
    # ------------------------------------------------------------------
    @http.route(
        "/park/rate/<string:token>",
        type="http",
        auth="public",
        methods=["GET", "POST"],
        website=True,
        sitemap=False,
    )
    def park_rate_link(self, token, **kw):
        link, refusal = request.env["park.rating.link"].sudo()._park_find(token)
        if not link:
            raise NotFound()
        if refusal:
            return self._park_render_message(refusal, status=403)
        case = link.ticket_id
        action = f"/park/rate/{link.token}"
        if request.httprequest.method != "POST":
            return self._park_render_form(case, action, layout="public")
        return self._park_submit(
            kw,
            link._park_use,
            lambda error: self._park_render_form(
                case, action, error=error, layout="public"
            ),
            "public",
        )

    # ------------------------------------------------------------------
    # the portal: an enterprise rates its own closed case
    # ------------------------------------------------------------------
    def _park_portal_case(self, ticket_id):
        """The enterprise's own case, as superuser; else 404."""
        user = request.env.user
        case = request.env["helpdesk.ticket"].browse(ticket_id)
        try:
            case.check_access("read")
            case = case.exists()
        except (AccessError, MissingError):
            raise NotFound() from None
        case = case.sudo()
        if (
            not case
            or not user.share
            or not case.enterprise_id
            or case.enterprise_id != user.commercial_partner_id
        ):
            raise NotFound()
        return case

    @http.route(
        "/my/park/rating/<int:ticket_id>",
        type="http",
        auth="user",
        methods=["GET", "POST"],
        website=True,
        sitemap=False,
    )
    def park_rate_portal(self, ticket_id, **kw):
        case = self._park_portal_case(ticket_id)
        refusal = case._park_rating_refusal()
        back = {"back_url": f"/my/ticket/{case.id}"}
        if refusal:
            return self._park_render_message(
                refusal, status=403, layout="portal", **back
            )
        action = f"/my/park/rating/{case.id}"
        if request.httprequest.method != "POST":
            return self._park_render_form(case, action)
        return self._park_submit(
            kw,
            lambda **values: case._park_rate(channel="portal", **values),
            lambda error: self._park_render_form(case, action, error=error),
            "portal",
            **back,
        )

    # ------------------------------------------------------------------
    # the window's review device (评价器)
    # ------------------------------------------------------------------
    def _park_device(self, token):
        device = request.env["park.rating.device"].sudo()
        if token and len(token) <= 128:
            device = device.search([("token", "=", token)], limit=1)
        if not device:
            raise NotFound()
        return device

    @http.route(
        "/park/rating/device/<string:token>",
        type="http",
        auth="public",
        methods=["GET", "POST"],
        website=True,
        sitemap=False,
    )
    def park_rate_device(self, token, ticket_id=None, **kw):
        device = self._park_device(token)
        action = f"/park/rating/device/{device.token}"
        case = device._park_current_case()
        if request.httprequest.method != "POST":
            return request.render(
                "park_rating.rating_device_page",
                self._park_form_values(case, action, device=device),
            )
        # the case posted must still be the one the device shows
        if not case or str(case.id) != str(ticket_id or ""):
            return self._park_render_message(
                request.env._("This case can no longer be rated on this device."),
                status=403,
                layout="device",
                refresh_url=action,
            )
        return self._park_submit(
            kw,
            lambda **values: case._park_rate(channel="device", **values),
            lambda error: request.render(
                "park_rating.rating_device_page",
                self._park_form_values(case, action, error, device=device),
            ),
            "device",
            refresh_url=action,
        )
