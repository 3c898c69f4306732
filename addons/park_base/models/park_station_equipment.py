# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

EQUIPMENT_CATEGORIES = [
    ("computer", "Computer"),
    ("printer", "Printer"),
    ("scanner", "Scanner"),
    ("copier", "Copier"),
    ("id_reader", "ID Card Reader"),
    ("camera", "Camera / High-speed Scanner"),
    ("queue_system", "Queue Ticket System"),
    ("evaluation_device", "Review Device (Good/Bad Review)"),
    ("network", "Network Equipment"),
    ("other", "Other"),
]


class ParkStationEquipment(models.Model):
    _name = "park.station.equipment"
    _inherit = ["park.station.item.mixin"]
    _description = "Office Equipment"
    _order = "station_id, category, name, id"

    name = fields.Char(required=True)
    category = fields.Selection(
        selection=EQUIPMENT_CATEGORIES, required=True, default="computer"
    )
    quantity = fields.Integer(required=True, default=1)
    is_working = fields.Boolean(string="Working", default=True)
    note = fields.Char(string="Notes")

    _quantity_positive = models.Constraint(
        "CHECK(quantity > 0)", "The quantity of office equipment must be positive."
    )
