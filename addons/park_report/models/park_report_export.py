# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json
import logging
import os
import tempfile

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

_logger = logging.getLogger(__name__)

STATES = [
    ("queued", "Queued"),
    ("running", "Running"),
    ("done", "Done"),
    ("failed", "Failed"),
]
THRESHOLD_PARAM = "park_report.ledger_background_rows"
DEFAULT_THRESHOLD = 20000


class ParkReportExport(models.Model):
    """One export of a ledger by a user: written at once when small, else
    queued for the scheduler (a cron triggered at once), which writes it in
    constant memory and tells the user, with a link, when it is ready. The
    file is an attachment of the export, which only its user can read."""

    _name = "park.report.export"
    _inherit = ["mail.thread"]
    _description = "Ledger Export"
    _order = "id desc"

    name = fields.Char(string="File Name", required=True, readonly=True)
    user_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.user,
        ondelete="cascade",
    )
    ledger = fields.Selection(
        selection=lambda self: self.env["park.report.ledger"]._park_ledger_selection(),
        required=True,
        readonly=True,
    )
    domain = fields.Text(readonly=True, default="[]")
    date_from = fields.Date(readonly=True)
    date_to = fields.Date(readonly=True)
    scope_label = fields.Char(string="Scope", readonly=True)
    period_label = fields.Char(string="Period", readonly=True)
    state = fields.Selection(
        selection=STATES, required=True, default="queued", readonly=True, index=True
    )
    attachment_id = fields.Many2one(
        comodel_name="ir.attachment", string="File", readonly=True, ondelete="set null"
    )
    row_count = fields.Integer(string="Rows", readonly=True)
    error = fields.Text(readonly=True)
    done_on = fields.Datetime(string="Finished On", readonly=True)

    # ------------------------------------------------------------------
    # starting an export
    # ------------------------------------------------------------------
    @api.model
    def _park_threshold(self):
        value = self.env["ir.config_parameter"].sudo().get_param(THRESHOLD_PARAM)
        try:
            return int(value) if value else DEFAULT_THRESHOLD
        except ValueError:
            return DEFAULT_THRESHOLD

    @api.model
    def _park_start(self, ledger, domain, county=None, park=None, period=None):
        """Export ``ledger`` for ``domain`` (a list's domain, or a wizard's
        filters): at once when it has at most the configured number of rows,
        else in the background. Returns the action for the browser."""
        Ledger = self.env["park.report.ledger"]
        if ledger not in Ledger._park_ledgers():
            raise UserError(self.env._("There is no ledger for this list."))
        full_domain = Ledger._park_ledger_domain(
            ledger, domain, period=period, county=county, park=park
        )
        scope = Ledger._park_ledger_scope_label(county=county, park=park)
        date_from, date_to = period or (None, None)
        if date_from or date_to:
            period_label = self.env._(
                "%(date_from)s to %(date_to)s",
                date_from=date_from or "…",
                date_to=date_to or "…",
            )
        elif domain:
            period_label = self.env._("As filtered")
        else:
            period_label = self.env._("All")
        export = self.create(
            {
                "name": Ledger._park_ledger_file_name(ledger, scope),
                "ledger": ledger,
                "domain": json.dumps(list(full_domain), default=str),
                "date_from": date_from,
                "date_to": date_to,
                "scope_label": scope,
                "period_label": period_label,
            }
        )
        count = Ledger._park_ledger_count(ledger, full_domain)
        if count > self._park_threshold():
            self.env.ref("park_report.ir_cron_park_report_export")._trigger()
            return {
                "type": "ir.actions.client",
                "tag": "display_notification",
                "params": {
                    "type": "info",
                    "title": self.env._("Export in the background"),
                    "message": self.env._(
                        "%(count)s rows: the file is being written in the "
                        "background. You will be notified with a link when it "
                        "is ready (see also My Exports).",
                        count=count,
                    ),
                    "sticky": False,
                    "next": {"type": "ir.actions.act_window_close"},
                },
            }
        export._park_run()
        return export.action_download()

    @api.model
    def action_export_list(self, model_name, domain):
        """The list's "Export Ledger": the ledger of the list's model over the
        list's current domain (called by the list's button, see
        static/src/ledger)."""
        ledger = self.env["park.report.ledger"]._park_ledger_for_model(model_name)
        if not ledger:
            raise UserError(self.env._("There is no ledger for this list."))
        return self._park_start(ledger, domain or [])

    def action_download(self):
        self.ensure_one()
        if self.state != "done" or not self.attachment_id:
            raise UserError(self.env._("The file is not ready yet."))
        return {
            "type": "ir.actions.act_url",
            "url": self._park_download_url(),
            "target": "self",
        }

    def _park_download_url(self):
        return f"/web/content/{self.attachment_id.id}?download=true"

    # ------------------------------------------------------------------
    # writing
    # ------------------------------------------------------------------
    def _park_run(self):
        """Write the file of this export as its user (their record rules and
        language) and attach it; the export ends done, or failed with the
        error (nothing else written)."""
        self.ensure_one()
        user = self.user_id
        Ledger = (
            self.env["park.report.ledger"]
            .with_user(user)
            .with_context(lang=user.lang, tz=user.tz)
        )
        self.sudo().write({"state": "running", "error": False})
        fd, path = tempfile.mkstemp(suffix=".xlsx", prefix="park_ledger_")
        os.close(fd)
        try:
            with self.env.cr.savepoint():
                rows = Ledger._park_ledger_write(
                    self.ledger,
                    Domain(json.loads(self.domain or "[]")),
                    path,
                    self.scope_label,
                    self.period_label,
                    period=(self.date_from, self.date_to),
                )
                with open(path, "rb") as file:
                    data = file.read()
                attachment = (
                    self.env["ir.attachment"]
                    .sudo()
                    .create(
                        {
                            "name": self.name,
                            "raw": data,
                            "res_model": self._name,
                            "res_id": self.id,
                            "mimetype": "application/vnd.openxmlformats-"
                            "officedocument.spreadsheetml.sheet",
                        }
                    )
                )
                self.sudo().write(
                    {
                        "state": "done",
                        "attachment_id": attachment.id,
                        "row_count": rows,
                        "done_on": fields.Datetime.now(),
                    }
                )
        except Exception as error:  # noqa: BLE001 - the export records why
            _logger.info("Ledger export %s failed: %s", self.id, error)
            self.sudo().write({"state": "failed", "error": str(error)})
        finally:
            os.unlink(path)
        return self.state == "done"

    @api.model
    def _cron_process_exports(self):
        """The queued exports, oldest first, each committed when done (the
        progress API), so a failure or a timeout loses one export at most."""
        cron = self.env["ir.cron"]
        domain = [("state", "=", "queued")]
        remaining = self.search_count(domain)
        cron._commit_progress(remaining=remaining)
        while remaining:
            export = self.search(domain, order="id", limit=1)
            if export._park_run():
                export._park_notify()
            remaining -= 1
            if not cron._commit_progress(1, remaining=remaining):
                break

    def _park_notify(self):
        """Tell the user the file is ready: a message in their inbox with the
        download link, and a notification in their open browser."""
        self.ensure_one()
        user = self.user_id
        env = self.with_context(lang=user.lang).env
        url = self._park_download_url()
        self.sudo().message_post(
            body=Markup('%s <a href="%s">%s</a>')
            % (env._("Your export is ready:"), url, self.name),
            partner_ids=user.partner_id.ids,
            message_type="notification",
            subtype_xmlid="mail.mt_comment",
        )
        user._bus_send(
            "simple_notification",
            {
                "type": "success",
                "title": env._("Export ready"),
                "message": env._(
                    "%(name)s (%(rows)s rows) is ready in My Exports.",
                    name=self.name,
                    rows=self.row_count,
                ),
                "sticky": True,
            },
        )
