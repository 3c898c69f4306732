# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import park_guide_pdf_mixin
from . import park_matter_guide_part
from . import park_matter_channel
from . import park_matter
from . import park_matter_material
from . import park_matter_step
from . import park_matter_faq
from . import park_matter_list_line
from . import park_park
from . import park_bundle
from . import park_bundle_line
from . import park_matter_delegation
