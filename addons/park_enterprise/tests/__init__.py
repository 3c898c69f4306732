# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_uscc
from . import test_stage_history
from . import test_pinyin_search
from . import test_licence_reminder
from . import test_timeline
from . import test_access
from . import test_import
from . import test_reports
from . import test_portal
from . import test_tour
from . import test_i18n
from . import test_file_scope
from . import test_access_table
