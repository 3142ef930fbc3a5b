"""What an export remembers as exchanged (:class:`~duodesk.core.models.ExchangeState`).

A record whose remembered ``updated_at`` is still its own has not changed since it was last
exchanged: its stamp (and the values kept with it) stays as it is, so that exporting an
antenna of 100,000 people again rewrites only the records changed since. The others (new
records, changed ones) get this export's values, written in batches as the rows stream; the
stamps of records that no longer exist go.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, delete, exists, insert, or_, select
from sqlalchemy.orm import Session

from duodesk.core.exchange.columns import Sheet
from duodesk.core.exchange.records import values_of
from duodesk.core.models import Duo, Evaluation, ExchangeState, Meeting, Mentee, Mentor, Person

BATCH = 2000
_PERSONS: Any = Person.__table__


def _record_table(record_type: str) -> tuple[Any, Any, Any]:
    """(the table holding ``updated_at``, its id column, a table the id must also be in)."""
    if record_type == "mentee":
        return _PERSONS, _PERSONS.c.id, Mentee.__table__
    if record_type == "mentor":
        return _PERSONS, _PERSONS.c.id, Mentor.__table__
    table: Any = {"duo": Duo, "meeting": Meeting, "evaluation": Evaluation}[record_type]
    return table.__table__, table.__table__.c.id, None


class ExportStamps:
    """The stamps of one sheet's records, brought up to date as its rows are exported."""

    def __init__(self, session: Session, sheet: Sheet) -> None:
        self.session = session
        self.sheet = sheet
        self.record_type = sheet.record_type
        self.stamp_at = sheet.names.index("updated_at")
        self.pending: list[dict[str, Any]] = []
        table, key, role = _record_table(self.record_type)
        state = ExchangeState.__table__.c
        current = and_(key == state.record_id, table.c.updated_at == state.exchanged_updated_at)
        # Stamps that are no longer current (or whose record is gone) are dropped…
        session.execute(delete(ExchangeState).where(
            ExchangeState.record_type == self.record_type,
            ~exists(select(key).where(current))))
        # …and the records without a current stamp get one from this export.
        stale = (select(key).outerjoin(ExchangeState.__table__, and_(
            state.record_type == self.record_type, state.record_id == key))
            .where(or_(state.record_id.is_(None),
                       state.exchanged_updated_at != table.c.updated_at)))
        if role is not None:
            stale = stale.join(role, role.c.id == key)
        self.stale = {str(found) for found in session.scalars(stale)}

    def add(self, row: tuple[Any, ...]) -> None:
        if row[0] not in self.stale:
            return
        text = row[self.stamp_at]
        self.pending.append({
            "record_type": self.record_type, "record_id": uuid.UUID(row[0]),
            "exchanged_updated_at": datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC),
            "exchanged_values": values_of(self.sheet, row)})
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.session.execute(insert(ExchangeState), self.pending)
            self.pending = []
