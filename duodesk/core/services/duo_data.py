"""The plain data the duo services hand to screens, threads and the command line (never live
ORM objects): a duo (:class:`DuoView`), its timeline (:class:`DuoTimelineEvent`), its
meetings (:class:`MeetingView`), evaluations (:class:`EvaluationView`), a Duos table's
selection (:class:`DuoQuery`) and the Today list's items (:class:`TodayItem`).

Everything is codes and values; the GUI turns codes into words (``duodesk.labels``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class DuoView:
    """A duo as a page shows it: who, where it stands, its dates, and what can be done.

    ``overdue``: proposed and the decision deadline has passed. ``last_meeting_on``: the
    day of the latest duo meeting logged as done; ``days_since_last_meeting`` counts from
    it (``None`` when none was logged). ``actions``: the steps the duo's status accepts
    (:class:`duodesk.core.duo_status.Step` codes).
    """

    id: uuid.UUID
    status: str
    mentee_id: uuid.UUID
    mentee_name: str
    mentor_id: uuid.UUID
    mentor_name: str
    coordinator_id: uuid.UUID | None
    coordinator_name: str | None
    antenna_code: str
    agreement_language: str
    proposed_on: date
    first_meeting_at: datetime | None
    decision_deadline: datetime | None
    mentee_accepted: bool | None
    mentor_accepted: bool | None
    accepted_on: date | None
    decline_reason: str | None
    start_date: date | None
    planned_end: date | None
    end_date: date | None
    end_reason: str | None
    outcome: str | None
    outcome_date: date | None
    overdue: bool
    last_meeting_on: date | None
    days_since_last_meeting: int | None
    actions: tuple[str, ...] = ()


class TimelineCode(StrEnum):
    """What happened in a duo's life."""

    PROPOSED = "proposed"
    DECISION = "decision"          # params: side, accepted
    ACCEPTED = "accepted"
    DECLINED = "declined"          # params: reason
    SIGNED = "signed"              # params: planned_end
    MEETING = "meeting"            # params: kind, status, first, follow_up_month, meeting_id
    EVALUATION = "evaluation"      # params: respondent, stage, evaluation_id
    FINISHED = "finished"          # params: end_reason
    STOPPED = "stopped"            # params: end_reason
    OUTCOME = "outcome"            # params: outcome


@dataclass(frozen=True)
class DuoTimelineEvent:
    """One event of a duo's timeline: the day, the local time when known, a code and its
    parameters (codes and ids, never sentences)."""

    on: date
    at: datetime | None
    code: TimelineCode
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MeetingView:
    """A meeting of a duo. ``starts_at`` is naive Europe/Brussels local time; ``online``
    is true for an online meeting (then ``location`` is ``None``). ``mentee_attended`` and
    ``mentor_attended`` are ``None`` until known."""

    id: uuid.UUID
    duo_id: uuid.UUID | None
    kind: str
    status: str
    starts_at: datetime
    duration_min: int
    location: str | None
    online: bool
    topics: str | None
    summary: str | None
    follow_up_month: int | None
    coordinator_id: uuid.UUID | None
    mentee_attended: bool | None
    mentor_attended: bool | None


MENTEE_QUESTIONS = ("professional_project_defined", "more_confident", "network_expanded")
MENTOR_QUESTIONS = ("coaching_skills_improved", "feels_useful", "added_value")


@dataclass(frozen=True)
class EvaluationView:
    """The answers of one respondent of a duo at one stage (SPEC §8). ``answers`` holds
    the respondent's questions only, each ``True``, ``False`` or ``None`` (not answered)."""

    id: uuid.UUID
    duo_id: uuid.UUID
    respondent: str
    stage: str
    answered_on: date
    answers: dict[str, bool | None]
    comments: str | None


DUO_SORT_KEYS = ("mentee", "mentor", "coordinator", "status", "proposed_on", "start_date",
                 "planned_end", "end_date")


@dataclass(frozen=True)
class DuoQuery:
    """A Duos table's selection: filters, then a sort (one of :data:`DUO_SORT_KEYS`).

    ``ending_soon``: active duos whose planned end falls within the next 30 days (or has
    passed without the duo being closed). ``overdue``: proposed duos past their decision
    deadline. ``person_id``: the duos of one mentee or mentor.
    """

    statuses: frozenset[str] = frozenset()
    coordinator_id: uuid.UUID | None = None
    ending_soon: bool = False
    overdue: bool = False
    person_id: uuid.UUID | None = None
    sort: str = "proposed_on"
    descending: bool = False


class TodayKind(StrEnum):
    """The kinds of items on the Today list, most urgent kinds first (see
    :data:`duodesk.core.services.today.URGENCY`)."""

    DECISION_OVERDUE = "decision_overdue"
    DECISION_DUE = "decision_due"
    FOLLOW_UP_OVERDUE = "follow_up_overdue"
    OUTCOME_CHECK_OVERDUE = "outcome_check_overdue"
    AGREEMENT_UNSIGNED = "agreement_unsigned"
    NO_RECENT_MEETING = "no_recent_meeting"
    FOLLOW_UP_DUE = "follow_up_due"
    OUTCOME_CHECK_DUE = "outcome_check_due"
    WAITING_MENTEE = "waiting_mentee"
    # A consent given too long ago or under an older text (duodesk.core.privacy.consents).
    CONSENT_TO_RENEW = "consent_to_renew"
    # One item counting the files past their retention period (the Privacy page lists them).
    ANONYMISATION_DUE = "anonymisation_due"


# Not frozen: the list holds ten thousand of these at 100,000 mentees, and a frozen
# dataclass takes four times as long to build.
@dataclass(slots=True)
class TodayItem:
    """One thing to do today. It opens ``person_id`` (a waiting mentee) or ``duo_id``
    (everything else; ``meeting_id`` too for a follow-up, to be marked done from there).

    ``due`` is the day it is about: the decision deadline's day, the follow-up's day, the
    acceptance day, the last meeting's day, or the day the mentee started waiting; ``days``
    how many days ago that was (negative: still to come). ``follow_up_month`` is set for
    follow-ups; ``followup_consent`` says whether the mentee allowed the 12-month contact.
    """

    kind: TodayKind
    due: date
    days: int
    person_id: uuid.UUID | None = None
    duo_id: uuid.UUID | None = None
    meeting_id: uuid.UUID | None = None
    mentee_name: str | None = None
    mentor_name: str | None = None
    coordinator_id: uuid.UUID | None = None
    due_at: datetime | None = None
    follow_up_month: int | None = None
    followup_consent: bool | None = None
    count: int | None = None  # a count item (files due for anonymisation): how many
    # A consent to renew: its purpose code, and why (``expired`` or ``old_text``).
    consent_purpose: str | None = None
    consent_reason: str | None = None
