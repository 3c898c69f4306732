# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Command, Domain


class SurveyInvite(models.TransientModel):
    """Odoo's invitation wizard, able to invite the enterprises of parks:
    pick parks, and the contacts of their enterprises become recipients (the
    enterprise itself when it has no contact). Every recipient gets a
    personal link by mail; portal users also find the survey on their portal
    home. Parks outside the sender's scope are refused."""

    _inherit = "survey.invite"

    park_ids = fields.Many2many(
        comodel_name="park.park",
        relation="survey_invite_park_park_rel",
        column1="invite_id",
        column2="park_id",
        string="Parks",
        help="Invite the contacts of the enterprises of these parks.",
    )

    @api.model
    def _park_recipients(self, parks):
        """The contacts to invite for the enterprises of ``parks``: the
        contacts of each enterprise that have an e-mail or a user, or the
        enterprise itself when none has."""
        if not parks:
            return self.env["res.partner"]
        partners = (
            self.env["res.partner"]
            .sudo()
            .search(
                [("is_park_file", "=", True), ("park_file_park_id", "in", parks.ids)]
            )
        )
        recipients = self.env["res.partner"]
        for enterprise in partners.filtered("is_company"):
            contacts = partners.filtered(
                lambda partner, ent=enterprise: (
                    partner.commercial_partner_id == ent
                    and partner != ent
                    and (partner.email or partner.user_ids)
                )
            )
            if not contacts and enterprise.email:
                contacts = enterprise
            recipients |= contacts
        return recipients.sudo(False)

    def _park_check_scope(self):
        parks = self.park_ids
        allowed = parks.sudo().filtered_domain(
            Domain(self.env.user._park_scope_domain("id"))
        )
        outside = parks - allowed
        if outside:
            raise UserError(
                self.env._(
                    "You may only invite the enterprises of your own parks: "
                    "%(parks)s is outside your scope.",
                    parks=", ".join(outside.sudo().mapped("name")),
                )
            )

    @api.onchange("park_ids")
    def _onchange_park_ids(self):
        if self.park_ids:
            self.partner_ids |= self._park_recipients(self.park_ids._origin)

    def action_invite(self):
        self.ensure_one()
        if self.park_ids:
            self._park_check_scope()
            recipients = self._park_recipients(self.park_ids)
            if not recipients:
                raise UserError(
                    self.env._(
                        "The enterprises of these parks have no contact with an "
                        "e-mail or a portal user to invite."
                    )
                )
            self.partner_ids = [Command.link(partner.id) for partner in recipients]
        return super().action_invite()
