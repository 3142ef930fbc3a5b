"""A duo's meetings and follow-ups in the calendar: shown with the duo's names, moved and
edited here under the duo's rules (a follow-up keeps its month, a duo's attendees are its
mentee and mentor, no meeting before the proposal), and double bookings found."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta

import pytest

from duodesk.core.calendar import CalendarFilter, CalendarService, MeetingDraft, Recurrence
from duodesk.core.codes import MeetingKind, MeetingStatus
from duodesk.core.context import Services
from duodesk.core.errors import CalendarRefused, DuoStepRefused, InvalidValue
from duodesk.core.services.duo_data import DuoView
from duodesk.core.services.duos import DuoService
from tests.core.calendar.setup import NEXT_WEEK, calendar_service, session_draft
from tests.core.duo_setup import NOW, Clock, available_mentor, duo_service, waiting_mentee
from tests.factories import use_coordinator


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cal(services: Services, clock: Clock) -> CalendarService:
    return calendar_service(services, clock)


@pytest.fixture
def duos(services: Services, clock: Clock) -> DuoService:
    return duo_service(services, clock)


@pytest.fixture
def active(services: Services, duos: DuoService, clock: Clock) -> DuoView:
    """A duo signed ten days before NOW (its follow-ups planned), followed by "Nadia"."""
    use_coordinator(services, "Nadia")
    clock.now = NOW - timedelta(days=12)
    duo = duos.propose(waiting_mentee(services, first_name="Amina", last_name="Testduo"),
                       available_mentor(services, first_name="Luc", last_name="Testduo"),
                       coordinator_id=None, first_meeting_at=clock.now - timedelta(hours=1),
                       agreement_language="fr", location="Antenne")
    duos.record_decision(duo.id, "mentee", True)
    duos.record_decision(duo.id, "mentor", True)
    clock.advance(days=2)
    signed = duos.sign_agreement(duo.id, clock.today())
    clock.now = NOW
    return signed


def duo_draft(duo: DuoView, **fields: object) -> MeetingDraft:
    values: dict[str, object] = {
        "kind": MeetingKind.DUO_MEETING, "starts_at": NEXT_WEEK, "duration_min": 90,
        "location": "Bibliothèque", "coordinator_id": None, "duo_id": duo.id}
    values.update(fields)
    return MeetingDraft(**values)  # type: ignore[arg-type]


def follow_ups(cal: CalendarService, duo: DuoView) -> list:
    everything = cal.events(NOW - timedelta(days=30), NOW + timedelta(days=800),
                            CalendarFilter(duo_id=duo.id))
    return [e for e in everything if e.kind == MeetingKind.FOLLOW_UP]


def test_a_duos_meetings_and_follow_ups_show_the_duos_names(
        services: Services, cal: CalendarService, active: DuoView) -> None:
    shown = cal.events(NOW - timedelta(days=30), NOW + timedelta(days=800),
                       CalendarFilter(duo_id=active.id))
    assert [e.kind for e in shown][:1] == [MeetingKind.DUO_MEETING]
    assert [e.follow_up_month for e in shown if e.kind == MeetingKind.FOLLOW_UP] == \
        [1, 3, 6, 12]
    assert {e.title for e in shown} == {"Amina Testduo – Luc Testduo"}
    # The 12-month outcome check is with the mentee alone (the duo's rule).
    assert [e.attendee_count for e in shown] == [2, 2, 2, 2, 1]
    # Nadia's calendar holds the follow-ups she does and the meetings of her duo.
    nadia = services.organisation.current_coordinator()
    mine = cal.events(NOW - timedelta(days=30), NOW + timedelta(days=800),
                      CalendarFilter(coordinator_id=nadia.id))
    assert {e.id for e in mine} == {e.id for e in shown}


def test_a_duo_meeting_planned_here_is_with_the_mentee_and_the_mentor(
        cal: CalendarService, active: DuoView) -> None:
    [meeting_id] = cal.create(duo_draft(active, attendee_ids=(uuid.uuid4(),)))
    detail = cal.get(meeting_id)
    assert {a.person_id for a in detail.attendees} == {active.mentee_id, active.mentor_id}
    with pytest.raises(CalendarRefused) as refused:
        cal.set_attendees(meeting_id, [active.mentee_id])
    assert refused.value.params["reason"] == "duo_attendees_fixed"
    with pytest.raises(CalendarRefused) as refused:
        cal.update(meeting_id, duo_draft(active, kind=MeetingKind.WORKSHOP, duo_id=None))
    assert refused.value.params["reason"] == "kind_fixed"


def test_moving_a_follow_up_keeps_its_month(cal: CalendarService, active: DuoView) -> None:
    first = follow_ups(cal, active)[0]
    later = first.starts_at + timedelta(days=3, hours=4)
    assert cal.move(first.id, later) == [first.id]
    moved = cal.get(first.id).event
    assert (moved.starts_at, moved.follow_up_month, moved.kind) == (later, 1,
                                                                    MeetingKind.FOLLOW_UP)
    assert moved.duration_min == first.duration_min


def test_a_duos_meeting_cannot_move_before_its_proposal(cal: CalendarService,
                                                        active: DuoView) -> None:
    first = follow_ups(cal, active)[0]
    with pytest.raises(InvalidValue) as refused:
        cal.move(first.id, datetime.combine(active.proposed_on - timedelta(days=1), time(10)))
    assert refused.value.params["reason"] == "before_proposal"
    assert cal.get(first.id).event.starts_at == first.starts_at


def test_a_follow_up_done_through_attendance(cal: CalendarService, active: DuoView,
                                             clock: Clock) -> None:
    first = follow_ups(cal, active)[0]
    clock.now = first.starts_at + timedelta(hours=1)
    detail = cal.record_attendance(first.id, {active.mentee_id: True, active.mentor_id: True})
    assert detail.event.status == MeetingStatus.DONE


def test_conflicts_name_the_coordinator_and_the_persons_booked_twice(
        services: Services, cal: CalendarService, active: DuoView) -> None:
    nadia = services.organisation.current_coordinator()
    [duo_meeting] = cal.create(duo_draft(active))  # 10:00–11:30
    [intervision] = cal.create(session_draft(nadia.id, attendee_ids=(active.mentor_id,),
                                             starts_at=NEXT_WEEK + timedelta(hours=1)))
    # An information session at 11:00 by Nadia with the mentee: both are booked twice.
    draft = session_draft(nadia.id, kind=MeetingKind.INFO_SESSION,
                          starts_at=NEXT_WEEK + timedelta(hours=1, minutes=15),
                          duration_min=30, attendee_ids=(active.mentee_id,))
    found = cal.conflicts(draft)
    assert {(c.meeting_id, c.who) for c in found} == {
        (duo_meeting, "Amina Testduo"), (intervision, "Nadia")}
    assert next(c for c in found if c.meeting_id == intervision).coordinator_id == nadia.id
    # Back to back is no conflict; a cancelled meeting is none either.
    assert cal.conflicts(session_draft(nadia.id, starts_at=NEXT_WEEK + timedelta(hours=3),
                                       attendee_ids=(active.mentee_id,))) == []
    cal.cancel(intervision)
    assert [c.meeting_id for c in cal.conflicts(draft)] == [duo_meeting]
    # The meeting being edited is not in conflict with itself.
    assert cal.conflicts(duo_draft(active), exclude_id=duo_meeting) == []


def test_a_duo_meeting_conflicts_with_its_mentors_other_booking(
        services: Services, cal: CalendarService, active: DuoView) -> None:
    nadia = services.organisation.current_coordinator()
    [workshop] = cal.create(session_draft(nadia.id, kind=MeetingKind.WORKSHOP,
                                          attendee_ids=(active.mentor_id,),
                                          starts_at=NEXT_WEEK + timedelta(weeks=2)))
    found = cal.conflicts(duo_draft(active), recurrence=Recurrence("weekly", count=3))
    assert [(c.meeting_id, c.who, c.person_id) for c in found] == [
        (workshop, "Luc Testduo", active.mentor_id)]



def test_no_new_meeting_for_a_duo_that_stopped_and_none_after_its_end(
        cal: CalendarService, duos: DuoService, active: DuoView) -> None:
    [first] = [e.id for e in cal.events(NOW - timedelta(days=30), NOW,
                                        CalendarFilter(duo_id=active.id))]
    duos.stop(active.id, NOW.date(), "mentee_withdrew", return_mentee_to_waiting=True)
    with pytest.raises(DuoStepRefused) as refused:
        cal.create(duo_draft(active, starts_at=NEXT_WEEK + timedelta(days=1)))
    assert refused.value.params["reason"] == "wrong_status"
    # The first meeting, held before the end, cannot be moved after it.
    with pytest.raises(InvalidValue) as late:
        cal.move(first, NEXT_WEEK)
    assert late.value.params["reason"] == "after_end"
