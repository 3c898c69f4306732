# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from ..models.park_rating_levels import LEVELS


class ParkRatingRecord(models.TransientModel):
    """The review an enterprise filled in on the window's paper form (纸质
    评价表), typed in by the window clerk: channel "window"."""

    _name = "park.rating.record"
    _description = "Record a Paper Review"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket", string="Case", required=True
    )
    level = fields.Selection(selection=LEVELS, required=True)
    attitude_level = fields.Selection(selection=LEVELS, string="Service Attitude")
    efficiency_level = fields.Selection(selection=LEVELS, string="Efficiency")
    guidance_level = fields.Selection(selection=LEVELS, string="Clarity of Guidance")
    comment = fields.Text()

    def action_record(self):
        self.ensure_one()
        # the clerk must be able to read the case: in their parks
        self.ticket_id.check_access("read")
        rating = self.ticket_id._park_rate(
            self.level,
            "window",
            self.comment,
            attitude_level=self.attitude_level,
            efficiency_level=self.efficiency_level,
            guidance_level=self.guidance_level,
        )
        return self.ticket_id.action_park_open_rating() if rating else True
