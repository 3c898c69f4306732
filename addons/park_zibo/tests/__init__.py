# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_zibo_data
from . import test_demo_split
from . import test_sample_database
from . import test_enterprise_generator
from . import test_branding
