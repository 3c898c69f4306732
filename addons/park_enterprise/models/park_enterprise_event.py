# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL


class ParkEnterpriseEvent(models.Model):
    """One line of an enterprise's timeline (一企一档).

    Other addons add their own kinds with ``selection_add`` and write events
    through ``res.partner._park_log_event``; this model does not know them.
    """

    _name = "park.enterprise.event"
    _inherit = ["park.scope.mixin"]
    _description = "Enterprise Timeline Event"
    _order = "date desc, id desc"

    partner_id = fields.Many2one(
        "res.partner",
        string="Enterprise",
        required=True,
        index=True,
        ondelete="cascade",
        domain=[("is_park_enterprise", "=", True)],
    )
    park_id = fields.Many2one(related="partner_id.park_id", store=True)
    date = fields.Datetime(required=True, index=True, default=fields.Datetime.now)
    kind = fields.Selection(
        [
            ("stage", "Stage Change"),
            ("licence", "Licence"),
            ("document", "Document"),
            ("note", "Note"),
        ],
        required=True,
        index=True,
        default="note",
    )
    name = fields.Char(string="Summary", required=True, translate=True)
    description = fields.Html(sanitize=True)
    res_model = fields.Char(string="Source Model", index=True)
    res_id = fields.Many2oneReference(
        string="Source Record", model_field="res_model", index=True
    )
    source_name = fields.Char(string="Source", compute="_compute_source_name")
    user_id = fields.Many2one(
        "res.users", string="By", default=lambda self: self.env.user, index=True
    )
    icon = fields.Char(
        compute="_compute_icon",
        store=True,
        readonly=False,
        help="Font Awesome class shown in the timeline, e.g. fa-flag.",
    )
    is_internal = fields.Boolean(
        string="Internal",
        help="Internal events are not shown to the enterprise on the portal.",
    )

    @api.model
    def _kind_icons(self):
        """Default icon per kind; extend with super() in addons that add kinds."""
        return {
            "stage": "fa-flag",
            "licence": "fa-id-card-o",
            "document": "fa-paperclip",
            "note": "fa-sticky-note-o",
        }

    @api.model
    def _prepare_event_vals(
        self,
        partner,
        kind,
        summary,
        record=None,
        date=None,
        description=None,
        user=None,
        icon=None,
        is_internal=False,
    ):
        """Values of one event for ``_park_create``; see
        ``res.partner._park_log_event`` for the parameters."""
        vals = {
            "partner_id": partner.id,
            "kind": kind,
            "name": summary,
            "description": description or False,
            "date": date or fields.Datetime.now(),
            "res_model": record._name if record else False,
            "res_id": record.id if record else False,
            "user_id": (user or self.env.user).id,
            "is_internal": is_internal,
        }
        if icon:
            vals["icon"] = icon
        return vals

    @api.model
    def _park_create(self, vals_list):
        """Create events as superuser (callers decide what to log, the record
        rules decide who reads it).

        A ``name`` may be a function ``name(env) -> str``: it is then written in
        every installed language, so that system events (written by a
        scheduled action, or by a user working in another language) read in
        each reader's language.
        """
        if not vals_list:
            return self.browse()
        renderers = [
            vals["name"] if callable(vals.get("name")) else None for vals in vals_list
        ]
        events = self.sudo().create(
            [
                dict(vals, name=render(self.env)) if render else vals
                for vals, render in zip(vals_list, renderers, strict=True)
            ]
        )
        langs = [code for code, _name in self.env["res.lang"].get_installed()]
        if "en_US" not in langs:
            langs.append("en_US")
        lang_envs = [self.with_context(lang=lang).env for lang in langs]
        translations = [
            (event.id, json.dumps({env.lang: render(env) for env in lang_envs}))
            for event, render in zip(events, renderers, strict=True)
            if render
        ]
        if translations:
            self.env.cr.execute(
                SQL(
                    "UPDATE park_enterprise_event AS e SET name = e.name || v.tr "
                    "FROM (VALUES %s) AS v(id, tr) WHERE e.id = v.id",
                    SQL(", ").join(
                        SQL("(%s, %s::jsonb)", event_id, names)
                        for event_id, names in translations
                    ),
                )
            )
            events.invalidate_recordset(["name"])
        return events

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            # users add notes; the other kinds come from the records they
            # describe, and a note is by its writer, now, pointing at nothing
            if any(vals.get("kind", "note") != "note" for vals in vals_list):
                raise UserError(
                    self.env._(
                        "Only notes can be added to the timeline by hand: the "
                        "other events are written by the records they describe."
                    )
                )
            now = fields.Datetime.now()
            vals_list = [
                dict(
                    vals,
                    user_id=self.env.uid,
                    date=now,
                    res_model=False,
                    res_id=False,
                )
                for vals in vals_list
            ]
        return super().create(vals_list)

    @api.depends("kind")
    def _compute_icon(self):
        icons = self._kind_icons()
        for event in self:
            if not event.icon:
                event.icon = icons.get(event.kind, "fa-circle-o")

    @api.depends("res_model", "res_id")
    def _compute_source_name(self):
        ids_by_model = defaultdict(set)
        for event in self:
            if event.res_model in self.env and event.res_id:
                ids_by_model[event.res_model].add(event.res_id)
        names = {}
        for model, ids in ids_by_model.items():
            sources = self.env[model].browse(ids).exists()
            for source in sources._filtered_access("read"):
                names[model, source.id] = source.display_name
        for event in self:
            event.source_name = names.get((event.res_model, event.res_id), False)

    def action_open_source(self):
        """Open the record the event comes from, if the user may read it."""
        self.ensure_one()
        if not (self.res_model in self.env and self.res_id):
            return False
        source = self.env[self.res_model].browse(self.res_id).exists()
        if not source:
            raise UserError(
                self.env._("The record this event comes from has been deleted.")
            )
        source.check_access("read")
        if source._name == "ir.attachment":
            return {
                "type": "ir.actions.act_url",
                "url": f"/web/content/{source.id}?download=true",
                "target": "self",
            }
        return {
            "type": "ir.actions.act_window",
            "res_model": self.res_model,
            "res_id": self.res_id,
            "view_mode": "form",
            "views": [(False, "form")],
        }
