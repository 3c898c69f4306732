# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

TERMINAL_KINDS = [
    ("comprehensive", "Comprehensive Government Services"),
    ("tax", "Tax"),
    ("social_security", "Social Security"),
    ("medical_insurance", "Medical Insurance"),
    ("housing_fund", "Housing Provident Fund"),
    ("market_registration", "Market Registration"),
    ("other", "Other"),
]

TERMINAL_STATES = [
    ("in_service", "In Service"),
    ("fault", "Fault"),
    ("offline", "Offline"),
    ("retired", "Retired"),
]


class ParkStationTerminal(models.Model):
    _name = "park.station.terminal"
    _description = "Self-service Terminal"
    _inherit = ["mail.thread", "park.station.item.mixin"]
    _order = "station_id, code, id"
    _rec_names_search = ["code", "name"]

    code = fields.Char(
        required=True, index=True, tracking=True, help="Asset or serial number."
    )
    name = fields.Char(string="Model")
    station_id = fields.Many2one(tracking=True)
    kind = fields.Selection(
        selection=TERMINAL_KINDS, required=True, default="comprehensive"
    )
    location = fields.Char(help="Where the terminal stands, e.g. hall, 1st floor.")
    state = fields.Selection(
        selection=TERMINAL_STATES,
        string="Status",
        required=True,
        default="in_service",
        tracking=True,
        index=True,
    )
    # internal: what enterprises read of a terminal is where it is and what
    # it does, not its asset records
    install_date = fields.Date(string="Installed On", groups="base.group_user")
    supplier = fields.Char(groups="base.group_user")
    note = fields.Text(string="Notes", groups="base.group_user")

    _code_uniq = models.Constraint(
        "unique(code)", "Another self-service terminal already uses this code."
    )

    def _compute_display_name(self):
        for terminal in self:
            terminal.display_name = (
                f"{terminal.code} ({terminal.name})" if terminal.name else terminal.code
            )
