# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_matter_version
from . import test_park_list
from . import test_bundle
from . import test_import_export
from . import test_access
from . import test_reports
from . import test_public_pages
from . import test_tour
from . import test_i18n
from . import test_integrity
from . import test_scope_private
from . import test_guide_pdf_cache
from . import test_park_seed
from . import test_access_table
