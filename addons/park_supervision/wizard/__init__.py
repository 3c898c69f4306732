# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import survey_invite
from . import park_scorecard_revise
