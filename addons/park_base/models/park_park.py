# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .park_region import MAX_PILOT_PARKS


class ParkPark(models.Model):
    _name = "park.park"
    _description = "Industrial Park"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "sequence, name, id"
    _rec_names_search = ["name", "code"]

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(required=True, index=True, tracking=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True, tracking=True)
    county_id = fields.Many2one(
        comodel_name="park.region",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        domain="[('level', '=', 'county')]",
        help="The county, district or functional zone that manages the park.",
    )
    township_id = fields.Many2one(
        comodel_name="park.region",
        index=True,
        ondelete="restrict",
        tracking=True,
        domain="[('level', '=', 'township'), ('parent_id', '=', county_id)]",
    )
    city_id = fields.Many2one(
        comodel_name="park.region",
        string="City",
        related="county_id.parent_id",
        store=True,
        index=True,
    )
    managing_body = fields.Char(
        tracking=True,
        help="The park management committee or the township government that "
        "runs the park.",
    )
    industry_ids = fields.Many2many(
        comodel_name="park.industry",
        relation="park_park_industry_rel",
        column1="park_id",
        column2="industry_id",
        string="Industries",
    )
    is_pilot = fields.Boolean(
        string="Pilot Park",
        tracking=True,
        index=True,
        help="One of the 2-3 pilot parks the county chose for 'park matters "
        "handled in the park'. A county can't have more than 3; the parks of a "
        "county with fewer than 2 show a warning.",
    )
    pilot_warning = fields.Char(
        compute="_compute_pilot_warning",
        help="Shown when the park's county does not have 2 to 3 pilot parks.",
    )
    street = fields.Char(string="Address")
    # the park committee's own contact: internal, the public pages show the
    # stations' phones and addresses
    contact_name = fields.Char(string="Contact Person", groups="base.group_user")
    phone = fields.Char(groups="base.group_user")
    email = fields.Char(groups="base.group_user")
    description = fields.Html()
    station_ids = fields.One2many(
        comodel_name="park.station",
        inverse_name="park_id",
        string="Service Centres and Stations",
    )
    serving_station_ids = fields.Many2many(
        comodel_name="park.station",
        relation="park_station_served_park_rel",
        column1="park_id",
        column2="station_id",
        string="Also Served By",
        readonly=True,
        help="Service centres of other parks that serve this park too, e.g. "
        "the township's convenience centre.",
    )
    station_count = fields.Integer(string="Stations", compute="_compute_station_count")
    ready_station_count = fields.Integer(
        string="Ready Stations", compute="_compute_station_count"
    )

    _code_uniq = models.Constraint(
        "unique(code)", "Another park already uses this code."
    )

    def _compute_station_count(self):
        totals = dict.fromkeys(self.ids, 0)
        ready = dict.fromkeys(self.ids, 0)
        if self.ids:
            for park, is_ready, count in self.env["park.station"]._read_group(
                [("park_id", "in", self.ids)],
                groupby=["park_id", "is_ready"],
                aggregates=["__count"],
            ):
                totals[park.id] += count
                if is_ready:
                    ready[park.id] += count
        for park in self:
            park.station_count = totals.get(park.id, 0)
            park.ready_station_count = ready.get(park.id, 0)

    @api.depends("county_id", "is_pilot", "active")
    @api.depends_context("lang")
    def _compute_pilot_warning(self):
        counties = self.county_id | self._origin.county_id
        saved = counties._park_pilot_counts()
        for park in self:
            count = saved.get(park.county_id.id, 0)
            # in a form, the park's unsaved pilot flag counts instead of the
            # saved one
            origin = park._origin
            if origin and origin.is_pilot and origin.active:
                count -= origin.county_id == park.county_id
            count += bool(park.is_pilot and park.active)
            park.pilot_warning = (
                park.county_id._park_pilot_warning(count) if park.county_id else False
            )

    @api.constrains("county_id", "is_pilot", "active")
    def _check_pilot_count(self):
        pilots = self.filtered(lambda p: p.is_pilot and p.active)
        counts = pilots.county_id._park_pilot_counts()
        for county in pilots.county_id:
            if counts.get(county.id, 0) <= MAX_PILOT_PARKS:
                continue
            new = pilots.filtered(lambda p, c=county: p.county_id == c)
            others = (
                self.sudo()
                .search(
                    [
                        ("county_id", "=", county.id),
                        ("is_pilot", "=", True),
                        ("id", "not in", new.ids),
                    ]
                )
                .mapped("name")
            )
            raise ValidationError(
                self.env._(
                    "%(county)s already has %(count)s pilot parks (%(parks)s): "
                    "each county chooses 2 to 3 pilot parks. Unmark one of them "
                    "before making %(park)s a pilot park.",
                    county=county.name,
                    count=len(others),
                    parks=self.env._(", ").join(others),
                    park=self.env._(", ").join(new.mapped("name")),
                )
            )

    @api.constrains("county_id", "township_id")
    def _check_regions(self):
        for park in self:
            if park.county_id.level != "county":
                raise ValidationError(
                    self.env._(
                        "The county of the park %(park)s must be a county-level "
                        "region, not %(region)s.",
                        park=park.name,
                        region=park.county_id.display_name,
                    )
                )
            township = park.township_id
            if township and (
                township.level != "township" or township.parent_id != park.county_id
            ):
                raise ValidationError(
                    self.env._(
                        "The township %(township)s of the park %(park)s must be a "
                        "township of %(county)s.",
                        township=township.display_name,
                        park=park.name,
                        county=park.county_id.name,
                    )
                )

    @api.onchange("county_id")
    def _onchange_county_id(self):
        if self.township_id and self.township_id.parent_id != self.county_id:
            self.township_id = False

    @api.model_create_multi
    def create(self, vals_list):
        parks = super().create(vals_list)
        self.env["res.users"]._park_scope_changed()
        return parks

    def write(self, vals):
        res = super().write(vals)
        if {"county_id", "township_id", "active"} & set(vals):
            self.env["res.users"]._park_scope_changed()
        if {"county_id", "township_id"} & set(vals) and not self.env.su:
            # the ORM checks the record rules before a write only: a county
            # administrator must not move a park out of their own county
            self.check_access("write")
        return res

    def unlink(self):
        res = super().unlink()
        self.env["res.users"]._park_scope_changed()
        return res

    def action_view_stations(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_base.park_station_action"
        )
        action["domain"] = [("park_id", "=", self.id)]
        action["context"] = {"default_park_id": self.id}
        return action
