"""The meetings of a duo (SPEC §3 Meeting, issue 5 item 4): the duo's own meetings, logged
after the fact or planned ahead, and the coordinator's follow-ups, done with a note.

Times are naive Europe/Brussels local times. A meeting held online is stored with the
location ``online``. :class:`MeetingActions` is part of :class:`duodesk.core.services.duos.
DuoService`; the functions below work inside the caller's session.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from duodesk.core.codes import (
    AuditAction,
    ConsentPurpose,
    MeetingKind,
    MeetingStatus,
)
from duodesk.core.database import Database
from duodesk.core.duo_status import OUTCOME_CHECK_MONTH, Step, check_step
from duodesk.core.errors import DuoStepRefused, InvalidValue, NotFound
from duodesk.core.models import Duo, Meeting, MeetingAttendee
from duodesk.core.privacy.consents import has_consent
from duodesk.core.services.duo_data import MeetingView

ONLINE = "online"
MIN_DURATION, MAX_DURATION = 5, 720
LOCATION_LIMIT, TOPICS_LIMIT, SUMMARY_LIMIT = 200, 2_000, 20_000


class MeetingActions:
    """Meetings of a duo, as methods of the duo service (which provides ``db``, ``today``,
    ``now`` and ``_audit``)."""

    db: Database
    today: Callable[[], date]
    now: Callable[[], datetime]
    _audit: Callable[..., None]

    def log_meeting(self, duo_id: uuid.UUID, starts_at: datetime, duration_min: int, *,
                    location: str | None = None, online: bool = False,
                    topics: str | None = None, summary: str | None = None,
                    mentee_attended: bool | None = True,
                    mentor_attended: bool | None = True) -> MeetingView:
        """Log a duo meeting that took place (status ``done``). Raises ``InvalidValue``
        (a time to come, before the proposal or after the duo's end, a duration out of
        range, a text too long), ``DuoStepRefused`` (a declined duo) or ``NotFound``."""
        place = ONLINE if online else check_location(location)
        duration = check_duration(duration_min)
        topics, summary = check_text(topics, "topics", TOPICS_LIMIT), \
            check_text(summary, "summary", SUMMARY_LIMIT)
        if starts_at > self.now():
            raise InvalidValue(field="starts_at", reason="date_in_future")
        with self.db.write() as session:
            duo = _duo(session, duo_id)
            check_step(Step.LOG_MEETING, str(duo.status))
            if starts_at.date() < duo.proposed_on:
                raise InvalidValue(field="starts_at", reason="before_proposal")
            if duo.end_date is not None and starts_at.date() > duo.end_date:
                raise InvalidValue(field="starts_at", reason="after_end")
            meeting = add_meeting(session, duo, MeetingKind.DUO_MEETING, MeetingStatus.DONE,
                                  starts_at, duration, place,
                                  (duo.mentee_id, duo.mentor_id),
                                  attended=(mentee_attended, mentor_attended),
                                  coordinator_id=None, topics=topics, summary=summary)
            self._audit(session, AuditAction.CREATE, meeting.id,
                        ["starts_at", "duration_min", "location", "topics", "summary",
                         "attended"], record_type="meeting")
            return meeting_view(meeting, duo)

    def plan_meeting(self, duo_id: uuid.UUID, starts_at: datetime, duration_min: int = 60, *,
                     location: str | None = None, online: bool = False,
                     topics: str | None = None) -> MeetingView:
        """Plan a duo meeting to come (status ``planned``), for a duo proposed, accepted or
        running. Raises ``InvalidValue`` (a time already past), ``DuoStepRefused`` or
        ``NotFound``."""
        place = ONLINE if online else check_location(location)
        duration = check_duration(duration_min)
        topics = check_text(topics, "topics", TOPICS_LIMIT)
        if starts_at < self.now():
            raise InvalidValue(field="starts_at", reason="date_in_past")
        with self.db.write() as session:
            duo = _duo(session, duo_id)
            check_step(Step.PLAN_MEETING, str(duo.status))
            meeting = add_meeting(session, duo, MeetingKind.DUO_MEETING,
                                  MeetingStatus.PLANNED, starts_at, duration, place,
                                  (duo.mentee_id, duo.mentor_id), coordinator_id=None,
                                  topics=topics)
            self._audit(session, AuditAction.CREATE, meeting.id,
                        ["starts_at", "duration_min", "location", "topics"],
                        record_type="meeting")
            return meeting_view(meeting, duo)

    def complete_meeting(self, meeting_id: uuid.UUID, *, summary: str | None = None,
                         topics: str | None = None, mentee_attended: bool | None = True,
                         mentor_attended: bool | None = True) -> MeetingView:
        """A planned duo meeting took place: ``done``, with who came and what was said."""
        topics, summary = check_text(topics, "topics", TOPICS_LIMIT), \
            check_text(summary, "summary", SUMMARY_LIMIT)
        with self.db.write() as session:
            meeting, duo = _meeting(session, meeting_id)
            _check_planned(meeting, Step.COMPLETE_MEETING)
            if meeting.kind != MeetingKind.DUO_MEETING:
                raise DuoStepRefused(step=Step.COMPLETE_MEETING.value,
                                     status=str(meeting.status), reason="not_a_duo_meeting")
            if meeting.starts_at > self.now():
                raise InvalidValue(field="starts_at", reason="date_in_future")
            meeting.status = MeetingStatus.DONE
            meeting.summary = summary
            if topics is not None:
                meeting.topics = topics
            attended = {duo.mentee_id: mentee_attended, duo.mentor_id: mentor_attended}
            for attendee in meeting.attendees:
                if attendee.person_id in attended:
                    attendee.attended = attended[attendee.person_id]
            self._audit(session, AuditAction.UPDATE, meeting.id,
                        ["status", "summary", "topics", "attended"], record_type="meeting")
            return meeting_view(meeting, duo)

    def complete_follow_up(self, meeting_id: uuid.UUID, note: str | None) -> MeetingView:
        """A follow-up done (from Today or the duo): status ``done`` and the note as its
        summary. The 12-month outcome check needs the mentee's ``followup_contact``
        consent (SPEC §9) and is done by recording the outcome (``record_outcome``): marked
        done without it, the duo would count as "outcome unknown" in the impact figures
        (``outcome_required``). Raises ``DuoStepRefused`` or ``NotFound``."""
        note = check_text(note, "summary", SUMMARY_LIMIT)
        with self.db.write() as session:
            meeting, duo = _meeting(session, meeting_id)
            _check_planned(meeting, Step.COMPLETE_MEETING)
            if meeting.kind != MeetingKind.FOLLOW_UP:
                raise DuoStepRefused(step=Step.COMPLETE_MEETING.value,
                                     status=str(meeting.status), reason="not_a_follow_up")
            if meeting.follow_up_month == OUTCOME_CHECK_MONTH and duo.outcome is None:
                raise DuoStepRefused(step=Step.COMPLETE_MEETING.value,
                                     status=str(meeting.status), reason="outcome_required")
            if meeting.follow_up_month == OUTCOME_CHECK_MONTH and not has_followup_consent(
                    session, duo.mentee_id, self.today()):
                raise DuoStepRefused(step=Step.COMPLETE_MEETING.value,
                                     status=str(meeting.status), reason="no_followup_consent")
            meeting.status = MeetingStatus.DONE
            meeting.summary = note
            self._audit(session, AuditAction.UPDATE, meeting.id, ["status", "summary"],
                        record_type="meeting")
            return meeting_view(meeting, duo)

    def cancel_meeting(self, meeting_id: uuid.UUID) -> MeetingView:
        """Cancel a planned meeting of a duo (a done one stays in the log)."""
        with self.db.write() as session:
            meeting, duo = _meeting(session, meeting_id)
            _check_planned(meeting, Step.CANCEL_MEETING)
            meeting.status = MeetingStatus.CANCELLED
            self._audit(session, AuditAction.UPDATE, meeting.id, ["status"],
                        record_type="meeting")
            return meeting_view(meeting, duo)

    def meetings_of_duo(self, duo_id: uuid.UUID) -> list[MeetingView]:
        """Every meeting of a duo, first to last (planned, done and cancelled)."""
        with self.db.read() as session:
            duo = _duo(session, duo_id)
            found = session.scalars(select(Meeting).where(Meeting.duo_id == duo_id)
                                    .options(selectinload(Meeting.attendees))
                                    .order_by(Meeting.starts_at, Meeting.created_at))
            return [meeting_view(meeting, duo) for meeting in found]


# --- inside a session ----------------------------------------------------------------------------


def add_meeting(session: Session, duo: Duo, kind: MeetingKind, status: MeetingStatus,
                starts_at: datetime, duration_min: int, location: str | None,
                people: Sequence[uuid.UUID], *,
                attended: Iterable[bool | None] | None = None,
                coordinator_id: uuid.UUID | bool | None = True,
                topics: str | None = None, summary: str | None = None,
                follow_up_month: int | None = None) -> Meeting:
    """Add a meeting of ``duo`` with ``people`` invited. ``coordinator_id`` ``True`` (the
    default): the duo's coordinator, who takes part in first meetings and follow-ups."""
    answers = list(attended) if attended is not None else [None] * len(people)
    meeting = Meeting(
        id=uuid.uuid4(), kind=kind, status=status, starts_at=starts_at,
        duration_min=duration_min, location=location,
        coordinator_id=duo.coordinator_id if coordinator_id is True else coordinator_id,
        duo_id=duo.id, topics=topics, summary=summary, follow_up_month=follow_up_month,
        attendees=[MeetingAttendee(person_id=person, attended=answer)
                   for person, answer in zip(people, answers, strict=True)])
    session.add(meeting)
    session.flush()
    return meeting


