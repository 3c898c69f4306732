# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import park_zibo_demo
from . import park_zibo_demo_supervision
