from . import park_xlsx_report
