"""Reading the audit trail for its viewer (SPEC §3 Audit entry, §9; issue 9 item 4).

The trail grows to hundreds of thousands of entries, so the viewer pages through it like the
persons' lists: :meth:`AuditLogSource.ids` gives the ordered ids of the entries that pass
the filters (read straight from the driver, as text), :meth:`AuditLogSource.rows` the rows
of one page, with the coordinator's name and a label for the record: the name the screens
already show for a person or a duo, the tombstone for an anonymised file, nothing for a
record gone. The entries themselves never hold a personal value, only field names.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, false, or_, select

from duodesk.core.codes import AuditAction
from duodesk.core.database import Database
from duodesk.core.models import (
    Antenna,
    AuditEntry,
    Coordinator,
    Duo,
    ImportBatch,
    Meeting,
    Partner,
    Person,
)
from duodesk.core.services import audit
from duodesk.core.storage import PersonSearch

PERSON_TYPES = ("mentee", "mentor", "person")
SORT_COLUMNS = {"at": AuditEntry.at, "action": AuditEntry.action,
                "record_type": AuditEntry.record_type}


class RecordState(StrEnum):
    """What became of an entry's record: still there, anonymised, or gone."""

    PRESENT = "present"
    ANONYMISED = "anonymised"
    GONE = "gone"
    NONE = "none"  # an entry about no one record (a setting, an export of everything)


@dataclass(frozen=True)
class AuditFilter:
    """The viewer's filters: a period of days (local days of the UTC moments), a
    coordinator, an action, a record type, and the persons whose name, email or phone
    matches ``person_text`` (their own entries and their duos')."""

    date_from: date | None = None
    date_to: date | None = None
    coordinator_id: uuid.UUID | None = None
    action: AuditAction | None = None
    record_type: str | None = None
    person_text: str = ""


@dataclass(frozen=True)
class AuditRow:
    """One entry as the viewer shows it. ``label`` is the record's name as the screens show
    it (a person, a duo as "mentee – mentor", a coordinator, a partner…), ``anonymised_on``
    the day a person's file was anonymised."""

    id: str
    at: datetime
    coordinator: str | None
    action: AuditAction
    record_type: str
    record_id: uuid.UUID | None
    fields: tuple[str, ...]
    state: RecordState
    label: str | None = None
    anonymised_on: date | None = None


def _key(value: Any) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value)


