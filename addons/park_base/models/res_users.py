# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.fields import Domain

SCOPE_FIELDS = {"park_region_ids", "park_park_ids", "park_station_ids"}


class ResUsers(models.Model):
    _inherit = "res.users"

    park_region_ids = fields.Many2many(
        comodel_name="park.region",
        relation="park_region_res_users_rel",
        column1="user_id",
        column2="region_id",
        string="Park Regions",
        help="The user sees every park of these regions and of their sub-regions "
        "(a county administrator: their county; a city administrator: the city).",
    )
    park_park_ids = fields.Many2many(
        comodel_name="park.park",
        relation="park_park_res_users_rel",
        column1="user_id",
        column2="park_id",
        string="Assigned Parks",
    )
    park_station_ids = fields.Many2many(
        comodel_name="park.station",
        relation="park_station_res_users_rel",
        column1="user_id",
        column2="station_id",
        string="Assigned Stations",
        help="The user sees the parks of these stations, and the parks a "
        "service centre among them also serves.",
    )
    park_scope_park_ids = fields.Many2many(
        comodel_name="park.park",
        string="Parks in Scope",
        compute="_compute_park_scope_park_ids",
        help="All the parks the user may see: the assigned parks, the parks of "
        "the assigned stations and the parks in the assigned regions.",
    )

    @api.depends("park_region_ids", "park_park_ids", "park_station_ids")
    def _compute_park_scope_park_ids(self):
        # sudo: this field is read while evaluating the record rules of
        # park.park itself, which must not recurse into those rules
        parks = self.env["park.park"].sudo().with_context(active_test=False)
        for user in self:
            user_sudo = user.sudo()
            regions = user_sudo.park_region_ids.ids
            stations = user_sudo.park_station_ids
            # a township centre's staff serve the parks it covers too
            scope = (
                user_sudo.park_park_ids | stations.park_id | stations.served_park_ids
            )
            if regions:
                scope |= parks.search(
                    [
                        "|",
                        ("county_id", "child_of", regions),
                        ("township_id", "child_of", regions),
                    ]
                )
            user.park_scope_park_ids = scope.sudo(False)

    def _park_scope_domain(self, field_name="park_id"):
        """The records whose ``field_name`` (a park) is in this user's scope.

        Everything for the superuser and city administrators; the parks in
        ``park_scope_park_ids`` for everybody else (none for a user without a
        park role). Search filters and checks use it; record rules spell out
        the same pattern (see ``park.scope.mixin``)."""
        self.ensure_one()
        if self.has_group("park_base.group_park_city_admin"):
            return Domain.TRUE
        return Domain(field_name, "in", self.sudo().park_scope_park_ids.ids)

    @api.model
    def _park_scope_changed(self):
        """Forget the cached record rules after a change of the parks in scope."""
        self.invalidate_model(["park_scope_park_ids"])
        self.env.registry.clear_cache()

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        if any(SCOPE_FIELDS & set(vals) for vals in vals_list):
            self._park_scope_changed()
        return users

    def write(self, vals):
        res = super().write(vals)
        if SCOPE_FIELDS & set(vals):
            self._park_scope_changed()
        return res
