"""The mentee and mentor tables at 100,000 rows: filtering and sorting in SQL, ids first,
rows a page at a time (SPEC §4.2, §13).

A table asks :func:`person_ids` for the ordered ids of its selection (one indexed query
returning only ids), then :func:`person_rows` for the display columns of the rows it
shows. Names sort on the stored, accent-folded sort key, so Çelik sorts with C and Émile
with E. The full-text search comes from the storage backend (:class:`PersonSearch`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    false,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from duodesk.core.codes import DuoStatus, MenteeStatus, MentorStatus, PersonRole
from duodesk.core.models import (
    Antenna,
    Coordinator,
    Duo,
    Mentee,
    Mentor,
    Person,
    PersonLanguage,
    PersonSector,
    StatusChange,
)
from duodesk.core.services.person_data import SORT_KEYS, PersonQuery, PersonRow
from duodesk.core.storage import PersonSearch, stored_day
from duodesk.core.validation import age_on

persons = Person.__table__
mentees = Mentee.__table__
mentors = Mentor.__table__
ROLE_TABLES = {PersonRole.MENTEE: mentees, PersonRole.MENTOR: mentors}
# Statuses sort in the order of the path, not alphabetically.
STATUS_ORDER: dict[PersonRole, list[str]] = {
    PersonRole.MENTEE: [s.value for s in MenteeStatus],
    PersonRole.MENTOR: [s.value for s in MentorStatus],
}
CURRENT_DUO_STATUSES = (DuoStatus.PROPOSED, DuoStatus.ACCEPTED, DuoStatus.ACTIVE)
SEARCH_LIMIT = 50
REVERSED_SORTS = frozenset({"age", "days_waiting"})
ROLE_TABLE_SORTS = frozenset({"status", "days_waiting", "trained_on"})
NEVER_EMPTY_SORTS = frozenset({"name", "first_name", "status", "registered_on", "antenna"})

# The moment a waiting mentee entered the waiting list (NULL for any other status); a mentee
# put on the list without a recorded change counts from the registration date.
_last_waiting_change = (
    select(func.max(StatusChange.changed_at))
    .where(StatusChange.person_id == persons.c.id,
           StatusChange.to_status == MenteeStatus.WAITING.value)
    .correlate(persons)
    .scalar_subquery()
)
_waiting_since = case(
    (mentees.c.status == MenteeStatus.WAITING.value,
     func.coalesce(cast(_last_waiting_change, String), cast(persons.c.registered_on, String))),
    else_=None,
)


def _first_name_key() -> ColumnElement[Any]:
    # The sort key is "last\x1ffirst", both folded: the part after the separator.
    return func.substr(persons.c.sort_key, func.instr(persons.c.sort_key, "\x1f") + 1)


def _sort_expression(query: PersonQuery) -> ColumnElement[Any]:
    role_table = ROLE_TABLES[query.role]
    if query.sort == "name":
        return persons.c.sort_key
    if query.sort == "first_name":
        return _first_name_key()
    if query.sort == "status":
        order = STATUS_ORDER[query.role]
        return case({status: n for n, status in enumerate(order)},
                    value=role_table.c.status, else_=len(order))
    if query.sort == "age":  # reversed by person_ids: the youngest have the latest date
        return persons.c.birth_date
    if query.sort == "coordinator":
        return func.lower(Coordinator.__table__.c.name)
    if query.sort == "antenna":
        return Antenna.__table__.c.code
    if query.sort == "municipality":
        return func.lower(persons.c.municipality)
    if query.sort == "days_waiting":  # reversed by person_ids, like age
        return _waiting_since
    if query.sort == "trained_on":
        return mentors.c.trained_on if query.role == PersonRole.MENTOR else literal(None)
    return persons.c[query.sort]  # gender, email, phone, postal_code, registered_on


def _selection(query: PersonQuery, search: PersonSearch | None,
               columns: Sequence[Any]) -> Select[Any]:
    """``columns`` of the persons of ``query``, filtered (not sorted).

    Filters are ``IN`` sub-queries on indexed columns, so that the most selective one (a
    search, a status) drives the query, and the role table is joined only when the sort
    needs it.
    """
    if query.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {query.sort!r}")
    role = PersonRole(query.role)
    role_table = ROLE_TABLES[role]
    source: Any = persons
    if query.sort in ROLE_TABLE_SORTS:
        source = source.join(role_table, role_table.c.id == persons.c.id)
    if query.sort == "coordinator":
        coordinators = Coordinator.__table__
        source = source.outerjoin(coordinators, coordinators.c.id == persons.c.coordinator_id)
    if query.sort == "antenna":
        antennas = Antenna.__table__
        source = source.join(antennas, antennas.c.id == persons.c.antenna_id)
    selection = select(*columns).select_from(source)

    matching = None
    if query.search.strip():
        matching = search.matching_ids(query.search) if search is not None else None
        if matching is None:  # nothing searchable typed (only punctuation): nobody
            return selection.where(false())
        selection = selection.where(persons.c.id.in_(matching))
    if matching is not None or query.statuses or query.sector or query.language:
        # Without statistics SQLite takes "role = ?" for a selective index and reads all
        # the role's persons, testing each against the filter; written so, it cannot use
        # that index and the selective filter drives (a search: 45 → 15 ms at 100,000).
        selection = selection.where(type_coerce(persons.c.role, String) + "" == role.value)
    else:
        selection = selection.where(persons.c.role == role.value)
    if query.statuses:
        statuses = sorted(str(status) for status in query.statuses)
        if query.sort in ROLE_TABLE_SORTS:
            selection = selection.where(role_table.c.status.in_(statuses))
        else:
            selection = selection.where(persons.c.id.in_(
                select(role_table.c.id).where(role_table.c.status.in_(statuses))))
    if query.sector:
        selection = selection.where(persons.c.id.in_(
            select(PersonSector.person_id).where(PersonSector.sector == query.sector)))
    if query.language:
        selection = selection.where(persons.c.id.in_(
            select(PersonLanguage.person_id)
            .where(PersonLanguage.language == query.language.strip().lower())))
    if query.municipality:
        selection = selection.where(persons.c.municipality == query.municipality)
    if query.coordinator_id is not None:
        selection = selection.where(persons.c.coordinator_id == query.coordinator_id)
    if query.antenna_id is not None:
        selection = selection.where(persons.c.antenna_id == query.antenna_id)
    if query.without_anonymised:
        selection = selection.where(persons.c.anonymised_at.is_(None))
    return selection


def count_persons(session: Session, query: PersonQuery, search: PersonSearch | None) -> int:
    """How many persons the table of ``query`` shows."""
    if query.statuses and not (query.search.strip() or query.sector or query.language
                               or query.municipality or query.coordinator_id
                               or query.antenna_id or query.without_anonymised):
        role_table = ROLE_TABLES[PersonRole(query.role)]
        selection = select(func.count()).select_from(role_table).where(
            role_table.c.status.in_(sorted(str(s) for s in query.statuses)))
    else:
        selection = _selection(replace(query, sort="name"), search, [func.count()])
    return int(session.scalar(selection) or 0)


def person_ids(session: Session, query: PersonQuery, search: PersonSearch | None,
               known_ids: dict[str, uuid.UUID] | None = None) -> list[uuid.UUID]:
    """The ids of the persons of ``query`` in display order; empty values sort last.
    ``known_ids`` keeps the UUIDs already made, from one call to the next."""
    if query.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {query.sort!r}")
    key = _sort_expression(query)
    # Age and days waiting grow as their stored dates go back in time.
    descending = query.descending != (query.sort in REVERSED_SORTS)
    ordered = key.desc() if descending else key.asc()
    if not descending and query.sort not in NEVER_EMPTY_SORTS:
        # SQLite puts empty values first when ascending; "NULLS LAST" there would also
        # keep it from reading the name index in order, hence only where needed.
        ordered = ordered.nulls_last()
    tie_break = [persons.c.id] if query.sort == "name" else [persons.c.sort_key, persons.c.id]
    selection = _selection(query, search, [type_coerce(persons.c.id, String)]).order_by(
        ordered, *tie_break)
    return uuids(_first_column(session, selection), known_ids)


def _first_column(session: Session, statement: Select[Any]) -> list[Any]:
    """The first column of every row, read from the driver's cursor: for 100,000 ids,
    SQLAlchemy's result rows cost ~70 ms more than the query itself here."""
    result = session.connection().execute(statement)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def uuids(stored_ids: Iterable[str | uuid.UUID],
          known: dict[str, uuid.UUID] | None = None) -> list[uuid.UUID]:
    """UUIDs of ids as stored (hex text on SQLite), each made once if ``known`` is given:
    building 100,000 UUIDs costs ~120 ms here; a table re-sorted or re-filtered finds them
    in the dictionary."""
    if known is None:
        known = {}
    result = []
    for stored in stored_ids:
        if isinstance(stored, uuid.UUID):
            result.append(stored)
            continue
        found = known.get(stored)
        if found is None:
            found = known[stored] = uuid.UUID(stored)
        result.append(found)
    return result


