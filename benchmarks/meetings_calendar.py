"""Calendar benchmark (issue 6 item 8): a month of 5,000 meetings, and an .ics export of
50,000 meetings beside icalendar serialising the same events on its own.

Builds a fresh database with ``duodesk demo`` data (``--mentees``, 5,000 by default), then
adds meetings with bulk inserts: 5,000 in one month (duo meetings, intakes and group sessions
with eight to twenty attendees) and as many as needed around it for 50,000 in all.

1. ``CalendarService.events`` for that month, all meetings and one coordinator's: the best of
   five runs (target ≤ ~50 ms, leaving the rest of the 100 ms for painting).
2. ``CalendarService.export_ics`` of every meeting (database read, one VEVENT at a time,
   written to a file), and icalendar alone building a ``Calendar`` of the same events (from
   a list already read) and calling ``to_ical()``, measured in the same run, in turns
   (target: the export within 1.1× of icalendar alone) — once with icalendar's usual
   ``add()``, once with the export's own typed VEVENTs (the stricter comparison).

    python benchmarks/meetings_calendar.py [--db PATH] [--mentees 5000] [--skip-export]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

# This file's folder must not be on the path: its name would hide the standard library's
# ``calendar`` module (which icalendar imports) from everything run here.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from icalendar import Calendar, Event, Timezone, vDDDTypes  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from duodesk.core.calendar import (  # noqa: E402
    CalendarEvent,
    CalendarFilter,
    reading,
)
from duodesk.core.calendar.ics import BRUSSELS, TZID, default_describe, vevent  # noqa: E402
from duodesk.core.codes import MeetingKind, MeetingStatus, MentorStatus  # noqa: E402
from duodesk.core.context import Services, build_services  # noqa: E402
from duodesk.core.database import open_database  # noqa: E402
from duodesk.core.demo import generate_demo  # noqa: E402
from duodesk.core.models import Coordinator, Duo, Meeting, MeetingAttendee, Mentee, Mentor  # noqa: E402

MONTH_MEETINGS = 5_000
EXPORT_MEETINGS = 50_000


def best(action: Callable[[], Any], runs: int = 5) -> tuple[float, float, Any]:
    """The best wall and CPU milliseconds of ``runs`` calls, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return 1000 * min(walls), 1000 * min(cpus), result


