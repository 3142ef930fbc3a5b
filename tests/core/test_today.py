"""The Today list (SPEC §4.1): each kind of item appears when its rule says so and not a day
before, carries the record it opens, and the list comes most urgent first."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import update

from duodesk.core.context import Services
from duodesk.core.duo_status import add_months
from duodesk.core.models import StatusChange
from duodesk.core.services.duo_data import DuoView, TodayItem, TodayKind
from duodesk.core.services.duos import DuoService
from duodesk.core.services.today import TodayService, end_of_week
from tests.core.duo_setup import (
    NOW,
    TODAY,
    Clock,
    available_mentor,
    give_followup_consent,
    today_service,
    waiting_mentee,
)
from tests.factories import use_coordinator


@pytest.fixture
def today(services: Services, clock: Clock) -> TodayService:
    return today_service(services, clock)


def kinds(items: list[TodayItem], record: uuid.UUID | None = None) -> list[str]:
    return [i.kind.value for i in items
            if record is None or record in (i.duo_id, i.person_id, i.meeting_id)]


def proposed(services: Services, duos: DuoService, first_meeting_at: datetime,
             **kw: object) -> DuoView:
    return duos.propose(waiting_mentee(services), available_mentor(services),
                        coordinator_id=kw.get("coordinator_id"),  # type: ignore[arg-type]
                        first_meeting_at=first_meeting_at, agreement_language="fr")


def signed_on(services: Services, duos: DuoService, clock: Clock, start_day: date
              ) -> DuoView:
    """A duo whose agreement was signed on ``start_day``; the clock comes back to NOW."""
    start = datetime.combine(start_day, time(9))
    clock.now = start - timedelta(days=3)
    duo = proposed(services, duos, start - timedelta(days=2))
    clock.now = start
    duos.record_decision(duo.id, "mentee", True)
    duos.record_decision(duo.id, "mentor", True)
    signed = duos.sign_agreement(duo.id, start.date())
    clock.now = NOW
    return signed


def test_a_waiting_mentee_shows_with_the_days_since_they_started_waiting(
        services: Services, today: TodayService) -> None:
    mentee_id = waiting_mentee(services)
    with services.db.write() as session:
        session.execute(update(StatusChange)
                        .where(StatusChange.person_id == mentee_id,
                               StatusChange.to_status == "waiting")
                        .values(changed_at=datetime.combine(TODAY - timedelta(days=45),
                                                            time(10), tzinfo=UTC)))
    (item,) = today.items()
    assert (item.kind, item.person_id, item.days) == (TodayKind.WAITING_MENTEE, mentee_id, 45)
    assert item.mentee_name and item.mentee_name.startswith("Yasmine ")
    assert item.due == TODAY - timedelta(days=45)


def test_a_decision_is_due_within_24_hours_and_overdue_after_the_deadline(
        services: Services, duos: DuoService, today: TodayService, clock: Clock) -> None:
    duo = proposed(services, duos, NOW + timedelta(hours=2))
    assert kinds(today.items(), duo.id) == []  # deadline 26 hours away
    clock.advance(hours=3)
    (item,) = [i for i in today.items() if i.duo_id == duo.id]
    assert item.kind == TodayKind.DECISION_DUE
    assert item.due_at == NOW + timedelta(hours=26) and item.person_id == duo.mentee_id
    assert item.mentor_name and item.mentor_name.startswith("Marc ")
    clock.advance(hours=24)
    assert kinds(today.items(), duo.id) == ["decision_overdue"]
    assert duos.get(duo.id).overdue
    duos.record_decision(duo.id, "mentee", True)
    duos.record_decision(duo.id, "mentor", True)
    assert kinds(today.items(), duo.id) == []


def test_an_accepted_duo_unsigned_for_14_days_is_listed(
        services: Services, duos: DuoService, today: TodayService, clock: Clock) -> None:
    duo = proposed(services, duos, NOW - timedelta(hours=2))
    duos.record_decision(duo.id, "mentee", True)
    duos.record_decision(duo.id, "mentor", True)
    clock.advance(days=13)
    assert kinds(today.items(), duo.id) == []
    clock.advance(days=1)
    (item,) = [i for i in today.items() if i.duo_id == duo.id]
    assert (item.kind, item.days, item.due) == (TodayKind.AGREEMENT_UNSIGNED, 14, TODAY)


def test_follow_ups_of_this_week_and_overdue_ones_are_listed_until_done(
        services: Services, duos: DuoService, today: TodayService, clock: Clock) -> None:
    # Started a month ago today (a Monday): the 1-month check-in falls on this week's
    # Monday; started three months and ten days ago: the 3-month one is ten days late.
    this_week = signed_on(services, duos, clock, _months_back(1))
    late = signed_on(services, duos, clock, _months_back(3) - timedelta(days=10))
    items = [i for i in today.items() if i.follow_up_month is not None]
    due = {(i.duo_id, i.follow_up_month): i for i in items}
    assert due[(this_week.id, 1)].kind == TodayKind.FOLLOW_UP_DUE
    assert due[(late.id, 1)].kind == TodayKind.FOLLOW_UP_OVERDUE
    assert due[(late.id, 3)].kind == TodayKind.FOLLOW_UP_OVERDUE
    assert due[(late.id, 3)].days == (TODAY - due[(late.id, 3)].due).days > 0
    assert (this_week.id, 3) not in due
    for item in items:
        assert item.due <= end_of_week(TODAY) and item.meeting_id is not None
    # Most urgent first: the late ones before the one of this week.
    order = [(i.duo_id, i.follow_up_month) for i in items
             if i.kind in (TodayKind.FOLLOW_UP_DUE, TodayKind.FOLLOW_UP_OVERDUE)]
    assert order[-1] == (this_week.id, 1)
    meeting_id = due[(late.id, 3)].meeting_id
    assert meeting_id is not None
    duos.complete_follow_up(meeting_id, "Called both; the mentee has two interviews.")
    assert meeting_id not in {i.meeting_id for i in today.items()}


def _months_back(months: int) -> date:
    """The latest start day whose ``months`` follow-up falls on or before TODAY."""
    day = TODAY
    while add_months(day, months) > TODAY:
        day -= timedelta(days=1)
    return day


def test_the_outcome_check_is_due_twelve_months_after_the_start_with_its_consent(
        services: Services, duos: DuoService, today: TodayService, clock: Clock) -> None:
    duo = signed_on(services, duos, clock, _months_back(12))
    clock.now = datetime.combine(duo.planned_end, time(12))  # type: ignore[arg-type]
    for meeting in duos.meetings_of_duo(duo.id):
        if meeting.follow_up_month in (1, 3, 6):
            duos.complete_follow_up(meeting.id, "Done.")
    duos.finish(duo.id, duo.planned_end)  # type: ignore[arg-type]
    clock.now = NOW
    (check,) = [i for i in today.items() if i.duo_id == duo.id]
    assert (check.kind, check.follow_up_month, check.followup_consent) == (
        TodayKind.OUTCOME_CHECK_DUE, 12, False)
    give_followup_consent(services, duo.mentee_id, duo.start_date)  # type: ignore[arg-type]
    (check,) = [i for i in today.items() if i.duo_id == duo.id]
    assert check.followup_consent is True


def test_an_active_duo_without_a_meeting_for_21_days_is_listed(
        services: Services, duos: DuoService, today: TodayService, clock: Clock) -> None:
    duo = signed_on(services, duos, clock, TODAY - timedelta(days=20))
    assert "no_recent_meeting" not in kinds(today.items(), duo.id)
    clock.advance(days=1)
    (item,) = [i for i in today.items() if i.kind == TodayKind.NO_RECENT_MEETING]
    # Counted from the first meeting, the latest logged (two days before the start).
    assert (item.duo_id, item.days) == (duo.id, 23)
    duos.log_meeting(duo.id, clock.now - timedelta(days=1), 90, location="Bibliothèque",
                     topics="CV", summary="Rewrote the CV together.")
    assert "no_recent_meeting" not in kinds(today.items(), duo.id)
    clock.advance(days=19)  # 20 days since that meeting
    assert "no_recent_meeting" not in kinds(today.items(), duo.id)
    clock.advance(days=1)
    (item,) = [i for i in today.items() if i.kind == TodayKind.NO_RECENT_MEETING]
    assert (item.duo_id, item.days, item.due) == (duo.id, 21, TODAY)


def test_most_urgent_first_and_one_coordinator_at_a_time(
        services: Services, duos: DuoService, today: TodayService, clock: Clock) -> None:
    mine = use_coordinator(services, "Coordinator Mine")
    other = use_coordinator(services, "Coordinator Other")
    waiting_mentee(services, coordinator_id=mine.id)
    overdue = duos.propose(waiting_mentee(services, coordinator_id=mine.id),
                           available_mentor(services), coordinator_id=mine.id,
                           first_meeting_at=NOW - timedelta(hours=30),
                           agreement_language="nl")
    theirs = duos.propose(waiting_mentee(services, coordinator_id=other.id),
                          available_mentor(services), coordinator_id=other.id,
                          first_meeting_at=NOW - timedelta(hours=30),
                          agreement_language="nl")
    everything = today.items()
    assert kinds(everything) == ["decision_overdue", "decision_overdue", "waiting_mentee"]
    mine_only = today.items(coordinator_id=mine.id)
    assert kinds(mine_only) == ["decision_overdue", "waiting_mentee"]
    assert mine_only[0].duo_id == overdue.id
    assert theirs.id not in {i.duo_id for i in mine_only}
    assert {i.coordinator_id for i in mine_only} == {mine.id}


def test_end_of_week_is_the_sunday() -> None:
    assert end_of_week(TODAY) == TODAY + timedelta(days=6)
    assert end_of_week(TODAY + timedelta(days=6)) == TODAY + timedelta(days=6)


def test_an_anonymised_mentee_is_named_without_a_leading_space(
        services: Services, duos: DuoService, today: TodayService, clock: Clock) -> None:
    from duodesk.core.privacy.anonymise import anonymise

    duo = signed_on(services, duos, clock, _months_back(12))
    clock.now = datetime.combine(duo.planned_end, time(12))  # type: ignore[arg-type]
    duos.finish(duo.id, duo.planned_end)  # type: ignore[arg-type]
    clock.now = NOW
    with services.db.write() as session:
        anonymise(session, duo.mentee_id)
    (check,) = [i for i in today.items()
                if i.duo_id == duo.id and i.kind == TodayKind.OUTCOME_CHECK_DUE]
    # Its first name blanked out: the tombstone's name alone, as the Duos page shows it.
    assert check.mentee_name == duos.get(duo.id).mentee_name
    assert check.mentee_name and check.mentee_name == check.mentee_name.strip()
