from . import park_working_day_calculator
from . import park_holiday_notice