def search_persons(session: Session, search: PersonSearch, text: str, *,
                   role: PersonRole | None = None, limit: int = SEARCH_LIMIT,
                   known_ids: dict[str, uuid.UUID] | None = None) -> list[uuid.UUID]:
    """The ids of the persons whose name, email or phone start as typed, by name."""
    matching = search.matching_ids(text)
    if matching is None:
        return []
    selection = select(type_coerce(persons.c.id, String)).where(persons.c.id.in_(matching))
    if role is not None:  # written so that the search drives the query (see _selection)
        selection = selection.where(type_coerce(persons.c.role, String) + ""
                                    == PersonRole(role).value)
    selection = selection.order_by(persons.c.sort_key, persons.c.id).limit(limit)
    return uuids(_first_column(session, selection), known_ids)


def _grouped(column: Any, person_column: Any, separator: str = ";") -> Any:
    return (select(func.aggregate_strings(column, separator))
            .where(person_column == persons.c.id).correlate(persons).scalar_subquery())


def _listed(value: str | None) -> tuple[str, ...]:
    return tuple(sorted(v for v in (value or "").split(";") if v))


def _language(item: str) -> tuple[str, str]:
    language, _, level = item.partition(":")
    return language, level



@cache
def _rows_statement() -> Select[Any]:
    """The display columns of the persons of the expanding parameter ``ids``; built once
    (building it costs more than running it for a page of 200 rows)."""
    coordinators, antennas = Coordinator.__table__, Antenna.__table__
    languages = (select(func.aggregate_strings(
                    PersonLanguage.language + literal(":") + cast(PersonLanguage.level, String),
                    ";"))
                 .where(PersonLanguage.person_id == persons.c.id)
                 .correlate(persons).scalar_subquery())
    current_duos = (select(func.count()).select_from(Duo)
                    .where(Duo.mentor_id == persons.c.id,
                           Duo.status.in_([s.value for s in CURRENT_DUO_STATUSES]))
                    .correlate(persons).scalar_subquery())
    return (
        select(
            persons.c.id, persons.c.role, persons.c.last_name, persons.c.first_name,
            type_coerce(func.coalesce(mentees.c.status, mentors.c.status), String)
            .label("status"),
            persons.c.gender, persons.c.birth_date, persons.c.email, persons.c.phone,
            persons.c.postal_code, persons.c.municipality,
            _grouped(PersonSector.sector, PersonSector.person_id).label("sectors"),
            languages.label("languages"),
            persons.c.coordinator_id, coordinators.c.name.label("coordinator_name"),
            antennas.c.code.label("antenna_code"), persons.c.registered_on,
            _waiting_since.label("waiting_since"),
            mentors.c.max_duos, mentors.c.paused_until, mentors.c.trained_on,
            case((mentors.c.id.is_not(None), current_duos), else_=None).label("current_duos"),
        )
        .select_from(
            persons.outerjoin(mentees, mentees.c.id == persons.c.id)
            .outerjoin(mentors, mentors.c.id == persons.c.id)
            .outerjoin(coordinators, coordinators.c.id == persons.c.coordinator_id)
            .join(antennas, antennas.c.id == persons.c.antenna_id)
        )
        .where(persons.c.id.in_(bindparam("ids", expanding=True)))
    )


