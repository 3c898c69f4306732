# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import ParkHelpdeskCommon


@tagged("post_install", "-at_install")
class TestIntake(ParkHelpdeskCommon):
    def _vals(self, number="SD-2035-0001", **vals):
        return dict(
            {
                "external_number": number,
                "enterprise_id": self.ent_a.id,
                "station_id": self.station_a1.id,
                "matter_id": self.matter.id,
            },
            **vals,
        )

    def test_same_application_twice_makes_one_case(self):
        first = self.Ticket.park_intake(self._vals())
        second = self.Ticket.park_intake(self._vals(description="<p>again</p>"))
        self.assertEqual(first, second)
        case = self.Ticket.browse(first)
        self.assertEqual(case.park_channel, "online")
        self.assertEqual(
            self.Ticket.search_count([("external_number", "=", "SD-2035-0001")]), 1
        )
        other = self.Ticket.park_intake(self._vals("SD-2035-0002"))
        self.assertNotEqual(other, first)

    def test_intake_needs_the_application_number(self):
        with self.assertRaisesRegex(UserError, "application number"):
            self.Ticket.park_intake(self._vals(number=" "))

    def test_bad_intake_leaves_nothing(self):
        count = self.Ticket.search_count([])
        with self.assertRefused(ValidationError, "not on the matter list"):
            self.Ticket.park_intake(self._vals(matter_id=self.matter_off_list.id))
        self.assertEqual(self.Ticket.search_count([]), count)
        self.assertFalse(
            self.env["park.helpdesk.intake"].search([("name", "=", "SD-2035-0001")])
        )
