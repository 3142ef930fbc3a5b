"""Export of meetings to an iCalendar file (RFC 5545) that Outlook, Thunderbird and phones
import (issue 6 item 6).

One ``VEVENT`` a meeting, with a stable ``UID`` (``<meeting uuid>@duodesk``) so that
importing a newer export updates the events instead of doubling them, ``SEQUENCE`` (the
seconds between the meeting's creation and its last change: it grows with every change),
``DTSTAMP`` in UTC, and ``DTSTART``/``DTEND`` in Europe/Brussels with its ``VTIMEZONE``.

The core never translates: the caller's ``describe`` turns an event into its ``SUMMARY``
(the command line and the window pass translated kind labels); by default the kind code and
the title. Notes and summaries of meetings are never exported: only what a calendar shows.

The file is written streaming, one event's ``to_ical()`` at a time, to a temporary file
beside the target that replaces it at the end, so a failed or cancelled export leaves no
half-written calendar behind. The ``VTIMEZONE`` covers the years of the meetings exported.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from icalendar import Event, Timezone, vDDDTypes, vInt, vText
from sqlalchemy.orm import Session

from duodesk.core.calendar import reading
from duodesk.core.calendar.views import CalendarEvent, CalendarFilter
from duodesk.core.codes import MeetingStatus
from duodesk.core.errors import CalendarNotWritten
from duodesk.core.progress import Progress
from duodesk.core.storage.tempfiles import create_temporary

Describe = Callable[[CalendarEvent], str]

TZID = "Europe/Brussels"
BRUSSELS = ZoneInfo(TZID)
PRODID = "-//DuoDesk//DuoDesk calendar//EN"
STEP = 500


@cache
def vtimezone(first_year: int, last_year: int) -> bytes:
    """Europe/Brussels as a VTIMEZONE built by icalendar from the system's time-zone data
    (so a change of the rules reaches the file), covering the years of the export; built
    once per span of years (icalendar takes a while to build it)."""
    return Timezone.from_tzid(TZID, first_date=date(first_year, 1, 1),
                              last_date=date(last_year + 1, 12, 31)).to_ical()


def default_describe(event: CalendarEvent) -> str:
    """The kind code and the title: what a caller without translations gets."""
    return f"{event.kind.value}: {event.title}" if event.title else event.kind.value


def vevent(event: CalendarEvent, created: Any, updated: Any, stamp: vDDDTypes,
           describe: Describe) -> Event:
    """The VEVENT of one meeting (properties set with their value types directly, which
    skips icalendar's type guessing for each of 50,000 events)."""
    item = Event()
    item["UID"] = vText(f"{event.id}@duodesk")
    item["DTSTAMP"] = stamp
    item["DTSTART"] = vDDDTypes(event.starts_at.replace(tzinfo=BRUSSELS))
    item["DTEND"] = vDDDTypes(event.ends_at.replace(tzinfo=BRUSSELS))
    item["SUMMARY"] = vText(describe(event))
    place = "online" if event.online else event.location
    if place:
        item["LOCATION"] = vText(place)
    item["STATUS"] = vText("CANCELLED" if event.status == MeetingStatus.CANCELLED
                           else "CONFIRMED")
    created_at, updated_at = _moment(created), _moment(updated)
    sequence = int((updated_at - created_at).total_seconds()) if created_at and updated_at \
        else 0
    item["SEQUENCE"] = vInt(max(sequence, 0))
    if updated_at is not None:
        item["LAST-MODIFIED"] = vDDDTypes(updated_at)
    return item


def _moment(value: Any) -> datetime | None:
    """A stored UTC moment as an aware datetime (rows read outside the ORM come naive)."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def write_ics(session: Session, out: Path, chosen: CalendarFilter, meeting_id: UUID | None,
              progress: Progress, describe: Describe | None, stamp: datetime) -> int:
    """Write the meetings of ``chosen`` (or the one ``meeting_id``) to ``out``; returns how
    many were written. ``CalendarNotWritten`` when the file cannot be written."""
    describe = describe or default_describe
    dtstamp = vDDDTypes(stamp.astimezone(UTC).replace(microsecond=0))
    total, first, last = reading.extent(session, chosen, meeting_id)
    today = stamp.year
    progress.step(0, total)
    written = 0
    try:
        handle, temporary = create_temporary(out)
    except OSError as error:
        raise CalendarNotWritten(path=str(out), detail=error.strerror or "") from None
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + PRODID.encode() +
                       b"\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n")
            file.write(vtimezone(min(first.year if first else today, today),
                                 max(last.year if last else today, today)))
            for event, (created, updated) in reading.all_events(session, chosen, meeting_id):
                file.write(vevent(event, created, updated, dtstamp, describe).to_ical())
                written += 1
                if written % STEP == 0:
                    progress.step(written, total)
            file.write(b"END:VCALENDAR\r\n")
        os.replace(temporary, out)
    except OSError as error:
        raise CalendarNotWritten(path=str(out), detail=error.strerror or "") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    progress.step(written, total)
    return written
