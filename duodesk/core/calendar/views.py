"""The plain data of the meeting calendar (SPEC §3 Meeting, §4.5; issue 6).

These frozen dataclasses are what :class:`duodesk.core.calendar.CalendarService` takes and
returns; the calendar views, the meeting dialog and the person's Meetings tab show them.
Times are naive Europe/Brussels local times, as the coordinators plan them. Fields may be
added later, never removed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from duodesk.core.codes import MeetingKind, MeetingStatus, PersonRole

#: The ``location`` that means "held online" (the same convention as the duo meetings).
ONLINE = "online"
#: A series never makes more occurrences than this (a rule "weekly until 2099" included).
MAX_OCCURRENCES = 200


class Frequency(StrEnum):
    """How often the meetings of a series come back."""

    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"


class EditScope(StrEnum):
    """Which meetings of a series an edit, a move or a cancellation touches."""

    THIS = "this"            # only this one, which then leaves its series
    FOLLOWING = "following"  # this one and every later one of its series


@dataclass(frozen=True)
class Recurrence:
    """A series' rule: ``freq`` until a date (inclusive) or for ``count`` meetings in all;
    exactly one of ``until`` and ``count``. Monthly keeps the day of the month of the
    first meeting; in a month without that day (a 31st in April) it falls on the last day
    of that month, and comes back to the 31st in the next month that has one."""

    freq: Frequency | str
    until: date | None = None
    count: int | None = None


@dataclass(frozen=True)
class CalendarFilter:
    """Which meetings a calendar view shows. Empty ``kinds``: every kind."""

    coordinator_id: uuid.UUID | None = None
    duo_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    kinds: frozenset[MeetingKind] = frozenset()
    include_cancelled: bool = False


@dataclass(frozen=True)
class CalendarEvent:
    """One meeting as the calendar shows it.

    ``title``: a group session's own title (empty if it has none: the GUI then shows the
    kind), "Mentee Name – Mentor Name" for a duo's meetings and follow-ups, the person's
    name for an intake. ``attended``: for :meth:`CalendarService.intervisions_of`, whether
    that person came (``None`` elsewhere or when not recorded).
    """

    id: uuid.UUID
    kind: MeetingKind
    status: MeetingStatus
    starts_at: datetime
    ends_at: datetime
    title: str
    location: str | None
    online: bool
    coordinator_id: uuid.UUID | None
    coordinator_name: str | None
    duo_id: uuid.UUID | None
    series_id: uuid.UUID | None
    attendee_count: int
    follow_up_month: int | None
    duration_min: int = 60
    attended: bool | None = None


@dataclass(frozen=True)
class Attendee:
    """A person invited to a meeting; ``attended`` ``None`` until recorded."""

    person_id: uuid.UUID
    name: str
    role: PersonRole
    attended: bool | None = None


@dataclass(frozen=True)
class MeetingDetail:
    """A meeting with everything the meeting dialog edits; ``rule`` of its series if any."""

    event: CalendarEvent
    summary: str | None
    topics: str | None
    attendees: tuple[Attendee, ...]
    rule: Recurrence | None


@dataclass(frozen=True)
class MeetingDraft:
    """What the coordinator typed in the meeting dialog.

    ``location`` :data:`ONLINE` (or ``online=True``) for a meeting held online. For a duo's
    meeting or follow-up (``duo_id``) the attendees are always the duo's mentee and mentor;
    ``attendee_ids`` is then ignored. ``title`` names a group session.
    """

    kind: MeetingKind | str
    starts_at: datetime
    duration_min: int
    location: str | None
    coordinator_id: uuid.UUID | None
    duo_id: uuid.UUID | None = None
    title: str | None = None
    summary: str | None = None
    topics: str | None = None
    attendee_ids: tuple[uuid.UUID, ...] = ()
    online: bool = False


@dataclass(frozen=True)
class Conflict:
    """Another meeting that overlaps a draft for the same coordinator or person.

    ``who`` is the coordinator's or the person's name; ``person_id`` or ``coordinator_id``
    says which of the two is booked twice.
    """

    meeting_id: uuid.UUID
    title: str
    starts_at: datetime
    ends_at: datetime
    who: str
    person_id: uuid.UUID | None
    coordinator_id: uuid.UUID | None
    kind: MeetingKind | None = None


@dataclass(frozen=True)
class InvitationList:
    """A list of people a group session can invite at once, with how many it holds.

    ``code``: ``mentors_in_duo``, ``available_mentors``, ``mentors_in_training``,
    ``new_registrations`` (mentees and mentors registered or at the information session
    stage), ``waiting_mentees``, ``mentees_in_duo``.
    """

    code: str
    count: int
    roles: tuple[PersonRole, ...] = field(default_factory=tuple)
