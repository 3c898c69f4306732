# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_access_table
from . import test_demand
from . import test_i18n
from . import test_policy
from . import test_portal
from . import test_project
from . import test_tour
from . import test_visit
