# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import park_helpdesk_escalate
from . import park_helpdesk_refuse
from . import park_helpdesk_rota_generate
from . import helpdesk_ticket_merge
