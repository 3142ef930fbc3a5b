"""The people matching compares, read from the database into NumPy arrays.

A :class:`Pool` holds one side of mentees and one of mentors, each as arrays with one row per
person (:class:`Side`), and the pairs that were already a duo. It is read with four queries
whatever its size (mentees, mentors, the mentors' duos under way, earlier duos; each
person's languages and interests come joined in one text of their row, the sectors as one
bitmask), so that the engine can score every pair at once instead of looping over pairs in
Python. Ids stay as the driver gives them until a result needs one: making thousands of UUID
objects took longer than the scoring itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import Select, String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from duodesk.core.codes import WEEKDAYS, DayPart, DuoStatus, Gender, LanguageLevel, Sector
from duodesk.core.matching import geo
from duodesk.core.matching.bits import pack
from duodesk.core.models import (
    Duo,
    Mentee,
    Mentor,
    Person,
    PersonInterest,
    PersonLanguage,
    PersonSector,
    StatusChange,
)
from duodesk.core.storage import stored_day
from duodesk.core.text import fold

persons, mentees, mentors = Person.__table__, Mentee.__table__, Mentor.__table__

# Language levels as numbers: 0 is "does not speak it".
LEVELS = {LanguageLevel.BASIC.value: 1, LanguageLevel.GOOD.value: 2,
          LanguageLevel.FLUENT.value: 3, LanguageLevel.NATIVE.value: 4}
LEVEL_CODES = {number: code for code, number in LEVELS.items()}
GOOD = LEVELS[LanguageLevel.GOOD.value]
GENDERS = {Gender.FEMALE.value: 1, Gender.MALE.value: 2, Gender.OTHER.value: 3}
SECTORS = tuple(sector.value for sector in Sector)
SLOTS = tuple(f"{day}_{part.value}" for day in WEEKDAYS for part in DayPart)
# A mentor's duos under way: they take a place of the mentor's capacity.
CURRENT_DUO_STATUSES = (DuoStatus.PROPOSED.value, DuoStatus.ACCEPTED.value,
                        DuoStatus.ACTIVE.value)


@dataclass
class Side:
    """Mentees or mentors as arrays, row ``k`` being the person ``ids[k]``.

    ``languages`` holds the level number (0 to 4) of each language of the pool's
    ``language_codes``; ``sectors`` a flag per :data:`SECTORS`; ``interests`` a flag per
    interest of the pool's ``interest_keys``; ``availability`` a flag per :data:`SLOTS`;
    ``places`` the coordinates of the postcode (radians, ``NaN`` when unknown).
    """

    # The ids as the database driver gives them (no UUID objects made for thousands of rows:
    # that alone took longer than scoring); :meth:`person_id` makes one when needed.
    keys: list[Any]
    first_names: Sequence[str]
    last_names: Sequence[str]
    statuses: Sequence[str]
    antenna: np.ndarray
    gender: np.ndarray
    availability: np.ndarray
    places: np.ndarray
    languages: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.int8))
    sectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), bool))
    interests: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), bool))
    # The flags above packed into words for counting what two people share (``bits``):
    # ``sectors``, ``availability``, ``interests``, and ``good``, ``fluent``, ``native``
    # (the languages spoken at least at that level).
    packed: dict[str, np.ndarray] = field(default_factory=dict)
    # Mentees: the mentor gender asked for (0: no preference) and the days waited so far.
    preferred_gender: np.ndarray | None = None
    waiting_days: np.ndarray | None = None
    # Mentors: places left (max duos minus duos under way) and whether on pause today.
    free_places: np.ndarray | None = None
    paused: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def person_id(self, row: int) -> uuid.UUID:
        """The id of the person of ``row``."""
        return as_uuid(self.keys[row])

    def name(self, row: int) -> str:
        """The first and last name of the person of ``row`` (made only for results)."""
        return f"{self.first_names[row]} {self.last_names[row]}".strip()


@dataclass
class Pool:
    """Mentees and mentors to compare, with the vocabularies of their languages and
    interests and the pairs (mentee row, mentor row) that already were a duo."""

    mentees: Side
    mentors: Side
    language_codes: list[str]
    interest_keys: list[str]
    interest_texts: list[str]
    former_duos: np.ndarray  # (k, 2) rows of mentee and mentor



def as_uuid(key: Any) -> uuid.UUID:
    """A UUID from an id as the driver gives it (32 hex digits on SQLite, a UUID elsewhere)."""
    return key if isinstance(key, uuid.UUID) else uuid.UUID(hex=str(key))


def raw(column: Any) -> Any:
    """``column`` as the driver gives it, without SQLAlchemy's per-value conversion."""
    return type_coerce(column, String)


def _listed(table: Any, column: Any, separator: str) -> Any:
    """The values of a person's child rows joined in one text (one row per person, instead
    of one per language, sector or interest)."""
    return (select(func.aggregate_strings(column, separator))
            .where(table.c.person_id == persons.c.id)
            .correlate(persons).scalar_subquery())


