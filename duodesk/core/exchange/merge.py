"""Merging a read exchange workbook into the database (SPEC §6), in the caller's
transaction.

Records are matched by id. For each, three versions are compared: the file's, the local one
and the one last exchanged (:class:`~duodesk.core.models.ExchangeState`, stamped by every
export and import):

* equal in the file and here: nothing to do (what was exchanged is remembered);
* changed in the file only: the file's values are written, with the file's ``updated_at``;
* changed here only: the local record is kept (it goes to headquarters with the next export);
* changed on both sides (both differ from what was last exchanged, and from each other): a
  *conflict*, kept for the coordinator (:class:`~duodesk.core.models.ExchangeConflict`),
  nothing written;
* never exchanged but different: the newer ``updated_at`` wins (the local one on a tie).

A row missing from the file deletes nothing. A row whose reference is unknown (a duo whose
mentee is on no sheet and not in the database…) is listed as a problem and not written.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from duodesk.core.exchange import ExchangeProblem
from duodesk.core.exchange.apply import Writer, ids, pairs
from duodesk.core.exchange.columns import ATTENDANCE_FIELD
from duodesk.core.exchange.reader import FileRecord, FileSheet
from duodesk.core.exchange.records import READERS, Row, values_of
from duodesk.core.models import (
    Duo,
    Evaluation,
    ExchangeConflict,
    ExchangeState,
    Meeting,
    Mentee,
    Mentor,
    Person,
)

State = tuple[datetime, dict[str, str] | None]  # what was last exchanged for a record
_REFERENCES = {  # column → (record type it names, sheet it should be on)
    "mentee_id": ("mentee", "Mentees"), "mentor_id": ("mentor", "Mentors"),
    "duo_id": ("duo", "Duos"), "meeting_id": ("meeting", "Meetings"),
    "person_id": ("person", "Mentees"),
}


class Lookups:
    """Ids and small maps of the database read when first needed, refreshed per sheet."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[str, Any] = {}

    def clear(self) -> None:
        self._cache.clear()

    def _get(self, name: str, load: Callable[[], Any]) -> Any:
        if name not in self._cache:
            self._cache[name] = load()
        return self._cache[name]

    def known(self, record_type: str) -> set[str]:
        column = {"mentee": Mentee.id, "mentor": Mentor.id, "duo": Duo.id,
                  "meeting": Meeting.id, "person": Person.id}[record_type]
        found: set[str] = self._get(record_type, lambda: ids(self.session, column))
        return found

    def antenna_of(self) -> dict[str, uuid.UUID]:
        found: dict[str, uuid.UUID] = self._get("antenna_of", lambda: pairs(
            self.session.execute(select(Person.id, Person.antenna_id))))
        return found

    def duo_people(self) -> dict[str, tuple[Any, Any]]:
        found: dict[str, tuple[Any, Any]] = self._get("duo_people", lambda: pairs(
            self.session.execute(select(Duo.id, Duo.mentee_id, Duo.mentor_id))))
        return found


class Counts:
    """What the import did so far."""

    def __init__(self) -> None:
        self.created = self.updated = self.unchanged = self.conflicts = 0


