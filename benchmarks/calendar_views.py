"""Calendar views benchmark (issue 6 item 8): switching month with 5,000 meetings in it.

Builds a fresh database with 5,000 meetings (every kind, 07:00 to 21:00, three
coordinators, an attendee each) in one month, inserted in bulk, and a month around it with
none; then, on the real Calendar page shown offscreen, times from "next month" to the month
painted: ``page.next_period()`` (the service's query and the grouping by day) and the
events processed until the month view has painted. Each figure is the best and the median
of ten switches into the full month (the page goes back, untimed, between two).

    QT_QPA_PLATFORM=offscreen python benchmarks/calendar_views.py [--meetings 5000]

The issue's target: ≤ 100 ms from the key press to painted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

# This folder holds a calendar.py (the .ics benchmark) that would hide the standard library's
# calendar module (imported by email, hence SQLAlchemy) when this file runs as a script.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from duodesk.core.codes import MeetingKind, MeetingStatus  # noqa: E402
from duodesk.core.context import build_services  # noqa: E402
from duodesk.core.database import open_database  # noqa: E402
from duodesk.core.models import Meeting  # noqa: E402
from duodesk.ui.calendar.page import CalendarPage  # noqa: E402
from duodesk.ui.calendar.periods import ViewMode  # noqa: E402

MONTH = date(2027, 3, 1)


def fill(services, count: int) -> None:  # type: ignore[no-untyped-def]
    """``count`` meetings spread over MONTH, inserted in one statement."""
    coordinators = [services.organisation.save_coordinator(f"Coordinator {n}", None, None).id
                    for n in range(3)]
    generator = random.Random(6)
    kinds = [kind for kind in MeetingKind if kind is not MeetingKind.FOLLOW_UP]
    now = datetime(2027, 1, 1, tzinfo=UTC)
    rows = [{
        "id": uuid.uuid4(), "created_at": now, "updated_at": now,
        "kind": generator.choice(kinds), "status": MeetingStatus.PLANNED,
        "starts_at": datetime.combine(MONTH + timedelta(days=generator.randrange(31)),
                                      datetime.min.time())
        + timedelta(minutes=15 * generator.randrange(28, 84)),
        "duration_min": generator.choice((30, 60, 90, 120)), "location": "Antenne",
        "coordinator_id": generator.choice(coordinators), "title": f"Session {n}",
    } for n in range(count)]
    with services.db.write() as session:
        session.execute(insert(Meeting), rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        services = build_services(open_database(Path(folder) / "calendar.sqlite"))
        started = time.perf_counter()
        fill(services, args.meetings)
        print(f"{args.meetings} meetings inserted in {time.perf_counter() - started:.2f} s")
        page = CalendarPage(services, today=lambda: MONTH + timedelta(days=9))
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        walls, queries, cpus = [], [], []
        for _run in range(10):
            page.previous_period()
            app.processEvents()
            assert page.mode is ViewMode.MONTH
            wall, cpu = time.perf_counter(), time.process_time()
            page.next_period()
            between = time.perf_counter()
            page.month.repaint()  # the paint the processed events would do, done now
            app.processEvents()
            walls.append(1000 * (time.perf_counter() - wall))
            cpus.append(1000 * (time.process_time() - cpu))
            queries.append(1000 * (between - wall))
        assert page.anchor.month == MONTH.month and len(page.events) == args.meetings
        print(f"month switch, {len(page.events)} meetings: best {min(walls):.0f} ms, "
              f"median {statistics.median(walls):.0f} ms (read and grouped: median "
              f"{statistics.median(queries):.0f} ms, painted: median "
              f"{statistics.median(w - q for w, q in zip(walls, queries, strict=True)):.0f} ms; "
              f"process CPU: median {statistics.median(cpus):.0f} ms); target ≤ 100 ms")
        services.close()


if __name__ == "__main__":
    main()
