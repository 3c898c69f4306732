# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import datetime

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

STATES = [
    ("draft", "Draft"),
    ("published", "Published"),
    ("superseded", "Superseded"),
]
# set by the steps (compute, publish, revise), never written by users
STEP_FIELDS = {
    "state",
    "rank",
    "revision",
    "previous_id",
    "published_date",
    "computed_date",
    "line_ids",
    "revision_reason",
}


class ParkScorecard(models.Model):
    """A county's scorecard of one year: the indicators computed from the
    live data, weighted by the year's weights, with the inspections' score.

    Computed while a draft; frozen once published (nothing about it or its
    lines changes afterwards, whatever the data does); a correction is a new
    revision, with its reason, which supersedes the published one when it is
    published itself."""

    _name = "park.scorecard"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _description = "County Scorecard"
    _order = "year desc, rank, county_id, revision desc"

    name = fields.Char(compute="_compute_name", store=True)
    county_id = fields.Many2one(
        "park.region",
        required=True,
        index=True,
        ondelete="restrict",
        domain=[("level", "=", "county")],
    )
    year = fields.Integer(required=True, index=True)
    revision = fields.Integer(default=1, required=True, readonly=True, copy=False)
    state = fields.Selection(
        STATES, default="draft", required=True, readonly=True, index=True, tracking=True
    )
    line_ids = fields.One2many(
        "park.scorecard.line", "scorecard_id", string="Indicators", readonly=True
    )
    total = fields.Float(
        string="Total Score",
        compute="_compute_total",
        store=True,
        digits=(5, 2),
        aggregator="avg",
    )
    rank = fields.Integer(
        readonly=True,
        copy=False,
        aggregator=False,
        help="Place among the year's published scorecards of every county, by "
        "total score (the same place for the same total).",
    )
    computed_date = fields.Datetime(string="Computed On", readonly=True, copy=False)
    published_date = fields.Date(string="Published On", readonly=True, copy=False)
    previous_id = fields.Many2one(
        "park.scorecard",
        string="Previous Revision",
        readonly=True,
        copy=False,
        index=True,
        ondelete="restrict",
    )
    revision_reason = fields.Text(
        string="Reason for the Revision", readonly=True, copy=False
    )
    note = fields.Text(string="Notes")

    _draft_uniq = models.UniqueIndex(
        "(county_id, year) WHERE state = 'draft'",
        "A county has one draft scorecard per year.",
    )
    _published_uniq = models.UniqueIndex(
        "(county_id, year) WHERE state = 'published'",
        "A county has one published scorecard per year.",
    )

    @api.depends("county_id.name", "year", "revision")
    def _compute_name(self):
        for card in self:
            card.name = self.env._(
                "%(year)s %(county)s (revision %(revision)s)",
                year=card.year,
                county=card.county_id.name or "",
                revision=card.revision,
            )

    @api.depends("line_ids.weighted_score")
    def _compute_total(self):
        for card in self:
            card.total = sum(card.line_ids.mapped("weighted_score"))

    # ------------------------------------------------------------------
    # the freeze
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                for name in STEP_FIELDS:
                    vals.pop(name, None)
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            if STEP_FIELDS & set(vals):
                raise AccessError(
                    self.env._(
                        "The state, lines and rank of a scorecard are set by its "
                        "buttons only."
                    )
                )
            self._park_check_draft()
        return super().write(vals)

    def _park_check_draft(self):
        frozen = self.filtered(lambda card: card.state != "draft")
        if frozen:
            raise UserError(
                self.env._(
                    "The scorecard %(name)s is published and can't be changed: "
                    "make a new revision with the reason for the correction.",
                    name=frozen[0].name,
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_published(self):
        self._park_check_draft()

    # ------------------------------------------------------------------
    # computing
    # ------------------------------------------------------------------
    @api.model
    def _park_period(self, year):
        """The evaluated period of ``year``: from 1 January to 31 December,
        or to today while the year runs."""
        today = fields.Date.context_today(self)
        return datetime.date(year, 1, 1), min(datetime.date(year, 12, 31), today)

    @api.model
    def _park_counties(self):
        return self.env["park.region"].search([("level", "=", "county")])

    @api.model
    def _park_compute_year(self, year, counties=None):
        """Create or refresh the draft scorecards of ``year`` of ``counties``
        (every county when ``None``) from the live data and return them; a
        county whose scorecard is published (and not being revised) is left
        as it is."""
        self._park_check_manager()
        counties = self._park_counties() if counties is None else counties
        Scorecard = self.sudo()
        cards = Scorecard.search(
            [("county_id", "in", counties.ids), ("year", "=", year)]
        )
        drafts = cards.filtered(lambda card: card.state == "draft")
        frozen = cards.filtered(lambda card: card.state == "published").county_id
        missing = counties - drafts.county_id - frozen
        drafts |= Scorecard.create(
            [{"county_id": county.id, "year": year} for county in missing]
        )
        drafts._park_refresh_lines()
        return drafts.sudo(False)

    def _park_refresh_lines(self):
        """Set the lines of these draft scorecards to figures counted now
        (one set of queries for all of them, year by year): the lines of the
        year's indicators are updated in place, made when missing, and the
        others removed."""
        self._park_check_draft()
        Line = (
            self.env["park.scorecard.line"]
            .sudo()
            .with_context(park_scorecard_refresh=True)
        )
        lines = Line.search([("scorecard_id", "in", self.ids)])
        existing = {
            (line.scorecard_id.id, line.indicator_id.id): line for line in lines
        }
        kept, to_create = Line.browse(), []
        for year in set(self.mapped("year")):
            cards = self.filtered(lambda card, year=year: card.year == year)
            weights = self.env["park.evaluation.year"].sudo()._park_get(year).weight_ids
            date_from, date_to = self._park_period(year)
            figures = weights.indicator_id._park_compute(
                cards.county_id, date_from, date_to, year
            )
            for card in cards:
                for weight in weights:
                    indicator = weight.indicator_id
                    numerator, denominator = figures[indicator].get(
                        card.county_id.id, (0, 0)
                    )
                    vals = {
                        "numerator": numerator,
                        "denominator": denominator,
                        "value": indicator._park_value(numerator, denominator),
                        "weight": weight.weight,
                    }
                    line = existing.get((card.id, indicator.id))
                    if line:
                        line.write(vals)
                        kept |= line
                    else:
                        vals.update(scorecard_id=card.id, indicator_id=indicator.id)
                        to_create.append(vals)
        (lines - kept).unlink()
        Line.create(to_create)
        self.sudo().write({"computed_date": fields.Datetime.now()})

    @api.model
    def _park_check_manager(self):
        if not self.env.user.has_group("park_base.group_park_city_admin"):
            raise AccessError(
                self.env._(
                    "Only the city administrators compute and publish scorecards."
                )
            )

    # ------------------------------------------------------------------
    # buttons
    # ------------------------------------------------------------------
    def action_compute(self):
        """Refresh the lines of these draft scorecards from the live data."""
        self._park_check_manager()
        self._park_check_draft()
        self.sudo()._park_refresh_lines()
        return True

    def action_publish(self):
        """Freeze these drafts; a revision supersedes the scorecard it
        corrects; the year's ranks are counted again."""
        self._park_check_manager()
        self._park_check_draft()
        if not all(self.mapped("line_ids")):
            raise UserError(self.env._("Compute a scorecard before publishing it."))
        sudo = self.sudo()
        sudo.previous_id.filtered(lambda card: card.state == "published").write(
            {"state": "superseded"}
        )
        # one published scorecard per county and year: supersede first
        sudo.flush_model(["state"])
        sudo.write(
            {"state": "published", "published_date": fields.Date.context_today(self)}
        )
        self._park_update_ranks(set(self.mapped("year")))
        return True

    def action_revise(self):
        """Ask the reason of a correction (wizard)."""
        self.ensure_one()
        self._park_check_manager()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("New Revision"),
            "res_model": "park.scorecard.revise",
            "view_mode": "form",
            "target": "new",
            "context": {"default_scorecard_id": self.id},
        }

    @api.model
    def action_compute_year(self, year=None):
        """The city's "compute every county" button: the drafts of the year."""
        year = year or fields.Date.context_today(self).year
        self._park_compute_year(year)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "park_supervision.park_scorecard_action"
        )
        action["domain"] = [("year", "=", year)]
        return action

    # ------------------------------------------------------------------
    # business
    # ------------------------------------------------------------------
    def _park_new_revision(self, reason):
        """A draft revision of this published scorecard, computed now, with
        the reason of the correction (on it and in both chatters)."""
        self.ensure_one()
        self._park_check_manager()
        if self.state != "published":
            raise UserError(self.env._("Only a published scorecard is revised."))
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason for the correction."))
        sudo = self.sudo()
        draft = sudo.search(
            [
                ("county_id", "=", self.county_id.id),
                ("year", "=", self.year),
                ("state", "=", "draft"),
            ]
        )
        if draft:
            raise UserError(
                self.env._(
                    "A draft revision of this scorecard already exists: %(name)s.",
                    name=draft.name,
                )
            )
        revision = sudo.create(
            {
                "county_id": self.county_id.id,
                "year": self.year,
                "revision": self.revision + 1,
                "previous_id": self.id,
                "revision_reason": reason,
                "note": self.note,
            }
        )
        revision._park_refresh_lines()
        body = Markup("%s<br/>%s") % (
            self.env._("Revision %(revision)s made.", revision=revision.revision),
            reason,
        )
        revision.message_post(body=body)
        self.message_post(body=body)
        return revision.sudo(False)

    @api.model
    def _park_update_ranks(self, years):
        """Rank the published scorecards of ``years`` by total (1 the best;
        the same total, the same place)."""
        for year in years:
            cards = self.sudo().search(
                [("year", "=", year), ("state", "=", "published")],
                order="total desc, id",
            )
            place, previous = 0, None
            for position, card in enumerate(cards, start=1):
                if card.total != previous:
                    place, previous = position, card.total
                if card.rank != place:
                    card.rank = place
