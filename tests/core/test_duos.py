"""A duo's life on a real migrated database: proposal, answers, signing, follow-ups, end and
outcome; the statuses of mentee and mentor follow, stamped with the duo; every illegal step
is refused with its reason and changes nothing."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from duodesk.core.codes import AuditAction, MeetingKind
from duodesk.core.context import Services
from duodesk.core.duo_status import add_months
from duodesk.core.errors import DuoStepRefused, IllegalStatusChange, InvalidValue, MatchRefused
from duodesk.core.models import AuditEntry, Meeting, MeetingAttendee, StatusChange
from duodesk.core.services.duo_data import DuoQuery, DuoView
from duodesk.core.services.duos import DuoService
from tests.core.duo_setup import (
    TODAY,
    Clock,
    available_mentor,
    give_followup_consent,
    status_of,
    waiting_mentee,
)
from tests.factories import make_mentor, use_coordinator

FIRST_MEETING = datetime.combine(TODAY + timedelta(days=1), time(14, 0))


def propose(services: Services, duos: DuoService, **kw: Any) -> DuoView:
    mentee_id = kw.pop("mentee_id", None) or waiting_mentee(services)
    mentor_id = kw.pop("mentor_id", None) or available_mentor(services)
    return duos.propose(mentee_id, mentor_id, coordinator_id=kw.pop("coordinator_id", None),
                        first_meeting_at=kw.pop("first_meeting_at", FIRST_MEETING),
                        agreement_language=kw.pop("agreement_language", "fr"), **kw)


def accepted_duo(services: Services, duos: DuoService, clock: Clock) -> DuoView:
    duo = propose(services, duos)
    clock.now = FIRST_MEETING + timedelta(hours=3)
    duos.record_decision(duo.id, "mentee", True)
    return duos.record_decision(duo.id, "mentor", True)


def active_duo(services: Services, duos: DuoService, clock: Clock) -> DuoView:
    duo = accepted_duo(services, duos, clock)
    clock.advance(days=7)
    return duos.sign_agreement(duo.id, clock.today())


def test_a_proposal_plans_the_first_meeting_and_matches_the_mentee(
        services: Services, duos: DuoService) -> None:
    coordinator = use_coordinator(services)
    duo = propose(services, duos, location="Antenne de Schaerbeek")
    assert duo.status == "proposed"
    assert duo.coordinator_id == coordinator.id
    assert duo.decision_deadline == FIRST_MEETING + timedelta(hours=24)
    assert duo.proposed_on == TODAY and not duo.overdue
    assert duo.mentee_name.startswith("Yasmine ") and duo.mentor_name.startswith("Marc ")
    assert status_of(services, duo.mentee_id) == "matched"
    assert status_of(services, duo.mentor_id) == "available"
    (first,) = duos.meetings_of_duo(duo.id)
    assert (first.kind, first.status, first.starts_at) == ("duo_meeting", "planned",
                                                           FIRST_MEETING)
    assert first.location == "Antenne de Schaerbeek" and first.coordinator_id == coordinator.id
    assert (first.mentee_attended, first.mentor_attended) == (None, None)
    with services.db.read() as session:
        change = session.scalar(select(StatusChange).where(
            StatusChange.person_id == duo.mentee_id, StatusChange.to_status == "matched"))
        assert change is not None and change.duo_id == duo.id
        audits = session.scalars(select(AuditEntry).where(AuditEntry.record_id == duo.id)).all()
        assert [a.action for a in audits] == [AuditAction.CREATE]
        assert "Yasmine" not in (audits[0].fields or "")


@pytest.mark.parametrize(("setup", "reason"), [
    ("mentee_not_waiting", "mentee_not_waiting"),
    ("mentor_in_training", "mentor_not_eligible"),
    ("mentor_paused", "mentor_paused"),
    ("swapped", "not_a_mentee"),
])
def test_a_proposal_breaking_a_hard_rule_is_refused(
        services: Services, duos: DuoService, setup: str, reason: str) -> None:
    mentee_id, mentor_id = waiting_mentee(services), available_mentor(services)
    if setup == "mentee_not_waiting":
        services.persons.change_status(mentee_id, "withdrawn")
    elif setup == "mentor_in_training":
        mentor_id = make_mentor(services)
    elif setup == "mentor_paused":
        services.persons.change_status(mentor_id, "paused",
                                       until=TODAY + timedelta(days=90))
    elif setup == "swapped":
        mentee_id, mentor_id = mentor_id, mentee_id
    with pytest.raises(MatchRefused) as refused:
        propose(services, duos, mentee_id=mentee_id, mentor_id=mentor_id)
    assert refused.value.params["reason"] == reason
    assert duos.count(DuoQuery()) == 0


def test_a_mentor_with_room_for_two_takes_a_second_duo_but_not_a_third(
        services: Services, duos: DuoService, clock: Clock) -> None:
    mentor_id = available_mentor(services, max_duos=2)
    first = propose(services, duos, mentor_id=mentor_id)
    # The first duo, only proposed, already holds one of the two places.
    propose(services, duos, mentor_id=mentor_id)
    with pytest.raises(MatchRefused) as refused:
        propose(services, duos, mentor_id=mentor_id)
    assert refused.value.params == {"reason": "mentor_full", "status": "available",
                                    "max_duos": 2}
    # A declined duo frees the place again.
    duos.record_decision(first.id, "mentor", False, return_mentee_to_waiting=True)
    assert propose(services, duos, mentor_id=mentor_id).status == "proposed"


def test_the_same_pair_is_never_proposed_twice(services: Services, duos: DuoService) -> None:
    duo = propose(services, duos)
    duos.record_decision(duo.id, "mentee", False, return_mentee_to_waiting=True)
    with pytest.raises(MatchRefused) as refused:
        propose(services, duos, mentee_id=duo.mentee_id, mentor_id=duo.mentor_id)
    assert refused.value.params["reason"] == "already_a_duo"


def test_both_yes_after_the_first_meeting_accepts_the_duo(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = propose(services, duos)
    with pytest.raises(DuoStepRefused) as early:
        duos.record_decision(duo.id, "mentee", True)
    assert early.value.params["reason"] == "before_first_meeting"
    clock.now = FIRST_MEETING + timedelta(hours=2)
    half = duos.record_decision(duo.id, "mentee", True)
    assert (half.status, half.mentee_accepted, half.mentor_accepted) == ("proposed", True, None)
    with pytest.raises(DuoStepRefused) as twice:
        duos.record_decision(duo.id, "mentee", True)
    assert twice.value.params["reason"] == "already_decided"
    done = duos.record_decision(duo.id, "mentor", True)
    assert (done.status, done.accepted_on) == ("accepted", clock.today())
    assert done.actions == ("decide", "sign", "log_meeting", "plan_meeting")
    (first,) = duos.meetings_of_duo(duo.id)
    assert (first.status, first.mentee_attended, first.mentor_attended) == ("done", True, True)
    assert done.last_meeting_on == FIRST_MEETING.date()


def test_a_no_declines_and_the_coordinator_chooses_where_the_mentee_goes(
        services: Services, duos: DuoService, clock: Clock) -> None:
    back = propose(services, duos)
    with pytest.raises(InvalidValue) as ask:
        duos.record_decision(back.id, "mentor", False)
    assert ask.value.params == {"field": "return_mentee_to_waiting", "reason": "required"}
    declined = duos.record_decision(back.id, "mentor", False, return_mentee_to_waiting=True)
    assert (declined.status, declined.decline_reason) == ("declined", "mentor_declined")
    assert status_of(services, back.mentee_id) == "waiting"
    # The first meeting, still to come, is cancelled.
    assert [m.status for m in duos.meetings_of_duo(back.id)] == ["cancelled"]
    with pytest.raises(DuoStepRefused) as after:
        duos.record_decision(back.id, "mentee", True)
    assert after.value.params == {"step": "decide", "status": "declined",
                                  "reason": "wrong_status"}

    gone = propose(services, duos)
    clock.now = FIRST_MEETING + timedelta(hours=1)
    duos.record_decision(gone.id, "mentee", False, "no_show", return_mentee_to_waiting=False)
    assert duos.get(gone.id).decline_reason == "no_show"
    assert status_of(services, gone.mentee_id) == "withdrawn"
    assert [m.status for m in duos.meetings_of_duo(gone.id)] == ["cancelled"]


def test_an_accepted_duo_can_still_be_declined_before_signing(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = accepted_duo(services, duos, clock)
    declined = duos.record_decision(duo.id, "mentee", False, return_mentee_to_waiting=True)
    assert declined.status == "declined"
    assert [e.params.get("accepted") for e in duos.timeline(duo.id)
            if e.code == "decision"] == [True, True, False]


def test_signing_starts_six_months_and_plans_the_follow_ups(
        services: Services, duos: DuoService, clock: Clock) -> None:
    proposed = propose(services, duos)
    with pytest.raises(DuoStepRefused) as refused:
        duos.sign_agreement(proposed.id, TODAY)
    assert refused.value.params == {"step": "sign", "status": "proposed",
                                    "reason": "wrong_status"}
    duo = accepted_duo(services, duos, clock)
    clock.advance(days=6)
    with pytest.raises(InvalidValue) as future:
        duos.sign_agreement(duo.id, clock.today() + timedelta(days=1))
    assert future.value.params["reason"] == "date_in_future"
    with pytest.raises(InvalidValue) as early:
        duos.sign_agreement(duo.id, duo.accepted_on - timedelta(days=1))
    assert early.value.params["reason"] == "before_acceptance"
    signed_on = clock.today()
    active = duos.sign_agreement(duo.id, signed_on)
    assert (active.status, active.start_date) == ("active", signed_on)
    assert active.planned_end == add_months(signed_on, 6)
    assert status_of(services, duo.mentee_id) == "in_duo"
    assert status_of(services, duo.mentor_id) == "in_duo"
    follow_ups = [m for m in duos.meetings_of_duo(duo.id) if m.kind == "follow_up"]
    assert [m.follow_up_month for m in follow_ups] == [1, 3, 6, 12]
    assert {m.status for m in follow_ups} == {"planned"}
    for meeting in follow_ups:
        months = meeting.follow_up_month or 0
        assert meeting.starts_at.weekday() < 5 and meeting.starts_at.time() == time(10, 0)
        assert 0 <= (meeting.starts_at.date() - add_months(signed_on, months)).days <= 2
    assert follow_ups[-1].mentor_attended is None
    with services.db.read() as session:
        twelve = session.scalar(select(Meeting).where(Meeting.follow_up_month == 12))
        assert twelve is not None
        people = session.scalars(select(MeetingAttendee.person_id)
                                 .where(MeetingAttendee.meeting_id == twelve.id)).all()
        assert people == [duo.mentee_id]  # the outcome check is with the mentee


def test_finishing_closes_the_duo_and_frees_the_mentor(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = active_duo(services, duos, clock)
    with pytest.raises(InvalidValue) as wrong:
        duos.finish(duo.id, clock.today(), "mismatch")
    assert wrong.value.params == {"field": "end_reason", "reason": "not_for_finish"}
    clock.advance(days=100)
    for meeting in duos.meetings_of_duo(duo.id):
        if meeting.follow_up_month in (1, 3):
            duos.complete_follow_up(meeting.id, "Goes well.")
    with pytest.raises(InvalidValue) as before:
        duos.finish(duo.id, duo.start_date - timedelta(days=1))
    assert before.value.params["reason"] == "before_start"
    finished = duos.finish(duo.id, clock.today(), "mentee_found_job")
    assert (finished.status, finished.end_reason) == ("finished", "mentee_found_job")
    assert status_of(services, duo.mentee_id) == "finished"
    assert status_of(services, duo.mentor_id) == "available"
    # The six-month check-in after the end is cancelled; the outcome check stays.
    states = {m.follow_up_month: m.status for m in duos.meetings_of_duo(duo.id)
              if m.kind == "follow_up"}
    assert states == {1: "done", 3: "done", 6: "cancelled", 12: "planned"}
    with pytest.raises(DuoStepRefused):
        duos.stop(duo.id, clock.today(), "mismatch", True)


def test_stopping_early_returns_the_mentee_to_waiting_or_out(
        services: Services, duos: DuoService, clock: Clock) -> None:
    first = active_duo(services, duos, clock)
    clock.advance(days=40)
    with pytest.raises(InvalidValue) as completed:
        duos.stop(first.id, clock.today(), "completed", True)
    assert completed.value.params["reason"] == "not_for_stop"
    stopped = duos.stop(first.id, clock.today(), "mentor_withdrew", True)
    assert (stopped.status, stopped.end_reason, stopped.end_date) == (
        "stopped", "mentor_withdrew", clock.today())
    assert status_of(services, first.mentee_id) == "waiting"
    assert status_of(services, first.mentor_id) == "available"
    future = [m for m in duos.meetings_of_duo(first.id)
              if m.starts_at.date() > clock.today() and m.follow_up_month != 12]
    assert future and {m.status for m in future} == {"cancelled"}
    # Matched again with another mentor, then out of the programme.
    clock.advance(days=1)
    again = duos.propose(first.mentee_id, available_mentor(services), coordinator_id=None,
                         first_meeting_at=clock.now + timedelta(days=2),
                         agreement_language="nl")
    assert status_of(services, first.mentee_id) == "matched"
    clock.now = again.first_meeting_at + timedelta(hours=1)
    duos.record_decision(again.id, "mentee", True)
    duos.record_decision(again.id, "mentor", True)
    duos.sign_agreement(again.id, clock.today())
    duos.stop(again.id, clock.today(), "moved", False)
    assert status_of(services, first.mentee_id) == "stopped"


def test_a_mentor_in_two_duos_stays_in_duo_until_the_last_ends(
        services: Services, duos: DuoService, clock: Clock) -> None:
    mentor_id = available_mentor(services, max_duos=2)
    one = propose(services, duos, mentor_id=mentor_id)
    two = propose(services, duos, mentor_id=mentor_id)
    clock.now = FIRST_MEETING + timedelta(hours=1)
    for duo in (one, two):
        duos.record_decision(duo.id, "mentee", True)
        duos.record_decision(duo.id, "mentor", True)
        duos.sign_agreement(duo.id, clock.today())
    clock.advance(days=30)
    duos.stop(one.id, clock.today(), "no_contact", True)
    assert status_of(services, mentor_id) == "in_duo"
    duos.finish(two.id, clock.today(), "mentee_found_job")
    assert status_of(services, mentor_id) == "available"


def test_the_outcome_needs_an_ended_duo_and_the_follow_up_consent(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = active_duo(services, duos, clock)
    with pytest.raises(DuoStepRefused) as running:
        duos.record_outcome(duo.id, "job_stable", clock.today())
    assert running.value.params["reason"] == "wrong_status"
    clock.advance(days=183)
    duos.finish(duo.id, clock.today())
    clock.advance(days=182)
    with pytest.raises(DuoStepRefused) as no_consent:
        duos.record_outcome(duo.id, "job_stable", clock.today())
    assert no_consent.value.params["reason"] == "no_followup_consent"
    assert duos.record_outcome(duo.id, "unreachable", clock.today()).outcome == "unreachable"
    give_followup_consent(services, duo.mentee_id, duo.start_date)
    with pytest.raises(InvalidValue) as unknown:
        duos.record_outcome(duo.id, "lottery", clock.today())
    assert unknown.value.params == {"field": "outcome", "reason": "unknown_code"}
    recorded = duos.record_outcome(duo.id, "job_stable", clock.today())
    assert (recorded.outcome, recorded.outcome_date) == ("job_stable", clock.today())
    twelve = [m for m in duos.meetings_of_duo(duo.id) if m.follow_up_month == 12]
    assert [m.status for m in twelve] == ["done"]


def test_every_step_changes_are_stamped_in_the_duo_status_history(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = active_duo(services, duos, clock)
    with services.db.read() as session:
        steps = session.execute(select(StatusChange.from_status, StatusChange.to_status)
                                .where(StatusChange.duo_id == duo.id,
                                       StatusChange.person_id.is_(None))
                                .order_by(StatusChange.changed_at)).all()
        people = session.scalars(select(StatusChange.to_status).where(
            StatusChange.duo_id == duo.id, StatusChange.person_id.is_not(None))).all()
    assert [tuple(s) for s in steps] == [(None, "proposed"), ("proposed", "accepted"),
                                         ("accepted", "active")]
    assert sorted(people) == ["in_duo", "in_duo", "matched"]


def test_a_refused_step_changes_nothing(services: Services, duos: DuoService,
                                       clock: Clock) -> None:
    duo = accepted_duo(services, duos, clock)
    services.persons.change_status(duo.mentor_id, "left")
    clock.advance(days=2)
    with pytest.raises(DuoStepRefused) as refused:
        duos.sign_agreement(duo.id, clock.today())
    assert refused.value.params["reason"] == "mentor_not_available"
    assert duos.get(duo.id).status == "accepted"
    assert status_of(services, duo.mentee_id) == "matched"
    assert [m.kind for m in duos.meetings_of_duo(duo.id)] == [MeetingKind.DUO_MEETING.value]


def test_a_duo_status_jump_outside_the_path_is_still_refused_by_the_path() -> None:
    from duodesk.core.status import check_status_change
    with pytest.raises(IllegalStatusChange):
        check_status_change("duo", "proposed", "active")


def test_unknown_duo(services: Services, duos: DuoService) -> None:
    from duodesk.core.errors import NotFound
    with pytest.raises(NotFound):
        duos.sign_agreement(uuid.uuid4(), TODAY)
