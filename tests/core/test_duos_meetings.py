"""A duo's meetings and evaluations on a real database: logged, planned, done, cancelled;
one evaluation form per respondent and stage, replaced when recorded again; bad input
refused with the field and nothing stored."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select, update

from duodesk.core.context import Services
from duodesk.core.errors import DuoStepRefused, InvalidValue, NotFound
from duodesk.core.models import AuditEntry, Duo, Evaluation, Meeting
from duodesk.core.services.duo_data import DuoView
from duodesk.core.services.duos import DuoService
from tests.core.duo_setup import (
    NOW,
    Clock,
    available_mentor,
    give_followup_consent,
    waiting_mentee,
)


@pytest.fixture
def active(services: Services, duos: DuoService, clock: Clock) -> DuoView:
    """A duo signed ten days ago; the clock is at NOW."""
    clock.now = NOW - timedelta(days=12)
    duo = duos.propose(waiting_mentee(services), available_mentor(services),
                       coordinator_id=None, first_meeting_at=clock.now - timedelta(hours=1),
                       agreement_language="fr", location="Antenne")
    duos.record_decision(duo.id, "mentee", True)
    duos.record_decision(duo.id, "mentor", True)
    clock.advance(days=2)
    signed = duos.sign_agreement(duo.id, clock.today())
    clock.now = NOW
    return signed


def meeting_count(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Meeting)) or 0)


def test_a_meeting_logged_counts_as_the_latest_and_keeps_what_was_said(
        services: Services, duos: DuoService, active: DuoView) -> None:
    when = datetime.combine(NOW.date() - timedelta(days=3), time(18, 0))
    logged = duos.log_meeting(active.id, when, 90, online=True, topics="Interview practice",
                              summary="Mock interview for a warehouse job.",
                              mentor_attended=True, mentee_attended=False)
    assert (logged.kind, logged.status, logged.online, logged.location) == (
        "duo_meeting", "done", True, None)
    assert (logged.mentee_attended, logged.mentor_attended) == (False, True)
    assert logged.coordinator_id is None  # the duo meets without the coordinator
    view = duos.get(active.id)
    assert (view.last_meeting_on, view.days_since_last_meeting) == (when.date(), 3)
    assert logged in duos.meetings_of_duo(active.id)
    with services.db.read() as session:
        audit = session.scalar(select(AuditEntry).where(AuditEntry.record_id == logged.id))
        assert audit is not None and audit.record_type == "meeting"
        assert "warehouse" not in (audit.fields or "")


@pytest.mark.parametrize(("kwargs", "field", "reason"), [
    ({"starts_at": NOW + timedelta(hours=1)}, "starts_at", "date_in_future"),
    ({"starts_at": NOW - timedelta(days=30)}, "starts_at", "before_proposal"),
    ({"duration_min": 0}, "duration_min", "out_of_range"),
    ({"duration_min": 6000}, "duration_min", "out_of_range"),
    ({"summary": "x" * 20_001}, "summary", "too_long"),
    ({"location": "y" * 201}, "location", "too_long"),
])
def test_a_meeting_that_cannot_be_right_is_refused_and_nothing_is_stored(
        services: Services, duos: DuoService, active: DuoView, kwargs: dict,
        field: str, reason: str) -> None:
    values = {"starts_at": NOW - timedelta(days=1), "duration_min": 60} | kwargs
    before = meeting_count(services)
    with pytest.raises(InvalidValue) as refused:
        duos.log_meeting(active.id, values.pop("starts_at"), values.pop("duration_min"),
                         **values)
    assert (refused.value.params["field"], refused.value.params["reason"]) == (field, reason)
    assert meeting_count(services) == before


def test_a_planned_meeting_is_done_or_cancelled_once(
        services: Services, duos: DuoService, active: DuoView, clock: Clock) -> None:
    with pytest.raises(InvalidValue) as past:
        duos.plan_meeting(active.id, NOW - timedelta(hours=1))
    assert past.value.params["reason"] == "date_in_past"
    planned = duos.plan_meeting(active.id, NOW + timedelta(days=2), 60, location="Café")
    assert (planned.status, planned.location) == ("planned", "Café")
    with pytest.raises(InvalidValue):
        duos.complete_meeting(planned.id, summary="Too early")
    clock.advance(days=2, hours=2)
    done = duos.complete_meeting(planned.id, summary="Visited a job fair.", topics="Network",
                                 mentor_attended=True, mentee_attended=True)
    assert (done.status, done.summary, done.topics) == ("done", "Visited a job fair.",
                                                        "Network")
    with pytest.raises(DuoStepRefused) as again:
        duos.cancel_meeting(planned.id)
    assert again.value.params["reason"] == "meeting_not_planned"
    other = duos.plan_meeting(active.id, clock.now + timedelta(days=7))
    assert duos.cancel_meeting(other.id).status == "cancelled"
    follow_up = next(m for m in duos.meetings_of_duo(active.id) if m.follow_up_month == 1)
    with pytest.raises(DuoStepRefused) as wrong_kind:
        duos.complete_meeting(follow_up.id)
    assert wrong_kind.value.params["reason"] == "not_a_duo_meeting"
    with pytest.raises(DuoStepRefused) as not_follow_up:
        duos.complete_follow_up(other.id, "note")
    assert not_follow_up.value.params["reason"] == "meeting_not_planned"


def test_a_follow_up_is_done_with_a_note_and_the_outcome_check_needs_consent(
        services: Services, duos: DuoService, active: DuoView) -> None:
    follow_ups = {m.follow_up_month: m for m in duos.meetings_of_duo(active.id)
                  if m.kind == "follow_up"}
    done = duos.complete_follow_up(follow_ups[1].id, "Both happy; CV sent to three firms.")
    assert (done.status, done.summary) == ("done", "Both happy; CV sent to three firms.")
    with pytest.raises(DuoStepRefused) as no_outcome:
        duos.complete_follow_up(follow_ups[12].id, "Has a job.")
    # The outcome check is done by recording the outcome (record_outcome), not by a note.
    assert no_outcome.value.params["reason"] == "outcome_required"
    with services.db.write() as session:  # an outcome known already (exchange workbook)
        session.execute(update(Duo).where(Duo.id == active.id).values(
            outcome="job_stable", outcome_date=active.start_date))
    with pytest.raises(DuoStepRefused) as no_consent:
        duos.complete_follow_up(follow_ups[12].id, "Has a job.")
    assert no_consent.value.params["reason"] == "no_followup_consent"
    give_followup_consent(services, active.mentee_id, active.start_date or date.min)
    assert duos.complete_follow_up(follow_ups[12].id, "Has a job.").status == "done"
    with pytest.raises(NotFound):
        duos.complete_follow_up(follow_ups[1].duo_id, "not a meeting id")  # type: ignore


def test_no_meeting_for_a_declined_duo(services: Services, duos: DuoService) -> None:
    duo = duos.propose(waiting_mentee(services), available_mentor(services),
                       coordinator_id=None, first_meeting_at=NOW + timedelta(days=1),
                       agreement_language="en")
    duos.record_decision(duo.id, "mentor", False, return_mentee_to_waiting=True)
    with pytest.raises(DuoStepRefused) as refused:
        duos.log_meeting(duo.id, NOW - timedelta(hours=1), 60)
    assert refused.value.params == {"step": "log_meeting", "status": "declined",
                                    "reason": "wrong_status"}


def test_an_evaluation_per_respondent_and_stage_replaced_when_recorded_again(
        services: Services, duos: DuoService, active: DuoView) -> None:
    first = duos.record_evaluation(active.id, "mentee", "start", NOW.date(),
                                   {"professional_project_defined": False,
                                    "more_confident": None}, "Shy at first.")
    assert first.answers == {"professional_project_defined": False, "more_confident": None,
                             "network_expanded": None}
    again = duos.record_evaluation(active.id, "mentee", "start", NOW.date(),
                                   {"professional_project_defined": True})
    assert again.id == first.id and again.comments is None
    assert again.answers["professional_project_defined"] is True
    duos.record_evaluation(active.id, "mentor", "start", NOW.date(),
                           {"coaching_skills_improved": True, "feels_useful": True,
                            "added_value": False})
    forms = duos.evaluations_of_duo(active.id)
    assert [(f.respondent, f.stage) for f in forms] == [("mentee", "start"),
                                                        ("mentor", "start")]
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Evaluation)) == 2


@pytest.mark.parametrize(("respondent", "stage", "answers", "field", "reason"), [
    ("mentor", "end", {"more_confident": True}, "more_confident", "not_for_respondent"),
    ("mentee", "end", {"more_confident": "yes"}, "more_confident", "yes_or_no"),
    ("mentee", "later", {}, "stage", "unknown_code"),
    ("coach", "end", {}, "respondent", "unknown_code"),
])
def test_an_evaluation_form_that_does_not_fit_is_refused(
        services: Services, duos: DuoService, active: DuoView, respondent: str, stage: str,
        answers: dict, field: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        duos.record_evaluation(active.id, respondent, stage, NOW.date(), answers)
    assert (refused.value.params["field"], refused.value.params["reason"]) == (field, reason)
    assert duos.evaluations_of_duo(active.id) == []


def test_an_evaluation_needs_a_duo_that_started(services: Services, duos: DuoService,
                                                active: DuoView) -> None:
    with pytest.raises(InvalidValue) as early:
        duos.record_evaluation(active.id, "mentee", "start",
                               (active.start_date or date.min) - timedelta(days=1), {})
    assert early.value.params["reason"] == "before_start"
    proposed = duos.propose(waiting_mentee(services), available_mentor(services),
                            coordinator_id=None, first_meeting_at=NOW + timedelta(days=1),
                            agreement_language="nl")
    with pytest.raises(DuoStepRefused):
        duos.record_evaluation(proposed.id, "mentee", "start", NOW.date(), {})
