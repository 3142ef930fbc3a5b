"""Checking a :class:`MeetingDraft` and writing it, inside the caller's session.

The duo's rules stay in :mod:`duodesk.core.services.meetings` and
:mod:`duodesk.core.duo_status` and are reused here: a duo's meeting keeps the duo's mentee
and mentor as its attendees, cannot be dated before the proposal nor after the duo's end, and
a follow-up keeps its month (it is planned by the duo, never created here).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.calendar.views import ONLINE, MeetingDraft
from duodesk.core.codes import MeetingKind, MeetingStatus
from duodesk.core.duo_status import Step, check_step, to_local
from duodesk.core.errors import CalendarRefused, InvalidValue, NotFound
from duodesk.core.models import Coordinator, Duo, Meeting, MeetingAttendee, MeetingSeries, Person
from duodesk.core.services.meetings import (
    SUMMARY_LIMIT,
    TOPICS_LIMIT,
    check_duration,
    check_location,
    check_text,
)

DUO_KINDS = frozenset({MeetingKind.DUO_MEETING, MeetingKind.FOLLOW_UP})
TITLE_LIMIT = 200
# Years a coordinator can plan in: a typo such as 1926 or 2206 is refused, not stored.
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class Checked:
    """A draft whose every field was checked, with the duo it belongs to (if any)."""

    kind: MeetingKind
    starts_at: datetime
    duration_min: int
    location: str | None
    coordinator_id: uuid.UUID | None
    duo: Duo | None
    title: str | None
    summary: str | None
    topics: str | None
    people: tuple[uuid.UUID, ...]


def check_start(starts_at: datetime) -> datetime:
    """A naive Brussels time to the minute; an aware one is converted."""
    if not isinstance(starts_at, datetime):
        raise InvalidValue(field="starts_at", reason="required")
    if starts_at.tzinfo is not None:
        starts_at = to_local(starts_at)
    if not FIRST_YEAR <= starts_at.year <= LAST_YEAR:
        raise InvalidValue(field="starts_at", reason="out_of_range",
                           minimum=FIRST_YEAR, maximum=LAST_YEAR)
    return starts_at.replace(second=0, microsecond=0)


def check_kind(kind: MeetingKind | str) -> MeetingKind:
    try:
        return MeetingKind(str(kind))
    except ValueError:
        raise InvalidValue(field="meeting_kind", reason="unknown_code") from None


def check_draft(session: Session, draft: MeetingDraft, existing: Meeting | None) -> Checked:
    """The draft checked field by field; raises ``InvalidValue``, ``NotFound`` or
    ``CalendarRefused`` (a follow-up created here, a duo's meeting changing kind or duo)."""
    kind = check_kind(draft.kind)
    starts_at = check_start(draft.starts_at)
    duration = check_duration(draft.duration_min)
    online = draft.online or (draft.location or "").strip().casefold() == ONLINE
    location = ONLINE if online else check_location(draft.location)
    title = check_text(draft.title, "title", TITLE_LIMIT)
    summary = check_text(draft.summary, "summary", SUMMARY_LIMIT)
    topics = check_text(draft.topics, "topics", TOPICS_LIMIT)
    if existing is None and kind is MeetingKind.FOLLOW_UP:
        raise CalendarRefused(reason="follow_up_from_duo")
    if existing is not None and (MeetingKind(existing.kind) in DUO_KINDS or kind in DUO_KINDS) \
            and (kind != existing.kind or draft.duo_id != existing.duo_id):
        raise CalendarRefused(reason="kind_fixed")
    if kind in DUO_KINDS and draft.duo_id is None:
        raise InvalidValue(field="duo_id", reason="required")
    if kind not in DUO_KINDS and draft.duo_id is not None:
        raise InvalidValue(field="duo_id", reason="not_for_kind")
    if draft.coordinator_id is not None and \
            session.get(Coordinator, draft.coordinator_id) is None:
        raise NotFound(record_type="coordinator")
    duo = None
    if draft.duo_id is not None:
        duo = session.get(Duo, draft.duo_id)
        if duo is None:
            raise NotFound(record_type="duo")
        people: tuple[uuid.UUID, ...] = (duo.mentee_id, duo.mentor_id)
    else:
        people = check_people(session, draft.attendee_ids)
    return Checked(kind, starts_at, duration, location, draft.coordinator_id, duo, title,
                   summary, topics, people)


def check_people(session: Session, person_ids: Iterable[uuid.UUID]) -> tuple[uuid.UUID, ...]:
    """The persons in the order given, each once; ``NotFound`` if one no longer exists."""
    people = tuple(dict.fromkeys(person_ids))
    known = 0
    for start in range(0, len(people), 500):
        chunk = people[start:start + 500]
        known += session.scalar(select(func.count()).select_from(Person)
                                .where(Person.id.in_(chunk))) or 0
    if known != len(people):
        raise NotFound(record_type="person")
    return people


def check_duo_dates(duo: Duo, starts_at: datetime, now: datetime, *, new: bool) -> None:
    """A duo's meeting lies between its proposal and its end; a new one needs a duo that can
    still plan (or, dated in the past, log) a meeting."""
    if new:
        check_step(Step.PLAN_MEETING if starts_at >= now else Step.LOG_MEETING,
                   str(duo.status))
    if starts_at.date() < duo.proposed_on:
        raise InvalidValue(field="starts_at", reason="before_proposal")
    if duo.end_date is not None and starts_at.date() > duo.end_date:
        raise InvalidValue(field="starts_at", reason="after_end")


def new_meeting(checked: Checked, starts_at: datetime,
                series_id: uuid.UUID | None) -> Meeting:
    return Meeting(
        id=uuid.uuid4(), kind=checked.kind, status=MeetingStatus.PLANNED, starts_at=starts_at,
        duration_min=checked.duration_min, location=checked.location,
        coordinator_id=checked.coordinator_id,
        duo_id=checked.duo.id if checked.duo is not None else None, title=checked.title,
        summary=checked.summary, topics=checked.topics, series_id=series_id,
        attendees=[MeetingAttendee(person_id=person) for person in checked.people])


def apply(meeting: Meeting, checked: Checked, starts_at: datetime, *, own: bool) -> None:
    """Give ``meeting`` the draft's fields; ``own``: the meeting the coordinator edited,
    which alone takes the summary and topics (notes of one session, not of a series)."""
    meeting.kind = checked.kind
    meeting.starts_at = starts_at
    meeting.duration_min = checked.duration_min
    meeting.location = checked.location
    meeting.coordinator_id = checked.coordinator_id
    meeting.title = checked.title
    if own:
        meeting.summary = checked.summary
        meeting.topics = checked.topics
    if checked.duo is None:
        set_people(meeting, checked.people)


def set_people(meeting: Meeting, people: tuple[uuid.UUID, ...]) -> None:
    """The meeting's attendees become ``people``; those kept keep their attendance."""
    kept = {a.person_id: a for a in meeting.attendees}
    meeting.attendees = [kept.get(p) or MeetingAttendee(person_id=p) for p in people]


def get_meeting(session: Session, meeting_id: uuid.UUID) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(record_type="meeting")
    return meeting


def check_open(meeting: Meeting) -> None:
    """A cancelled meeting is not edited any more."""
    if meeting.status == MeetingStatus.CANCELLED:
        raise CalendarRefused(reason="meeting_cancelled")


def detach(session: Session, meeting: Meeting) -> None:
    """Take ``meeting`` out of its series; a series left without meetings is removed, so
    that ``series_id`` (which has no foreign key) always names an existing series."""
    series_id = meeting.series_id
    if series_id is None:
        return
    meeting.series_id = None
    session.flush()
    drop_if_empty(session, series_id)


def drop_if_empty(session: Session, series_id: uuid.UUID) -> None:
    left = session.scalar(select(Meeting.id).where(Meeting.series_id == series_id).limit(1))
    if left is None:
        series = session.get(MeetingSeries, series_id)
        if series is not None:
            session.delete(series)
