"""The calendar service on a real migrated database: meetings by date range and filter,
creating series, editing "this one" or "all following", moving, cancelling, group
attendees and attendance, a mentor's intervisions, and bad input refused with nothing
stored."""

from __future__ import annotations

import uuid
from dataclasses import fields, replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from duodesk.core.calendar import (
    CalendarEvent,
    CalendarFilter,
    CalendarService,
    EditScope,
    Frequency,
    Recurrence,
)
from duodesk.core.codes import MeetingKind, MeetingStatus, PersonRole
from duodesk.core.context import Services
from duodesk.core.errors import CalendarRefused, InvalidValue, NotFound
from duodesk.core.models import Meeting, MeetingSeries
from tests.core.calendar.setup import NEXT_WEEK, calendar_service, session_draft
from tests.core.duo_setup import Clock, available_mentor, waiting_mentee
from tests.factories import make_mentee, use_coordinator


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cal(services: Services, clock: Clock) -> CalendarService:
    return calendar_service(services, clock)


def week(start: datetime) -> tuple[datetime, datetime]:
    monday = datetime.combine(start.date() - timedelta(days=start.weekday()), datetime.min.time())
    return monday, monday + timedelta(days=7)


def series_count(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(MeetingSeries)) or 0)


def test_a_group_session_is_shown_in_its_week_with_its_coordinator_and_attendees(
        services: Services, cal: CalendarService) -> None:
    coordinator = use_coordinator(services, "Nadia Coordinatrice")
    mentors = [available_mentor(services) for _ in range(3)]
    [meeting_id] = cal.create(session_draft(coordinator.id, attendee_ids=tuple(mentors)))
    [event] = cal.events(*week(NEXT_WEEK))
    # Events are made without the dataclass's __init__ (for speed): every field is there.
    assert set(vars(event)) == {f.name for f in fields(CalendarEvent)}
    assert event == replace(event) and hash(event) == hash(replace(event))
    assert (event.id, event.kind, event.status) == (meeting_id, MeetingKind.INTERVISION,
                                                     MeetingStatus.PLANNED)
    assert (event.starts_at, event.ends_at) == (NEXT_WEEK, NEXT_WEEK + timedelta(hours=2))
    assert (event.title, event.location, event.online) == ("Intervision mentors",
                                                           "Antenne Schaerbeek", False)
    assert (event.coordinator_name, event.attendee_count, event.series_id) == \
        ("Nadia Coordinatrice", 3, None)
    detail = cal.get(meeting_id)
    assert {a.person_id for a in detail.attendees} == set(mentors)
    assert {a.role for a in detail.attendees} == {PersonRole.MENTOR}
    assert detail.rule is None
    assert cal.events(NEXT_WEEK + timedelta(hours=2), NEXT_WEEK + timedelta(hours=3)) == []
    assert cal.events(NEXT_WEEK - timedelta(hours=1), NEXT_WEEK + timedelta(minutes=1))


