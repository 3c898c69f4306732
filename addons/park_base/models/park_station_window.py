# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

WINDOW_TYPES = [
    ("comprehensive", "Comprehensive Reception"),
    ("specialized", "Specialized (Department)"),
    ("help_agent", "Help and Agent Service"),
    ("self_service_area", "Self-service Area"),
    ("consultation", "Consultation"),
    ("other", "Other"),
]


class ParkStationWindow(models.Model):
    _name = "park.station.window"
    _inherit = ["park.station.item.mixin"]
    _description = "Service Window"
    _order = "station_id, sequence, id"

    name = fields.Char(required=True)
    code = fields.Char(help="The window number shown above the counter.")
    sequence = fields.Integer(default=10)
    window_type = fields.Selection(
        selection=WINDOW_TYPES,
        string="Type",
        required=True,
        default="comprehensive",
        help="The comprehensive reception window (综合受理) takes every matter "
        "delegated to the park in one place.",
    )
    department_id = fields.Many2one(
        comodel_name="park.department",
        ondelete="restrict",
        help="The approval department staffing a specialized window.",
    )
    is_open = fields.Boolean(string="Open", default=True)
    note = fields.Char(string="Notes", groups="base.group_user")

    _station_code_uniq = models.Constraint(
        "unique(station_id, code)",
        "Two windows of the same station cannot have the same number.",
    )

    @api.constrains("window_type", "department_id")
    def _check_department(self):
        for window in self:
            if window.window_type == "specialized" and not window.department_id:
                raise ValidationError(
                    self.env._(
                        "The specialized window %(window)s must name the "
                        "department that staffs it.",
                        window=window.name,
                    )
                )
