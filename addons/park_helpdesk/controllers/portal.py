# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from urllib.parse import quote

from werkzeug.exceptions import Forbidden, NotFound

from odoo import http
from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.fields import Command
from odoo.http import request

from odoo.addons.helpdesk_mgmt.controllers.main import HelpdeskTicketController

# the largest file an enterprise uploads for one material
MAX_UPLOAD = 20 * 1024 * 1024


class ParkHelpdeskPortal(HelpdeskTicketController):
    """The enterprise's side of its cases: file, upload, follow, withdraw.

    Every route checks the case with the portal user's own rights first (the
    tickets of their commercial partner); the writes then run as superuser
    through the case's own methods."""

    def _park_enterprise(self):
        enterprise = request.env.user.commercial_partner_id.sudo()
        if not (enterprise.is_park_enterprise and enterprise.park_id):
            raise Forbidden()
        return enterprise

    def _park_case(self, ticket_id):
        """The case, as superuser, once the user may read it; else 404."""
        case = request.env["helpdesk.ticket"].browse(ticket_id)
        try:
            case.check_access("read")
            case = case.exists()
        except (AccessError, MissingError):
            raise NotFound() from None
        if not case or not case.sudo().is_park_case:
            raise NotFound()
        return case.sudo()

    @http.route("/ticket/close", type="http", auth="user")
    def support_ticket_close(self, **kw):
        """OCA's route moves any ticket by id: check the user's access first,
        and let park cases only be withdrawn."""
        try:
            ticket_id = int(kw.get("ticket_id"))
            stage_id = int(kw.get("stage_id"))
        except (TypeError, ValueError):
            raise NotFound() from None
        ticket = request.env["helpdesk.ticket"].browse(ticket_id)
        try:
            ticket.check_access("read")
        except (AccessError, MissingError):
            raise NotFound() from None
        if ticket.sudo().is_park_case:
            stage = request.env["helpdesk.ticket.stage"].sudo().browse(stage_id)
            if stage.park_state != "withdrawn":
                raise Forbidden()
            return self._park_withdraw(ticket.sudo())
        return super().support_ticket_close(**kw)

    @http.route("/my/park/case/new", type="http", auth="user", website=True)
    def park_case_new(self, **kw):
        enterprise = self._park_enterprise()
        park = enterprise.park_id
        lines = (
            request.env["park.matter.list.line"]
            .sudo()
            .search([("park_id", "=", park.id), ("matter_id.is_latest", "=", True)])
        )
        # the city's bundles and the park's own (园区版)
        bundles = (
            request.env["park.bundle"]
            .sudo()
            .search([("state", "=", "published"), ("park_id", "in", [park.id, False])])
        )
        values = {
            "enterprise": enterprise,
            "park": park,
            "lines": lines,
            "bundles": bundles,
            "stations": park.station_ids,
            "error": kw.get("error"),
            "page_name": "park_case_new",
        }
        return request.render("park_helpdesk.portal_park_case_new", values)

    @http.route(
        "/my/park/case/submit", type="http", auth="user", methods=["POST"], website=True
    )
    def park_case_submit(self, subject=None, station_id=None, description=None, **kw):
        enterprise = self._park_enterprise()
        station = (
            request.env["park.station"].sudo().browse(int(station_id or 0)).exists()
        )
        if not station or station.park_id != enterprise.park_id:
            station = enterprise.park_id.station_ids[:1]
        vals = {
            "enterprise_id": enterprise.id,
            "partner_id": request.env.user.partner_id.id,
            "station_id": station.id,
            "channel_id": request.env.ref("park_helpdesk.channel_online").id,
        }
        kind, _sep, record_id = (subject or "").partition("-")
        if kind == "matter" and record_id.isdigit():
            vals["matter_id"] = int(record_id)
        elif kind == "bundle" and record_id.isdigit():
            vals["bundle_id"] = int(record_id)
        else:
            return request.redirect("/my/park/case/new?error=subject")
        if description:
            vals["description"] = description
        try:
            with request.env.cr.savepoint():
                case = request.env["helpdesk.ticket"].sudo().create(vals)
        except (UserError, ValidationError) as exc:
            return request.redirect(
                "/my/park/case/new?error=" + quote(str(exc.args[0]))
            )
        return request.redirect(f"/my/ticket/{case.id}")

    @http.route(
        "/my/park/case/<int:ticket_id>/material/<int:line_id>/upload",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def park_case_upload(self, ticket_id, line_id, upload=None, **kw):
        case = self._park_case(ticket_id)
        line = case.material_line_ids.filtered(lambda m: m.id == line_id)
        if not line or case.park_state not in ("new", "supplement"):
            raise NotFound()
        if not upload or not upload.filename:
            return request.redirect(f"/my/ticket/{case.id}")
        data = upload.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise Forbidden()
        attachment = (
            request.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": upload.filename,
                    "datas": base64.b64encode(data),
                    "res_model": "park.helpdesk.material",
                    "res_id": line.id,
                }
            )
        )
        line.write(
            {
                "attachment_ids": [Command.link(attachment.id)],
                "state": "pending" if line.state == "missing" else line.state,
            }
        )
        case.message_post(
            body=request.env._(
                "%(user)s uploaded %(file)s for %(material)s.",
                user=request.env.user.name,
                file=upload.filename,
                material=line.name,
            ),
            author_id=request.env.user.partner_id.id,
        )
        return request.redirect(f"/my/ticket/{case.id}")

    @http.route(
        "/my/park/case/<int:ticket_id>/withdraw",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def park_case_withdraw(self, ticket_id, **kw):
        return self._park_withdraw(self._park_case(ticket_id))

    def _park_withdraw(self, case):
        if case.park_state in ("new", "accepted", "supplement"):
            case.action_park_withdraw()
        return request.redirect(f"/my/ticket/{case.id}")
