"""The indicators on duos made the way coordinators make them, through the duo services on a
clock that moves: proposal, answers, agreement, end evaluations, end, 12-month outcome, a
second duo for the mentor, and a declined proposal that never counts."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from duodesk.core.context import Services
from duodesk.core.reports import ReportService
from tests.core.duo_setup import (
    TODAY,
    Clock,
    available_mentor,
    duo_service,
    give_followup_consent,
    waiting_mentee,
)


def test_a_whole_duo_life_is_counted_once_due(services: Services) -> None:
    clock = Clock()
    duos = duo_service(services, clock)
    mentor = available_mentor(services)
    mentee = waiting_mentee(services)
    declined_mentee = waiting_mentee(services)
    first_meeting = datetime.combine(TODAY + timedelta(days=1), time(14, 0))
    clock.now = first_meeting
    duo = duos.propose(mentee, mentor, coordinator_id=None, first_meeting_at=first_meeting,
                       agreement_language="fr")
    clock.advance(hours=2)
    duos.record_decision(duo.id, "mentee", True)
    duos.record_decision(duo.id, "mentor", True)
    clock.advance(days=7)
    start = clock.today()
    duos.sign_agreement(duo.id, start)
    give_followup_consent(services, mentee, start)

    clock.advance(days=183)
    duos.record_evaluation(duo.id, "mentee", "mid", clock.today() - timedelta(days=90),
                           {"professional_project_defined": True, "more_confident": True})
    duos.record_evaluation(duo.id, "mentee", "end", clock.today(),
                           {"professional_project_defined": False, "more_confident": True,
                            "network_expanded": True})
    duos.record_evaluation(duo.id, "mentor", "end", clock.today(),
                           {"coaching_skills_improved": True, "feels_useful": True,
                            "added_value": True})
    duos.finish(duo.id, clock.today())
    # The mentor's second duo; another mentee's proposal to the same mentor is declined.
    second_meeting = clock.now + timedelta(days=3)
    declined = duos.propose(declined_mentee, mentor, coordinator_id=None,
                            first_meeting_at=second_meeting, agreement_language="nl")
    clock.now = second_meeting + timedelta(hours=1)
    duos.record_decision(declined.id, "mentor", False, return_mentee_to_waiting=True)
    again = waiting_mentee(services)
    clock.advance(days=1)
    third_meeting = clock.now + timedelta(days=1)
    second = duos.propose(again, mentor, coordinator_id=None, first_meeting_at=third_meeting,
                          agreement_language="fr")
    clock.now = third_meeting + timedelta(hours=1)
    duos.record_decision(second.id, "mentee", True)
    duos.record_decision(second.id, "mentor", True)
    clock.advance(days=7)
    duos.sign_agreement(second.id, clock.today())

    clock.now = datetime.combine(start + timedelta(days=365), time(10, 0))
    duos.record_outcome(duo.id, "internship", clock.today())

    reports = ReportService(services.db, today=clock.today)
    period = (start, start + timedelta(days=30))
    before = reports.impact(*period, as_of=start + timedelta(days=364))
    assert before.indicator("mentee_positive_outcome").denominator == 0
    result = reports.impact(*period, as_of=start + timedelta(days=365))
    counts = {item.name: (item.numerator, item.denominator) for item in result.indicators}
    assert result.cohort_size == 1
    assert counts == {
        "mentee_positive_outcome": (1, 1),
        "mentee_professional_project": (0, 1),
        "mentee_more_confident": (1, 1),
        "mentee_network_expanded": (1, 1),
        "mentor_coaching_skills": (1, 1),
        "mentor_feels_useful": (1, 1),
        "mentor_added_value": (1, 1),
        "mentor_another_duo": (1, 1),
    }
    assert result.indicator("mentee_positive_outcome").percent == Decimal("100.0")