def has_followup_consent(session: Session, mentee_id: uuid.UUID, on: date) -> bool:
    """Whether the mentee allowed being contacted for the follow-up on that day (a consent
    withdrawn later still covered the days before; see :mod:`duodesk.core.privacy`)."""
    return has_consent(session, mentee_id, ConsentPurpose.FOLLOWUP_CONTACT, on)


def meeting_view(meeting: Meeting, duo: Duo) -> MeetingView:
    attended = {a.person_id: a.attended for a in meeting.attendees}
    online = meeting.location == ONLINE
    return MeetingView(
        id=meeting.id, duo_id=meeting.duo_id, kind=str(meeting.kind),
        status=str(meeting.status), starts_at=meeting.starts_at,
        duration_min=meeting.duration_min, location=None if online else meeting.location,
        online=online, topics=meeting.topics, summary=meeting.summary,
        follow_up_month=meeting.follow_up_month, coordinator_id=meeting.coordinator_id,
        mentee_attended=attended.get(duo.mentee_id),
        mentor_attended=attended.get(duo.mentor_id))


def check_location(location: str | None) -> str | None:
    """A place as typed, trimmed (``None`` when empty); ``InvalidValue`` when too long."""
    return check_text(location, "location", LOCATION_LIMIT)


def check_text(text: str | None, field: str, limit: int) -> str | None:
    text = (text or "").strip()
    if len(text) > limit:
        raise InvalidValue(field=field, reason="too_long", limit=limit)
    return text or None


def check_duration(minutes: int) -> int:
    if not MIN_DURATION <= int(minutes) <= MAX_DURATION:
        raise InvalidValue(field="duration_min", reason="out_of_range",
                           minimum=MIN_DURATION, maximum=MAX_DURATION)
    return int(minutes)


def _duo(session: Session, duo_id: uuid.UUID) -> Duo:
    duo = session.get(Duo, duo_id)
    if duo is None:
        raise NotFound(record_type="duo")
    return duo


def _meeting(session: Session, meeting_id: uuid.UUID) -> tuple[Meeting, Duo]:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.duo_id is None:
        raise NotFound(record_type="meeting")
    return meeting, _duo(session, meeting.duo_id)


def _check_planned(meeting: Meeting, step: Step) -> None:
    if meeting.status != MeetingStatus.PLANNED:
        raise DuoStepRefused(step=step.value, status=str(meeting.status),
                             reason="meeting_not_planned")

