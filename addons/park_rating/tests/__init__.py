# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_rating
from . import test_rectification
from . import test_appeal_and_rates
from . import test_http
from . import test_tour
from . import test_access_table
from . import test_i18n
