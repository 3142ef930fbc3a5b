"""Classifying the data rows of a partner file (SPEC §5.2), inside one read session.

Each normalised row goes through the person form's own checks (:func:`clean_person`), so
that an import accepts exactly what the form would; then duplicates are looked for against
the database and against the earlier rows of the file: same email, same phone, or the same
birth date with a close name (rapidfuzz ``token_sort_ratio`` on folded names, the
``duplicate_name_threshold`` setting). The database side loads only the persons who share
an email, a phone or a birth date with some row of the file, in a few ``IN`` queries, never
one query per row: a 10,000-row file against 100,000 persons stays well under a second.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.core.errors import InvalidValue, ValidationErrors
from duodesk.core.imports.plan import KnownPerson, PlannedRow, RowClass
from duodesk.core.imports.source import ImportField, NormalisedRow, RowIssue
from duodesk.core.models import Person
from duodesk.core.services.duplicates import (
    REASON_EMAIL,
    REASON_NAME,
    REASON_PHONE,
    folded_name,
)
from duodesk.core.services.person_data import MenteeData
from duodesk.core.services.person_form import clean_person

IN_CHUNK = 500  # values per IN (...) query: well below SQLite's parameter limit

# Fields of MenteeData an import fills from the file (the rest stay empty or default).
DATA_FIELDS = (
    ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.GENDER,
    ImportField.BIRTH_DATE, ImportField.EMAIL, ImportField.PHONE, ImportField.POSTAL_CODE,
    ImportField.MUNICIPALITY, ImportField.LANGUAGES, ImportField.SECTORS,
    ImportField.EDUCATION_LEVEL, ImportField.DIPLOMA_RECOGNISED, ImportField.REFERRAL_DATE,
    ImportField.REFERRER_CONTACT, ImportField.PROFESSIONAL_PROJECT,
    ImportField.DRIVING_LICENCE, ImportField.JOBSEEKER_SERVICE,
)
_EMPTY_LISTS = (ImportField.LANGUAGES, ImportField.SECTORS)


@dataclass(frozen=True)
class Context:
    """What every row of one import shares: the day, the ids stamped on new files."""

    today: date
    antenna_id: uuid.UUID | None
    coordinator_id: uuid.UUID | None
    partner_id: uuid.UUID | None
    threshold: float


def mentee_data(values: dict[ImportField, Any], context: Context) -> MenteeData:
    """The mentee form of a row: its values, registered today, referred by the partner on
    the file's referral date (or today, when the file has none)."""
    given: dict[str, Any] = {}
    for import_field in DATA_FIELDS:
        value = values.get(import_field)
        if value is None or value == "":
            continue
        given[import_field.value] = list(value) if import_field in _EMPTY_LISTS else value
    given.setdefault("referral_date", context.today)
    return MenteeData(**given, registered_on=context.today, antenna_id=context.antenna_id,
                      coordinator_id=context.coordinator_id,
                      referral_partner_id=context.partner_id)


def _issue(problem: InvalidValue) -> RowIssue:
    params = {key: str(value) for key, value in problem.params.items() if key != "field"}
    name = str(problem.params.get("field", ""))
    field = ImportField(name) if name in ImportField._value2member_map_ else None
    return RowIssue(code="invalid_value", field=field, params=params)


def check_row(session: Session, row: NormalisedRow, context: Context
              ) -> tuple[Any, list[RowIssue]]:
    """The person form's clean values of a row, or the problems that reject it."""
    if row.errors:
        return None, list(row.errors)
    try:
        clean = clean_person(session, mentee_data(row.values, context), context.today,
                             allow_unchecked_phone=True, records_checked=True)
    except ValidationErrors as errors:
        return None, [_issue(problem) for problem in errors.problems]
    return clean, []


# --- duplicates ------------------------------------------------------------------------------


@dataclass
class _Known:
    """A person of the database who shares a key with some row of the file."""

    id: uuid.UUID
    role: str
    first_name: str
    last_name: str
    folded: str
    birth_date: date | None
    email: str | None
    phone: str | None


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), IN_CHUNK):
        yield values[start:start + IN_CHUNK]


def load_known(session: Session, emails: set[str], phones: set[str], birth_dates: set[date]
               ) -> dict[uuid.UUID, _Known]:
    """The persons sharing an email, a phone or a birth date with the file, in a few
    queries (one per 500 keys, on indexed columns)."""
    found: dict[uuid.UUID, _Known] = {}
    columns = (Person.id, Person.role, Person.first_name, Person.last_name, Person.sort_key,
               Person.birth_date, Person.email, Person.phone)
    for column, keys in ((Person.email, emails), (Person.phone, phones),
                         (Person.birth_date, birth_dates)):
        for chunk in _chunks(sorted(keys)):
            for row in session.execute(select(*columns).where(column.in_(chunk))):
                if row.id not in found:
                    # The stored sort key is "last\x1ffirst", already folded: the same words
                    # as folded_name(first, last), which token_sort_ratio puts in order.
                    found[row.id] = _Known(row.id, str(row.role), row.first_name,
                                           row.last_name, row.sort_key.replace("\x1f", " "),
                                           row.birth_date, row.email, row.phone)
    return found


