# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class HelpdeskTicketMerge(models.TransientModel):
    _inherit = "helpdesk.ticket.merge"

    def merge_tickets(self):
        """Merge as superuser once the user's own rights are checked.

        OCA's wizard moves the messages of the merged tickets to the kept
        one, which Odoo lets administrators only: an agent who may edit every
        ticket being merged may merge them."""
        self.ensure_one()
        tickets = self.ticket_ids | self.dst_ticket_id
        tickets.check_access("write")
        return super(HelpdeskTicketMerge, self.sudo()).merge_tickets()
