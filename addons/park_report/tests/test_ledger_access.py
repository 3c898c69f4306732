# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io

import openpyxl

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from .ledger_common import ParkLedgerCommon


@tagged("post_install", "-at_install")
class TestLedgerAccess(ParkLedgerCommon):
    def test_agent_exports_only_the_rows_of_their_park(self):
        for ledger in ("cases", "ratings", "rectifications", "visits"):
            with self.subTest(ledger=ledger):
                export, _action = self._export(self.agent, ledger)
                rows = self._rows(self._sheet(export))
                model = self.Ledger._park_ledgers()[ledger]["model"]
                mine = (
                    self.env[model]
                    .with_user(self.agent)
                    .search_count(self.Ledger._park_ledgers()[ledger]["domain"])
                )
                self.assertEqual(len(rows), mine)
                self.assertTrue(rows)
                self.assertEqual({row["Park"] for row in rows}, {self.park_a1.name})

    def test_agent_asking_for_another_parks_rows_gets_none(self):
        export, _action = self._export(
            self.agent,
            domain=[("park_id", "=", self.park_b1.id)],
            model="helpdesk.ticket",
        )
        self.assertEqual(self._rows(self._sheet(export)), [])
        self.assertEqual(export.row_count, 0)

    def test_county_admin_exports_their_county(self):
        export, _action = self._export(self.county_admin, "cases")
        rows = self._rows(self._sheet(export))
        self.assertTrue(rows)
        self.assertEqual({row["County"] for row in rows}, {self.county_a.name})
        self.assertIn(self.county_a.name, export.name)

    def test_user_without_a_park_role_cannot_export(self):
        with self.assertRaises(AccessError):
            self.Export.with_user(self.employee).action_export_list(
                "helpdesk.ticket", []
            )

    def test_export_and_its_file_are_their_users_only(self):
        export, _action = self._export(self.county_admin, "cases")
        self.assertEqual(export.user_id, self.county_admin)
        for user in (self.agent, self.station_manager):
            with self.subTest(user=user.login):
                self.assertFalse(
                    self.Export.with_user(user).search([("id", "=", export.id)])
                )
                with self.assertRaises(AccessError):
                    export.with_user(user).read(["name"])
                with self.assertRaises(AccessError):
                    export.attachment_id.with_user(user).read(["datas"])
        self.assertTrue(export.attachment_id.with_user(self.county_admin).datas)


@tagged("post_install", "-at_install")
class TestLedgerDownload(ParkLedgerCommon, HttpCase):
    def test_only_the_exporter_downloads_the_file(self):
        export, action = self._export(self.county_admin, "cases")
        self.authenticate("park_county_admin", "park_county_admin")
        response = self.url_open(action["url"])
        self.assertEqual(response.status_code, 200)
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        self.assertEqual(sheet["A1"].value, "Case Ledger")
        self.assertIn("attachment", response.headers.get("Content-Disposition", ""))
        # the same link guessed by another user, or without a session
        self.authenticate("park_agent", "park_agent")
        self.assertIn(self.url_open(action["url"]).status_code, (403, 404))
        self.authenticate(None, None)
        response = self.url_open(action["url"], allow_redirects=False)
        self.assertNotEqual(response.status_code, 200)
