"""Undoing a whole partner import (SPEC §5.5), inside the caller's one transaction.

A mentee the import created is removed unless it was *used since*: put in a duo (any duo,
even a declined proposal), or edited, given a journal note, a status change, a consent or
a meeting after the import. A person the import merged into gets the fields it filled
emptied again, and the merge's journal note removed, unless the file was edited since or
the field no longer holds the import's value. What is kept is listed for the coordinator.
The search index follows, in one statement (``PersonSearch.delete_in_bulk``); the audit
trail gets a ``delete`` per file removed and an ``update`` per file emptied, with field
names only.

"Since" is strictly after the batch's ``imported_at``: the import stamps everything it
writes with that very moment.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session, selectinload

from duodesk.core.codes import AuditAction
from duodesk.core.errors import ImportAlreadyUndone, NotFound
from duodesk.core.imports.plan import KeptReason, KeptRecord, UndoResult
from duodesk.core.models import (
    AuditEntry,
    Consent,
    Duo,
    ImportBatch,
    ImportBatchRecord,
    JournalEntry,
    MeetingAttendee,
    Person,
    StatusChange,
)
from duodesk.core.progress import Progress
from duodesk.core.services import audit
from duodesk.core.storage import PersonSearch

CHUNK = 500


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def used_since(session: Session, ids: Sequence[uuid.UUID], moment: datetime,
               ignore_notes: frozenset[uuid.UUID] = frozenset()
               ) -> dict[uuid.UUID, set[KeptReason]]:
    """Which of these persons were used after ``moment``, and how (a few queries per 500
    persons, not one per person)."""
    reasons: dict[uuid.UUID, set[KeptReason]] = defaultdict(set)
    for chunk in _chunks(list(ids)):
        for person_id in session.scalars(select(Duo.mentee_id).where(Duo.mentee_id.in_(chunk))
                                         .union(select(Duo.mentor_id)
                                                .where(Duo.mentor_id.in_(chunk)))):
            reasons[person_id].add(KeptReason.IN_DUO)
        edited = [
            select(Person.id).where(Person.id.in_(chunk), Person.updated_at > moment),
            # An edit of mentee-only fields leaves persons.updated_at alone; the audit
            # trail has every edit.
            select(AuditEntry.record_id).where(AuditEntry.record_id.in_(chunk),
                                               AuditEntry.action == AuditAction.UPDATE,
                                               AuditEntry.at > moment),
            select(JournalEntry.person_id).where(JournalEntry.person_id.in_(chunk),
                                                 JournalEntry.written_at > moment,
                                                 JournalEntry.id.not_in(ignore_notes)),
            select(StatusChange.person_id).where(StatusChange.person_id.in_(chunk),
                                                 StatusChange.changed_at > moment),
            select(Consent.person_id).where(Consent.person_id.in_(chunk),
                                            or_(Consent.created_at > moment,
                                                Consent.updated_at > moment)),
            select(MeetingAttendee.person_id).where(MeetingAttendee.person_id.in_(chunk)),
        ]
        for query in edited:
            for found in session.scalars(query):
                if found is not None:
                    reasons[found].add(KeptReason.EDITED)
    return reasons


def _value(person: Person, name: str) -> Any:
    """A person's field as ``ImportBatchRecord.filled`` stores it."""
    if name == "languages":
        return sorted([lang.language, str(lang.level)] for lang in person.languages)
    if name == "sectors":
        return sorted(str(s.sector) for s in person.sectors)
    value = getattr(person, name, None)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value.value if isinstance(value, Enum) else value


def _same(stored: Any, current: Any) -> bool:
    if isinstance(stored, list) and isinstance(current, list):
        return sorted(map(str, stored)) == sorted(map(str, current))
    return bool(stored == current)


def _empty(person: Person, name: str) -> None:
    if name == "languages":
        person.languages.clear()
    elif name == "sectors":
        person.sectors.clear()
    elif name == "first_name":
        from duodesk.core.text import name_sort_key

        person.first_name = ""
        person.sort_key = name_sort_key(person.last_name, "")
    else:
        setattr(person, name, None)


def undo_batch(session: Session, batch_id: uuid.UUID, now: datetime,
               progress: Progress, search: PersonSearch) -> UndoResult:
    """Undo one import; raises ``NotFound`` or ``ImportAlreadyUndone``."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound(record_type="import_batch")
    if batch.undone_at is not None:
        raise ImportAlreadyUndone(file_name=batch.file_name)
    records = session.scalars(select(ImportBatchRecord)
                              .where(ImportBatchRecord.batch_id == batch_id)).all()
    created = [r.person_id for r in records if r.action == "created"]
    merged = {r.person_id: r for r in records if r.action == "merged"}
    merge_notes = frozenset(uuid.UUID(n) for r in merged.values()
                            for n in (r.filled or {}).get("notes", []))
    used = used_since(session, [*created, *merged], batch.imported_at, merge_notes)
    names = {row.id: (row.first_name, row.last_name) for chunk in _chunks([*created, *merged])
             for row in session.execute(select(Person.id, Person.first_name, Person.last_name)
                                        .where(Person.id.in_(chunk)))}
    kept: list[KeptRecord] = []
    removable = [i for i in created if i in names and i not in used]
    for i in created:
        if i in used and i in names:
            kept.append(KeptRecord(i, *names[i], tuple(sorted(used[i])), merged=False))
    total = len(removable) + len(merged)

    def remove() -> None:
        for done, chunk in enumerate(_chunks(removable)):
            progress.step(done * CHUNK, total)
            # The database cascades to the mentee row, languages, notes, statuses….
            session.execute(delete(Person).where(Person.id.in_(chunk)))

    search.delete_in_bulk(session, remove)
    coordinator_id = audit.current_coordinator_id(session)
    entries = [{"id": uuid.uuid4(), "created_at": now, "updated_at": now, "at": now,
                "coordinator_id": coordinator_id, "action": AuditAction.DELETE,
                "record_type": "mentee", "record_id": person_id, "fields": None}
               for person_id in removable]
    for chunk in _chunks(entries):
        session.execute(insert(AuditEntry), list(chunk))
    restored = 0
    people = {p.id: p for chunk in _chunks(list(merged)) for p in session.scalars(
        select(Person).where(Person.id.in_(chunk))
        .options(selectinload(Person.languages), selectinload(Person.sectors)))}
    for person_id, record in merged.items():
        person = people.get(person_id)
        if person is None:
            continue
        if person_id in used:
            kept.append(KeptRecord(person_id, person.first_name, person.last_name,
                                   tuple(sorted(used[person_id])), merged=True))
            continue
        emptied = [name for name, value in (record.filled or {}).get("fields", {}).items()
                   if _same(value, _value(person, name))]
        for name in emptied:
            _empty(person, name)
        notes = [uuid.UUID(n) for n in (record.filled or {}).get("notes", [])]
        if notes:
            session.execute(delete(JournalEntry).where(JournalEntry.id.in_(notes)))
        # Not an edit by anyone: the file goes back to how it was.
        person.updated_at = now
        audit.record(session, AuditAction.UPDATE, str(person.role), person_id,
                     [*emptied, "journal"], at=now)
        restored += 1
    batch.undone_at = now
    audit.record(session, AuditAction.UPDATE, "import_batch", batch_id, ["undone_at"], at=now)
    progress.step(total, total)
    kept.sort(key=lambda k: (k.last_name.casefold(), k.first_name.casefold()))
    return UndoResult(batch_id, len(removable), restored, tuple(kept))
