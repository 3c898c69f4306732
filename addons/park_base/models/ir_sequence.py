# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.tools import SQL


class IrSequence(models.Model):
    _inherit = "ir.sequence"

    def _create_date_range_seq(self, date):
        """Make a year's range of a numbering one transaction at a time.

        Odoo makes the range when the year's first number is drawn, so two
        transactions drawing the first numbers of a year at once (two cases
        filed over the API in the first minute of January) would both make
        it: one fails on the overlap check, or two ranges hand out the same
        numbers. Writing the sequence's row first makes the later transaction
        wait and then fail to serialize; Odoo retries its request, which finds
        the range the first one made."""
        # the expected serialisation failure is not an error worth a log line
        self.env.cr.execute(
            SQL(
                "UPDATE ir_sequence SET write_date = write_date WHERE id = %s",
                self.id,
            ),
            log_exceptions=False,
        )
        return super()._create_date_range_seq(date)
