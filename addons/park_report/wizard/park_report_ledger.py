# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class ParkReportLedgerWizard(models.TransientModel):
    """Export a ledger for a period, a county or a park (each within the
    user's scope: the rows are read with the user's record rules)."""

    _name = "park.report.ledger.wizard"
    _description = "Export a Ledger"

    ledger = fields.Selection(
        selection=lambda self: self.env["park.report.ledger"]._park_ledger_selection(),
        required=True,
        default="cases",
    )
    date_from = fields.Date(string="From")
    date_to = fields.Date(string="To")
    county_id = fields.Many2one(
        comodel_name="park.region",
        domain=[("level", "=", "county")],
    )
    park_id = fields.Many2one(
        comodel_name="park.park",
        domain="[('county_id', '=', county_id)] if county_id else []",
    )

    @api.onchange("county_id")
    def _onchange_county_id(self):
        if self.park_id and self.county_id and self.park_id.county_id != self.county_id:
            self.park_id = False

    def action_export(self):
        self.ensure_one()
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise UserError(self.env._("The period ends before it starts."))
        return self.env["park.report.export"]._park_start(
            self.ledger,
            [],
            county=self.county_id or None,
            park=self.park_id or None,
            period=(self.date_from, self.date_to),
        )
