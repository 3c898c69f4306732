# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain


class ParkMatterDelegation(models.Model):
    """An authorisation (充分授权): a department lets a park's service centre or
    station handle a matter, by a document, for a period."""

    _name = "park.matter.delegation"
    _description = "Matter Delegation"
    _inherit = ["mail.thread", "park.scope.mixin"]
    _order = "park_id, matter_id, date_from desc, id desc"
    _rec_name = "document_number"

    matter_id = fields.Many2one(
        "park.matter",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        domain="[('state', '=', 'published'), ('is_latest', '=', True)]",
    )
    department_id = fields.Many2one(
        "park.department",
        string="Authorising Department",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
    )
    park_id = fields.Many2one(
        "park.park", required=True, index=True, ondelete="cascade", tracking=True
    )
    station_id = fields.Many2one(
        "park.station",
        string="Centre or Station",
        index=True,
        tracking=True,
        domain="[('park_id', '=', park_id)]",
        help="The service centre or station authorised; empty when the park as a "
        "whole is authorised.",
    )
    document_number = fields.Char(required=True, tracking=True)
    document_date = fields.Date(tracking=True)
    document_file = fields.Binary(string="Document", attachment=True)
    document_filename = fields.Char()
    date_from = fields.Date(
        string="Valid From",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    date_to = fields.Date(
        string="Valid Until", tracking=True, help="Empty: until revoked."
    )
    is_in_force = fields.Boolean(
        string="In Force",
        compute="_compute_is_in_force",
        search="_search_is_in_force",
    )
    note = fields.Text()
    active = fields.Boolean(default=True, tracking=True)

    _dates_ordered = models.Constraint(
        "CHECK(date_to IS NULL OR date_to >= date_from)",
        "A delegation cannot end before it starts.",
    )

    @api.model
    def _in_force_domain(self, day=None):
        day = day or fields.Date.context_today(self)
        return [
            ("active", "=", True),
            ("date_from", "<=", day),
            "|",
            ("date_to", "=", False),
            ("date_to", ">=", day),
        ]

    @api.depends("date_from", "date_to", "active")
    def _compute_is_in_force(self):
        today = fields.Date.context_today(self)
        for delegation in self:
            delegation.is_in_force = bool(
                delegation.active
                and delegation.date_from
                and delegation.date_from <= today
                and (not delegation.date_to or delegation.date_to >= today)
            )

    def _search_is_in_force(self, operator, value):
        if operator == "in":
            positive = True in value
        elif operator == "not in":
            positive = True not in value
        elif operator in ("=", "!="):
            positive = (operator == "=") == bool(value)
        else:
            return NotImplemented
        domain = Domain(self._in_force_domain())
        return domain if positive else ~domain

    @api.depends("document_number", "department_id", "matter_id")
    def _compute_display_name(self):
        for delegation in self:
            delegation.display_name = " ".join(
                part
                for part in (
                    delegation.department_id.name,
                    delegation.document_number,
                )
                if part
            )

    @api.constrains("station_id", "park_id")
    def _check_station(self):
        for delegation in self:
            station = delegation.station_id
            if station and station.park_id != delegation.park_id:
                raise ValidationError(
                    self.env._(
                        "The station %(station)s is not in the park %(park)s.",
                        station=station.name,
                        park=delegation.park_id.name,
                    )
                )

    @api.onchange("matter_id")
    def _onchange_matter_id(self):
        if self.matter_id and not self.department_id:
            self.department_id = self.matter_id.department_id
