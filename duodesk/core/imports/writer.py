"""Storing an import plan (SPEC §5.2–5.3), inside the caller's one transaction.

New mentees are written in bulk (Core ``INSERT`` statements of many rows per table), not
one ORM object at a time: the values were checked by the person form when the plan was
made. A merge fills only the known person's *empty* fields, remembers what it filled in
``ImportBatchRecord.filled`` (so that an undo can empty them again) and writes a journal
note listing the values of the file that differ from the file kept. Everything is stamped
with one moment, the batch's ``imported_at``, so that an undo can tell what changed since.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from duodesk.core.codes import AuditAction, MenteeStatus, PersonRole
from duodesk.core.imports.source import ImportField, RowIssue
from duodesk.core.models import (
    AuditEntry,
    ImportBatchRecord,
    JournalEntry,
    Mentee,
    Person,
    PersonLanguage,
    PersonSector,
    StatusChange,
)
from duodesk.core.services.person_form import CleanPerson

PERSON_COLUMNS = frozenset(c.name for c in Person.__table__.columns)
MENTEE_COLUMNS = frozenset(c.name for c in Mentee.__table__.columns) - {"id"}
# Fields a merge may fill, in the order its note lists them; mentee-only ones last.
MERGE_FIELDS = (
    "first_name", "gender", "birth_date", "email", "phone", "postal_code", "municipality",
    "languages", "sectors",
)
MENTEE_MERGE_FIELDS = (
    "referral_date", "referrer_contact", "education_level", "diploma_recognised",
    "professional_project", "driving_licence", "jobseeker_service",
)
ROWS_PER_INSERT = 2000

Describe = Callable[[RowIssue], str]


def stored(value: Any) -> Any:
    """A value as JSON keeps it in ``ImportBatchRecord.filled``."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [stored(v) for v in value]
    return value


def shown(value: Any) -> str:
    """A value as a merge note shows it: dates day first, codes as codes."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list | tuple):
        return ", ".join(":".join(shown(p) for p in v) if isinstance(v, tuple) else shown(v)
                         for v in value)
    return str(value)


@dataclass
class NewPerson:
    """A mentee about to be created, with the journal notes to add to the new file."""

    id: uuid.UUID
    clean: CleanPerson
    notes: list[str] = field(default_factory=list)


def _filled_by_file(values: dict[ImportField, Any], name: str) -> bool:
    if name == "municipality":  # a postcode alone fills the municipality too
        return bool(values.get(ImportField.MUNICIPALITY) or values.get(ImportField.POSTAL_CODE))
    value = values.get(ImportField(name)) if name in ImportField._value2member_map_ else None
    return value not in (None, "", [], ())


def _clean_value(clean: CleanPerson, name: str) -> Any:
    if name == "languages":
        return sorted(clean.languages.items())
    if name == "sectors":
        return sorted(clean.sectors, key=str)
    return clean.columns.get(name)


def merge_into_new(target: NewPerson, clean: CleanPerson, values: dict[ImportField, Any],
                   note_head: RowIssue, describe: Describe) -> None:
    """Merge a row into a mentee created by an earlier row of the same file."""
    differences: list[RowIssue] = []
    for name in (*MERGE_FIELDS, *MENTEE_MERGE_FIELDS):
        if not _filled_by_file(values, name):
            continue
        mine, theirs = _clean_value(target.clean, name), _clean_value(clean, name)
        if mine in (None, "", []):
            if name == "languages":
                target.clean.languages = dict(clean.languages)
            elif name == "sectors":
                target.clean.sectors = list(clean.sectors)
            else:
                target.clean.columns[name] = theirs
        elif mine != theirs:
            differences.append(RowIssue("value_differs", ImportField(name),
                                        {"value": shown(theirs), "known": shown(mine)}))
    if differences:
        target.notes.append("\n".join(describe(i) for i in (note_head, *differences)))


def merge_into_known(session: Session, person: Person, clean: CleanPerson,
                     values: dict[ImportField, Any], now: datetime
                     ) -> tuple[dict[str, Any], list[RowIssue]]:
    """Fill the empty fields of a known person; returns what was filled (as stored in
    JSON) and the values of the file that differ from the person's."""
    names = MERGE_FIELDS + (MENTEE_MERGE_FIELDS if isinstance(person, Mentee) else ())
    filled: dict[str, Any] = {}
    differences: list[RowIssue] = []
    for name in names:
        if not _filled_by_file(values, name):
            continue
        theirs = _clean_value(clean, name)
        if name == "languages":
            mine: Any = sorted((lang.language, lang.level) for lang in person.languages)
        elif name == "sectors":
            mine = sorted((s.sector for s in person.sectors), key=str)
        else:
            mine = getattr(person, name)
        if mine in (None, "", []):
            if name == "languages":
                person.languages.extend(PersonLanguage(language=code, level=level)
                                        for code, level in clean.languages.items())
            elif name == "sectors":
                person.sectors.extend(PersonSector(sector=s) for s in clean.sectors)
            else:
                setattr(person, name, theirs)
            filled[name] = stored(theirs)
        elif mine != theirs:
            differences.append(RowIssue("value_differs", ImportField(name),
                                        {"value": shown(theirs), "known": shown(mine)}))
    if "first_name" in filled:
        from duodesk.core.text import name_sort_key

        person.sort_key = name_sort_key(person.last_name, person.first_name)
    # Stamped with the import's moment, so that an undo does not take the merge itself for
    # an edit made since.
    person.updated_at = now
    return filled, differences


