# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkPark(models.Model):
    _inherit = "park.park"

    enterprise_ids = fields.One2many(
        "res.partner",
        "park_id",
        string="Enterprises",
        domain=[("is_park_enterprise", "=", True)],
    )
    enterprise_count = fields.Integer(compute="_compute_enterprise_count")

    def _compute_enterprise_count(self):
        counts = dict(
            self.env["res.partner"]._read_group(
                [("park_id", "in", self.ids), ("is_park_enterprise", "=", True)],
                ["park_id"],
                ["__count"],
            )
        )
        for park in self:
            park.enterprise_count = counts.get(park, 0)

    def action_open_enterprises(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_enterprise.res_partner_action_enterprise"
        )
        action["domain"] = [
            ("is_park_enterprise", "=", True),
            ("park_id", "=", self.id),
        ]
        action["context"] = {
            "default_is_park_enterprise": True,
            "default_is_company": True,
            "default_park_id": self.id,
        }
        return action
