"""The calendar's month is read through the index on ``starts_at`` whatever the filter: SQLite
(without statistics) otherwise chose the coordinator's or the kind's index and read every
meeting of that coordinator or kind — 0.8 s for one month at 100,000 mentees."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from sqlalchemy.dialects import sqlite

from duodesk.core.calendar import CalendarFilter, reading
from duodesk.core.codes import MeetingKind
from duodesk.core.database import Database

START, END = datetime(2027, 1, 1), datetime(2027, 2, 1)


def plan(db: Database, chosen: CalendarFilter) -> list[str]:
    statement = reading.filtered(reading.event_statement(), chosen).where(
        reading.meetings.c.starts_at >= START, reading.meetings.c.starts_at < END,
    ).order_by(reading.meetings.c.starts_at)
    sql = str(statement.compile(dialect=sqlite.dialect(),
                                compile_kwargs={"literal_binds": True}))
    with db.read() as session:
        rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
    return [str(row[3]) for row in rows]


@pytest.mark.parametrize("chosen", [
    CalendarFilter(),
    CalendarFilter(coordinator_id=uuid.uuid4()),
    CalendarFilter(kinds=frozenset({MeetingKind.FOLLOW_UP, MeetingKind.INTAKE})),
    CalendarFilter(coordinator_id=uuid.uuid4(), kinds=frozenset({MeetingKind.WORKSHOP}),
                   include_cancelled=True),
], ids=["all", "coordinator", "kinds", "coordinator and kind"])
def test_a_month_is_read_through_the_start_index(db: Database, chosen: CalendarFilter) -> None:
    steps = plan(db, chosen)
    assert steps[0].startswith("SEARCH meetings USING INDEX ix_meetings_starts_at"), steps


def test_a_duos_month_uses_the_duos_own_index(db: Database) -> None:
    steps = plan(db, CalendarFilter(duo_id=uuid.uuid4()))
    assert steps[0].startswith("SEARCH meetings USING INDEX ix_meetings_duo_starts"), steps
