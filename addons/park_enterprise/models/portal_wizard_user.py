# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class PortalWizardUser(models.TransientModel):
    _inherit = "portal.wizard.user"

    def _park_check_file_access(self):
        """Portal access to a contact of an enterprise file opens the file to
        that contact: only a user whose scope holds the enterprise grants or
        revokes it (the wizard itself works as superuser)."""
        if not self.env.su:
            self.partner_id.check_access("write")

    def action_grant_access(self):
        self._park_check_file_access()
        return super().action_grant_access()

    def action_revoke_access(self):
        self._park_check_file_access()
        return super().action_revoke_access()

    def action_invite_again(self):
        self._park_check_file_access()
        return super().action_invite_again()
