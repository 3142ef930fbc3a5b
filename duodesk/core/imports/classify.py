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

from rapidfuzz import fuzz, process
from sqlalchemy import String, select, type_coerce
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
EMAIL_LIMIT = 254
SCAN_FROM_DATES = 1000  # more distinct birth dates than this: read all persons' at once

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
# Field → (its name in MenteeData, whether a list): a row's values are walked once, and
# fields the form does not take (notes, a full name) are passed over.
_DATA_NAMES = {f: (f.value, f in _EMPTY_LISTS) for f in DATA_FIELDS}


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
    names = _DATA_NAMES
    for import_field, value in values.items():
        if value is None or value == "" or import_field not in names:
            continue
        name, is_list = names[import_field]
        given[name] = list(value) if is_list else value
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
    """The person form's clean values of a row, or the problems that reject it.

    The email and the phone were checked by the reader with the form's own functions (a
    phone that cannot be read is kept as typed, with a warning, as the form allows for an
    import): checking them twice would double the time of a 10,000-row import.
    """
    if row.errors:
        return None, list(row.errors)
    data = mentee_data(row.values, context)
    email, phone = data.email, data.phone
    data.email = data.phone = None
    try:
        clean = clean_person(session, data, context.today, records_checked=True)
    except ValidationErrors as errors:
        return None, [_issue(problem) for problem in errors.problems]
    if email and len(email) > EMAIL_LIMIT:
        return None, [RowIssue("invalid_value", ImportField.EMAIL,
                               {"reason": "too_long", "limit": str(EMAIL_LIMIT)})]
    clean.columns["email"] = email or None
    clean.columns["phone"] = phone or None
    return clean, []


# --- duplicates ------------------------------------------------------------------------------


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), IN_CHUNK):
        yield values[start:start + IN_CHUNK]


# Ids and dates are read as the database stores them (text on SQLite) and turned into
# UUIDs and dates only for the few persons that match: 80,000 persons share a birth date
# with some row of a 10,000-row file, and making each a UUID would cost a second.
_RAW_ID = type_coerce(Person.id, String)


@dataclass
class Known:
    """The keys of the persons that share an email, a phone or a birth date with some row
    of the file: raw id lists per email and phone; per birth date, the raw ids and, in the
    same order, the folded names' words in alphabetical order (what ``token_sort_ratio``
    compares), two lists so that each row hands rapidfuzz the names as they are."""

    by_email: dict[str, list[str]]
    by_phone: dict[str, list[str]]
    by_birth: dict[str, tuple[list[str], list[str]]]


def sorted_words(sort_key: str) -> str:
    """A stored sort key ("last\x1ffirst", folded) as its words in alphabetical order:
    ``fuzz.ratio`` of two such strings is ``fuzz.token_sort_ratio`` of the names, without
    sorting the known name's words again for every row that shares its birth date."""
    return " ".join(sorted(sort_key.replace("\x1f", " ").split()))


def load_known(session: Session, emails: set[str], phones: set[str], birth_dates: set[date]
               ) -> Known:
    """The keys of the known persons the file may repeat, in a few queries (one per 500
    keys, on indexed columns), never one per row."""
    known = Known(defaultdict(list), defaultdict(list), {})
    connection = session.connection()  # Core rows: the ORM layer adds nothing here
    # On SQLite, the driver's own "?" marks: SQLAlchemy's expanding of 10,000 values into
    # IN lists costs more than the look-ups themselves.
    plain = connection.dialect.paramstyle == "qmark"
    for column, keys, table in ((Person.email, emails, known.by_email),
                                (Person.phone, phones, known.by_phone)):
        for chunk in _chunks(sorted(keys)):
            if plain:
                marks = ", ".join("?" * len(chunk))
                found: Iterable[Any] = connection.exec_driver_sql(
                    f"SELECT id, {column.key} FROM persons WHERE {column.key} IN ({marks})",
                    tuple(chunk)).all()
            else:
                found = connection.execute(
                    select(_RAW_ID, column).where(column.in_(chunk))).all()
            for person_id, value in found:
                if value is not None:
                    table[value].append(str(person_id))
    # The stored sort key is "last\x1ffirst", already folded: the same words as
    # folded_name(first, last), which token_sort_ratio puts in order anyway.
    wanted = {day.isoformat() for day in birth_dates}
    by_birth = known.by_birth
    if len(birth_dates) > SCAN_FROM_DATES:
        # Thousands of birth dates match most persons: one pass over the table, through the
        # driver's own cursor (plain SQL, no parameters), reads them in half the time of
        # index look-ups and row objects.
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            if plain:
                # Only the span of the file's dates (any stored text equal to one of them
                # lies within it): the mentors, born decades earlier, stay in SQLite. "+"
                # keeps the pass over the table; the index would cost a look-up per row.
                cursor.execute("SELECT id, birth_date, sort_key FROM persons "
                               "WHERE +birth_date BETWEEN ? AND ?",
                               (min(wanted), max(wanted)))
            else:
                cursor.execute("SELECT id, birth_date, sort_key FROM persons "
                               "WHERE birth_date IS NOT NULL")
            rows: Iterable[Any] = cursor.fetchall()
        finally:
            cursor.close()
    else:
        birth = type_coerce(Person.birth_date, String)
        rows = [row for chunk in _chunks(sorted(birth_dates)) for row in connection.execute(
            select(_RAW_ID, birth, Person.sort_key).where(Person.birth_date.in_(chunk))).all()]
    # Known names repeat (120,000 persons, 13,500 names in the demo data): each name's
    # words are put in order once.
    words_of: dict[str, str] = {}
    for person_id, born, sort_key in rows:
        key = born if born.__class__ is str else str(born)
        if key not in wanted:
            continue
        words = words_of.get(sort_key)
        if words is None:
            words = words_of[sort_key] = sorted_words(sort_key)
        entry = by_birth.get(key)
        if entry is None:
            entry = by_birth[key] = ([], [])
        entry[0].append(person_id if person_id.__class__ is str else str(person_id))
        entry[1].append(words)
    return known