LANGUAGE_TABLE = PersonLanguage.__table__
_LANGUAGES = _listed(LANGUAGE_TABLE,
                     LANGUAGE_TABLE.c.language + ":" + raw(LANGUAGE_TABLE.c.level), ";")
_SECTOR_TABLE = PersonSector.__table__
# Sectors are a fixed list: each person's come as one number, bit k for SECTORS[k].
_SECTORS = (select(func.coalesce(func.sum(case(
                {code: 1 << k for k, code in enumerate(SECTORS)},
                value=raw(_SECTOR_TABLE.c.sector), else_=0)), 0))
            .where(_SECTOR_TABLE.c.person_id == persons.c.id)
            .correlate(persons).scalar_subquery())
# Interests are free text: a separator nobody types.
INTEREST_SEPARATOR = "\x1f"
_INTERESTS = _listed(PersonInterest.__table__, PersonInterest.__table__.c.interest,
                     INTEREST_SEPARATOR)


def _base_columns() -> list[Any]:
    return [raw(persons.c.id).label("id"), persons.c.first_name, persons.c.last_name,
            raw(persons.c.gender).label("gender"), raw(persons.c.antenna_id).label("antenna_id"),
            persons.c.availability, persons.c.postal_code, _LANGUAGES.label("languages"),
            _SECTORS.label("sectors"), _INTERESTS.label("interests")]


Columns = dict[str, tuple[Any, ...]]


def _columns(session: Session, query: Select[Any]) -> Columns:
    """The result of ``query`` column by column (one tuple per column, made at C speed)."""
    result = session.connection().execute(query)
    names = list(result.keys())
    rows = result.all()
    if not rows:
        return {name: () for name in names}
    return dict(zip(names, zip(*rows, strict=True), strict=True))


def _mentee_columns(session: Session, ids: Select[Any]) -> Columns:
    since = (select(func.max(StatusChange.changed_at))
             .where(StatusChange.person_id == persons.c.id,
                    StatusChange.to_status == "waiting")
             .correlate(persons).scalar_subquery())
    return _columns(session, (
        select(*_base_columns(), raw(mentees.c.status).label("status"),
               raw(mentees.c.preferred_mentor_gender).label("preferred_mentor_gender"),
               persons.c.registered_on, since.label("waiting_since"))
        .join(mentees, mentees.c.id == persons.c.id)
        .where(persons.c.id.in_(ids)).order_by(persons.c.sort_key, persons.c.id)))


def _mentor_columns(session: Session, ids: Select[Any]) -> Columns:
    found = _columns(session, (
        select(*_base_columns(), raw(mentors.c.status).label("status"), mentors.c.max_duos,
               mentors.c.paused_until)
        .join(mentors, mentors.c.id == persons.c.id)
        .where(persons.c.id.in_(ids)).order_by(persons.c.sort_key, persons.c.id)))
    # The duos under way, counted once for all (few rows) rather than per mentor.
    current: dict[Any, int] = {key: count for key, count in session.connection().execute(
        select(raw(Duo.mentor_id), func.count())
        .where(Duo.status.in_(CURRENT_DUO_STATUSES)).group_by(Duo.mentor_id))}
    found["current_duos"] = tuple(current.get(key, 0) for key in found["id"])
    return found


def _bits(masks: Sequence[int | None], width: int) -> np.ndarray:
    """Stored bitmasks as an ``(n, width)`` boolean array, bit ``k`` in column ``k``."""
    numbers = np.array([mask or 0 for mask in masks], dtype=np.int64)
    return ((numbers[:, None] >> np.arange(width)) & 1).astype(bool)


def _side(columns: Columns, antennas: dict[Any, int]) -> Side:
    return Side(
        keys=list(columns["id"]),
        first_names=columns["first_name"],
        last_names=columns["last_name"],
        statuses=columns["status"],
        antenna=np.array([antennas.setdefault(key, len(antennas))
                          for key in columns["antenna_id"]], dtype=np.int64),
        gender=np.array([GENDERS.get(gender, 0) for gender in columns["gender"]],
                        dtype=np.int8),
        availability=_bits(columns["availability"], len(SLOTS)),
        places=geo.coordinates(columns["postal_code"]),
    )


class _Vocabulary:
    """Columns for the values met (languages, folded interests), numbered as they come."""

    def __init__(self) -> None:
        self.column: dict[str, int] = {}

    def __getitem__(self, value: str) -> int:
        found = self.column.get(value)
        if found is None:
            found = self.column[value] = len(self.column)
        return found


