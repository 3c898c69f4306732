# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.addons.park_helpdesk.tests.common import ParkHelpdeskCommon


class ParkRatingCommon(ParkHelpdeskCommon):
    """park_helpdesk's world with closed cases to rate.

    Relies on these park_helpdesk fields and buttons only: the case's
    enterprise_id, station_id, park_id, team_id, user_id, matter_id,
    stage_id.closed and closed_date; ``action_park_accept`` and
    ``action_park_complete`` (``_file`` and ``_receive_all`` of its tests)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.window_a1 = cls.env["park.station.window"].create(
            {"name": "综合受理1号窗口", "code": "1", "station_id": cls.station_a1.id}
        )
        cls.Rating = cls.env["park.rating"]

    @classmethod
    def _closed_case(cls, enterprise=None, station=None, user=None, team=None, **vals):
        """A case filed, accepted and completed (as superuser), handled by
        ``user`` of ``team`` when given."""
        case = cls._file(enterprise=enterprise, station=station, **vals)
        if team:
            case.team_id = team
        if user:
            case.user_id = user
        with freeze_time("2035-09-28"):
            case.action_park_accept()
        cls._receive_all(case)
        case.action_park_complete()
        return case

    @classmethod
    def _rated(cls, level, **vals):
        return cls._closed_case(**vals)._park_rate(level, "portal")
