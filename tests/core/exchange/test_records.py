"""Reading the records of the exchange workbook: on SQLite the rows come from the driver as
stored and are reshaped by the exchange module itself; they must be exactly what SQLAlchemy's
own Python values give, whatever the connection's streaming options."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from duodesk.core.context import Services
from duodesk.core.exchange import stored as driver_rows
from duodesk.core.exchange.columns import MEETINGS, SHEETS
from duodesk.core.exchange.records import EXPORT_READERS, LATER, READERS


def _all_rows(services: Services, **options: Any) -> dict[str, list[tuple[Any, ...]]]:
    with services.db.read() as session:
        connection = session.connection()
        if options:
            connection = connection.execution_options(**options)
        return {name: list(reader(connection)) for name, reader in READERS.items()}


def test_rows_as_stored_are_the_python_values(antenna: Services,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    stored = _all_rows(antenna)
    monkeypatch.setattr(driver_rows, "as_stored", lambda connection: False)
    python = _all_rows(antenna)
    assert all(python.values())
    for name, rows in python.items():
        assert stored[name] == rows, name
        # Equal is not enough: a date must stay a date (an Excel date), not its text.
        assert [[type(value) for value in row] for row in stored[name]] == \
            [[type(value) for value in row] for row in rows], name
    mentee = stored["Mentees"][0]
    assert isinstance(mentee[-3], date) and mentee[-1].endswith("Z")  # registered_on
    starts = stored["Meetings"][0][5]
    assert isinstance(starts, datetime) and starts.microsecond == 0


def test_no_row_lost_when_the_connection_streams(antenna: Services) -> None:
    # The import asks its connection for yield_per: the first row of each reader used to be
    # left in SQLAlchemy's buffer.
    plain = _all_rows(antenna)
    assert _all_rows(antenna, yield_per=7) == plain
    assert _all_rows(antenna, stream_results=True) == plain


def test_languages_best_known_first_and_sectors_sorted(antenna: Services) -> None:
    from duodesk.core.exchange.columns import MENTEES

    column = MENTEES.names.index("languages")
    sectors = MENTEES.names.index("sectors")
    rank = {"native": 0, "fluent": 1, "good": 2, "basic": 3}
    seen_several = False
    for row in _all_rows(antenna)["Mentees"]:
        if row[column]:
            pairs = [part.split(":") for part in row[column].split(";")]
            keys = [(rank[level], language) for language, level in pairs]
            assert keys == sorted(keys)
            seen_several = seen_several or len(pairs) > 1
        if row[sectors]:
            assert row[sectors].split(";") == sorted(row[sectors].split(";"))
    assert seen_several


def test_a_duo_meetings_attended_cell(antenna: Services) -> None:
    from sqlalchemy import delete, select, update

    from duodesk.core.models import Meeting, MeetingAttendee

    with antenna.db.write() as session:
        meetings = list(session.scalars(select(Meeting.id).where(Meeting.duo_id.is_not(None))
                                        .order_by(Meeting.id).limit(4)))
        nobody, unknown, missed, came = meetings
        session.execute(delete(MeetingAttendee).where(MeetingAttendee.meeting_id == nobody))
        for meeting, answers in ((unknown, (True, None)), (missed, (None, False)),
                                 (came, (True, True))):
            people = list(session.scalars(select(MeetingAttendee.person_id).where(
                MeetingAttendee.meeting_id == meeting).order_by(MeetingAttendee.person_id)))
            assert len(people) == 2
            for person, answer in zip(people, answers, strict=True):
                session.execute(update(MeetingAttendee).where(
                    MeetingAttendee.meeting_id == meeting, MeetingAttendee.person_id == person)
                    .values(attended=answer))
    rows = {row[0]: row for row in _all_rows(antenna)["Meetings"]}
    attended = MEETINGS.names.index("attended")
    assert [rows[str(meeting)][attended] for meeting in meetings] == [None, None, "no", "yes"]


def test_the_export_reads_what_the_workbook_holds(antenna: Services) -> None:
    # The export leaves a group session's attendance out of its Meetings rows (the
    # Attendance sheet holds it): every cell it writes is what the full reading gives.
    full = _all_rows(antenna)
    with antenna.db.read() as session:
        export = {name: list(reader(session.connection()))
                  for name, reader in EXPORT_READERS.items()}
    for sheet in SHEETS:
        width = len(sheet.columns)
        assert [row[:width] for row in export[sheet.name]] == \
            [row[:width] for row in full[sheet.name]], sheet.name
    group = [row for row in export["Meetings"] if row[1] is None]
    assert group and all(row[-1] is LATER for row in group)
