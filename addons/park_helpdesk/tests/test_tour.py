# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from odoo import fields
from odoo.tests import HttpCase, tagged

from .common import ParkHelpdeskCommon


@tagged("post_install", "-at_install")
class TestTours(ParkHelpdeskCommon, HttpCase):
    """The tours run in Chinese, as agents and enterprises use it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(
            ["park_base", "park_matter", "park_enterprise", "park_helpdesk"], ["zh_CN"]
        )
        (cls.agent | cls.enterprise).lang = "zh_CN"

    def test_agent_takes_marks_and_completes_a_case(self):
        # the deadline may reach next year, whose holidays may not be published
        # yet: give the calendar an entry for it
        today = fields.Date.context_today(self.env.user)
        Holiday = self.env["park.holiday"]
        for year in Holiday.uncovered_years(today, today + timedelta(days=60)):
            Holiday.create({"date": date(year, 1, 1), "name": "元旦"})
        case = self._file()
        self.assertEqual(case.user_id, self.agent)
        self.start_tour("/odoo", "park_helpdesk_agent_tour", login="park_agent")
        self.assertEqual(case.park_state, "done")
        self.assertEqual(case.outcome, "approved")
        self.assertTrue(case.accept_date)
        self.assertEqual(
            case.material_line_ids.filtered("is_required").mapped("state"),
            ["received", "received"],
        )

    def test_enterprise_files_and_follows_a_case_on_the_portal(self):
        self.start_tour("/my", "park_helpdesk_portal_tour", login="park_enterprise")
        case = self.Ticket.search([("partner_id", "=", self.enterprise.partner_id.id)])
        self.assertEqual(len(case), 1)
        self.assertEqual(case.matter_id, self.matter)
        self.assertEqual(case.park_channel, "online")
