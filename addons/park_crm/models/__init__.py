# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import park_visit_plan
from . import park_visit
from . import park_policy_option
from . import park_policy
from . import park_policy_recipient
from . import crm_stage
from . import crm_lead
from . import helpdesk_ticket
from . import park_enterprise_event
