"""Storing an import plan (SPEC §5.2–5.3), inside the caller's one transaction.

New mentees are written in bulk (Core ``INSERT`` statements of many rows per table), not
one ORM object at a time: the values were checked by the person form when the plan was
made. A merge fills only the known person's *empty* fields, remembers what it filled in
``ImportBatchRecord.filled`` (so that an undo can empty them again) and writes a journal
note listing the values of the file that differ from the file kept. Everything is stamped
with one moment, the batch's ``imported_at``, so that an undo can tell what changed since.
"""

from __future__ import annotations

import os
import random
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import Enum
from functools import lru_cache
from operator import attrgetter
from typing import Any

from sqlalchemy import Boolean, Date, Uuid, insert, select
from sqlalchemy import Enum as SQLEnum
from sqlalchemy.orm import Session, selectinload

from duodesk.core.codes import AuditAction, MenteeStatus, PersonRole
from duodesk.core.demo.bulk import uuid4_int
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
    UTCDateTime,
)
from duodesk.core.services.person_form import CleanPerson
from duodesk.core.storage import PersonSearch

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


class ClimbingIds:
    """Version-4 UUIDs for the rows of one import, each above the one before (the top 48
    bits climb by one from a random start, the other 80 are random), so that a table's
    primary-key index takes 10,000 new keys in one place instead of at 10,000 random
    places. The same idea as the demo data's ids (``demo.bulk.IdStream``)."""

    TOP_BITS = 48

    def __init__(self) -> None:
        self._random = random.Random(os.urandom(16))
        # Room above the start for a million ids.
        self._top = self._random.getrandbits(self.TOP_BITS - 1)

    def _next(self) -> int:
        self._top += 1
        low = self._random.getrandbits(128 - self.TOP_BITS)
        return uuid4_int((self._top << (128 - self.TOP_BITS)) | low)

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self._next())

    def texts(self, count: int) -> list[str]:
        """The next ``count`` ids as SQLite stores them (32 hex digits, ``UUID.hex``), drawn
        in one go, for the rows nothing reads back as a ``UUID`` (status changes, notes,
        audit entries)."""
        low_bits = 128 - self.TOP_BITS
        draw = self._random.getrandbits
        first = self._top + 1
        self._top += count
        return [f"{uuid4_int((top << low_bits) | draw(low_bits)):032x}"
                for top in range(first, first + count)]


@dataclass
class NewPerson:
    """A mentee about to be created, with the journal notes to add to the new file.

    ``clean`` is the plan's own object until a later row of the file merges into this one
    (:meth:`writable` copies it then): the plan must stay as it was if the commit is
    cancelled and retried, and copying every row's values would cost a tenth of a commit
    for the few rows a merge changes."""

    id: uuid.UUID
    clean: CleanPerson
    notes: list[str] = field(default_factory=list)
    shared: bool = True  # ``clean`` is still the plan's

    def writable(self) -> CleanPerson:
        """The clean values, copied from the plan's on the first change."""
        if self.shared:
            self.clean = copy_clean(self.clean)
            self.shared = False
        return self.clean


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
            mine_now = target.writable()
            if name == "languages":
                mine_now.languages = dict(clean.languages)
            elif name == "sectors":
                mine_now.sectors = list(clean.sectors)
            else:
                mine_now.columns[name] = theirs
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


