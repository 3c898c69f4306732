# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import helpdesk_ticket_stage
from . import helpdesk_ticket_channel
from . import helpdesk_ticket_team
from . import park_matter
from . import park_enterprise_event
from . import park_helpdesk_material
from . import park_helpdesk_pause
from . import park_helpdesk_part
from . import park_helpdesk_visit
from . import park_helpdesk_escalation
from . import park_helpdesk_rota
from . import park_helpdesk_intake
from . import helpdesk_ticket
