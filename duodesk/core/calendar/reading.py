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
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Select, String, and_, case, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

from duodesk.core.calendar.views import ONLINE, CalendarEvent, CalendarFilter
from duodesk.core.codes import MeetingKind, MeetingStatus
from duodesk.core.collector import collector_paused
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


def _raw(column: Any, label: str | None = None) -> Any:
    """A column read as the text SQLite stores, without SQLAlchemy's conversion per value:
    :class:`EventReader` converts it, caching what repeats (a month holds 5,000 rows)."""
    return type_coerce(column, String).label(label or column.name)


@cache
def event_statement() -> Select[Any]:
    """The columns of a :class:`CalendarEvent`, in :data:`COLUMNS` order, built once."""
    mentee, mentor = persons.alias("cal_mentee"), persons.alias("cal_mentor")
    count = (select(func.count()).select_from(attendees)
             .where(attendees.c.meeting_id == meetings.c.id)
             .correlate(meetings).scalar_subquery())
    # An intake is named after the person it is with (an intake is with one person; were
    # there several, the first in the attendees' own index order, which needs no sort: the
    # sort by name cost a tenth of a month's read).
    intake_person = persons.alias("cal_intake")
    intake_name = (select(intake_person.c.first_name.concat(literal(" "))
                          .concat(intake_person.c.last_name))
                   .select_from(attendees.join(intake_person,
                                               intake_person.c.id == attendees.c.person_id))
                   .where(attendees.c.meeting_id == meetings.c.id)
                   .order_by(attendees.c.person_id).limit(1)
                   .correlate(meetings).scalar_subquery())
    def name(person: Any) -> Any:
        return person.c.first_name.concat(literal(" ")).concat(person.c.last_name)

    # The title is put together in SQL, where it costs a fraction of doing it per row in
    # Python: the duo's names, else the session's own title, else the intake's person.
    title = func.coalesce(
        name(mentee).concat(literal(DASH)).concat(name(mentor)),
        func.nullif(meetings.c.title, ""),
        case((meetings.c.kind == MeetingKind.INTAKE.value, intake_name), else_=None),
        literal(""))
    return (
        select(_raw(meetings.c.id), _raw(meetings.c.kind), _raw(meetings.c.status),
               _raw(meetings.c.starts_at), meetings.c.duration_min, meetings.c.location,
               _raw(meetings.c.coordinator_id), coordinators.c.name.label("coordinator_name"),
               _raw(meetings.c.duo_id), _raw(meetings.c.series_id),
               meetings.c.follow_up_month, title.label("event_title"),
               count.label("attendee_count"))
        .select_from(
            meetings.outerjoin(coordinators, coordinators.c.id == meetings.c.coordinator_id)
            .outerjoin(duos, duos.c.id == meetings.c.duo_id)
            .outerjoin(mentee, mentee.c.id == duos.c.mentee_id)
            .outerjoin(mentor, mentor.c.id == duos.c.mentor_id))
    )


def as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


_KINDS = {kind.value: kind for kind in MeetingKind}
_STATUSES = {status.value: status for status in MeetingStatus}
_new = object.__new__
_set = object.__setattr__
_SAFE = uuid.SafeUUID.unknown


def uuid_from_hex(text: str) -> uuid.UUID:
    """The UUID of the 32 hex digits SQLAlchemy stores on SQLite, made without
    ``UUID.__init__``'s parsing (three times cheaper; ``UUID`` keeps its value in the
    ``int`` slot); anything else goes through ``UUID()`` and its checks."""
    if len(text) != 32:
        return uuid.UUID(text)
    made = _new(uuid.UUID)
    _set(made, "int", int(text, 16))
    _set(made, "is_safe", _SAFE)
    return made