@lru_cache(maxsize=16)  # an import stamps every row with the same moment
def _moment_text(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _converter(column: Any) -> Callable[[Any], Any] | None:
    """How a column's Python values are stored in SQLite, as SQLAlchemy stores them
    (UUIDs as 32 hex digits, moments as naive UTC text to the microsecond, dates as ISO
    text, codes as their strings); ``None`` for values stored as they are."""
    kind = column.type
    if isinstance(kind, Uuid):
        return attrgetter("hex")
    if isinstance(kind, UTCDateTime):
        return _moment_text
    if isinstance(kind, Date):
        return date.isoformat
    if isinstance(kind, SQLEnum):
        # Codes are StrEnum members: the driver binds them as the text they are.
        return None
    if isinstance(kind, Boolean):
        return int
    return None


class BulkRows:
    """Rows of one table, values in a fixed column order (tuples appended to ``rows``),
    inserted many at a time.

    On SQLite the values go to the driver already in their stored form, converted column
    by column (a third of the time of SQLAlchemy's per-value processing, which matters at
    10,000 rows times eight tables); any other database gets a Core ``INSERT`` with Python
    values. A test holds the two paths equal.

    The id columns named in ``ids_as_text`` are given as their stored text (``UUID.hex``)
    rather than as ``UUID``: a person's id, written in six tables, is made text once, and
    the ids of status changes, notes and audit entries are never ``UUID`` objects at all.
    """

    fast_path = True  # tests switch it off to check the portable path

    def __init__(self, table: Any, columns: Sequence[str], ids_as_text: Sequence[str] = ()
                 ) -> None:
        self.table = table
        self.columns = tuple(columns)
        self.ids_as_text = frozenset(ids_as_text)
        assert all(isinstance(table.c[name].type, Uuid) for name in self.ids_as_text)
        self.rows: list[tuple[Any, ...]] = []

    def _stored_rows(self) -> list[Any]:
        # Only the columns that need it are converted, a whole column at a time (no list
        # made and unmade per row): most are text stored as it is.
        converters = [(index, convert) for index, name in enumerate(self.columns)
                      if name not in self.ids_as_text
                      and (convert := _converter(self.table.c[name])) is not None]
        if not converters:
            return self.rows
        columns = list(zip(*self.rows, strict=True))
        for index, convert in converters:
            columns[index] = tuple([None if value is None else convert(value)
                                    for value in columns[index]])
        return list(zip(*columns, strict=True))

    def _python_rows(self) -> list[dict[str, Any]]:
        """The rows as Python values (ids given as text made ``UUID`` again)."""
        dicts = [dict(zip(self.columns, row, strict=True)) for row in self.rows]
        for name in self.ids_as_text:
            for values in dicts:
                if values[name] is not None:
                    values[name] = uuid.UUID(hex=values[name])
        return dicts

    def insert(self, session: Session) -> None:
        if not self.rows:
            return
        connection = session.connection()
        if self.fast_path and connection.dialect.name == "sqlite":
            names = ", ".join(self.columns)
            marks = ", ".join("?" for _ in self.columns)
            connection.exec_driver_sql(
                f"INSERT INTO {self.table.name} ({names}) VALUES ({marks})",
                self._stored_rows())
            return
        dicts = self._python_rows()
        for start in range(0, len(dicts), ROWS_PER_INSERT):
            session.execute(insert(self.table), dicts[start:start + ROWS_PER_INSERT])


_PERSON_VALUES = tuple(sorted(PERSON_COLUMNS - {"id", "role", "created_at", "updated_at"}))
_MENTEE_VALUES = tuple(sorted(MENTEE_COLUMNS - {"status"}))
_NOT_COUNTED = frozenset({"sort_key", "availability"})


def insert_mentees(session: Session, people: list[NewPerson], *, batch_id: uuid.UUID,
                   now: datetime, coordinator_id: uuid.UUID | None, search: PersonSearch,
                   step: Callable[[], None], new_id: ClimbingIds) -> None:
    """Write new mentees in bulk: the person and mentee rows (indexed for search in one go),
    languages, sectors, the first status, notes, audit entries (field names only) and the
    batch's records."""
    stamp = ("created_at", "updated_at")
    persons = BulkRows(Person.__table__, ("id", "role", *stamp, *_PERSON_VALUES), ["id"])
    mentees = BulkRows(Mentee.__table__, ("id", "status", *_MENTEE_VALUES), ["id"])
    languages = BulkRows(PersonLanguage.__table__, ("person_id", "language", "level"),
                         ["person_id"])
    sectors = BulkRows(PersonSector.__table__, ("person_id", "sector"), ["person_id"])
    statuses = BulkRows(StatusChange.__table__, (
        "id", *stamp, "person_id", "from_status", "to_status", "changed_at", "coordinator_id"),
        ["id", "person_id"])
    notes = BulkRows(JournalEntry.__table__, (
        "id", *stamp, "person_id", "written_at", "coordinator_id", "text"), ["id", "person_id"])
    audits = BulkRows(AuditEntry.__table__, (
        "id", *stamp, "at", "coordinator_id", "action", "record_type", "record_id", "fields"),
        ["id", "record_id"])
    records = BulkRows(ImportBatchRecord.__table__, ("batch_id", "person_id", "action"),
                       ["batch_id", "person_id"])
    registered = MenteeStatus.REGISTERED
    role, record_type = PersonRole.MENTEE, PersonRole.MENTEE.value
    batch = batch_id.hex
    # The rows' lists' own append, bound once (60,000 rows).
    person_row, mentee_row = persons.rows.append, mentees.rows.append
    language_row, sector_row = languages.rows.append, sectors.rows.append
    status_row, note_row = statuses.rows.append, notes.rows.append
    audit_row, record_row = audits.rows.append, records.rows.append
    # The audit's field list, sorted and joined once per shape of row (a few repeat).
    field_lists: dict[tuple[str, ...], str] = {}
    # Ids drawn a table at a time: each table's still climb, row after row.
    status_ids = new_id.texts(len(people))
    note_ids = iter(new_id.texts(sum(len(person.notes) for person in people)))
    audit_ids = new_id.texts(len(people))
    for person, status_id, audit_id in zip(people, status_ids, audit_ids, strict=True):
        clean = person.clean
        columns = clean.columns
        get = columns.get
        person_id = person.id.hex  # the stored text, once for the six tables
        # Columns the form does not fill (those of other screens) are stored empty.
        person_row((person_id, role, now, now, *map(get, _PERSON_VALUES)))
        mentee_row((person_id, registered, *map(get, _MENTEE_VALUES)))
        for code, level in clean.languages.items():
            language_row((person_id, code, level))
        for sector in clean.sectors:
            sector_row((person_id, sector))
        status_row((status_id, now, now, person_id, None, registered, now, coordinator_id))
        for text in person.notes:
            note_row((next(note_ids), now, now, person_id, now, coordinator_id, text))
        # "v or not a str" is "v != ''" for the values a form stores (text, codes, dates,
        # ids, yes/no, numbers), without comparing a date or an id with a string.
        filled = [k for k, v in columns.items()
                  if v is not None and (v or not isinstance(v, str)) and k not in _NOT_COUNTED]
        filled += [k for k, v in (("languages", clean.languages), ("sectors", clean.sectors))
                   if v]
        shape = tuple(filled)
        names = field_lists.get(shape)
        if names is None:
            names = field_lists[shape] = ",".join(sorted(filled))
        audit_row((audit_id, now, now, now, coordinator_id, AuditAction.CREATE,
                   record_type, person_id, names))
        record_row((batch, person_id, "created"))
    search.insert_in_bulk(session, lambda: persons.insert(session))
    step()
    for rows in (mentees, languages, sectors, statuses, notes, audits, records):
        rows.insert(session)
        step()


def copy_clean(clean: CleanPerson) -> CleanPerson:
    """A copy of a plan's clean values that a commit may change (a merge of a later row
    into it), so that the plan stays as it was if the commit is cancelled and retried."""
    return replace(clean, columns=dict(clean.columns), languages=dict(clean.languages),
                   sectors=list(clean.sectors))