def known_details(session: Session, raw_ids: Iterable[str]
                  ) -> dict[str, tuple[uuid.UUID, str, str, str]]:
    """Id, role, first and last name of the matched persons, by raw id."""
    found: dict[str, tuple[uuid.UUID, str, str, str]] = {}
    by_id = {uuid.UUID(raw): raw for raw in set(raw_ids)}
    for chunk in _chunks(sorted(by_id)):
        query = select(Person.id, Person.role, Person.first_name, Person.last_name).where(
            Person.id.in_(chunk))
        for person_id, role, first, last in session.execute(query):
            found[by_id[person_id]] = (person_id, str(role), first, last)
    return found


Match = tuple[str, tuple[str, ...], float]  # raw id, reasons, name score


class DuplicateFinder:
    """Finds, row after row, the known person or the earlier row each row repeats."""

    def __init__(self, known: Known, threshold: float) -> None:
        self.threshold = threshold
        self.data = known
        self.row_email: dict[str, int] = {}
        self.row_phone: dict[str, int] = {}
        self.row_birth: dict[date, list[tuple[int, str]]] = defaultdict(list)

    def known(self, email: str | None, phone: str | None, birth: date | None, folded: str
              ) -> Match | None:
        """The strongest match among known persons (most reasons, then closest name)."""
        reasons: dict[str, list[str]] = {}
        scores: dict[str, float] = {}
        if email:
            for person in self.data.by_email.get(email, ()):
                reasons.setdefault(person, []).append(REASON_EMAIL)
        if phone:
            for person in self.data.by_phone.get(phone, ()):
                reasons.setdefault(person, []).append(REASON_PHONE)
        people = self.data.by_birth.get(birth.isoformat()) if birth else None
        if people is not None:
            # Persons already found by email or phone get their name score too (it ranks
            # them); the others count only when their name is close enough, which rapidfuzz
            # finds among all who share the birth date in one call. Both sides' words are
            # in alphabetical order: plain ratio is then token_sort_ratio.
            ids, names = people
            words = sorted_words(folded)
            if reasons:
                for person, name in zip(ids, names, strict=True):
                    if person in reasons:
                        scores[person] = float(fuzz.ratio(words, name))
            for _, score, index in process.extract(
                    words, names, scorer=fuzz.ratio, score_cutoff=self.threshold,
                    limit=None):
                person = ids[index]
                scores[person] = float(score)
                reasons.setdefault(person, []).append(REASON_NAME)
        if not reasons:
            return None
        best = max(reasons, key=lambda i: (len(reasons[i]), scores.get(i, 0.0)))
        return best, tuple(reasons[best]), scores.get(best, -1.0)

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
    finder = DuplicateFinder(known, context.threshold)
    found: list[tuple[Match | None, tuple[int, tuple[str, ...]] | None, str]] = []
    for clean, _ in checked:
        if clean is None:
            found.append((None, None, ""))
            continue
        columns = clean.columns
        email, phone, birth = columns["email"], columns["phone"], columns["birth_date"]
        # The sort key is "last\x1ffirst" folded: the words of folded_name(first, last).
        folded = columns["sort_key"].replace("\x1f", " ")
        earlier = finder.earlier_row(email, phone, birth, folded)
        found.append((finder.known(email, phone, birth, folded), earlier, folded))
        finder.remember(len(found), email, phone, birth, folded)
    details = known_details(session, (m[0] for m, _, _ in found if m is not None))
    planned: list[PlannedRow] = []
    for row, (clean, errors), (match, earlier, folded) in zip(rows, checked, found,
                                                             strict=True):
        if clean is None:
            planned.append(PlannedRow(row.number, RowClass.REJECTED, row, tuple(errors)))
            continue
        if earlier is not None:  # remembered by position: the row numbers of the file
            earlier = (rows[earlier[0] - 1].number, earlier[1])
        warnings = tuple(row.warnings)
        if match is not None and match[0] in details:
            person_id, role, first, last = details[match[0]]
            score = match[2] if match[2] >= 0 else float(
                fuzz.token_sort_ratio(folded, folded_name(first, last)))
            person = KnownPerson(person_id, role, first, last, match[1], score)
            issue = RowIssue("duplicate_known", None, {"name": person.full_name,
                                                       "reasons": ",".join(person.reasons)})
            planned.append(PlannedRow(row.number, RowClass.DUPLICATE, row,
                                      (issue, *warnings), duplicate_of=person, clean=clean))
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
