"""Double bookings (issue 6 item 5): another meeting, not cancelled, that overlaps a draft
for the same coordinator or for one of the persons invited (a duo's mentee and mentor
included). The calendar warns; it does not refuse, since a coordinator may mean it.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from duodesk.core.calendar import reading
from duodesk.core.calendar.editing import check_start
from duodesk.core.calendar.recurrence import expand
from duodesk.core.calendar.views import Conflict, MeetingDraft, Recurrence
from duodesk.core.codes import MeetingStatus
from duodesk.core.models import Coordinator, Duo, MeetingAttendee, Person

attendees = MeetingAttendee.__table__


def _people(session: Session, draft: MeetingDraft) -> tuple[uuid.UUID, ...]:
    if draft.duo_id is not None:
        duo = session.get(Duo, draft.duo_id)
        return (duo.mentee_id, duo.mentor_id) if duo is not None else ()
    return tuple(dict.fromkeys(draft.attendee_ids))


def find_conflicts(session: Session, draft: MeetingDraft, exclude_id: uuid.UUID | None,
                   recurrence: Recurrence | None = None) -> list[Conflict]:
    """Every (meeting, who) booked twice, by the other meeting's start."""
    first = check_start(draft.starts_at)
    starts = expand(first, recurrence) if recurrence is not None else [first]
    length = timedelta(minutes=max(int(draft.duration_min), 1))
    people = _people(session, draft)
    names = {p.id: f"{p.first_name} {p.last_name}" for p in session.execute(
        select(Person.id, Person.first_name, Person.last_name)
        .where(Person.id.in_(people)))} if people else {}
    coordinator = session.get(Coordinator, draft.coordinator_id) \
        if draft.coordinator_id is not None else None
    found: dict[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None], Conflict] = {}
    for start in starts:
        for conflict in _overlapping(session, start, start + length, people, names,
                                     coordinator, exclude_id):
            found.setdefault((conflict.meeting_id, conflict.person_id,
                              conflict.coordinator_id), conflict)
    return sorted(found.values(), key=lambda c: (c.starts_at, c.who))


def _overlapping(session: Session, start: datetime, end: datetime,
                 people: tuple[uuid.UUID, ...], names: dict[uuid.UUID, str],
                 coordinator: Coordinator | None,
                 exclude_id: uuid.UUID | None) -> list[Conflict]:
    meetings = reading.meetings
    who = []
    if coordinator is not None:
        who.append(meetings.c.coordinator_id == coordinator.id)
    if people:
        who.append(meetings.c.id.in_(select(attendees.c.meeting_id)
                                     .where(attendees.c.person_id.in_(people))))
    if not who:
        return []
    statement = reading.event_statement().where(
        or_(*who),
        meetings.c.starts_at >= start - timedelta(minutes=reading.LONGEST_MEETING),
        meetings.c.starts_at < end,
        reading.no_index(meetings.c.status) != MeetingStatus.CANCELLED.value)
    if exclude_id is not None:
        statement = statement.where(meetings.c.id != exclude_id)
    rows = session.execute(statement).all()
    events = [reading.event_from_row(row) for row in rows]
    overlapping = {e.id: e for e in events if e.ends_at > start}
    if not overlapping:
        return []
    booked = session.execute(select(attendees.c.meeting_id, attendees.c.person_id).where(
        attendees.c.meeting_id.in_(list(overlapping)),
        attendees.c.person_id.in_(people))).all() if people else []
    found = []
    for event in overlapping.values():
        if coordinator is not None and event.coordinator_id == coordinator.id:
            found.append(Conflict(event.id, event.title, event.starts_at, event.ends_at,
                                  coordinator.name, None, coordinator.id, event.kind))
    for meeting_id, person_id in booked:
        event = overlapping[meeting_id]
        found.append(Conflict(event.id, event.title, event.starts_at, event.ends_at,
                              names.get(person_id, ""), person_id, None, event.kind))
    return found
