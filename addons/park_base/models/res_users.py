from odoo import api, fields, models

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
        help="The user sees the parks of these stations.",
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
            scope = user_sudo.park_park_ids | user_sudo.park_station_ids.park_id
            if regions:
                scope |= parks.search(
                    [
                        "|",
                        ("county_id", "child_of", regions),
                        ("township_id", "child_of", regions),
                    ]
                )
            user.park_scope_park_ids = scope.sudo(False)

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
