# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_indicators
from . import test_pilot_plan
from . import test_joint_meeting
from . import test_survey
from . import test_access_pilots
from . import test_scorecard
from . import test_access_evaluation
from . import test_tracking
from . import test_tour