def test_events_overlapping_the_range_start_are_shown_and_ordered_by_start(
        services: Services, cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    late = cal.create(session_draft(coordinator.id, starts_at=NEXT_WEEK.replace(hour=23),
                                    duration_min=120))[0]
    early = cal.create(session_draft(coordinator.id, starts_at=NEXT_WEEK.replace(hour=8)))[0]
    day = datetime.combine(NEXT_WEEK.date(), datetime.min.time())
    assert [e.id for e in cal.events(day, day + timedelta(days=1))] == [early, late]
    # The late session runs past midnight: the next day shows it too.
    assert [e.id for e in cal.events(day + timedelta(days=1), day + timedelta(days=2))] == \
        [late]


def test_filters_by_coordinator_person_kind_and_cancelled(services: Services,
                                                          cal: CalendarService) -> None:
    nadia = use_coordinator(services, "Nadia")
    tom = services.organisation.save_coordinator("Tom", None, None)
    mentee = make_mentee(services)
    intake = cal.create(session_draft(nadia.id, kind=MeetingKind.INTAKE, title=None,
                                      attendee_ids=(mentee,), duration_min=60))[0]
    info = cal.create(session_draft(tom.id, kind=MeetingKind.INFO_SESSION,
                                    starts_at=NEXT_WEEK + timedelta(days=1)))[0]
    span = week(NEXT_WEEK)
    assert [e.id for e in cal.events(*span, CalendarFilter(coordinator_id=nadia.id))] == \
        [intake]
    [shown] = cal.events(*span, CalendarFilter(person_id=mentee))
    assert shown.id == intake
    assert shown.title.startswith("Yasmine Testmentee")  # an intake shows the person
    assert [e.id for e in cal.events(*span, CalendarFilter(
        kinds=frozenset({MeetingKind.INFO_SESSION})))] == [info]
    cal.cancel(info)
    assert [e.id for e in cal.events(*span)] == [intake]
    shown_all = cal.events(*span, CalendarFilter(include_cancelled=True))
    assert [(e.id, e.status) for e in shown_all] == [(intake, MeetingStatus.PLANNED),
                                                     (info, MeetingStatus.CANCELLED)]


def test_a_weekly_series_is_created_with_its_rule(services: Services,
                                                 cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    ids = cal.create(session_draft(coordinator.id),
                     Recurrence(Frequency.WEEKLY, until=NEXT_WEEK.date() + timedelta(days=28)))
    assert len(ids) == 5
    shown = cal.events(NEXT_WEEK - timedelta(days=1), NEXT_WEEK + timedelta(days=60))
    assert [e.starts_at for e in shown] == [NEXT_WEEK + timedelta(weeks=n) for n in range(5)]
    assert len({e.series_id for e in shown}) == 1 and shown[0].series_id is not None
    assert cal.get(ids[2]).rule == Recurrence(
        Frequency.WEEKLY, until=NEXT_WEEK.date() + timedelta(days=28))


def test_editing_this_one_detaches_it_and_leaves_the_others(services: Services,
                                                           cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    ids = cal.create(session_draft(coordinator.id), Recurrence("weekly", count=4))
    draft = session_draft(coordinator.id, starts_at=NEXT_WEEK + timedelta(weeks=1, hours=3),
                          title="Intervision (exceptionally at one)", summary="Notes")
    assert cal.update(ids[1], draft, EditScope.THIS) == [ids[1]]
    moved = cal.get(ids[1])
    assert moved.event.series_id is None and moved.rule is None
    assert moved.event.starts_at == NEXT_WEEK + timedelta(weeks=1, hours=3)
    assert moved.summary == "Notes"
    others = [cal.get(i).event for i in (ids[0], ids[2], ids[3])]
    assert [e.title for e in others] == ["Intervision mentors"] * 3
    assert [e.starts_at for e in others] == [NEXT_WEEK + timedelta(weeks=n) for n in (0, 2, 3)]


def test_editing_all_following_shifts_them_and_splits_the_rule(services: Services,
                                                              cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    until = NEXT_WEEK.date() + timedelta(weeks=4)
    ids = cal.create(session_draft(coordinator.id), Recurrence("weekly", until=until))
    third = NEXT_WEEK + timedelta(weeks=2)
    changed = cal.update(ids[2], session_draft(
        coordinator.id, starts_at=third + timedelta(days=1, hours=4), duration_min=90,
        location="online", title="Intervision (Thursday)"), EditScope.FOLLOWING)
    assert changed == ids[2:]
    first, second, *rest = [cal.get(i) for i in ids]
    assert [d.event.starts_at for d in rest] == [
        NEXT_WEEK + timedelta(weeks=n, days=1, hours=4) for n in (2, 3, 4)]
    assert all(d.event.online and d.event.duration_min == 90 for d in rest)
    assert (first.event.title, second.event.starts_at) == (
        "Intervision mentors", NEXT_WEEK + timedelta(weeks=1))
    assert first.event.series_id == second.event.series_id
    assert {d.event.series_id for d in rest} == {rest[0].event.series_id}
    assert rest[0].event.series_id != first.event.series_id
    assert first.rule == Recurrence(Frequency.WEEKLY, until=third.date() - timedelta(days=1))
    assert rest[0].rule == Recurrence(Frequency.WEEKLY, until=until + timedelta(days=1))
    assert series_count(services) == 2


def test_moving_the_first_of_a_counted_series_moves_it_whole(services: Services,
                                                            cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    ids = cal.create(session_draft(coordinator.id), Recurrence("biweekly", count=3))
    assert cal.move(ids[0], NEXT_WEEK - timedelta(days=1), EditScope.FOLLOWING) == ids
    details = [cal.get(i) for i in ids]
    assert [d.event.starts_at for d in details] == [
        NEXT_WEEK - timedelta(days=1) + timedelta(weeks=2 * n) for n in range(3)]
    assert {d.rule for d in details} == {Recurrence(Frequency.BIWEEKLY, count=3)}
    assert series_count(services) == 1


def test_a_counted_series_split_counts_each_part(services: Services,
                                                cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    ids = cal.create(session_draft(coordinator.id), Recurrence("monthly", count=6))
    cal.move(ids[4], cal.get(ids[4]).event.starts_at + timedelta(hours=1), EditScope.FOLLOWING)
    assert cal.get(ids[0]).rule == Recurrence(Frequency.MONTHLY, count=4)
    assert cal.get(ids[5]).rule == Recurrence(Frequency.MONTHLY, count=2)


def test_cancelling_all_following_ends_the_series_before(services: Services,
                                                        cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    ids = cal.create(session_draft(coordinator.id), Recurrence("weekly", count=5))
    assert cal.cancel(ids[3], EditScope.FOLLOWING) == ids[3:]
    assert [e.id for e in cal.events(NEXT_WEEK, NEXT_WEEK + timedelta(weeks=6))] == ids[:3]
    assert cal.get(ids[0]).rule == Recurrence(Frequency.WEEKLY, count=3)
    assert cal.get(ids[4]).event.status == MeetingStatus.CANCELLED
    assert cal.get(ids[4]).event.series_id is None
    # The whole series cancelled: no series is left behind.
    cal.cancel(ids[0], EditScope.FOLLOWING)
    assert series_count(services) == 0
    with pytest.raises(CalendarRefused) as refused:
        cal.move(ids[0], NEXT_WEEK)
    assert refused.value.params["reason"] == "meeting_cancelled"


def test_the_last_one_detached_removes_its_series(services: Services,
                                                 cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    ids = cal.create(session_draft(coordinator.id), Recurrence("weekly", count=2))
    cal.move(ids[0], NEXT_WEEK + timedelta(hours=1))
    assert series_count(services) == 1
    cal.cancel(ids[1])
    assert series_count(services) == 0


def test_attendees_and_attendance_of_a_group_session(services: Services, cal: CalendarService,
                                                     clock: Clock) -> None:
    coordinator = use_coordinator(services)
    came, absent, dropped = (available_mentor(services) for _ in range(3))
    [meeting_id] = cal.create(session_draft(coordinator.id,
                                            attendee_ids=(came, absent, dropped)))
    with pytest.raises(CalendarRefused) as refused:
        cal.record_attendance(meeting_id, {came: True})
    assert refused.value.params["reason"] == "meeting_in_future"
    detail = cal.set_attendees(meeting_id, [came, absent])
    assert {a.person_id for a in detail.attendees} == {came, absent}
    clock.now = NEXT_WEEK + timedelta(hours=2)
    with pytest.raises(CalendarRefused) as refused:
        cal.record_attendance(meeting_id, {dropped: True})
    assert refused.value.params["reason"] == "not_invited"
    assert cal.get(meeting_id).event.status == MeetingStatus.PLANNED
    detail = cal.record_attendance(meeting_id, {came: True, absent: False})
    assert detail.event.status == MeetingStatus.DONE
    assert {a.person_id: a.attended for a in detail.attendees} == {came: True, absent: False}
    # Kept attendees keep their attendance when the list changes.
    detail = cal.set_attendees(meeting_id, [came, dropped])
    assert {a.person_id: a.attended for a in detail.attendees} == {came: True, dropped: None}
    with pytest.raises(CalendarRefused) as refused:
        cal.cancel(meeting_id)
    assert refused.value.params["reason"] == "meeting_done"


def test_a_mentors_intervisions_with_attendance(services: Services, cal: CalendarService,
                                               clock: Clock) -> None:
    coordinator = use_coordinator(services)
    mentor, other = available_mentor(services), available_mentor(services)
    ids = cal.create(session_draft(coordinator.id, attendee_ids=(mentor, other)),
                     Recurrence("monthly", count=3))
    cal.create(session_draft(coordinator.id, kind=MeetingKind.WORKSHOP, attendee_ids=(mentor,)))
    clock.now = NEXT_WEEK + timedelta(days=40)
    cal.record_attendance(ids[0], {mentor: True, other: False})
    cal.record_attendance(ids[1], {mentor: False, other: True})
    sessions = cal.intervisions_of(mentor)
    assert [(e.id, e.attended) for e in sessions] == [(ids[0], True), (ids[1], False),
                                                      (ids[2], None)]
    assert sum(1 for e in sessions if e.attended) == 1
    assert [e.attended for e in cal.intervisions_of(other)] == [False, True, None]


@pytest.mark.parametrize(("fields", "field", "reason"), [
    ({"duration_min": 0}, "duration_min", "out_of_range"),
    ({"duration_min": 721}, "duration_min", "out_of_range"),
    ({"location": "x" * 201}, "location", "too_long"),
    ({"title": "x" * 201}, "title", "too_long"),
    ({"starts_at": datetime(1926, 3, 1, 10)}, "starts_at", "out_of_range"),
    ({"starts_at": datetime(2206, 3, 1, 10)}, "starts_at", "out_of_range"),
    ({"kind": "party"}, "meeting_kind", "unknown_code"),
    ({"kind": MeetingKind.DUO_MEETING}, "duo_id", "required"),
])
def test_a_draft_that_cannot_be_right_is_refused_and_nothing_is_stored(
        services: Services, cal: CalendarService, fields: dict[str, object], field: str,
        reason: str) -> None:
    coordinator = use_coordinator(services)
    with pytest.raises(InvalidValue) as refused:
        cal.create(session_draft(coordinator.id, **fields), Recurrence("weekly", count=3))
    assert (refused.value.params["field"], refused.value.params["reason"]) == (field, reason)
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
    assert series_count(services) == 0


def test_unknown_records_are_named(services: Services, cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    for draft, record_type in (
            (session_draft(uuid.uuid4()), "coordinator"),
            (session_draft(coordinator.id, attendee_ids=(uuid.uuid4(),)), "person"),
            (session_draft(coordinator.id, kind=MeetingKind.DUO_MEETING,
                           duo_id=uuid.uuid4()), "duo")):
        with pytest.raises(NotFound) as missing:
            cal.create(draft)
        assert missing.value.params["record_type"] == record_type
    with pytest.raises(NotFound):
        cal.get(uuid.uuid4())


def test_a_follow_up_is_not_created_here(services: Services, cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    mentee = waiting_mentee(services)
    with pytest.raises(CalendarRefused) as refused:
        cal.create(session_draft(coordinator.id, kind=MeetingKind.FOLLOW_UP,
                                 attendee_ids=(mentee,)))
    assert refused.value.params["reason"] == "follow_up_from_duo"
