# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json
from unittest.mock import patch

from odoo.tests import tagged

from ..models.park_report_writer import RustpyLedgerWriter, XlsxwriterLedgerWriter
from .ledger_common import ParkLedgerCommon

CRON = "park_report.ir_cron_park_report_export"


@tagged("post_install", "-at_install")
class TestExportBackground(ParkLedgerCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # past two rows, an export runs in the background
        cls.env["ir.config_parameter"].sudo().set_param(
            "park_report.ledger_background_rows", "2"
        )

    def _run_cron(self):
        with self._as_scheduled(CRON, seconds_left=600) as (context, _progress):
            self.Export.with_context(**context)._cron_process_exports()

    def test_large_export_runs_in_the_background_and_tells_the_user(self):
        cron = self.env.ref(CRON)
        triggers = self.env["ir.cron.trigger"].search_count([("cron_id", "=", cron.id)])
        export, action = self._export(self.county_admin, "cases")
        # no file yet: the user is told it is on its way
        self.assertEqual(action["tag"], "display_notification")
        self.assertEqual(export.state, "queued")
        self.assertFalse(export.attachment_id)
        self.assertEqual(
            self.env["ir.cron.trigger"].search_count([("cron_id", "=", cron.id)]),
            triggers + 1,
        )
        self._run_cron()
        self.assertEqual(export.state, "done")
        count = (
            self.env["helpdesk.ticket"]
            .with_user(self.county_admin)
            .search_count([("is_park_case", "=", True)])
        )
        self.assertEqual(export.row_count, count)
        rows = self._rows(self._sheet(export))
        self.assertEqual(len(rows), count)
        # written as the user: their scope only
        self.assertEqual({row["County"] for row in rows}, {self.county_a.name})
        # a message in the user's inbox with the download link
        url = f"/web/content/{export.attachment_id.id}?download=true"
        message = export.message_ids.filtered(lambda m: url in str(m.body))
        self.assertEqual(len(message), 1)
        self.assertIn(self.county_admin.partner_id, message.partner_ids)
        self.assertTrue(
            message.notification_ids.filtered(
                lambda n: n.res_partner_id == self.county_admin.partner_id
            )
        )
        # and a notification in their browser
        self.env.cr.precommit.run()
        notes = [
            json.loads(bus.message)
            for bus in self.env["bus.bus"].sudo().search([])
            if "simple_notification" in bus.message
        ]
        self.assertTrue(
            any(export.name in note["payload"]["message"] for note in notes), notes
        )
        # the file is the user's only
        self.assertTrue(export.attachment_id.with_user(self.county_admin).datas)
        self.assertFalse(
            self.env["ir.attachment"]
            .with_user(self.agent)
            .search([("id", "=", export.attachment_id.id)])
        )

    def test_small_export_is_written_at_once(self):
        self.env["ir.config_parameter"].sudo().set_param(
            "park_report.ledger_background_rows", "100"
        )
        export, action = self._export(self.agent, "workload")
        self.assertEqual(export.state, "done")
        self.assertEqual(action["type"], "ir.actions.act_url")

    def test_failed_export_records_its_error_and_the_next_one_runs(self):
        bad, _action = self._export(self.county_admin, "cases")
        bad.sudo().domain = json.dumps([["no_such_field", "=", 1]])
        good, _action = self._export(self.county_admin, "cases")
        self._run_cron()
        self.assertEqual(bad.state, "failed")
        self.assertIn("no_such_field", bad.error)
        self.assertFalse(bad.attachment_id)
        self.assertEqual(good.state, "done")
        self.assertTrue(good.attachment_id)

    def test_download_of_an_unfinished_export_is_refused(self):
        export, _action = self._export(self.county_admin, "cases")
        with self.assertRaisesRegex(Exception, "not ready"):
            export.with_user(self.county_admin).action_download()

    def test_writer_failing_half_way_fails_the_export_only(self):
        def broken(writer, sheet_name, titles, columns, rows):
            next(iter(rows))
            raise OSError("No space left on device")

        first, _action = self._export(self.county_admin, "cases")
        with (
            patch.object(RustpyLedgerWriter, "_write", broken),
            patch.object(XlsxwriterLedgerWriter, "_write", broken),
        ):
            self._run_cron()
        self.assertEqual(first.state, "failed")
        self.assertIn("No space left", first.error)
        # the transaction goes on: the next export is written
        second, _action = self._export(self.county_admin, "cases")
        self._run_cron()
        self.assertEqual(second.state, "done")
        self.assertEqual(len(self._rows(self._sheet(second))), second.row_count)
