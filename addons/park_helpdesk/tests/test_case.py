# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

import psycopg2

from odoo.exceptions import ValidationError
from odoo.fields import Command
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import ParkHelpdeskCommon


@tagged("post_install", "-at_install")
class TestCaseFiling(ParkHelpdeskCommon):
    def test_case_gets_readable_unique_number_and_park_from_station(self):
        first = self._file()
        second = self._file(matter=self.matter_instant)
        self.assertRegex(first.number, r"^YQ-\d{4}-\d{6}$")
        self.assertNotEqual(first.number, second.number)
        self.assertEqual(first.park_id, self.park_a1)
        self.assertEqual(first.county_id, self.county_a)
        self.assertTrue(first.is_park_case)
        self.assertEqual(first.park_state, "new")
        self.assertEqual(first.partner_id, self.ent_a)
        self.assertEqual(first.name, self.matter.name)
        self.assertEqual(first.department_ids, self.department)
        self.assertEqual(first.promised_limit, 3)

    def test_number_is_unique_in_the_database(self):
        first = self._file()
        with (
            self.assertRaises(psycopg2.errors.UniqueViolation),
            mute_logger("odoo.sql_db"),
            self.env.cr.savepoint(),
        ):
            self._file(number=first.number)

    def test_matter_not_on_the_park_list_is_refused(self):
        count = self.Ticket.search_count([])
        with self.assertRefused(ValidationError, "not on the matter list of"):
            self._file(matter=self.matter_off_list)
        self.assertEqual(self.Ticket.search_count([]), count)

    def test_old_version_of_a_matter_is_refused(self):
        new = self.matter.action_new_version()
        new_matter = self.env["park.matter"].browse(new["res_id"])
        new_matter.write({"name": "排污许可证核发（新版）"})
        new_matter.action_publish()
        with self.assertRaisesRegex(ValidationError, "not the version in force"):
            self._file(matter=self.matter)

    def test_case_needs_an_enterprise_file(self):
        with self.assertRaisesRegex(ValidationError, "enterprise"):
            self._file(enterprise=self.person)

    def test_checklist_comes_from_the_matter(self):
        case = self._file()
        self.assertEqual(
            case.material_line_ids.mapped("name"),
            ["排污许可申请表", "环评批复", "其他说明"],
        )
        self.assertEqual(
            case.material_line_ids.mapped("is_required"), [True, True, False]
        )
        self.assertEqual(set(case.material_line_ids.mapped("state")), {"pending"})
        self.assertEqual(case.material_line_ids.park_id, self.park_a1)

    def test_bundle_checklist_merges_shared_materials(self):
        other = self._make_matter(
            "379900-XK-000700009000",
            "取水许可",
            promised=5,
            materials=[("排污许可申请表", True), ("取水论证报告", True)],
        )
        self.env["park.matter.list.line"].create(
            {
                "park_id": self.park_a1.id,
                "matter_id": other.id,
                "local_promised_limit": 4,
            }
        )
        bundle = self.env["park.bundle"].create(
            {
                "name": "开办化工企业一件事",
                "code": "T-BUNDLE-1",
                "line_ids": [
                    Command.create({"matter_id": self.matter.id, "step": 1}),
                    Command.create({"matter_id": other.id, "step": 2}),
                ],
            }
        )
        bundle.action_publish()
        case = self._file(matter_id=False, bundle_id=bundle.id)
        names = case.material_line_ids.mapped("name")
        self.assertEqual(names.count("排污许可申请表"), 1)
        self.assertIn("取水论证报告", names)
        # steps one after another, with the park's local limits: 3 + 4
        self.assertEqual(case.promised_limit, 7)

    def test_park_bundle_is_filed_in_its_own_park_only(self):
        bundle = self.env["park.bundle"].create(
            {
                "name": "乙县园区版一件事",
                "code": "T-BUNDLE-B1",
                "park_id": self.park_b1.id,
                "line_ids": [Command.create({"matter_id": self.matter.id, "step": 1})],
            }
        )
        bundle.action_publish()
        with self.assertRefused(ValidationError, "filed in that park"):
            self._file(matter_id=False, bundle_id=bundle.id)
        self.assertFalse(
            self.env["helpdesk.ticket"].search([("bundle_id", "=", bundle.id)])
        )

    def test_form_fills_title_and_departments_from_the_matter(self):
        form = Form(self.Ticket.with_user(self.agent))
        form.enterprise_id = self.ent_a
        form.station_id = self.station_a1
        form.matter_id = self.matter
        self.assertEqual(form.partner_id, self.ent_a)
        self.assertEqual(form.name, self.matter.name)
        case = form.save()
        self.assertTrue(re.match(r"^YQ-", case.number))
        self.assertEqual(case.department_ids, self.department)

    def test_open_case_of_the_same_matter_is_flagged_and_can_be_merged(self):
        first = self._file()
        other_matter = self._file(matter=self.matter_instant)
        second = self._file()
        self.assertFalse(first.is_possible_duplicate)
        self.assertFalse(other_matter.is_possible_duplicate)
        self.assertTrue(second.is_possible_duplicate)
        self.assertEqual(second.duplicate_case_ids, first)
        action = second.action_park_merge_duplicates()
        wizard = (
            self.env["helpdesk.ticket.merge"]
            .with_user(self.agent)
            .with_context(**action["context"])
            .create({})
        )
        self.assertEqual(wizard.ticket_ids, first | second)
        wizard.dst_ticket_id = first
        wizard.merge_tickets()
        self.assertFalse(second.active)
        self.assertTrue(first.active)


@tagged("post_install", "-at_install")
class TestCaseSearch(ParkHelpdeskCommon):
    def test_agent_finds_cases_by_pinyin_credit_code_number_and_matter(self):
        case = self._file()
        other = self._file(enterprise=self.ent_b, station=self.station_b1)
        Ticket = self.Ticket.with_user(self.city_admin)
        for domain in (
            [("enterprise_id", "ilike", "jqhgjx")],  # 甲区华光机械: initials
            [("enterprise_uscc", "=", self.ent_a.uscc)],
            [("number", "=", case.number)],
            [("matter_id", "ilike", "排污许可")],
        ):
            found = Ticket.search(domain + [("id", "in", (case | other).ids)])
            self.assertIn(case, found, domain)
        self.assertNotIn(
            other,
            Ticket.search([("enterprise_id", "ilike", "jqhgjx")]),
        )