class _Cells:
    """Cells of a matrix to set, gathered as flat lists and set in one NumPy call."""

    def __init__(self) -> None:
        self.rows: list[int] = []
        self.columns: list[int] = []
        self.values: list[int] = []

    def read(self, texts: Sequence[str | None],
             parse: Callable[[str], tuple[list[int], list[int]]]) -> _Cells:
        """Add the cells of each row's joined text; ``parse`` gives a text's columns and
        values. People share many texts ("fr:native;nl:good"): each is parsed once."""
        parsed: dict[str, tuple[list[int], list[int]]] = {}
        rows, columns, values = self.rows, self.columns, self.values
        for number, text in enumerate(texts):
            if not text:
                continue
            found = parsed.get(text)
            if found is None:
                found = parsed[text] = parse(text)
            rows.extend([number] * len(found[0]))
            columns.extend(found[0])
            values.extend(found[1])
        return self

    def matrix(self, shape: tuple[int, int], dtype: Any) -> np.ndarray:
        out = np.zeros(shape, dtype=dtype)
        if self.rows:
            out[self.rows, self.columns] = self.values
        return out


def _cells(side: Side, columns: Columns, languages: _Vocabulary, interests: _Vocabulary,
           texts: dict[int, str], folded: dict[str, str]) -> tuple[_Cells, _Cells]:
    """Each person's languages and interests as cells to set once every column is known;
    sectors set at once (their columns are fixed and come as bitmasks)."""

    def spoken(text: str) -> tuple[list[int], list[int]]:
        pairs = [item.partition(":") for item in text.split(";")]
        return ([languages[code] for code, _, _ in pairs],
                [LEVELS.get(level, 0) for _, _, level in pairs])

    def liked(text: str) -> tuple[list[int], list[int]]:
        found = []
        for interest in text.split(INTEREST_SEPARATOR):
            # Compared with case and accents folded ("Cuisine", "cuisine").
            key = folded.get(interest)
            if key is None:
                key = folded[interest] = fold(interest)
            if key:
                column = interests[key]
                found.append(column)
                texts.setdefault(column, interest)
        return found, [1] * len(found)

    side.sectors = _bits(columns["sectors"], len(SECTORS))
    return (_Cells().read(columns["languages"], spoken),
            _Cells().read(columns["interests"], liked))


def load_pool(session: Session, mentee_ids: Select[Any], mentor_ids: Select[Any],
              today: date) -> Pool:
    """Read the mentees and mentors whose ids the two selects give (each a one-column
    ``SELECT`` of person ids), ordered by name, with everything the engine compares."""
    # The selects stand on their own inside the queries below (no auto-correlation with
    # the outer persons table).
    mentee_ids, mentor_ids = mentee_ids.correlate(None), mentor_ids.correlate(None)
    antennas: dict[Any, int] = {}
    mentee_columns = _mentee_columns(session, mentee_ids)
    mentor_columns = _mentor_columns(session, mentor_ids)
    left, right = _side(mentee_columns, antennas), _side(mentor_columns, antennas)

    left.preferred_gender = np.array(
        [GENDERS.get(gender, 0) for gender in mentee_columns["preferred_mentor_gender"]],
        dtype=np.int8)
    # Waiting since the last change to "waiting" (the registration date without one), as
    # the mentee tables count it.
    left.waiting_days = np.array(
        [max(0, (today - (stored_day(since) or registered)).days) if status == "waiting" else 0
         for status, since, registered in zip(
             mentee_columns["status"], mentee_columns["waiting_since"],
             mentee_columns["registered_on"], strict=True)], dtype=np.int64)
    right.free_places = np.array(
        [(most or 0) - (current or 0) for most, current in zip(
            mentor_columns["max_duos"], mentor_columns["current_duos"], strict=True)],
        dtype=np.int64)
    right.paused = np.array([until is not None and until >= today
                             for until in mentor_columns["paused_until"]], dtype=bool)

    languages, interests = _Vocabulary(), _Vocabulary()
    texts: dict[int, str] = {}  # the mentees' spelling first: they are read first
    folded: dict[str, str] = {}
    cells = [_cells(side, columns, languages, interests, texts, folded)
             for side, columns in ((left, mentee_columns), (right, mentor_columns))]
    for side, (spoken, liked) in zip((left, right), cells, strict=True):
        side.languages = spoken.matrix((len(side), len(languages.column)), np.int8)
        side.interests = liked.matrix((len(side), len(interests.column)), bool)

    for side in (left, right):
        side.packed = {"sectors": pack(side.sectors), "availability": pack(side.availability),
                       "interests": pack(side.interests)}
        side.packed.update({name: pack(side.languages >= level) for name, level in
                            (("good", GOOD), ("fluent", GOOD + 1), ("native", GOOD + 2))})

    mentee_row = {key: k for k, key in enumerate(left.keys)}
    mentor_row = {key: k for k, key in enumerate(right.keys)}
    former = [(mentee_row[a], mentor_row[b]) for a, b in session.connection().execute(
        select(raw(Duo.mentee_id), raw(Duo.mentor_id)).where(Duo.mentee_id.in_(mentee_ids)))
        if a in mentee_row and b in mentor_row]
    return Pool(mentees=left, mentors=right, language_codes=list(languages.column),
                interest_keys=list(interests.column),
                interest_texts=[texts[k] for k in range(len(interests.column))],
                former_duos=np.array(former, dtype=np.int64).reshape(-1, 2))