def first_of_next_month(day: date, months: int = 2) -> datetime:
    month = day.month - 1 + months
    return datetime(day.year + month // 12, month % 12 + 1, 1)


def add_meetings(services: Services, start: datetime, days: int, count: int,
                 seed: int) -> None:
    """``count`` planned meetings between ``start`` and ``days`` later, with attendees."""
    rng = random.Random(seed)
    with services.db.write() as session:
        duos = session.execute(select(Duo.id, Duo.mentee_id, Duo.mentor_id,
                                      Duo.coordinator_id)).all()
        mentees = list(session.scalars(select(Mentee.id)))
        mentors = list(session.scalars(select(Mentor.id).where(
            Mentor.status.in_([MentorStatus.AVAILABLE, MentorStatus.IN_DUO]))))
        coordinators = list(session.scalars(select(Coordinator.id)))
        meetings, attendees = [], []
        for _ in range(count):
            meeting_id = uuid.uuid4()
            when = start + timedelta(days=rng.randrange(days), hours=rng.randrange(8, 20),
                                     minutes=rng.choice((0, 15, 30, 45)))
            row = {"id": meeting_id, "status": MeetingStatus.PLANNED, "starts_at": when,
                   "duration_min": rng.choice((60, 90, 120)), "location": "Antenne",
                   "coordinator_id": rng.choice(coordinators), "duo_id": None,
                   "title": None, "series_id": None, "follow_up_month": None,
                   "summary": None, "topics": None}
            draw = rng.random()
            if draw < 0.6:
                duo = rng.choice(duos)
                row.update(kind=MeetingKind.DUO_MEETING, duo_id=duo.id, coordinator_id=None)
                people = [duo.mentee_id, duo.mentor_id]
            elif draw < 0.8:
                row.update(kind=MeetingKind.INTAKE)
                people = [rng.choice(mentees)]
            else:
                row.update(kind=rng.choice((MeetingKind.INFO_SESSION, MeetingKind.INTERVISION,
                                            MeetingKind.WORKSHOP)),
                           title="Session " + when.strftime("%d/%m"))
                people = rng.sample(mentors, rng.randrange(8, 21))
            meetings.append(row)
            attendees.extend({"meeting_id": meeting_id, "person_id": p, "attended": None}
                             for p in people)
        session.execute(insert(Meeting.__table__), meetings)
        session.execute(insert(MeetingAttendee.__table__), attendees)


def icalendar_alone(events: list[tuple[CalendarEvent, Any]], stamp: datetime) -> bytes:
    """What icalendar does on its own for the same events: a Calendar, to_ical()."""
    calendar = Calendar()
    calendar.add("prodid", "-//DuoDesk//benchmark//EN")
    calendar.add("version", "2.0")
    calendar.add_component(Timezone.from_tzid(TZID))
    for event, (_created, updated) in events:
        item = Event()
        item.add("uid", f"{event.id}@duodesk")
        item.add("dtstamp", stamp)
        item.add("dtstart", event.starts_at.replace(tzinfo=BRUSSELS))
        item.add("dtend", event.ends_at.replace(tzinfo=BRUSSELS))
        item.add("summary", default_describe(event))
        if event.location:
            item.add("location", event.location)
        item.add("status", "CONFIRMED")
        item.add("sequence", 0)
        item.add("last-modified", updated.replace(tzinfo=UTC))
        calendar.add_component(item)
    return calendar.to_ical()


def icalendar_typed(events: list[tuple[CalendarEvent, Any]], stamp: datetime) -> bytes:
    """The stricter comparison: the same Calendar built from the export's own VEVENTs
    (typed values set directly), then one ``to_ical()``."""
    calendar = Calendar()
    calendar.add("prodid", "-//DuoDesk//benchmark//EN")
    calendar.add("version", "2.0")
    calendar.add_component(Timezone.from_tzid(TZID))
    dtstamp = vDDDTypes(stamp)
    for event, (created, updated) in events:
        calendar.add_component(vevent(event, created, updated, dtstamp, default_describe))
    return calendar.to_ical()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--mentees", type=int, default=5_000)
    parser.add_argument("--skip-export", action="store_true",
                        help="time the month only (the export takes a few minutes)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = args.db or folder / "calendar.sqlite"
    month = first_of_next_month(date.today())
    month_end = first_of_next_month(month.date(), 1)
    services = build_services(open_database(path))
    with services.db.read() as session:
        total = session.scalar(select(func.count()).select_from(Meeting)) or 0
    if not total:
        started = time.perf_counter()
        generate_demo(services, mentees=args.mentees)
        add_meetings(services, month, (month_end - month).days, MONTH_MEETINGS, seed=1)
        with services.db.read() as session:
            total = session.scalar(select(func.count()).select_from(Meeting)) or 0
        add_meetings(services, month - timedelta(days=400), 365,
                     max(EXPORT_MEETINGS - total, 0), seed=2)
        print(f"database: {time.perf_counter() - started:.1f} s")
    calendar = services.calendar
    wall, cpu, shown = best(lambda: calendar.events(month, month_end))
    print(f"events() for {month:%B %Y}: {wall:.0f} ms (CPU {cpu:.0f} ms), "
          f"{len(shown)} meetings")
    with services.db.read() as session:
        busiest = session.execute(select(Meeting.coordinator_id, func.count()).where(
            Meeting.coordinator_id.is_not(None)).group_by(Meeting.coordinator_id)
            .order_by(func.count().desc()).limit(1)).one()[0]
    wall, cpu, mine = best(lambda: calendar.events(
        month, month_end, CalendarFilter(coordinator_id=busiest)))
    print(f"events() of one coordinator: {wall:.0f} ms (CPU {cpu:.0f} ms), {len(mine)}")
    if args.skip_export:
        services.close()
        return
    export_times, alone_times, typed_times = [], [], []
    for _ in range(3):
        out = folder / "all.ics"
        started = time.perf_counter()
        written = calendar.export_ics(out)
        export_times.append(time.perf_counter() - started)
        with services.db.read() as session:
            events = list(reading.all_events(session, CalendarFilter(include_cancelled=True)))
        stamp = datetime.now(UTC).replace(microsecond=0)
        started = time.perf_counter()
        size = len(icalendar_alone(events, stamp))
        alone_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        icalendar_typed(events, stamp)
        typed_times.append(time.perf_counter() - started)
    export, alone, typed = min(export_times), min(alone_times), min(typed_times)
    print(f".ics export of {written} meetings: {export:.2f} s ({out.stat().st_size:,} bytes)")
    print(f"icalendar alone, same events: {alone:.2f} s ({size:,} bytes)")
    print(f"ratio: {export / alone:.2f} (target ≤ 1.10)")
    print(f"icalendar alone with the export's typed VEVENTs: {typed:.2f} s; "
          f"ratio {export / typed:.2f}")
    services.close()


if __name__ == "__main__":
    main()
