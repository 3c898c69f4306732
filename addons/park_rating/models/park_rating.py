# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from .park_rating_levels import BAD_LEVELS, CHANNELS, LEVELS, SCORES


class ParkRating(models.Model):
    """One review of one closed case (一事一评), on the national five-level
    scale. Given once and never changed: the scope fields (station, team,
    agent, matter) are copied from the case when it is rated, so that the
    rates keep grouping the review where it was earned."""

    _name = "park.rating"
    _inherit = ["park.scope.mixin"]
    _description = "Case Review"
    _order = "rated_on desc, id desc"
    _rec_names_search = ["ticket_id.number", "enterprise_id.name"]

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Case",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    enterprise_id = fields.Many2one(
        comodel_name="res.partner", readonly=True, index=True
    )
    station_id = fields.Many2one(comodel_name="park.station", readonly=True, index=True)
    park_id = fields.Many2one(related="station_id.park_id", store=True)
    team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team", readonly=True, index=True
    )
    user_id = fields.Many2one(
        comodel_name="res.users", string="Agent", readonly=True, index=True
    )
    matter_id = fields.Many2one(comodel_name="park.matter", readonly=True, index=True)
    window_id = fields.Many2one(comodel_name="park.station.window", readonly=True)
    level = fields.Selection(selection=LEVELS, required=True, readonly=True, index=True)
    score = fields.Integer(
        compute="_compute_score",
        store=True,
        aggregator="avg",
        help="5 for Very Satisfied down to 1 for Very Dissatisfied.",
    )
    is_bad = fields.Boolean(
        string="Bad Review",
        compute="_compute_score",
        store=True,
        index=True,
        help="Dissatisfied or very dissatisfied.",
    )
    attitude_level = fields.Selection(
        selection=LEVELS, string="Service Attitude", readonly=True
    )
    efficiency_level = fields.Selection(
        selection=LEVELS, string="Efficiency", readonly=True
    )
    guidance_level = fields.Selection(
        selection=LEVELS, string="Clarity of Guidance", readonly=True
    )
    comment = fields.Text(readonly=True)
    channel = fields.Selection(
        selection=CHANNELS, required=True, readonly=True, index=True
    )
    rated_on = fields.Datetime(
        required=True, readonly=True, index=True, default=fields.Datetime.now
    )
    is_excluded = fields.Boolean(
        string="Excluded from the Rates",
        readonly=True,
        index=True,
        help="An appeal was upheld: the review stays visible but does not count "
        "in the rates.",
    )
    rectification_ids = fields.One2many(
        comodel_name="park.rating.rectification",
        inverse_name="rating_id",
        string="Rectifications",
    )
    rectification_id = fields.Many2one(
        comodel_name="park.rating.rectification",
        compute="_compute_rectification_id",
    )
    appeal_ids = fields.One2many(
        comodel_name="park.rating.appeal",
        inverse_name="rating_id",
        string="Appeals",
    )

    _ticket_uniq = models.Constraint(
        "unique(ticket_id)", "A case is rated once: it already has a review."
    )

    @api.depends("level")
    def _compute_score(self):
        for rating in self:
            rating.score = SCORES.get(rating.level, 0)
            rating.is_bad = rating.level in BAD_LEVELS

    @api.depends("rectification_ids")
    def _compute_rectification_id(self):
        for rating in self:
            rating.rectification_id = rating.rectification_ids[:1]

    @api.depends("ticket_id", "level")
    def _compute_display_name(self):
        labels = dict(self._fields["level"]._description_selection(self.env))
        for rating in self:
            rating.display_name = "%s · %s" % (
                rating.ticket_id.sudo().number or "",
                labels.get(rating.level, ""),
            )

    # ------------------------------------------------------------------
    # CRUD: given once, never changed
    # ------------------------------------------------------------------
    @api.model
    def _park_case_values(self, ticket):
        """The scope of the review, copied from the case."""
        ticket = ticket.sudo()
        return {
            "enterprise_id": ticket.enterprise_id.id,
            "station_id": ticket.station_id.id,
            "team_id": ticket.team_id.id,
            "user_id": ticket.user_id.id,
            "matter_id": ticket.matter_id.id,
            "window_id": ticket.park_window_id.id,
        }

    @api.model_create_multi
    def create(self, vals_list):
        Ticket = self.env["helpdesk.ticket"]
        for vals in vals_list:
            ticket = Ticket.browse(vals.get("ticket_id")).exists()
            if not ticket:
                raise UserError(self.env._("Choose the case to rate."))
            error = ticket._park_rating_refusal()
            if error:
                raise UserError(error)
            vals.update(self._park_case_values(ticket))
        ratings = super().create(vals_list)
        ratings.sudo()._park_after_rating()
        return ratings

    def write(self, vals):
        if not self.env.su:
            raise AccessError(
                self.env._(
                    "A review can't be changed once it is given: a mistaken or "
                    "malicious review is handled by an appeal."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_given(self):
        if not self.env.su:
            raise AccessError(
                self.env._(
                    "A review can't be deleted: a mistaken or malicious review is "
                    "handled by an appeal."
                )
            )

    # ------------------------------------------------------------------
    # business
    # ------------------------------------------------------------------
    def _park_after_rating(self):
        """Timeline event, and a rectification for each bad review."""
        labels = self._fields["level"]
        for rating in self:
            number, level = rating.ticket_id.number, rating.level

            def summary(env, number=number, level=level):
                label = dict(labels._description_selection(env)).get(level, "")
                return env._(
                    "Case %(number)s reviewed: %(level)s", number=number, level=label
                )

            rating.enterprise_id._park_log_event("rating", summary, record=rating)
        bad = self.filtered("is_bad")
        if bad:
            self.env["park.rating.rectification"].sudo()._park_open(bad)

    def action_open_rectification(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "park.rating.rectification",
            "res_id": self.rectification_id.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    def action_appeal(self):
        """A new appeal of this review, in a form."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Appeal the Review"),
            "res_model": "park.rating.appeal",
            "view_mode": "form",
            "views": [(False, "form")],
            "context": {"default_rating_id": self.id},
        }
