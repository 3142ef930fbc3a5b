"""What an export remembers as exchanged (:class:`~duodesk.core.models.ExchangeState`).

The workbook is read from one read transaction (a consistent snapshot that blocks nobody);
the stamps go through a separate write transaction, opened only when there is something to
write and committed once the workbook is in place. In steady use few records changed since
the last exchange, their stamps wait in memory (up to 2,000 a sheet) and the transaction
lasts a moment at the end, so a coordinator saving beside a long export is not held up; the
very first export of a large antenna stamps every record and holds it longer. A failed or
cancelled export rolls the stamps back.

A record whose remembered ``updated_at`` is still its own has not changed since it was last
exchanged: its stamp (and the values kept with it) stays as it is, so that exporting an
antenna of 100,000 people again rewrites only the records changed since. The others (new
records, changed ones) get this export's values, written in batches as the rows stream; the
stamps of records that no longer exist go.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, insert, or_, select
from sqlalchemy.orm import Session

from duodesk.core import codes
from duodesk.core.database import Database
from duodesk.core.exchange.columns import RECORD_SHEETS, Sheet
from duodesk.core.exchange.records import LATER, meeting_rows, values_of
from duodesk.core.models import Duo, Evaluation, ExchangeState, Meeting, Mentee, Mentor, Person
from duodesk.core.services import audit

BATCH = 2000
_PERSONS: Any = Person.__table__
_STATES: Any = ExchangeState.__table__


def _record_table(record_type: str) -> tuple[Any, Any, Any]:
    """(the table holding ``updated_at``, its id column, a table the id must also be in)."""
    if record_type == "mentee":
        return _PERSONS, _PERSONS.c.id, Mentee.__table__
    if record_type == "mentor":
        return _PERSONS, _PERSONS.c.id, Mentor.__table__
    table: Any = {"duo": Duo, "meeting": Meeting, "evaluation": Evaluation}[record_type]
    return table.__table__, table.__table__.c.id, None


class StampWriter:
    """The write transaction of an export's stamps, begun on first use."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._unit: AbstractContextManager[Session] | None = None
        self._session: Session | None = None
        self.exported: dict[str, int] = {}  # records exported, by type

    @property
    def session(self) -> Session:
        if self._session is None:
            self._unit = self.db.write()
            self._session = self._unit.__enter__()
        return self._session

    def write(self, record_type: str, rows: list[dict[str, Any]]) -> None:
        """Replace the stamps of these records by this export's."""
        session = self.session
        session.execute(delete(ExchangeState).where(
            ExchangeState.record_type == record_type,
            ExchangeState.record_id.in_([row["record_id"] for row in rows])))
        session.execute(insert(ExchangeState), rows)

    def finish(self, sheets: list[str], put_in_place: Callable[[], None]) -> None:
        """Drop the stamps of records gone, note the export in the audit trail, put the
        workbook in place, then commit."""
        session = self.session
        for record_type in RECORD_SHEETS:
            exported = self.exported.get(record_type)
            # Every exported record has one stamp by now: as many stamps as records
            # exported means none is left over (the search below visits every stamp).
            if exported is not None and exported == session.scalar(
                    select(func.count()).select_from(_STATES)
                    .where(_STATES.c.record_type == record_type)):
                continue
            _, key, _ = _record_table(record_type)
            session.execute(delete(ExchangeState).where(
                ExchangeState.record_type == record_type,
                ~exists(select(key).where(key == _STATES.c.record_id))))
        audit.record(session, codes.AuditAction.EXPORT, "exchange_workbook", None, sheets)
        put_in_place()
        self._end(None)

    def abort(self, error: BaseException) -> None:
        if self._unit is not None:
            self._end(error)

    def _end(self, error: BaseException | None) -> None:
        unit, self._unit, self._session = self._unit, None, None
        if unit is not None:
            unit.__exit__(type(error) if error else None, error,
                          error.__traceback__ if error else None)


class ExportStamps:
    """The stamps of one sheet's records, brought up to date as its rows are exported."""

    def __init__(self, session: Session, writer: StampWriter, sheet: Sheet) -> None:
        self.writer = writer
        self.connection = session.connection()
        self.sheet = sheet
        self.record_type = sheet.record_type
        self.stamp_at = sheet.names.index("updated_at")
        self.pending: list[dict[str, Any]] = []
        self.count = 0
        table, key, role = _record_table(self.record_type)
        state = _STATES.c
        # Read in the export's snapshot: the records without a stamp of their own
        # ``updated_at`` get one from this export.
        stale = (select(key).outerjoin(_STATES, and_(
            state.record_type == self.record_type, state.record_id == key))
            .where(or_(state.record_id.is_(None),
                       state.exchanged_updated_at != table.c.updated_at)))
        if role is not None:
            stale = stale.join(role, role.c.id == key)
        self.stale = {str(found) for found in session.scalars(stale)}

    def add_changed(self, rows: list[tuple[Any, ...]]) -> None:
        """Stamp those of ``rows`` whose record changed since it was last exchanged."""
        self.count += len(rows)
        stale = self.stale
        if stale:  # in steady use, most sheets have none
            for row in rows:
                if row[0] in stale:
                    self.add(row)

    def add(self, row: tuple[Any, ...]) -> None:
        if row[-1] is LATER:  # a group session's attendance, read now for its stamp
            row = next(meeting_rows(self.connection, uuid.UUID(row[0])))
        text = row[self.stamp_at]
        self.pending.append({
            "record_type": self.record_type, "record_id": uuid.UUID(row[0]),
            "exchanged_updated_at": datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC),
            "exchanged_values": values_of(self.sheet, row)})
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.writer.exported[self.record_type] = self.count
        if self.pending:
            self.writer.write(self.record_type, self.pending)
            self.pending = []
