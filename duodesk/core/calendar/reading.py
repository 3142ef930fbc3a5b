"""The calendar's reading queries: meetings as :class:`CalendarEvent` rows, in one
statement per call (names, coordinator and attendee count joined in SQL), so that a month
of 5,000 meetings or an export of 50,000 needs no query per meeting.

Range queries go through the index on ``starts_at`` only: kind and coordinator are
compared as expressions (``no_index``) because SQLite, without statistics, would otherwise
pick the index on (kind, status, starts_at) or on the coordinator and read every meeting of
that kind or coordinator for one month (the trap ``duo_views`` describes).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from duodesk.core.calendar.views import ONLINE, CalendarEvent, CalendarFilter
from duodesk.core.codes import MeetingKind, MeetingStatus
from duodesk.core.models import Coordinator, Duo, Meeting, MeetingAttendee, Person
from duodesk.core.services.duo_views import no_index

meetings = Meeting.__table__
attendees = MeetingAttendee.__table__
persons = Person.__table__
duos = Duo.__table__
coordinators = Coordinator.__table__

#: The longest meeting the services accept (``meetings.MAX_DURATION``), in minutes: a
#: meeting overlapping a range starts at most this long before it.
LONGEST_MEETING = 720
DASH = " – "


@cache
def _event_statement() -> Select[Any]:
    """The columns of a :class:`CalendarEvent`, built once."""
    mentee, mentor = persons.alias("cal_mentee"), persons.alias("cal_mentor")
    count = (select(func.count()).select_from(attendees)
             .where(attendees.c.meeting_id == meetings.c.id)
             .correlate(meetings).scalar_subquery())
    # An intake is named after the person it is with (the first invited, by name).
    intake_person = persons.alias("cal_intake")
    intake_name = (select(intake_person.c.first_name.concat(literal(" "))
                          .concat(intake_person.c.last_name))
                   .select_from(attendees.join(intake_person,
                                               intake_person.c.id == attendees.c.person_id))
                   .where(attendees.c.meeting_id == meetings.c.id)
                   .order_by(intake_person.c.sort_key).limit(1)
                   .correlate(meetings).scalar_subquery())
    return (
        select(meetings.c.id, meetings.c.kind, meetings.c.status, meetings.c.starts_at,
               meetings.c.duration_min, meetings.c.location, meetings.c.coordinator_id,
               coordinators.c.name.label("coordinator_name"), meetings.c.duo_id,
               meetings.c.series_id, meetings.c.follow_up_month, meetings.c.title,
               mentee.c.first_name.label("mentee_first"),
               mentee.c.last_name.label("mentee_last"),
               mentor.c.first_name.label("mentor_first"),
               mentor.c.last_name.label("mentor_last"),
               count.label("attendee_count"),
               case((meetings.c.kind == MeetingKind.INTAKE.value, intake_name),
                    else_=None).label("intake_name"))
        .select_from(
            meetings.outerjoin(coordinators, coordinators.c.id == meetings.c.coordinator_id)
            .outerjoin(duos, duos.c.id == meetings.c.duo_id)
            .outerjoin(mentee, mentee.c.id == duos.c.mentee_id)
            .outerjoin(mentor, mentor.c.id == duos.c.mentor_id))
    )


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def event_from_row(row: Any, attended: bool | None = None) -> CalendarEvent:
    """A :class:`CalendarEvent` from a row of :func:`_event_statement`."""
    if row.duo_id is not None and row.mentee_first is not None:
        title = _name(row.mentee_first, row.mentee_last) + DASH + \
            _name(row.mentor_first, row.mentor_last)
    elif row.title:
        title = row.title
    else:
        title = row.intake_name or ""
    starts = as_datetime(row.starts_at)
    online = row.location == ONLINE
    return CalendarEvent(
        id=uuid.UUID(str(row.id)) if not isinstance(row.id, uuid.UUID) else row.id,
        kind=MeetingKind(row.kind), status=MeetingStatus(row.status), starts_at=starts,
        ends_at=starts + timedelta(minutes=row.duration_min), title=title,
        location=None if online else row.location, online=online,
        coordinator_id=row.coordinator_id, coordinator_name=row.coordinator_name,
        duo_id=row.duo_id, series_id=row.series_id,
        attendee_count=int(row.attendee_count or 0), follow_up_month=row.follow_up_month,
        duration_min=row.duration_min, attended=attended)


def coordinator_condition(coordinator_id: uuid.UUID) -> Any:
    """A coordinator's meetings: those they hold, and the meetings of the duos they follow
    that no coordinator holds (a duo's own meetings), as their calendar should show."""
    return or_(meetings.c.coordinator_id == coordinator_id,
               and_(meetings.c.coordinator_id.is_(None),
                    duos.c.coordinator_id == coordinator_id))


def filtered(statement: Select[Any], chosen: CalendarFilter) -> Select[Any]:
    """``statement`` narrowed to the filter's coordinator, duo, person, kinds and status."""
    if chosen.coordinator_id is not None:
        statement = statement.where(coordinator_condition(chosen.coordinator_id))
    if chosen.duo_id is not None:
        statement = statement.where(meetings.c.duo_id == chosen.duo_id)
    if chosen.person_id is not None:
        statement = statement.where(meetings.c.id.in_(
            select(attendees.c.meeting_id).where(attendees.c.person_id == chosen.person_id)))
    if chosen.kinds:
        statement = statement.where(no_index(meetings.c.kind).in_(
            sorted(str(kind) for kind in chosen.kinds)))
    if not chosen.include_cancelled:
        statement = statement.where(
            no_index(meetings.c.status) != MeetingStatus.CANCELLED.value)
    return statement


def events_between(session: Session, start: datetime, end: datetime,
                   chosen: CalendarFilter) -> list[CalendarEvent]:
    """Meetings overlapping ``[start, end)``, by start (then by creation, for ties)."""
    statement = filtered(_event_statement(), chosen).where(
        meetings.c.starts_at >= start - timedelta(minutes=LONGEST_MEETING),
        meetings.c.starts_at < end,
    ).order_by(meetings.c.starts_at, meetings.c.created_at)
    found = (event_from_row(row) for row in session.execute(statement))
    return [event for event in found if event.ends_at > start]


def event_of(session: Session, meeting_id: uuid.UUID) -> CalendarEvent | None:
    row = session.execute(_event_statement().where(meetings.c.id == meeting_id)).first()
    return event_from_row(row) if row is not None else None


def all_events(session: Session, chosen: CalendarFilter, meeting_id: uuid.UUID | None = None,
               batch: int = 2_000) -> Iterator[tuple[CalendarEvent, Any]]:
    """Every meeting of the filter (cancelled ones included when it says so), by start,
    streamed in batches, each with its ``(created_at, updated_at)`` for an export."""
    statement = filtered(_event_statement(), chosen).add_columns(
        meetings.c.created_at, meetings.c.updated_at)
    if meeting_id is not None:
        statement = statement.where(meetings.c.id == meeting_id)
    statement = statement.order_by(meetings.c.starts_at, meetings.c.created_at)
    result = session.execute(statement.execution_options(yield_per=batch))
    for row in result:
        yield event_from_row(row), (row.created_at, row.updated_at)


def count_events(session: Session, chosen: CalendarFilter,
                 meeting_id: uuid.UUID | None = None) -> int:
    """How many meetings :func:`all_events` yields (for the progress total)."""
    statement = filtered(select(func.count()).select_from(
        meetings.outerjoin(duos, duos.c.id == meetings.c.duo_id)), chosen)
    if meeting_id is not None:
        statement = statement.where(meetings.c.id == meeting_id)
    return int(session.scalar(statement) or 0)
