# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError

# the fields through which a record belongs to a park, its county and city
SCOPE_FIELDS = ("park_id", "county_id", "city_id")


class ParkScopeMixin(models.AbstractModel):
    """A record that belongs to one park: the one scope mechanism of the suite.

    Every park-scoped model inherits it, in this addon and in every later one.
    It owns

    - the fields ``park_id``, ``county_id`` and ``city_id`` (the county and
      city follow the park; a model whose park follows another record redefines
      ``park_id`` as a stored related field, e.g.
      ``park_id = fields.Many2one(related="station_id.park_id", store=True)``);
    - the check after a write: the ORM checks record rules *before* a write
      only, so a record moved by writing its park (or the record its park
      follows) must still be in the writer's scope afterwards;
    - the refusal to write a derived scope field directly (a stored related
      field written over RPC would otherwise move the record, or write through
      to the record it follows);
    - the record-rule pattern, declared in each addon's security file::

        scope rule, groups park_base.group_park_agent:
            [('park_id', 'in', user.park_scope_park_ids.ids)]
        city rule, groups park_base.group_park_city_admin:
            [(1, '=', 1)]

      ``park_base/tests/test_scope_mixin.py`` checks that every model that
      inherits this mixin has both rules, so a new model can't forget them.
    """

    _name = "park.scope.mixin"
    _description = "Park-scoped Record"

    park_id = fields.Many2one(
        comodel_name="park.park",
        index=True,
        ondelete="restrict",
    )
    county_id = fields.Many2one(
        comodel_name="park.region",
        string="County",
        related="park_id.county_id",
        store=True,
        index=True,
    )
    city_id = fields.Many2one(
        comodel_name="park.region",
        string="City",
        related="park_id.city_id",
        store=True,
        index=True,
    )

    @api.model
    def _park_scope_domain(self):
        """The records of this model in the current user's scope (a Domain)."""
        return self.env.user._park_scope_domain("park_id")

    @api.model
    def _park_scope_derived_fields(self):
        """The scope fields that follow another field and are never written."""
        return [
            name
            for name in SCOPE_FIELDS
            if name in self._fields and self._fields[name].related
        ]

    @api.model
    def _park_scope_source_fields(self):
        """The fields whose change may move a record to another park."""
        field = self._fields["park_id"]
        return {field.related.split(".")[0] if field.related else "park_id"}

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            # derived values come from the records they follow, never from the
            # caller (a default_park_id in the context must not leak in either)
            derived = self._park_scope_derived_fields()
            for vals in vals_list:
                for name in derived:
                    vals.pop(name, None)
        # the ORM checks the create rules on the new records
        return super().create(vals_list)

    def write(self, vals):
        if self.env.su:
            return super().write(vals)
        self._park_check_derived_scope_write(vals)
        if vals.get("park_id") and not self._fields["park_id"].related:
            # checked before the write too: a user scoped by station has the
            # parks of their stations in scope, so a moved station would bring
            # its new park into their scope after the write
            park = self.env["park.park"].browse(vals["park_id"])
            if not park.filtered_domain(self.env.user._park_scope_domain("id")):
                raise AccessError(
                    self.env._(
                        "You can't move records to the park %(park)s: it is not "
                        "one of your parks.",
                        park=park.sudo().display_name,
                    )
                )
        res = super().write(vals)
        if self._park_scope_source_fields() & set(vals):
            # the rules were checked on the records as they were
            self.check_access("write")
        return res

    def _park_check_derived_scope_write(self, vals):
        for name in self._park_scope_derived_fields():
            if name not in vals:
                continue
            field = self._fields[name]
            new = field.convert_to_record(
                field.convert_to_cache(vals[name], self), self
            )
            if any(record[name] != new for record in self):
                raise AccessError(
                    self.env._(
                        "The %(field)s of a %(model)s follows its %(origin)s and "
                        "can't be set directly.",
                        field=field._description_string(self.env),
                        model=self.env["ir.model"]._get(self._name).name,
                        origin=self._fields[
                            next(iter(self._park_scope_source_fields()))
                        ]._description_string(self.env),
                    )
                )
