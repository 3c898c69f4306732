# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import secrets
from datetime import timedelta

from odoo import api, fields, models

# characters of entropy: token_urlsafe(32) gives 256 random bits
TOKEN_BYTES = 32


class ParkRatingLink(models.Model):
    """A link to rate one case without logging in, sent in the closing mail
    (or a text message): an unguessable token bound to the case, that works
    once and expires. Read and written by the system only."""

    _name = "park.rating.link"
    _description = "Review Link"
    _order = "id desc"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Case",
        required=True,
        index=True,
        ondelete="cascade",
    )
    token = fields.Char(
        required=True,
        copy=False,
        default=lambda self: secrets.token_urlsafe(TOKEN_BYTES),
    )
    expiry_date = fields.Datetime(string="Expires On", required=True)
    used_on = fields.Datetime(copy=False)
    rating_id = fields.Many2one(
        comodel_name="park.rating", string="Review", ondelete="set null"
    )

    _token_uniq = models.Constraint("unique(token)", "Review links must be unique.")

    @api.model
    def _park_valid_days(self):
        return int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("park_rating.link_valid_days", 15)
        )

    @api.model
    def _park_issue(self, tickets):
        """A new link for each case, valid for the configured days."""
        expiry = fields.Datetime.now() + timedelta(days=self._park_valid_days())
        return self.create(
            [{"ticket_id": ticket.id, "expiry_date": expiry} for ticket in tickets]
        )

    @api.model
    def _park_valid_link(self, ticket):
        return self.search(
            [
                ("ticket_id", "=", ticket.id),
                ("used_on", "=", False),
                ("expiry_date", ">", fields.Datetime.now()),
            ],
            order="id desc",
            limit=1,
        )

    def _park_url(self):
        self.ensure_one()
        return f"{self.get_base_url()}/park/rate/{self.token}"

    @api.model
    def _park_find(self, token):
        """(link, refusal) for a token: refusal is False when the link may be
        used, else a translated sentence; the link is empty for a token that
        matches none."""
        link = self.browse()
        if token and len(token) <= 128:
            link = self.search([("token", "=", token)], limit=1)
        if not link or not secrets.compare_digest(link.token, token):
            return self.browse(), self.env._("This review link is not valid.")
        if link.used_on or link.ticket_id.park_rating_ids:
            return link, self.env._(
                "This review link has already been used: a case is rated once."
            )
        if link.expiry_date <= fields.Datetime.now():
            return link, self.env._(
                "This review link has expired. You can still rate the case from "
                "your account on the portal."
            )
        return link, link.ticket_id._park_rating_refusal()

    def _park_use(self, level, comment=None, **dimensions):
        """Rate the link's case through the link, once."""
        self.ensure_one()
        rating = self.ticket_id._park_rate(level, "link", comment, **dimensions)
        self.write({"used_on": fields.Datetime.now(), "rating_id": rating.id})
        return rating