class Merger:
    """Merges the sheets of one workbook, one after the other, parents first."""

    def __init__(self, session: Session, file_name: str, problems: list[ExchangeProblem],
                 step: Callable[[int], None]) -> None:
        self.session = session
        self.file_name = file_name
        self.problems = problems
        self.step = step
        self.writer = Writer(session)
        self.lookups = Lookups(session)
        self.counts = Counts()

    # --- references --------------------------------------------------------------------
    def _references_hold(self, record: FileRecord, columns: tuple[str, ...]) -> bool:
        fine = True
        for column in columns:
            value = record.values.get(column, "")
            if not value:
                continue
            record_type, target = _REFERENCES[column]
            if value not in self.lookups.known(record_type):
                self.problems.append(ExchangeProblem(record.sheet, record.row, column,
                                                     "broken_reference",
                                                     {"value": value, "target": target}))
                fine = False
        return fine

    def attach_attendance(self, meetings: FileSheet, attendance: FileSheet) -> None:
        """Give each group session of the Meetings sheet its attendance from the
        Attendance sheet (a row naming an unknown meeting or person is a problem)."""
        by_meeting: dict[uuid.UUID, dict[str, str]] = {}
        in_file = {record.id: record for record in meetings.records}
        persons = self.lookups.known("person")
        for row in attendance.records:
            meeting = in_file.get(row.id)
            if meeting is None:
                self.problems.append(ExchangeProblem(row.sheet, row.row, "meeting_id",
                                                     "broken_reference",
                                                     {"value": str(row.id),
                                                      "target": "Meetings"}))
            elif meeting.values["duo_id"]:
                self.problems.append(ExchangeProblem(row.sheet, row.row, "meeting_id",
                                                     "not_a_group_session",
                                                     {"value": str(row.id)}))
            elif row.values["person_id"] not in persons:
                self.problems.append(ExchangeProblem(row.sheet, row.row, "person_id",
                                                     "broken_reference",
                                                     {"value": row.values["person_id"],
                                                      "target": "Mentees"}))
            elif row.values["person_id"] in by_meeting.setdefault(row.id, {}):
                self.problems.append(ExchangeProblem(row.sheet, row.row, "person_id",
                                                     "duplicate_row",
                                                     {"value": row.values["person_id"]}))
            else:
                by_meeting[row.id][row.values["person_id"]] = row.values["attended"]
        for record in meetings.records:
            people = by_meeting.get(record.id, {})
            record.values[ATTENDANCE_FIELD] = "" if record.values["duo_id"] else ";".join(
                sorted(f"{person}:{attended}" for person, attended in people.items()))

    # --- one sheet ---------------------------------------------------------------------
    def merge(self, file_sheet: FileSheet, references: tuple[str, ...] = ()) -> None:
        sheet = file_sheet.sheet
        record_type = sheet.record_type
        self.lookups.clear()
        records = sorted(file_sheet.records, key=lambda record: str(record.id))
        file_sheet.records = []  # sorted from here on; the sheet's list is let go
        pending = self._pending_conflicts(record_type)
        connection = self.session.connection()
        local_rows = _Local(READERS[sheet.name](connection))
        states = _Local(self._states(record_type))
        # Reading first, writing after (the same connection must not write under its own
        # open cursors); only the records that may need a write are kept meanwhile.
        decisions: list[tuple[FileRecord, dict[str, str] | None, State | None]] = []
        for done, record in enumerate(records, start=1):
            if done % 1000 == 0:
                self.step(1000)
            key = str(record.id)
            local_row = local_rows.take(key)
            local = values_of(sheet, local_row) if local_row is not None else None
            found = states.take(key)
            state = (found[1], found[2]) if found is not None else None
            if local is not None and local == record.values and state is not None and \
                    state[0] == record.updated_at and state[1] == record.values:
                self.counts.unchanged += 1  # as last exchanged: nothing to write
                continue
            if local is None and not self._references_hold(record, references):
                continue
            if local is not None and local != record.values and references and \
                    not self._references_hold(record, references):
                continue
            decisions.append((record, local, state))
        self.step(len(records) % 1000)
        local_rows.close()
        states.close()
        for record, local, state in decisions:
            self._decide(record_type, record, local, state, pending)
        self.writer.flush()

    def _decide(self, record_type: str, record: FileRecord, local: dict[str, str] | None,
                state: State | None,
                pending: dict[uuid.UUID, ExchangeConflict]) -> None:
        counts = self.counts
        if local is None:
            self.writer.write(record_type, record.id, record.values, record.updated_at, None,
                              self.lookups)
            self._stamp(record_type, record, state)
            counts.created += 1
            return
        if local == record.values:
            self._stamp(record_type, record, state)
            counts.unchanged += 1
            return
        base = state[1] if state else None
        if base is None:  # never exchanged: the newer wins, the local one on a tie
            if record.updated_at > self._local_updated(record_type, record.id):
                self.writer.write(record_type, record.id, record.values, record.updated_at,
                                  local, self.lookups)
                counts.updated += 1
            else:
                counts.unchanged += 1
            self._stamp(record_type, record, state)
            return
        file_changed = record.values != base
        local_changed = local != base
        if file_changed and local_changed:
            self._conflict(record_type, record, local, base, pending.get(record.id))
            counts.conflicts += 1
        elif file_changed:
            self.writer.write(record_type, record.id, record.values, record.updated_at, local,
                              self.lookups)
            self._stamp(record_type, record, state)
            counts.updated += 1
        else:  # changed here only: kept, and sent with the next export
            counts.unchanged += 1

    def _local_updated(self, record_type: str, key: uuid.UUID) -> datetime:
        table: Any = {"mentee": Person, "mentor": Person, "duo": Duo, "meeting": Meeting,
                      "evaluation": Evaluation}[record_type]
        found = self.session.scalar(select(table.updated_at).where(table.id == key))
        return found if isinstance(found, datetime) else datetime.min.replace(tzinfo=UTC)

    # --- what was exchanged ------------------------------------------------------------
    def _states(self, record_type: str) -> Iterator[Row]:
        """(id as text, ``updated_at``, values) of the stamps of one type, in id order."""
        # Streaming asked of this statement only (set on the connection, it would stay).
        rows = self.session.connection().execute(select(
            ExchangeState.record_id, ExchangeState.exchanged_updated_at,
            ExchangeState.exchanged_values).where(ExchangeState.record_type == record_type)
            .order_by(ExchangeState.record_id), execution_options={"yield_per": 2000})
        try:
            for key, stamp, values in rows:
                yield str(key), stamp, values
        finally:
            rows.close()

    def _stamp(self, record_type: str, record: FileRecord,
               state: State | None) -> None:
        if state is not None and state[0] == record.updated_at and state[1] == record.values:
            return  # already what was exchanged: importing twice writes nothing
        stamp_state(self.session, record_type, record.id, record.updated_at, record.values,
                    exists=state is not None)

    def _pending_conflicts(self, record_type: str) -> dict[uuid.UUID, ExchangeConflict]:
        found = self.session.scalars(select(ExchangeConflict).where(
            ExchangeConflict.record_type == record_type,
            ExchangeConflict.resolved_at.is_(None)))
        return {conflict.record_id: conflict for conflict in found}

    def _conflict(self, record_type: str, record: FileRecord, local: dict[str, str],
                  base: dict[str, str], waiting: ExchangeConflict | None) -> None:
        if waiting is not None:
            if waiting.file_values == record.values and waiting.local_values == local:
                return  # the same conflict, still waiting: not listed twice
            waiting.file_values = dict(record.values)
            waiting.local_values = dict(local)
            waiting.file_updated_at = record.updated_at
            waiting.file_name = self.file_name[:260]
            return
        self.session.add(ExchangeConflict(
            id=uuid.uuid4(), record_type=record_type, record_id=record.id,
            file_name=self.file_name[:260], file_updated_at=record.updated_at,
            file_values=dict(record.values), local_values=dict(local),
            base_values=dict(base)))


def stamp_state(session: Session, record_type: str, key: uuid.UUID, stamp: datetime,
                values: dict[str, str], *, exists: bool) -> None:
    """Remember what was last exchanged for one record."""
    if exists:
        session.execute(update(ExchangeState).where(
            ExchangeState.record_type == record_type, ExchangeState.record_id == key)
            .values(exchanged_updated_at=stamp, exchanged_values=values))
    else:
        session.execute(insert(ExchangeState), [{
            "record_type": record_type, "record_id": key, "exchanged_updated_at": stamp,
            "exchanged_values": values}])


def forget_states(session: Session, record_type: str) -> None:
    session.execute(delete(ExchangeState).where(ExchangeState.record_type == record_type))


class _Local:
    """The local rows of a sheet, walked in id order beside the file's sorted ids."""

    def __init__(self, rows: Iterator[Row]) -> None:
        self._rows = rows
        self._next: Row | None = next(rows, None)

    def take(self, key: str) -> Row | None:
        while self._next is not None and self._next[0] < key:
            self._next = next(self._rows, None)
        if self._next is not None and self._next[0] == key:
            return self._next
        return None

    def close(self) -> None:
        close = getattr(self._rows, "close", None)
        if close is not None:  # the cursor ends before the same connection writes
            close()
