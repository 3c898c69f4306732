# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import api, models


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    @api.model
    def _park_enterprise_document_models(self):
        """Models whose attached documents appear in the enterprise timeline,
        mapped to the field that leads to the enterprise (``id`` for the
        enterprise itself). Extend it with ``super()`` in later addons."""
        return {"res.partner": "id", "park.enterprise.licence": "partner_id"}

    @api.model_create_multi
    def create(self, vals_list):
        attachments = super().create(vals_list)
        attachments._park_log_documents()
        return attachments

    def write(self, vals):
        res = super().write(vals)
        if vals.get("res_model") or vals.get("res_id"):
            self._park_log_documents()
        return res

    def _park_log_documents(self):
        """Add a "document" event to the timeline of the enterprise that each
        attachment (not a binary field's storage) belongs to."""
        paths = self._park_enterprise_document_models()
        ids_by_model = defaultdict(set)
        for attachment in self:
            if attachment.res_model in paths and attachment.res_id:
                if not attachment.res_field:
                    ids_by_model[attachment.res_model].add(attachment.res_id)
        if not ids_by_model:
            return
        partner_by_record = {}
        for model, ids in ids_by_model.items():
            records = self.env[model].sudo().browse(ids).exists()
            for record in records:
                partner = record if paths[model] == "id" else record[paths[model]]
                if partner.is_park_enterprise:
                    partner_by_record[model, record.id] = partner
        logged = self.filtered(
            lambda a: (a.res_model, a.res_id) in partner_by_record and not a.res_field
        )
        public = logged._park_document_public()
        events = self.env["park.enterprise.event"]
        events._park_create(
            [
                events._prepare_event_vals(
                    partner_by_record[attachment.res_model, attachment.res_id],
                    "document",
                    self._park_document_summary(attachment.name),
                    record=attachment,
                    is_internal=attachment not in public,
                )
                for attachment in logged
            ]
        )

    @api.model
    def _park_enterprise_public_document_models(self):
        """Models whose attachments the enterprise itself reads on the portal
        (the scans of its licences). Extend it with ``super()``."""
        return {"park.enterprise.licence"}

    def _park_document_public(self):
        """The attachments whose timeline event the enterprise may see: those
        of a record it reads on the portal, and those sent to it in a message
        (not an internal note). Everything else (a file on an internal note,
        on the file itself) stays internal, file name included."""
        public_models = self._park_enterprise_public_document_models()
        public = self.filtered(lambda a: a.res_model in public_models)
        rest = self - public
        if rest:
            messages = (
                self.env["mail.message"]
                .sudo()
                .search([("attachment_ids", "in", rest.ids)])
            )
            public |= (
                messages.filtered(
                    lambda m: (
                        m.message_type in ("comment", "email")
                        and not m.is_internal
                        and not m.subtype_id.internal
                    )
                ).attachment_ids
                & rest
            )
        return public

    @api.model
    def _park_document_summary(self, name):
        return lambda env: env._("Document attached: %(name)s", name=name)
