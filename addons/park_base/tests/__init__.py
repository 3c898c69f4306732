# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_region
from . import test_park_station
from . import test_readiness
from . import test_staff_assignment
from . import test_holiday
from . import test_security
from . import test_forms
from . import test_tour
from . import test_i18n
from . import test_access_table
from . import test_scope_mixin
from . import test_xlsx_machinery
from . import test_pilot
from . import test_holiday_notice
from . import test_readiness_views
from . import test_translations_complete
