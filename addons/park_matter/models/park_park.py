# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ParkPark(models.Model):
    _inherit = "park.park"

    matter_line_ids = fields.One2many(
        "park.matter.list.line", "park_id", string="Matter List"
    )
    matter_line_count = fields.Integer(
        string="Listed Matters", compute="_compute_matter_line_count"
    )
    matter_gap_count = fields.Integer(
        string="Missing High-frequency Matters", compute="_compute_matter_gap_count"
    )
    bundle_count = fields.Integer(
        string="Park Bundles",
        compute="_compute_bundle_count",
        help='The park\'s own "one thing" bundles (park edition).',
    )

    def _compute_matter_line_count(self):
        groups = self.env["park.matter.list.line"]._read_group(
            [("park_id", "in", self.ids)], ["park_id"], ["__count"]
        )
        counts = {park.id: count for park, count in groups}
        for park in self:
            park.matter_line_count = counts.get(park.id, 0)

    def _compute_bundle_count(self):
        groups = self.env["park.bundle"]._read_group(
            [("park_id", "in", self.ids)], ["park_id"], ["__count"]
        )
        counts = {park.id: count for park, count in groups}
        for park in self:
            park.bundle_count = counts.get(park.id, 0)

    def _compute_matter_gap_count(self):
        matters = self.env["park.matter"]
        frequent = matters.search_count(
            [
                ("state", "=", "published"),
                ("is_latest", "=", True),
                ("is_high_frequency", "=", True),
                ("may_handle_in_park", "=", True),
            ]
        )
        groups = self.env["park.matter.list.line"]._read_group(
            [
                ("park_id", "in", self.ids),
                ("matter_id.state", "=", "published"),
                ("matter_id.is_latest", "=", True),
                ("matter_id.is_high_frequency", "=", True),
                ("matter_id.may_handle_in_park", "=", True),
            ],
            ["park_id"],
            ["__count"],
        )
        listed = {park.id: count for park, count in groups}
        for park in self:
            park.matter_gap_count = frequent - listed.get(park.id, 0)

    def action_view_matter_lines(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_matter.park_matter_list_line_action"
        )
        action["domain"] = [("park_id", "=", self.id)]
        action["context"] = {
            "default_park_id": self.id,
        }
        action["display_name"] = self.env._("Matter List of %(park)s", park=self.name)
        return action

    def action_gap_analysis(self):
        """High-frequency catalogue matters missing from this park's list."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_matter.park_matter_gap_action"
        )
        action["domain"] = self.env["park.matter"]._gap_domain(self)
        action["context"] = {
            "park_matter_park_id": self.id,
            "search_default_high_frequency": 1,
        }
        action["display_name"] = self.env._("Gap Analysis: %(park)s", park=self.name)
        return action

    def action_view_bundles(self):
        """The park's own bundles; new ones are the park's."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_matter.park_bundle_action"
        )
        action["domain"] = [("park_id", "=", self.id)]
        action["context"] = {"default_park_id": self.id}
        action["display_name"] = self.env._("Bundles of %(park)s", park=self.name)
        return action
