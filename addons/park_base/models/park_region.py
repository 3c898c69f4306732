# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Official administrative division codes (GB/T 2260 and the statistical
# division codes): cities and counties have 6 digits, townships 9 (or the
# 12-digit statistical form). County-level functional zones (high-tech zones,
# economic development zones, resort zones) have no official code of their own.
CITY_COUNTY_CODE = re.compile(r"^\d{6}$")
TOWNSHIP_CODE = re.compile(r"^(\d{9}|\d{12})$")
ZONE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")

# clause 3(1) of the guidance: each county (or functional zone) chooses 2 to 3
# pilot parks
MIN_PILOT_PARKS = 2
MAX_PILOT_PARKS = 3

REGION_LEVELS = [
    ("city", "City"),
    ("county", "County / District"),
    ("township", "Township / Sub-district"),
]


class ParkRegion(models.Model):
    _name = "park.region"
    _description = "Region"
    _parent_name = "parent_id"
    _parent_store = True
    _rec_name = "complete_name"
    _rec_names_search = ["complete_name", "code"]
    _order = "complete_name, id"

    name = fields.Char(required=True)
    code = fields.Char(
        string="Division Code",
        required=True,
        index=True,
        help="Official administrative division code: 6 digits for a city or a "
        "county, 9 or 12 digits for a township. A functional zone without an "
        "official code uses a short code of letters and digits.",
    )
    level = fields.Selection(
        selection=REGION_LEVELS, required=True, default="county", index=True
    )
    parent_id = fields.Many2one(
        comodel_name="park.region",
        string="Parent Region",
        index=True,
        ondelete="restrict",
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many(
        comodel_name="park.region", inverse_name="parent_id", string="Sub-regions"
    )
    complete_name = fields.Char(
        string="Full Name",
        compute="_compute_complete_name",
        recursive=True,
        store=True,
    )
    is_functional_zone = fields.Boolean(
        string="Functional Zone",
        help="A county-level functional zone such as a high-tech industrial "
        "development zone, which manages parks like a county but has no "
        "official division code.",
    )
    active = fields.Boolean(default=True)
    note = fields.Text(string="Notes")
    park_count = fields.Integer(string="Parks", compute="_compute_park_counts")
    pilot_park_count = fields.Integer(
        string="Pilot Parks", compute="_compute_park_counts"
    )
    pilot_warning = fields.Char(
        compute="_compute_pilot_warning",
        help="Shown when a county does not have 2 to 3 pilot parks.",
    )

    _code_uniq = models.Constraint(
        "unique(code)", "Another region already uses this division code."
    )

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for region in self:
            if region.parent_id:
                region.complete_name = (
                    f"{region.parent_id.complete_name} / {region.name}"
                )
            else:
                region.complete_name = region.name

    def _compute_park_counts(self):
        park_model = self.env["park.park"]
        totals = dict.fromkeys(self.ids, 0)
        pilots = dict.fromkeys(self.ids, 0)
        if self.ids:
            for field_name in ("county_id", "township_id"):
                for region, is_pilot, count in park_model._read_group(
                    [(field_name, "in", self.ids)],
                    groupby=[field_name, "is_pilot"],
                    aggregates=["__count"],
                ):
                    totals[region.id] += count
                    if is_pilot:
                        pilots[region.id] += count
        for region in self:
            region.park_count = totals.get(region.id, 0)
            region.pilot_park_count = pilots.get(region.id, 0)

    @api.depends("level")
    @api.depends_context("lang")
    def _compute_pilot_warning(self):
        counts = self._park_pilot_counts()
        for region in self:
            region.pilot_warning = region._park_pilot_warning(counts.get(region.id, 0))

    def _park_pilot_counts(self):
        """{county id: number of active pilot parks} for these counties.

        Counted over every park, whoever reads: the rule of 2 to 3 pilot parks
        is about the whole county."""
        if not self.ids:
            return {}
        return {
            county.id: count
            for county, count in self.env["park.park"]
            .sudo()
            ._read_group(
                [("county_id", "in", self.ids), ("is_pilot", "=", True)],
                groupby=["county_id"],
                aggregates=["__count"],
            )
        }

    def _park_pilot_warning(self, count):
        """The warning for a county with ``count`` pilot parks, or False.

        Clause 3(1) of the guidance: each county chooses 2 to 3 pilot parks
        (more are refused by ``park.park``, fewer are warned about)."""
        self.ensure_one()
        if self.level != "county" or MIN_PILOT_PARKS <= count <= MAX_PILOT_PARKS:
            return False
        if count < MIN_PILOT_PARKS:
            return self.env._(
                "%(county)s has %(count)s pilot parks: each county chooses 2 to 3 "
                "pilot parks. Mark its pilot parks on their forms.",
                county=self.name,
                count=count,
            )
        return self.env._(
            "%(county)s has %(count)s pilot parks: each county chooses 2 to 3 "
            "pilot parks. Unmark the parks that are not pilots.",
            county=self.name,
            count=count,
        )

    def _raise_cycle(self):
        raise ValidationError(
            self.env._(
                "A region cannot be its own parent or the parent of one of "
                "its parents: the hierarchy would be a loop."
            )
        )

    def _check_new_parent(self, parent_id):
        """Refuse a parent that is one of the regions or below them.

        Checked before writing: the parent-path update of the ORM would
        otherwise stop with a bare "Recursion Detected".
        """
        if parent_id and self.ids:
            descendants = self.with_context(active_test=False).search(
                [("id", "child_of", self.ids)]
            )
            if parent_id in descendants.ids:
                self._raise_cycle()

    @api.constrains("parent_id", "level")
    def _check_hierarchy(self):
        if self._has_cycle():
            self._raise_cycle()
        expected_parent = {"county": "city", "township": "county"}
        level_names = dict(self._fields["level"]._description_selection(self.env))
        for region in self:
            parent = region.parent_id
            if region.level == "city":
                if parent:
                    raise ValidationError(
                        self.env._(
                            "The city %(region)s is the top of the hierarchy and "
                            "cannot have a parent region.",
                            region=region.name,
                        )
                    )
                continue
            wanted = expected_parent[region.level]
            if not parent or parent.level != wanted:
                raise ValidationError(
                    self.env._(
                        "%(region)s is a %(level)s: its parent region must be a "
                        "%(parent_level)s.",
                        region=region.name,
                        level=level_names[region.level],
                        parent_level=level_names[wanted],
                    )
                )
        self._check_dependents_level(expected_parent, level_names)

    def _check_dependents_level(self, expected_parent, level_names):
        """A new level must still suit the sub-regions and the parks below."""
        children = self.with_context(active_test=False).child_ids
        parks = (
            self.env["park.park"]
            .sudo()
            .with_context(active_test=False)
            .search(
                ["|", ("county_id", "in", self.ids), ("township_id", "in", self.ids)]
            )
        )
        for region in self:
            wrong_child = children.filtered(
                lambda c, r=region: (
                    c.parent_id == r and expected_parent.get(c.level) != r.level
                )
            )[:1]
            wrong_park = parks.filtered(
                lambda p, r=region: (
                    (p.county_id == r and r.level != "county")
                    or (p.township_id == r and r.level != "township")
                )
            )[:1]
            dependent = wrong_child.name or wrong_park.name
            if dependent:
                raise ValidationError(
                    self.env._(
                        "%(region)s cannot be a %(level)s: %(dependent)s still "
                        "depends on it at its former level. Move it first.",
                        region=region.name,
                        level=level_names[region.level],
                        dependent=dependent,
                    )
                )

    @api.constrains("code", "level", "is_functional_zone", "parent_id")
    def _check_code(self):
        for region in self:
            code = region.code or ""
            if region.is_functional_zone and region.level != "county":
                raise ValidationError(
                    self.env._(
                        "Only a county-level region can be marked as a functional "
                        "zone (%(region)s).",
                        region=region.name,
                    )
                )
            if region.is_functional_zone:
                if not ZONE_CODE.match(code):
                    raise ValidationError(
                        self.env._(
                            "The code %(code)s of the functional zone %(region)s "
                            "must be 2 to 32 letters, digits, '-' or '_'.",
                            code=code,
                            region=region.name,
                        )
                    )
                continue
            if region.level in ("city", "county"):
                if not CITY_COUNTY_CODE.match(code):
                    raise ValidationError(
                        self.env._(
                            "The division code of %(region)s must have exactly 6 "
                            "digits (for example 370303), not %(code)s.",
                            region=region.name,
                            code=code,
                        )
                    )
                parent = region.parent_id
                if (
                    region.level == "county"
                    and parent.level == "city"
                    and CITY_COUNTY_CODE.match(parent.code or "")
                    and code[:4] != parent.code[:4]
                ):
                    raise ValidationError(
                        self.env._(
                            "The division code %(code)s of %(region)s does not "
                            "belong to its city %(parent)s (%(parent_code)s): the "
                            "first four digits must be the same.",
                            code=code,
                            region=region.name,
                            parent=parent.name,
                            parent_code=parent.code,
                        )
                    )
            else:
                if not TOWNSHIP_CODE.match(code):
                    raise ValidationError(
                        self.env._(
                            "The division code of the township %(region)s must "
                            "have 9 or 12 digits (for example 370321105), not "
                            "%(code)s.",
                            region=region.name,
                            code=code,
                        )
                    )
                parent = region.parent_id
                if (
                    parent.level == "county"
                    and not parent.is_functional_zone
                    and not code.startswith(parent.code or "")
                ):
                    raise ValidationError(
                        self.env._(
                            "The division code %(code)s of %(region)s does not "
                            "start with the code of its county %(parent)s "
                            "(%(parent_code)s).",
                            code=code,
                            region=region.name,
                            parent=parent.name,
                            parent_code=parent.code,
                        )
                    )

    @api.model
    def _normalize_code(self, vals):
        if vals.get("code"):
            vals["code"] = vals["code"].strip().upper()
        return vals

    @api.model_create_multi
    def create(self, vals_list):
        vals_list = [self._normalize_code(dict(vals)) for vals in vals_list]
        return super().create(vals_list)

    def write(self, vals):
        vals = self._normalize_code(dict(vals))
        if "parent_id" in vals:
            self._check_new_parent(vals["parent_id"])
        res = super().write(vals)
        if "parent_id" in vals or "active" in vals:
            # the parks in a user's regions depend on the hierarchy
            self.env["res.users"]._park_scope_changed()
        return res

    def action_view_parks(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_base.park_park_action"
        )
        action["domain"] = [
            "|",
            ("county_id", "child_of", self.id),
            ("township_id", "child_of", self.id),
        ]
        action["context"] = (
            {"default_county_id": self.id} if self.level == "county" else {}
        )
        return action
