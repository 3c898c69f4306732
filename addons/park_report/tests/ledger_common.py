# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io

import openpyxl

from .common import ParkReportCommon

TITLE_ROWS = 2
HEADER_ROW = TITLE_ROWS + 1


class ParkLedgerCommon(ParkReportCommon):
    """Exports ledgers and reads them back with openpyxl."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Export = cls.env["park.report.export"]
        cls.Ledger = cls.env["park.report.ledger"]
        # headers and labels in English here (test_ledgers checks Chinese)
        (cls.agent | cls.station_manager | cls.county_admin | cls.city_admin).write(
            {"lang": "en_US"}
        )

    def _export(self, user, ledger=None, domain=(), model=None, **kw):
        """Export as ``user`` (a list's export when ``model`` is given);
        returns the export record and its action."""
        # as the web client calls: in the user's language
        Export = self.Export.with_user(user).with_context(lang=user.lang)
        before = Export.search([]).ids
        if model:
            action = Export.action_export_list(model, list(domain))
        else:
            action = Export._park_start(ledger, list(domain), **kw)
        export = Export.search([("id", "not in", before)])
        self.assertEqual(len(export), 1)
        return export, action

    @staticmethod
    def _sheet(export):
        data = base64.b64decode(export.sudo().attachment_id.datas)
        return openpyxl.load_workbook(io.BytesIO(data)).active

    @staticmethod
    def _headers(sheet):
        return [cell.value for cell in sheet[HEADER_ROW]]

    @staticmethod
    def _rows(sheet):
        """The data rows as dictionaries keyed by the headers."""
        headers = [cell.value for cell in sheet[HEADER_ROW]]
        return [
            dict(zip(headers, row, strict=True))
            for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
        ]
