# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .park_rating_levels import LEVELS

# park_helpdesk's mail to the enterprise when a case is closed, and ours that
# adds the review link to it
CLOSING_TEMPLATE = "park_helpdesk.mail_template_case_done"
RATING_CLOSING_TEMPLATE = "park_rating.mail_template_case_done_rating"


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    park_window_id = fields.Many2one(
        comodel_name="park.station.window",
        string="Window",
        index=True,
        ondelete="set null",
        domain="[('station_id', '=', station_id)]",
        help="The window where the case is handled: its review device shows the "
        "case when it is completed.",
    )
    park_rating_ids = fields.One2many(
        comodel_name="park.rating", inverse_name="ticket_id", string="Reviews"
    )
    park_rating_level = fields.Selection(
        selection=LEVELS,
        string="Review",
        compute="_compute_park_rating_level",
        store=True,
        index=True,
    )
    park_rating_link_ids = fields.One2many(
        comodel_name="park.rating.link",
        inverse_name="ticket_id",
        string="Review Links",
        groups="base.group_system",
    )

    @api.depends("park_rating_ids.level")
    def _compute_park_rating_level(self):
        for ticket in self:
            ticket.park_rating_level = ticket.park_rating_ids[:1].level

    def _park_rating_refusal(self):
        """Why this case can't be rated now (a translated sentence), or False."""
        self.ensure_one()
        ticket = self.sudo()
        if not (ticket.is_park_case and ticket.enterprise_id):
            return self.env._("Only the cases of an enterprise can be rated.")
        if not ticket.stage_id.closed:
            return self.env._(
                "The case %(number)s is not closed yet: it can be rated once it "
                "is completed.",
                number=ticket.number,
            )
        if ticket.park_rating_ids:
            return self.env._(
                "The case %(number)s has already been rated: a case is rated once.",
                number=ticket.number,
            )
        return False

    def _park_rate(self, level, channel, comment=None, **dimensions):
        """Rate this case (as superuser: the caller has checked who rates).

        :param dimensions: ``attitude_level``, ``efficiency_level``,
            ``guidance_level`` (optional levels)
        :return: the new ``park.rating``
        """
        self.ensure_one()
        vals = {
            "ticket_id": self.id,
            "level": level,
            "channel": channel,
            "comment": (comment or "").strip() or False,
        }
        for name in ("attitude_level", "efficiency_level", "guidance_level"):
            if dimensions.get(name):
                vals[name] = dimensions[name]
        return self.env["park.rating"].sudo().create(vals)

    def _park_notify(self, xmlid):
        """The closing mail carries a link to rate the case without logging in."""
        if (
            xmlid == CLOSING_TEMPLATE
            and self
            and all(case.enterprise_id and case.stage_id.closed for case in self)
        ):
            self.env["park.rating.link"].sudo()._park_issue(self)
            if self.env.ref(RATING_CLOSING_TEMPLATE, raise_if_not_found=False):
                xmlid = RATING_CLOSING_TEMPLATE
        return super()._park_notify(xmlid)

    def _park_rating_url(self):
        """The review link of this case the enterprise was sent, if still valid."""
        self.ensure_one()
        link = self.env["park.rating.link"].sudo()._park_valid_link(self)
        return link._park_url() if link else ""

    def action_park_record_paper_review(self):
        """Type in the review the enterprise filled in on the window's paper
        form."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Record a Paper Review"),
            "res_model": "park.rating.record",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {"default_ticket_id": self.id},
        }

    def action_park_open_rating(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "park.rating",
            "res_id": self.park_rating_ids[:1].id,
            "view_mode": "form",
            "views": [(False, "form")],
        }
