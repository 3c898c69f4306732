# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_case
from . import test_deadline
from . import test_team
from . import test_outcome
from . import test_intake
from . import test_access
from . import test_access_table
from . import test_portal
from . import test_i18n
from . import test_tour
