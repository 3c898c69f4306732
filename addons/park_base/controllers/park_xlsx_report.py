# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.http import content_disposition, request, route

from odoo.addons.report_xlsx.controllers.main import (
    ReportController as XlsxReportController,
)


class ParkXlsxReportController(XlsxReportController):
    """XLSX downloads named by the report's ``print_report_name`` evaluated
    on all the printed records (with ``today`` in the user's timezone), not
    only when one record is printed: "事项目录-2026-12-01.xlsx"."""

    @route()
    def report_routes(self, reportname, docids=None, converter=None, **data):
        response = super().report_routes(
            reportname, docids=docids, converter=converter, **data
        )
        if converter == "xlsx" and not response.headers.get("Content-Disposition"):
            report = request.env["ir.actions.report"]._get_report_from_name(reportname)
            if docids:
                ids = [int(i) for i in str(docids).split(",") if i]
            else:
                ids = request.env.context.get("active_ids") or []
            response.headers.add(
                "Content-Disposition",
                content_disposition(report._park_xlsx_filename(ids)),
            )
        return response