class DuplicateFinder:
    """Finds, row after row, the known person or the earlier row each row repeats."""

    def __init__(self, known: Iterable[_Known], threshold: float) -> None:
        self.threshold = threshold
        self.by_email: dict[str, list[_Known]] = defaultdict(list)
        self.by_phone: dict[str, list[_Known]] = defaultdict(list)
        self.by_birth: dict[date, list[_Known]] = defaultdict(list)
        for person in known:
            if person.email:
                self.by_email[person.email].append(person)
            if person.phone:
                self.by_phone[person.phone].append(person)
            if person.birth_date:
                self.by_birth[person.birth_date].append(person)
        self.row_email: dict[str, int] = {}
        self.row_phone: dict[str, int] = {}
        self.row_birth: dict[date, list[tuple[int, str]]] = defaultdict(list)

    def known(self, email: str | None, phone: str | None, birth: date | None, folded: str
              ) -> KnownPerson | None:
        """The strongest match among known persons (most reasons, then closest name)."""
        reasons: dict[uuid.UUID, list[str]] = defaultdict(list)
        people: dict[uuid.UUID, _Known] = {}
        scores: dict[uuid.UUID, float] = {}
        for key, table, reason in ((email, self.by_email, REASON_EMAIL),
                                   (phone, self.by_phone, REASON_PHONE)):
            for person in table.get(key, ()) if key else ():
                reasons[person.id].append(reason)
                people[person.id] = person
        for person in self.by_birth.get(birth, ()) if birth else ():
            score = float(fuzz.token_sort_ratio(folded, person.folded))
            scores[person.id] = score
            if score >= self.threshold:
                reasons[person.id].append(REASON_NAME)
                people[person.id] = person
        if not reasons:
            return None
        best = max(reasons, key=lambda i: (len(reasons[i]), scores.get(i, 0.0)))
        person = people[best]
        if best not in scores:
            scores[best] = float(fuzz.token_sort_ratio(folded, person.folded))
        return KnownPerson(person.id, person.role, person.first_name, person.last_name,
                           tuple(reasons[best]), scores[best])

    def earlier_row(self, email: str | None, phone: str | None, birth: date | None,
                    folded: str) -> tuple[int, tuple[str, ...]] | None:
        """The first earlier row of the file this one repeats, and why."""
        candidates: dict[int, list[str]] = defaultdict(list)
        if email and email in self.row_email:
            candidates[self.row_email[email]].append(REASON_EMAIL)
        if phone and phone in self.row_phone:
            candidates[self.row_phone[phone]].append(REASON_PHONE)
        for number, other in self.row_birth.get(birth, ()) if birth else ():
            if fuzz.token_sort_ratio(folded, other) >= self.threshold:
                candidates[number].append(REASON_NAME)
        if not candidates:
            return None
        first = min(candidates)
        return first, tuple(candidates[first])

    def remember(self, number: int, email: str | None, phone: str | None,
                 birth: date | None, folded: str) -> None:
        """Make a row an earlier row for the ones after it."""
        if email:
            self.row_email.setdefault(email, number)
        if phone:
            self.row_phone.setdefault(phone, number)
        if birth:
            self.row_birth[birth].append((number, folded))


def classify(session: Session, rows: Sequence[NormalisedRow], context: Context,
             checked: Sequence[tuple[Any, list[RowIssue]]]) -> list[PlannedRow]:
    """The planned rows of normalised rows already checked by :func:`check_row`."""
    keys = [(clean.columns["email"], clean.columns["phone"], clean.columns["birth_date"])
            for clean, _ in checked if clean is not None]
    known = load_known(session, {k[0] for k in keys if k[0]}, {k[1] for k in keys if k[1]},
                       {k[2] for k in keys if k[2]})
    finder = DuplicateFinder(known.values(), context.threshold)
    planned: list[PlannedRow] = []
    for row, (clean, errors) in zip(rows, checked, strict=True):
        if clean is None:
            planned.append(PlannedRow(row.number, RowClass.REJECTED, row, tuple(errors)))
            continue
        columns = clean.columns
        email, phone, birth = columns["email"], columns["phone"], columns["birth_date"]
        folded = folded_name(columns["first_name"], columns["last_name"])
        warnings = tuple(row.warnings)
        match = finder.known(email, phone, birth, folded)
        earlier = finder.earlier_row(email, phone, birth, folded)
        finder.remember(row.number, email, phone, birth, folded)
        if match is not None:
            issue = RowIssue("duplicate_known", None, {"name": match.full_name,
                                                       "reasons": ",".join(match.reasons)})
            planned.append(PlannedRow(row.number, RowClass.DUPLICATE, row,
                                      (issue, *warnings), duplicate_of=match, clean=clean))
        elif earlier is not None:
            issue = RowIssue("duplicate_row", None, {"row": str(earlier[0]),
                                                     "reasons": ",".join(earlier[1])})
            planned.append(PlannedRow(row.number, RowClass.DUPLICATE, row,
                                      (issue, *warnings), duplicate_of_row=earlier[0],
                                      clean=clean))
        else:
            row_class = RowClass.WARNINGS if warnings else RowClass.VALID
            planned.append(PlannedRow(row.number, row_class, row, warnings, clean=clean))
    return planned