def person_rows(session: Session, ids: Sequence[uuid.UUID], today: date) -> list[PersonRow]:
    """The display columns of the persons ``ids``, in the order of ``ids`` (one query;
    ids of persons deleted meanwhile are left out)."""
    if not ids:
        return []
    rows = {}
    for row in session.connection().execute(_rows_statement(), {"ids": list(ids)}):
        waiting_since = stored_day(row.waiting_since)
        rows[row.id] = PersonRow(
            id=row.id, role=PersonRole(row.role), last_name=row.last_name,
            first_name=row.first_name, status=str(row.status),
            gender=str(row.gender) if row.gender else None, birth_date=row.birth_date,
            age=age_on(row.birth_date, today) if row.birth_date else None,
            email=row.email, phone=row.phone, postal_code=row.postal_code,
            municipality=row.municipality, sectors=_listed(row.sectors),
            languages=tuple(_language(item) for item in _listed(row.languages)),
            coordinator_id=row.coordinator_id, coordinator_name=row.coordinator_name,
            antenna_code=row.antenna_code, registered_on=row.registered_on,
            waiting_since=waiting_since,
            days_waiting=(today - waiting_since).days if waiting_since else None,
            max_duos=row.max_duos, current_duos=row.current_duos,
            paused_until=row.paused_until, trained_on=row.trained_on,
        )
    return [rows[i] for i in ids if i in rows]


def municipalities(session: Session, role: PersonRole) -> list[str]:
    """The municipalities the persons of a role live in, for the table's filter."""
    query = (select(persons.c.municipality).distinct()
             .where(persons.c.role == PersonRole(role).value,
                    persons.c.municipality.is_not(None))
             .order_by(func.lower(persons.c.municipality)))
    return list(session.scalars(query))


def languages_spoken(session: Session, role: PersonRole) -> list[str]:
    """The language codes the persons of a role speak, for the table's filter."""
    query = (select(PersonLanguage.language).distinct()
             .join(Person, and_(Person.id == PersonLanguage.person_id,
                                Person.role == PersonRole(role)))
             .order_by(PersonLanguage.language))
    return list(session.scalars(query))
