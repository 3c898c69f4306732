# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

METHODS = [
    ("phone", "Phone Call"),
    ("visit", "Visit"),
    ("sms", "Text Message"),
    ("online", "Online Message"),
    ("other", "Other"),
]
ACCEPTANCE = [
    ("accepted", "Accepts the Result"),
    ("not_accepted", "Does Not Accept the Result"),
]


class ParkRatingCallback(models.Model):
    """The call-back (回访) to the enterprise after a rectification: how it was
    reached and whether it accepts the result. A record of what happened:
    written once."""

    _name = "park.rating.callback"
    _inherit = ["park.scope.mixin"]
    _description = "Bad Review Call-back"
    _order = "date desc, id desc"

    rectification_id = fields.Many2one(
        comodel_name="park.rating.rectification",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(related="rectification_id.park_id", store=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now)
    method = fields.Selection(
        selection=METHODS, string="Reached By", required=True, default="phone"
    )
    contact_name = fields.Char(string="Person Reached")
    acceptance = fields.Selection(
        selection=ACCEPTANCE, string="Enterprise's Answer", required=True
    )
    note = fields.Text(string="Notes")
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Called Back By",
        default=lambda self: self.env.user,
        readonly=True,
    )

    @api.depends("rectification_id", "date")
    def _compute_display_name(self):
        for callback in self:
            callback.display_name = self.env._(
                "Call-back of %(rectification)s",
                rectification=callback.rectification_id.name or "",
            )

    @api.model_create_multi
    def create(self, vals_list):
        Rectification = self.env["park.rating.rectification"]
        for vals in vals_list:
            rectification = Rectification.browse(
                vals.get("rectification_id")
                or self.env.context.get("default_rectification_id")
            )
            if rectification.state != "callback":
                raise UserError(
                    self.env._(
                        "The call-back comes after the rectification is done: "
                        "%(name)s is not waiting for a call-back.",
                        name=rectification.name,
                    )
                )
            vals["user_id"] = self.env.uid
        callbacks = super().create(vals_list)
        for callback in callbacks:
            callback.rectification_id._park_called_back(callback)
        return callbacks
