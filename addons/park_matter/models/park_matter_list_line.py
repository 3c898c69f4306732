# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ParkMatterListLine(models.Model):
    """One matter of a park's matter list (园区事项清单)."""

    _name = "park.matter.list.line"
    _description = "Park Matter List Line"
    _inherit = ["mail.thread", "park.scope.mixin"]
    _order = "park_id, theme, sequence, matter_code, id"
    _rec_name = "matter_id"

    park_id = fields.Many2one(
        "park.park", required=True, index=True, ondelete="cascade", tracking=True
    )
    matter_id = fields.Many2one(
        "park.matter",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        domain="[('state', '=', 'published'), ('is_latest', '=', True)]",
    )
    matter_code = fields.Char(related="matter_id.code", store=True, index=True)
    matter_version = fields.Integer(related="matter_id.version")
    matter_state = fields.Selection(related="matter_id.state")
    theme = fields.Selection(related="matter_id.theme", store=True, index=True)
    matter_type = fields.Selection(related="matter_id.matter_type")
    department_id = fields.Many2one(
        related="matter_id.department_id", store=True, index=True
    )
    is_high_frequency = fields.Boolean(related="matter_id.is_high_frequency")
    catalogue_promised_limit = fields.Integer(
        related="matter_id.promised_limit",
        string="Catalogue Promised Limit",
        aggregator=False,
    )
    local_promised_limit = fields.Integer(
        string="Local Promised Limit (working days)",
        tracking=True,
        # time limits of different matters don't add up
        aggregator=False,
        help="The park's own promised limit; never longer than the catalogue's.",
    )
    station_id = fields.Many2one(
        "park.station",
        string="Service Station",
        index=True,
        domain="[('park_id', '=', park_id)]",
    )
    window_id = fields.Many2one(
        "park.station.window",
        domain="[('station_id', '=', station_id)]",
    )
    # internal: enterprises read the public lists, which show the window's
    # phone only, never these fields themselves
    contact_name = fields.Char(string="Contact", groups="base.group_user")
    contact_phone = fields.Char(groups="base.group_user")
    note = fields.Text(groups="base.group_user")
    delegation_ids = fields.Many2many(
        "park.matter.delegation",
        string="Delegations",
        compute="_compute_delegation_ids",
        groups="base.group_user",
        help="The authorisations in force for this matter in this park.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True, tracking=True)

    _park_matter_uniq = models.Constraint(
        "unique(park_id, matter_id)", "A matter is on a park's list only once."
    )
    _local_limit_non_negative = models.Constraint(
        "CHECK(local_promised_limit >= 0)",
        "The local promised limit cannot be negative.",
    )

    @api.constrains("local_promised_limit", "matter_id")
    def _check_local_limit(self):
        for line in self:
            if line.local_promised_limit > line.matter_id.promised_limit:
                raise ValidationError(
                    self.env._(
                        "The local promised limit of %(matter)s in %(park)s "
                        "(%(local)s working days) cannot be longer than the "
                        "catalogue's (%(limit)s working days).",
                        matter=line.matter_id.name,
                        park=line.park_id.name,
                        local=line.local_promised_limit,
                        limit=line.matter_id.promised_limit,
                    )
                )

    @api.constrains("matter_id", "active")
    def _check_matter_published(self):
        for line in self.filtered("active"):
            if line.matter_id.state != "published":
                raise ValidationError(
                    self.env._(
                        "Only published matters can be on a park list "
                        "(%(matter)s is not).",
                        matter=line.matter_id.name,
                    )
                )

    @api.constrains("station_id", "window_id", "park_id")
    def _check_station(self):
        for line in self:
            if line.station_id and line.station_id.park_id != line.park_id:
                raise ValidationError(
                    self.env._(
                        "The station %(station)s is not in the park %(park)s.",
                        station=line.station_id.name,
                        park=line.park_id.name,
                    )
                )
            if line.window_id and line.window_id.station_id != line.station_id:
                raise ValidationError(
                    self.env._(
                        "The window %(window)s does not belong to the station "
                        "%(station)s.",
                        window=line.window_id.display_name,
                        station=line.station_id.name or "-",
                    )
                )

    @api.onchange("matter_id")
    def _onchange_matter_id(self):
        if self.matter_id:
            self.local_promised_limit = self.matter_id.promised_limit

    @api.onchange("station_id")
    def _onchange_station_id(self):
        if self.window_id and self.window_id.station_id != self.station_id:
            self.window_id = False

    @api.model_create_multi
    def create(self, vals_list):
        matters = self.env["park.matter"].browse(
            [v["matter_id"] for v in vals_list if v.get("matter_id")]
        )
        limits = {m.id: m.promised_limit for m in matters}
        for vals in vals_list:
            if "local_promised_limit" not in vals and vals.get("matter_id"):
                vals["local_promised_limit"] = limits.get(vals["matter_id"], 0)
        return super().create(vals_list)

    @api.depends("park_id", "matter_id")
    def _compute_delegation_ids(self):
        delegations = self.env["park.matter.delegation"].search(
            [
                ("park_id", "in", self.park_id.ids),
                ("matter_id", "in", self.matter_id.ids),
            ]
            + self.env["park.matter.delegation"]._in_force_domain()
        )
        for line in self:
            line.delegation_ids = delegations.filtered(
                lambda d, ln=line: (
                    d.park_id == ln.park_id and d.matter_id == ln.matter_id
                )
            )

    @api.model
    def _add_matters(self, park, matters):
        """Put ``matters`` on ``park``'s list; archived lines come back."""
        park.ensure_one()
        existing = self.with_context(active_test=False).search(
            [("park_id", "=", park.id), ("matter_id", "in", matters.ids)]
        )
        existing.filtered(lambda line: not line.active).write({"active": True})
        missing = matters - existing.matter_id
        station = park.station_ids[:1]
        new = self.create(
            [
                {
                    "park_id": park.id,
                    "matter_id": matter.id,
                    "station_id": station.id,
                }
                for matter in missing
            ]
        )
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "%(count)s matter(s) added to the list of %(park)s.",
                    count=len(new) + len(existing),
                    park=park.name,
                ),
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def action_preview_guide(self):
        self.ensure_one()
        return self.matter_id.action_preview_guide()