def load_people(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Person]:
    """Known persons to merge into, with their languages and sectors, in one query each
    500 ids."""
    wanted = sorted(set(ids))
    found: dict[uuid.UUID, Person] = {}
    for start in range(0, len(wanted), 500):
        query = (select(Person).where(Person.id.in_(wanted[start:start + 500]))
                 .options(selectinload(Person.languages), selectinload(Person.sectors)))
        found.update((p.id, p) for p in session.scalars(query))
    return found


def _chunked_insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), ROWS_PER_INSERT):
        session.execute(insert(table), rows[start:start + ROWS_PER_INSERT])


def insert_mentees(session: Session, people: list[NewPerson], *, batch_id: uuid.UUID,
                   now: datetime, coordinator_id: uuid.UUID | None,
                   step: Callable[[], None]) -> None:
    """Write new mentees in bulk: the person and mentee rows, languages, sectors, the first
    status, notes, audit entries (field names only) and the batch's records."""
    persons, mentees, languages, sectors = [], [], [], []
    statuses, notes, audits, records = [], [], [], []
    stamp = {"created_at": now, "updated_at": now}
    for person in people:
        columns = person.clean.columns
        persons.append({**{k: v for k, v in columns.items() if k in PERSON_COLUMNS},
                        "id": person.id, "role": PersonRole.MENTEE, **stamp})
        mentees.append({**{k: columns.get(k) for k in MENTEE_COLUMNS - {"status"}},
                        "id": person.id, "status": MenteeStatus.REGISTERED})
        languages += [{"person_id": person.id, "language": code, "level": level}
                      for code, level in person.clean.languages.items()]
        sectors += [{"person_id": person.id, "sector": s} for s in person.clean.sectors]
        statuses.append({"id": uuid.uuid4(), **stamp, "person_id": person.id,
                         "from_status": None, "to_status": MenteeStatus.REGISTERED.value,
                         "changed_at": now, "coordinator_id": coordinator_id, "reason": None})
        notes += [{"id": uuid.uuid4(), **stamp, "person_id": person.id, "written_at": now,
                   "coordinator_id": coordinator_id, "text": text} for text in person.notes]
        filled = sorted(k for k, v in columns.items()
                        if v not in (None, "", 0) and k not in ("sort_key", "availability"))
        filled += [k for k, v in (("languages", person.clean.languages),
                                  ("sectors", person.clean.sectors)) if v]
        audits.append({"id": uuid.uuid4(), **stamp, "at": now, "coordinator_id": coordinator_id,
                       "action": AuditAction.CREATE, "record_type": PersonRole.MENTEE.value,
                       "record_id": person.id, "fields": ",".join(sorted(filled))})
        records.append({"batch_id": batch_id, "person_id": person.id, "action": "created",
                        "filled": None})
    for table, rows in ((Person.__table__, persons), (Mentee.__table__, mentees),
                        (PersonLanguage.__table__, languages),
                        (PersonSector.__table__, sectors), (StatusChange.__table__, statuses),
                        (JournalEntry.__table__, notes), (AuditEntry.__table__, audits),
                        (ImportBatchRecord.__table__, records)):
        _chunked_insert(session, table, rows)
        step()


def copy_clean(clean: CleanPerson) -> CleanPerson:
    """A copy of a plan's clean values that a commit may change (merges of later rows)."""
    return copy.deepcopy(clean)
