# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import res_partner
from . import park_enterprise_event
from . import park_enterprise_stage_history
from . import park_licence_type
from . import park_enterprise_licence
from . import ir_attachment
from . import park_park
from . import res_config_settings
from . import portal_wizard_user
