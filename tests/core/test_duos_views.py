"""What the Duos page and a person's file read: a duo's whole timeline in date order, the
duos of a person, and the Duos table's ids filtered and sorted in SQL with rows by id."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from duodesk.core.context import Services
from duodesk.core.services.duo_data import DuoQuery, DuoView, TimelineCode
from duodesk.core.services.duos import DuoService
from tests.core.duo_setup import (
    Clock,
    available_mentor,
    duo_service,
    give_followup_consent,
    waiting_mentee,
)
from tests.factories import use_coordinator


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def duos(services: Services, clock: Clock) -> DuoService:
    return duo_service(services, clock)


def propose(services: Services, duos: DuoService, clock: Clock, **people: object) -> DuoView:
    return duos.propose(
        people.get("mentee_id") or waiting_mentee(  # type: ignore[arg-type]
            services, last_name=people.get("mentee_name", "Testmentee")),
        people.get("mentor_id") or available_mentor(services),  # type: ignore[arg-type]
        coordinator_id=people.get("coordinator_id"),  # type: ignore[arg-type]
        first_meeting_at=clock.now + timedelta(hours=2), agreement_language="fr")


def test_the_timeline_tells_the_whole_life_of_a_duo_in_order(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = propose(services, duos, clock)
    clock.advance(hours=3)
    duos.record_decision(duo.id, "mentor", True)
    clock.advance(hours=1)
    duos.record_decision(duo.id, "mentee", True)
    clock.advance(days=7)
    duos.sign_agreement(duo.id, clock.today())
    duos.record_evaluation(duo.id, "mentee", "start", clock.today(), {})
    clock.advance(days=10)
    duos.log_meeting(duo.id, clock.now - timedelta(days=1), 60, location="Café")
    clock.advance(days=30)
    duos.stop(duo.id, clock.today(), "moved", False)
    clock.advance(days=330)
    give_followup_consent(services, duo.mentee_id, duo.proposed_on)
    duos.record_outcome(duo.id, "training", clock.today())
    events = duos.timeline(duo.id)
    codes = [e.code.value for e in events]
    head = [c for c in codes if c != "meeting"]
    assert head == ["proposed", "decision", "decision", "accepted", "signed", "evaluation",
                    "stopped", "outcome"]
    decisions = [e.params for e in events if e.code == TimelineCode.DECISION]
    assert decisions == [{"side": "mentor", "accepted": True},
                         {"side": "mentee", "accepted": True}]
    meetings = [e.params for e in events if e.code == TimelineCode.MEETING]
    assert meetings[0]["first"] is True and meetings[0]["status"] == "done"
    assert [m["follow_up_month"] for m in meetings if m["kind"] == "follow_up"] == [1, 3, 6, 12]
    # The first meeting comes after the proposal and before the answers.
    assert codes.index("meeting") == 1
    assert [e.on for e in events] == sorted(e.on for e in events)
    stop = next(e for e in events if e.code == TimelineCode.STOPPED)
    assert stop.params == {"end_reason": "moved"}
    assert events[-1].params == {"outcome": "training"}


def test_a_declined_duo_ends_its_timeline_with_the_reason(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = propose(services, duos, clock)
    clock.advance(hours=3)
    duos.record_decision(duo.id, "mentee", False, "no_show", return_mentee_to_waiting=True)
    events = duos.timeline(duo.id)
    assert [e.code.value for e in events] == ["proposed", "meeting", "decision", "declined"]
    assert events[-1].params == {"reason": "no_show"}
    assert events[1].params["status"] == "cancelled"


def test_the_duos_of_a_person_latest_first(services: Services, duos: DuoService,
                                           clock: Clock) -> None:
    mentor_id = available_mentor(services, max_duos=3)
    first = propose(services, duos, clock, mentor_id=mentor_id)
    clock.advance(days=1)
    second = propose(services, duos, clock, mentor_id=mentor_id)
    assert [d.id for d in duos.duos_of_person(mentor_id)] == [second.id, first.id]
    assert [d.id for d in duos.duos_of_person(first.mentee_id)] == [first.id]


def test_the_duos_table_filters_and_sorts_in_sql(services: Services, duos: DuoService,
                                                 clock: Clock) -> None:
    anna = use_coordinator(services, "Anna Coordinator")
    bert = use_coordinator(services, "Bert Coordinator")
    zoe = propose(services, duos, clock, mentee_name="Zeebroek", coordinator_id=bert.id)
    eli = propose(services, duos, clock, mentee_name="Élégant", coordinator_id=anna.id)
    ali = propose(services, duos, clock, mentee_name="Albers", coordinator_id=anna.id)
    clock.advance(hours=3)
    for duo in (eli, ali):
        duos.record_decision(duo.id, "mentee", True)
        duos.record_decision(duo.id, "mentor", True)
    duos.sign_agreement(ali.id, clock.today())
    source = duos.table_source(DuoQuery())
    assert source.ids("mentee", False) == [ali.id, eli.id, zoe.id]  # É sorts with E
    assert source.ids("mentee", True) == [zoe.id, eli.id, ali.id]
    assert source.ids("status", False) == [zoe.id, eli.id, ali.id]
    assert source.ids("coordinator", False)[-1] == zoe.id
    assert duos.ids(DuoQuery(statuses=frozenset({"accepted", "active"}),
                             sort="mentee")) == [ali.id, eli.id]
    assert set(duos.ids(DuoQuery(coordinator_id=anna.id))) == {ali.id, eli.id}
    assert duos.count(DuoQuery(coordinator_id=anna.id)) == 2
    rows = source.rows([zoe.id, ali.id])
    assert [r.id for r in rows] == [zoe.id, ali.id]
    assert rows[1].status == "active" and rows[1].coordinator_name == "Anna Coordinator"
    # Overdue: the decision deadline passed while proposed.
    assert duos.ids(DuoQuery(overdue=True)) == []
    clock.advance(days=1)
    assert duos.ids(DuoQuery(overdue=True)) == [zoe.id]
    assert duos.get(zoe.id).overdue
    # Ending soon: active, and the planned end within 30 days.
    assert duos.ids(DuoQuery(ending_soon=True)) == []
    clock.advance(days=160)
    assert duos.ids(DuoQuery(ending_soon=True)) == [ali.id]


def test_unknown_sort_is_a_programming_error(duos: DuoService) -> None:
    with pytest.raises(ValueError, match="unknown sort key"):
        duos.ids(DuoQuery(sort="shoe_size"))


def test_rows_of_deleted_duos_are_left_out(duos: DuoService) -> None:
    assert duos.rows([uuid.uuid4()]) == []
