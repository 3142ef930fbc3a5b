"""An anonymised file keeps its status for the statistics, but a waiting mentee anonymised is
nobody to match: not on the Today list (nor in the matching pool: without languages it
passes no hard rule)."""

from __future__ import annotations

from datetime import date

from duodesk.core.context import Services
from duodesk.core.privacy.anonymise import AnonymisationService
from duodesk.core.services.duo_data import TodayKind
from duodesk.core.services.today import TodayService
from tests.factories import make_mentee


def test_an_anonymised_waiting_mentee_waits_for_nobody(services: Services) -> None:
    kept = make_mentee(services)
    gone = make_mentee(services)
    for mentee in (kept, gone):
        for status in ("info_session", "intake", "waiting"):
            services.persons.change_status(mentee, status)
    today = TodayService(services.db, today=date.today)

    def waiting() -> set:
        return {item.person_id for item in today.items()
                if item.kind == TodayKind.WAITING_MENTEE}

    assert waiting() == {kept, gone}
    AnonymisationService(services.db).anonymise([gone])
    assert waiting() == {kept}
