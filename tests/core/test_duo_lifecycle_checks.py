"""Two lifecycle rules that keep the impact figures true (SPEC §3, §8): a duo is closed as
"six months completed" only from two weeks before its planned end, and the 12-month
check leaves the work list only with the mentee's outcome recorded."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import update

from duodesk.core.duo_status import (
    COMPLETION_GRACE_DAYS,
    check_completion,
    completion_possible_from,
    planned_end,
)
from duodesk.core.errors import DuoStepRefused, InvalidValue
from duodesk.core.models import Duo
from duodesk.core.services.duo_data import DuoView, TodayKind
from duodesk.core.services.duos import DuoService
from tests.core.duo_setup import (
    NOW,
    TODAY,
    Clock,
    available_mentor,
    give_followup_consent,
    status_of,
    today_service,
    waiting_mentee,
)


@pytest.fixture
def signed(services, duos: DuoService, clock: Clock) -> DuoView:
    """A duo whose agreement is signed today (the clock's day)."""
    duo = duos.propose(waiting_mentee(services), available_mentor(services),
                       coordinator_id=None, first_meeting_at=NOW - timedelta(days=3),
                       agreement_language="fr", location="Antenne")
    duos.record_decision(duo.id, "mentee", True)
    duos.record_decision(duo.id, "mentor", True)
    return duos.sign_agreement(duo.id, clock.today())


def _on(clock: Clock, day) -> None:
    clock.now = datetime.combine(day, time(9, 0))


# --- six months completed ------------------------------------------------------------------
def test_the_rule_counts_two_weeks_back_from_the_planned_end() -> None:
    end = planned_end(TODAY)
    assert completion_possible_from(end) == end - timedelta(days=COMPLETION_GRACE_DAYS)
    check_completion("completed", "active", end, end - timedelta(days=14))
    check_completion("mentee_found_job", "active", end, TODAY)  # a job ends a duo any day
    check_completion("completed", "active", None, TODAY)  # no planned end: nothing to test
    with pytest.raises(DuoStepRefused) as early:
        check_completion("completed", "active", end, end - timedelta(days=15))
    assert early.value.params == {
        "step": "finish", "status": "active", "reason": "before_six_months",
        "possible_from": (end - timedelta(days=14)).isoformat(),
        "planned_end": end.isoformat()}


def test_six_months_completed_is_refused_on_the_day_of_signing(
        services, duos: DuoService, signed: DuoView) -> None:
    with pytest.raises(DuoStepRefused) as refused:
        duos.finish(signed.id, signed.start_date)
    assert refused.value.params["reason"] == "before_six_months"
    assert refused.value.params["possible_from"] == (
        signed.planned_end - timedelta(days=14)).isoformat()
    # Nothing moved: the duo still runs, the mentee is still in it.
    assert duos.get(signed.id).status == "active"
    assert status_of(services, signed.mentee_id) == "in_duo"


def test_six_months_completed_from_two_weeks_before_the_planned_end(
        duos: DuoService, clock: Clock, signed: DuoView) -> None:
    assert signed.planned_end is not None
    _on(clock, signed.planned_end - timedelta(days=10))
    with pytest.raises(DuoStepRefused) as early:  # the end date typed is what counts
        duos.finish(signed.id, signed.planned_end - timedelta(days=15))
    assert early.value.params["reason"] == "before_six_months"
    done = duos.finish(signed.id, signed.planned_end - timedelta(days=14))
    assert (done.status, done.end_reason) == ("finished", "completed")


def test_other_ways_to_end_early_stay_open(services, duos: DuoService,
                                          signed: DuoView) -> None:
    found = duos.finish(signed.id, signed.start_date, "mentee_found_job")
    assert found.status == "finished"
    other = duos.propose(waiting_mentee(services), available_mentor(services),
                         coordinator_id=None, first_meeting_at=NOW - timedelta(days=3),
                         agreement_language="nl")
    duos.record_decision(other.id, "mentee", True)
    duos.record_decision(other.id, "mentor", True)
    running = duos.sign_agreement(other.id, TODAY)
    with pytest.raises(InvalidValue):
        duos.stop(running.id, TODAY, "completed", True)
    assert duos.stop(running.id, TODAY, "mismatch", True).status == "stopped"


# --- the outcome check at 12 months ------------------------------------------------------------
def _follow_ups(duos: DuoService, duo: DuoView) -> dict:
    return {m.follow_up_month: m for m in duos.meetings_of_duo(duo.id) if m.kind == "follow_up"}


def test_the_outcome_check_is_not_done_without_the_outcome(
        services, duos: DuoService, clock: Clock, signed: DuoView) -> None:
    give_followup_consent(services, signed.mentee_id, signed.start_date)
    checks = _follow_ups(duos, signed)
    for month in (1, 3, 6):  # the check-ins are done with a note, as before
        assert duos.complete_follow_up(checks[month].id, "Going well.").status == "done"
    with pytest.raises(DuoStepRefused) as refused:
        duos.complete_follow_up(checks[12].id, "Has a job.")
    assert refused.value.params["reason"] == "outcome_required"
    assert _follow_ups(duos, signed)[12].status == "planned"
    # Closed and twelve months on, the outcome recorded does the check.
    _on(clock, signed.planned_end)
    duos.finish(signed.id, clock.today())
    _on(clock, checks[12].starts_at.date())
    today = today_service(services, clock)
    due = [i for i in today.items() if i.kind == TodayKind.OUTCOME_CHECK_DUE]
    assert [i.meeting_id for i in due] == [checks[12].id]
    view = duos.record_outcome(signed.id, "job_stable", clock.today())
    assert (view.outcome, _follow_ups(duos, signed)[12].status) == ("job_stable", "done")
    assert not [i for i in today.items() if i.kind in (TodayKind.OUTCOME_CHECK_DUE,
                                                        TodayKind.OUTCOME_CHECK_OVERDUE)]


def test_an_outcome_known_already_lets_the_check_be_marked_done(
        services, duos: DuoService, signed: DuoView) -> None:
    give_followup_consent(services, signed.mentee_id, signed.start_date)
    # An outcome that came in with the exchange workbook, the check still planned here.
    with services.db.write() as session:
        session.execute(update(Duo).where(Duo.id == signed.id).values(
            outcome="training", outcome_date=TODAY))
    check = _follow_ups(duos, signed)[12]
    assert duos.complete_follow_up(check.id, "Confirmed by phone.").status == "done"


def test_attendance_in_the_calendar_does_not_do_the_outcome_check_either(
        services, duos: DuoService, clock: Clock, signed: DuoView) -> None:
    from duodesk.core.calendar.service import CalendarService

    give_followup_consent(services, signed.mentee_id, signed.start_date)
    check = _follow_ups(duos, signed)[12]
    _on(clock, check.starts_at.date() + timedelta(days=1))
    calendar = CalendarService(services.db, today=clock.today, now=clock.at)
    with pytest.raises(DuoStepRefused) as refused:
        calendar.record_attendance(check.id, {signed.mentee_id: True})
    assert refused.value.params["reason"] == "outcome_required"
    assert _follow_ups(duos, signed)[12].status == "planned"
    with services.db.write() as session:  # an outcome known already: attendance does it
        session.execute(update(Duo).where(Duo.id == signed.id).values(
            outcome="studies", outcome_date=clock.today()))
    done = calendar.record_attendance(check.id, {signed.mentee_id: True})
    assert done.event.status == "done"
