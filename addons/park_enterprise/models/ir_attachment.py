# Copyright 2025 园区通 contributors
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
        events = self.env["park.enterprise.event"]
        events._park_create(
            [
                events._prepare_event_vals(
                    partner_by_record[attachment.res_model, attachment.res_id],
                    "document",
                    self._park_document_summary(attachment.name),
                    record=attachment,
                )
                for attachment in self
                if (attachment.res_model, attachment.res_id) in partner_by_record
                and not attachment.res_field
            ]
        )

    @api.model
    def _park_document_summary(self, name):
        return lambda env: env._("Document attached: %(name)s", name=name)
