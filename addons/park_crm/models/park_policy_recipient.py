# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ParkPolicyRecipient(models.Model):
    """An enterprise told about a policy: when it was reached, when it read it."""

    _name = "park.policy.recipient"
    _description = "Policy Recipient"
    _order = "reached_date desc, id desc"
    _rec_name = "partner_id"

    policy_id = fields.Many2one(
        comodel_name="park.policy", required=True, index=True, ondelete="cascade"
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Enterprise",
        required=True,
        index=True,
        ondelete="cascade",
    )
    park_id = fields.Many2one(
        comodel_name="park.park", related="partner_id.park_id", store=True
    )
    county_id = fields.Many2one(
        comodel_name="park.region", related="partner_id.park_county_id", store=True
    )
    reached_date = fields.Datetime(string="Reached On", readonly=True)
    reached_by_id = fields.Many2one(comodel_name="res.users", readonly=True)
    read_date = fields.Datetime(string="Read On", readonly=True, index=True)
    read_by_id = fields.Many2one(comodel_name="res.users", readonly=True)
    is_read = fields.Boolean(
        string="Read", compute="_compute_is_read", store=True, index=True
    )

    _recipient_uniq = models.Constraint(
        "unique(policy_id, partner_id)", "This enterprise was already notified."
    )

    @api.depends("read_date")
    def _compute_is_read(self):
        for recipient in self:
            recipient.is_read = bool(recipient.read_date)

    def _park_notify(self):
        """Mail the enterprise (and its portal users) and put it on the timeline."""
        for recipient in self:
            policy = recipient.policy_id
            enterprise = recipient.partner_id
            contacts = (
                enterprise | enterprise.child_ids.filtered("user_ids")
            ).filtered("email")
            # a mail to those with an address; a note on the file in any case
            enterprise.message_post(
                partner_ids=contacts.ids,
                subject=policy.name,
                body=policy._park_notification_body(),
                message_type="comment",
                subtype_xmlid="mail.mt_comment" if contacts else "mail.mt_note",
            )
            enterprise._park_log_event(
                "policy",
                lambda env, policy=policy: env._(
                    "Policy notified: %(name)s", name=policy.name
                ),
                record=policy,
            )

    def _park_mark_read(self):
        unread = self.filtered(lambda r: not r.read_date)
        unread.write({"read_date": fields.Datetime.now(), "read_by_id": self.env.uid})