class EventReader:
    """Turns rows of :func:`event_statement` into :class:`CalendarEvent` objects.

    Speed matters here (a month of 5,000 meetings in the GUI's 100 ms, an export of
    50,000): ids that repeat (coordinators, duos, series) are converted once per reader, and
    events are made by filling the frozen dataclass's ``__dict__`` (every field given), which
    is several times cheaper than its generated ``__init__``.
    """

    def __init__(self) -> None:
        self._ids: dict[str | None, uuid.UUID | None] = {None: None}
        self._lengths: dict[int, timedelta] = {}

    def uuid_of(self, text: str | None) -> uuid.UUID | None:
        found = self._ids.get(text, self)
        if found is self:
            found = self._ids[text] = uuid_from_hex(str(text))
        return found  # type: ignore[return-value]

    def length(self, minutes: int) -> timedelta:
        found = self._lengths.get(minutes)
        if found is None:
            found = self._lengths[minutes] = timedelta(minutes=minutes)
        return found

    def event(self, row: Any, attended: bool | None = None) -> CalendarEvent:
        (meeting_id, kind, status, starts_text, duration, location, coordinator_id,
         coordinator_name, duo_id, series_id, follow_up_month, title,
         attendee_count) = row[:13]
        starts = as_datetime(starts_text)
        online = location == ONLINE
        event = _new(CalendarEvent)
        event.__dict__.update(
            id=uuid_from_hex(meeting_id), kind=_KINDS[kind], status=_STATUSES[status],
            starts_at=starts, ends_at=starts + self.length(duration), title=title,
            location=None if online else location, online=online,
            coordinator_id=self.uuid_of(coordinator_id), coordinator_name=coordinator_name,
            duo_id=self.uuid_of(duo_id), series_id=self.uuid_of(series_id),
            attendee_count=attendee_count or 0, follow_up_month=follow_up_month,
            duration_min=duration, attended=attended)
        return event

    def events(self, rows: Iterable[Any], after: datetime) -> list[CalendarEvent]:
        """The events of ``rows`` that end after ``after``: :meth:`event` written out in one
        loop over local names (a month's 5,000 rows: about a third less time)."""
        ids, lengths, kinds, statuses = self._ids, self._lengths, _KINDS, _STATUSES
        new, make_id, parse = _new, uuid_from_hex, as_datetime
        found: list[CalendarEvent] = []
        for row in rows:
            (meeting_id, kind, status, starts_text, duration, location, coordinator_id,
             coordinator_name, duo_id, series_id, follow_up_month, title,
             attendee_count) = row[:13]
            starts = parse(starts_text)
            length = lengths.get(duration) or self.length(duration)
            if starts + length <= after:
                continue
            online = location == ONLINE
            event = new(CalendarEvent)
            event.__dict__.update(
                id=make_id(meeting_id), kind=kinds[kind], status=statuses[status],
                starts_at=starts, ends_at=starts + length, title=title,
                location=None if online else location, online=online,
                coordinator_id=ids[coordinator_id] if coordinator_id in ids
                else self.uuid_of(coordinator_id),
                coordinator_name=coordinator_name,
                duo_id=ids[duo_id] if duo_id in ids else self.uuid_of(duo_id),
                series_id=ids[series_id] if series_id in ids else self.uuid_of(series_id),
                attendee_count=attendee_count or 0, follow_up_month=follow_up_month,
                duration_min=duration, attended=None)
            found.append(event)
        return found


def event_from_row(row: Any, attended: bool | None = None) -> CalendarEvent:
    """One :class:`CalendarEvent` from a row of :func:`event_statement`."""
    return EventReader().event(row, attended)


def coordinator_condition(coordinator_id: uuid.UUID) -> Any:
    """A coordinator's meetings: those they hold, and the meetings of the duos they follow
    that no coordinator holds (a duo's own meetings), as their calendar should show."""
    # ``coalesce(x, NULL)`` is x, but no index serves it: without it SQLite read the
    # coordinator's and the 300,000 coordinator-less meetings through the coordinator index
    # (0.8 s for a month at 100,000 mentees) instead of one month through ``starts_at``.
    held_by = func.coalesce(meetings.c.coordinator_id, None)
    return or_(held_by == coordinator_id,
               and_(held_by.is_(None), duos.c.coordinator_id == coordinator_id))


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
    """Meetings overlapping ``[start, end)``, by start. (Ordered by the start alone, which
    the index on ``starts_at`` gives without a sort; meetings at the same time come in the
    order they were added.)"""
    statement = filtered(event_statement(), chosen).where(
        meetings.c.starts_at >= start - timedelta(minutes=LONGEST_MEETING),
        meetings.c.starts_at < end,
    ).order_by(meetings.c.starts_at)
    with collector_paused():  # some 100,000 objects, none in a cycle
        return EventReader().events(session.execute(statement).all(), start)


def event_of(session: Session, meeting_id: uuid.UUID) -> CalendarEvent | None:
    """One meeting as an event; ``None`` when it does not exist."""
    row = session.execute(event_statement().where(meetings.c.id == meeting_id)).first()
    return event_from_row(row) if row is not None else None


def all_events(session: Session, chosen: CalendarFilter, meeting_id: uuid.UUID | None = None,
               batch: int = 2_000) -> Iterator[tuple[CalendarEvent, Any]]:
    """Every meeting of the filter (cancelled ones included when it says so), by start,
    streamed in batches, each with its ``(created_at, updated_at)`` for an export."""
    statement = filtered(event_statement(), chosen).add_columns(
        meetings.c.created_at, meetings.c.updated_at)
    if meeting_id is not None:
        statement = statement.where(meetings.c.id == meeting_id)
    statement = statement.order_by(meetings.c.starts_at, meetings.c.created_at)
    result = session.execute(statement.execution_options(yield_per=batch))
    reader = EventReader()
    for row in result:
        yield reader.event(row), (row.created_at, row.updated_at)


def extent(session: Session, chosen: CalendarFilter,
           meeting_id: uuid.UUID | None = None) -> tuple[int, datetime | None, datetime | None]:
    """How many meetings :func:`all_events` yields (the progress total), and the first and
    last start among them (the years an export's time zone must cover)."""
    counting: Any = select(func.count(), func.min(meetings.c.starts_at),
                           func.max(meetings.c.starts_at)).select_from(
        meetings.outerjoin(duos, duos.c.id == meetings.c.duo_id))
    statement = filtered(counting, chosen)
    if meeting_id is not None:
        statement = statement.where(meetings.c.id == meeting_id)
    count, first, last = session.execute(statement).one()
    return (int(count or 0), as_datetime(first) if first is not None else None,
            as_datetime(last) if last is not None else None)
