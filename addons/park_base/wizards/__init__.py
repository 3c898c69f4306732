# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import park_working_day_calculator
from . import park_holiday_notice
