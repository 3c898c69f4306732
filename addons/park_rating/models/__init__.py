# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import park_rating_levels
from . import park_rating
from . import park_rating_link
from . import park_rating_rectification
from . import park_rating_callback
from . import park_rating_appeal
from . import park_rating_device
from . import park_rating_report
from . import helpdesk_ticket
from . import park_enterprise_event
from . import res_config_settings
