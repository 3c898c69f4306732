from . import park_xlsx_import_mixin
from . import park_working_day_calculator
