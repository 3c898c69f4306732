# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import UserError


class ParkMatterGuidePart(models.AbstractModel):
    """A part of a matter's service guide (material, step, FAQ).

    Parts of a matter that is no longer a draft are frozen: changing them means
    making a new version of the matter.
    """

    _name = "park.matter.guide.part"
    _description = "Part of a Service Guide"

    def _check_matter_editable(self, matters):
        # the switch of park.matter._in_place(): honoured in sudo mode only,
        # so that an RPC caller can't set it through the context
        if self.env.su and self.env.context.get("park_matter_in_place"):
            matters._guide_pdf_invalidate()
            return
        frozen = matters.filtered(lambda m: m.state != "draft")
        if frozen:
            raise UserError(
                self.env._(
                    "The service guide of %(name)s (version %(version)s) has been "
                    "published and cannot change: make a new version of the matter.",
                    name=frozen[0].name,
                    version=frozen[0].version,
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        self._check_matter_editable(records.matter_id)
        return records

    def write(self, vals):
        self._check_matter_editable(self.matter_id)
        res = super().write(vals)
        if "matter_id" in vals:
            self._check_matter_editable(self.matter_id)
        return res

    def unlink(self):
        self._check_matter_editable(self.matter_id)
        return super().unlink()
