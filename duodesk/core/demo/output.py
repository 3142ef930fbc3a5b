"""What the writers of the demo rows share: the bulk writer and its row buffers, the id
stream, the organisation's ids, the region, and the group-session invitations collected on
the way (written last, grouped into sessions)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from duodesk.core.demo.bulk import BulkWriter, IdStream
from duodesk.core.demo.places import Region
from duodesk.core.demo.rates import choice, randint

Row = tuple[Any, ...]

STATUS_COLUMNS = ("id", "created_at", "updated_at", "person_id", "duo_id", "from_status",
                  "to_status", "changed_at", "coordinator_id", "reason")
MEETING_COLUMNS = ("id", "created_at", "updated_at", "kind", "status", "starts_at",
                   "duration_min", "location", "coordinator_id", "duo_id", "summary",
                   "follow_up_month")
ATTENDEE_COLUMNS = ("meeting_id", "person_id", "attended")
JOURNAL_COLUMNS = ("id", "created_at", "updated_at", "person_id", "written_at",
                   "coordinator_id", "text")


class Output:
    """The rows being written and what they refer to."""

    def __init__(self, writer: BulkWriter, ids: IdStream, rng: random.Random, today: int,
                 region: Region, antenna: Any, coordinators: list[Any],
                 partners: dict[str, list[tuple[Any, str]]],
                 tick: Callable[[], None]) -> None:
        self.writer = writer
        self.values = writer.values
        self._ids = ids
        self.rng = rng
        self.today = today
        self.region = region
        self.antenna = antenna
        self.coordinators = coordinators
        self.partners = partners
        self.tick = tick
        self.status_changes = writer.rows("status_changes", STATUS_COLUMNS)
        self.meetings = writer.rows("meetings", MEETING_COLUMNS)
        self.attendees = writer.rows("meeting_attendees", ATTENDEE_COLUMNS)
        self.journal = writer.rows("journal_entries", JOURNAL_COLUMNS)
        # (day, kind, audience, person id, attended) of the group sessions, written last.
        self.invitations: list[tuple[int, str, str, Any, bool | None]] = []

    def new_id(self) -> Any:
        """The next id of the stream, in the stored form."""
        if self.values.fast:
            return f"{self._ids():032x}"
        return self.values.uid(self._ids())

    def stamp(self, day: int, minute: int | None = None) -> Any:
        """A UTC moment on ``day`` (working hours unless ``minute`` is given), never after
        the end of today."""
        if minute is None:
            minute = randint(self.rng, 480, 1079)
        return self.values.stamp(min(day, self.today), minute)

    def status_history(self, owner: Any, events: list[tuple[int, str]], coordinator: Any,
                       *, duo: bool = False, reasons: dict[str, str] | None = None) -> None:
        """One status change a step of ``events`` (day, new status), times in order."""
        values, rows = self.values, self.status_changes
        previous: str | None = None
        last_day, minute = -1, 0
        for day, status in events:
            minute = minute + 7 if day == last_day else randint(self.rng, 480, 959)
            last_day = day
            moment = values.stamp(day, minute)
            rows.append((self.new_id(), moment, moment, None if duo else owner,
                         owner if duo else None, previous, status, moment, coordinator,
                         reasons.get(status) if reasons else None))
            previous = status

    def meeting(self, kind: str, day: int, minute: int, duration: int, location: str | None,
                coordinator: Any, duo: Any, summary: str | None,
                status: str | None = None, *, follow_up_month: int | None = None,
                people: tuple[Any, ...] = ()) -> Any:
        """Add a meeting; done when it is today or past, planned when it is to come.
        ``people`` (a duo's mentee and mentor) are its attendees: present at a meeting
        done, not yet known at one planned or cancelled."""
        meeting_id = self.new_id()
        if status is None:
            status = "done" if day <= self.today else "planned"
        planned_on = min(day - randint(self.rng, 1, 14), self.today)
        created = self.values.stamp(planned_on, 540 + (minute % 420))
        updated = self.values.stamp(day, min(minute + duration, 1439)) \
            if status != "planned" else created
        self.meetings.append((meeting_id, created, updated, kind, status,
                              self.values.moment(day, minute), duration, location, coordinator,
                              duo, summary, follow_up_month))
        if people:
            attended = True if status == "done" else None
            self.attendees.extend((meeting_id, person, attended) for person in people)
        return meeting_id

    def office(self) -> str:
        return choice(self.rng, self.region.offices)