class AuditLogService:
    """The audit trail of one database, for the viewer."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.search: PersonSearch = db.backend.person_search()

    def record_export(self, record_type: str,
                      record_ids: Sequence[uuid.UUID | None] = (None,),
                      fields: Sequence[str] = ()) -> None:
        """See :func:`record_export`."""
        record_export(self.db, record_type, record_ids, fields)

    def source(self, chosen: AuditFilter) -> AuditLogSource:
        return AuditLogSource(self, chosen)

    def record_types(self) -> list[str]:
        with self.db.read() as session:
            return sorted(session.scalars(select(AuditEntry.record_type).distinct()))

    def query(self, chosen: AuditFilter) -> Select[Any]:
        query = select(AuditEntry.id)
        if chosen.date_from is not None:
            query = query.where(AuditEntry.at >= _utc_start(chosen.date_from))
        if chosen.date_to is not None:
            query = query.where(AuditEntry.at < _utc_start(chosen.date_to + timedelta(days=1)))
        if chosen.coordinator_id is not None:
            query = query.where(AuditEntry.coordinator_id == chosen.coordinator_id)
        if chosen.action is not None:
            query = query.where(AuditEntry.action == chosen.action)
        if chosen.record_type:
            query = query.where(AuditEntry.record_type == chosen.record_type)
        if chosen.person_text.strip():
            persons = self.search.matching_ids(chosen.person_text)
            if persons is None:
                return query.where(false())
            found = persons.subquery()
            person_ids = select(found.c[0])
            duo_ids = select(Duo.id).where(or_(Duo.mentee_id.in_(person_ids),
                                               Duo.mentor_id.in_(person_ids)))
            query = query.where(or_(AuditEntry.record_id.in_(person_ids),
                                    AuditEntry.record_id.in_(duo_ids)))
        return query

    def ids(self, chosen: AuditFilter, sort_key: str | None, descending: bool) -> list[str]:
        """The ids (as text) of the entries passing ``chosen``, newest first by default."""
        column = SORT_COLUMNS.get(sort_key or "at", AuditEntry.at)
        first = column.desc() if descending or sort_key is None else column.asc()
        query = self.query(chosen).order_by(first, AuditEntry.at.desc())
        with self.db.read() as session:
            result = session.connection().execute(query)
            try:
                # The driver's own rows: half a million UUID objects would cost seconds.
                return [_key(row[0]) for row in result.cursor.fetchall()]
            finally:
                result.close()

    def rows(self, ids: Sequence[Hashable]) -> list[AuditRow]:
        keys = [uuid.UUID(str(key)) for key in ids]
        with self.db.read() as session:
            entries = list(session.scalars(select(AuditEntry).where(AuditEntry.id.in_(keys))))
            coordinators = _names(session, Coordinator, {entry.coordinator_id
                                                         for entry in entries})
            rows = [AuditRow(
                id=entry.id.hex, at=entry.at, action=AuditAction(entry.action),
                coordinator=coordinators.get(entry.coordinator_id)
                if entry.coordinator_id else None,
                record_type=entry.record_type, record_id=entry.record_id,
                fields=tuple(entry.fields.split(",")) if entry.fields else (),
                state=RecordState.NONE if entry.record_id is None else RecordState.GONE)
                for entry in entries]
            return _labelled(session, rows)


class AuditLogSource:
    """A :class:`duodesk.ui.tables.lazy_model.RowSource` over the filtered trail."""

    def __init__(self, service: AuditLogService, chosen: AuditFilter) -> None:
        self.service = service
        self.filter = chosen

    def ids(self, sort_key: str | None, descending: bool) -> list[str]:
        return self.service.ids(self.filter, sort_key, descending)

    def rows(self, ids: Sequence[Hashable]) -> list[AuditRow]:
        return self.service.rows(ids)


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def _names(session: Any, model: Any, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = [key for key in ids if key is not None]
    if not wanted:
        return {}
    return dict(session.execute(select(model.id, model.name).where(model.id.in_(wanted))).all())


def _labelled(session: Any, rows: list[AuditRow]) -> list[AuditRow]:
    """Each row with its record's label, read in one query per kind of record."""
    wanted = {row.record_id for row in rows if row.record_id is not None}
    labels: dict[uuid.UUID, tuple[RecordState, str | None, date | None]] = {}
    if wanted:
        for key, first, last, anonymised in session.execute(select(
                Person.id, Person.first_name, Person.last_name, Person.anonymised_at)
                .where(Person.id.in_(wanted))):
            if anonymised is not None:
                labels[key] = (RecordState.ANONYMISED, None, anonymised.date())
            else:
                labels[key] = (RecordState.PRESENT, f"{first} {last}".strip(), None)
        mentee, mentor = Person.__table__.alias("mentee"), Person.__table__.alias("mentor")
        for key, a, b, c, d in session.execute(
                select(Duo.id, mentee.c.first_name, mentee.c.last_name, mentor.c.first_name,
                       mentor.c.last_name)
                .join(mentee, mentee.c.id == Duo.mentee_id)
                .join(mentor, mentor.c.id == Duo.mentor_id).where(Duo.id.in_(wanted))):
            labels[key] = (RecordState.PRESENT, f"{a} {b} – {c} {d}", None)
        for model, name in ((Coordinator, Coordinator.name), (Partner, Partner.name),
                            (Antenna, Antenna.name), (ImportBatch, ImportBatch.file_name),
                            (Meeting, Meeting.title)):
            for key, value in session.execute(select(model.id, name)
                                              .where(model.id.in_(wanted))):
                labels[key] = (RecordState.PRESENT, value, None)
    result = []
    for row in rows:
        found = labels.get(row.record_id) if row.record_id is not None else None
        if found is not None:
            row = replace(row, state=found[0], label=found[1], anonymised_on=found[2])
        result.append(row)
    return result


def record_export(db: Database, record_type: str,
                  record_ids: Sequence[uuid.UUID | None] = (None,),
                  fields: Sequence[str] = ()) -> None:
    """Stamp an export in the audit trail (SPEC §9): one entry per record written out (a
    duo's agreement, a meeting's sign-in sheet), or one about no record (a list, a report);
    ``fields`` name what was written, never a value."""
    with db.write() as session:
        for record_id in record_ids:
            audit.record(session, AuditAction.EXPORT, record_type, record_id, fields)
