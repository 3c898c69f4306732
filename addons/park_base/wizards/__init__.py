from . import park_working_day_calculator
