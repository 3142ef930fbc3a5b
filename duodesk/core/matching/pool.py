"""The people matching compares, read from the database into NumPy arrays.

A :class:`Pool` holds one side of mentees and one of mentors, each as arrays with one row per
person (:class:`Side`), and the pairs that were already a duo. It is read with a handful of
queries whatever its size (persons, languages, sectors, interests, earlier duos), so that the
engine can score every pair at once instead of looping over pairs in Python.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import numpy as np
from sqlalchemy import Select, func, select, union
from sqlalchemy.orm import Session

from duodesk.core.codes import WEEKDAYS, DayPart, DuoStatus, Gender, LanguageLevel, Sector
from duodesk.core.matching import geo
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

    ids: list[uuid.UUID]
    names: list[str]
    statuses: list[str]
    antenna: np.ndarray
    gender: np.ndarray
    availability: np.ndarray
    places: np.ndarray
    languages: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.int8))
    sectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), bool))
    interests: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), bool))
    # Mentees: the mentor gender asked for (0: no preference) and the days waited so far.
    preferred_gender: np.ndarray | None = None
    waiting_days: np.ndarray | None = None
    # Mentors: places left (max duos minus duos under way) and whether on pause today.
    free_places: np.ndarray | None = None
    paused: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def index(self, person_id: uuid.UUID) -> int:
        return self.ids.index(person_id)


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


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _base_columns() -> list[Any]:
    return [persons.c.id, persons.c.first_name, persons.c.last_name, persons.c.gender,
            persons.c.antenna_id, persons.c.availability, persons.c.postal_code]


def _mentee_rows(session: Session, ids: Select[Any]) -> list[Any]:
    since = (select(func.max(StatusChange.changed_at))
             .where(StatusChange.person_id == persons.c.id,
                    StatusChange.to_status == "waiting")
             .correlate(persons).scalar_subquery())
    query = (select(*_base_columns(), mentees.c.status, mentees.c.preferred_mentor_gender,
                    persons.c.registered_on, since.label("waiting_since"))
             .join(mentees, mentees.c.id == persons.c.id)
             .where(persons.c.id.in_(ids)).order_by(persons.c.sort_key, persons.c.id))
    return list(session.execute(query))


def _mentor_rows(session: Session, ids: Select[Any]) -> list[Any]:
    current = (select(func.count()).select_from(Duo)
               .where(Duo.mentor_id == persons.c.id, Duo.status.in_(CURRENT_DUO_STATUSES))
               .correlate(persons).scalar_subquery())
    query = (select(*_base_columns(), mentors.c.status, mentors.c.max_duos,
                    mentors.c.paused_until, current.label("current_duos"))
             .join(mentors, mentors.c.id == persons.c.id)
             .where(persons.c.id.in_(ids)).order_by(persons.c.sort_key, persons.c.id))
    return list(session.execute(query))


def _side(rows: Sequence[Any], antennas: dict[Any, int]) -> Side:
    availability = np.array([row.availability or 0 for row in rows], dtype=np.int64)
    bits = (availability[:, None] >> np.arange(len(SLOTS))) & 1
    return Side(
        ids=[row.id for row in rows],
        names=[f"{row.first_name} {row.last_name}".strip() for row in rows],
        statuses=[str(row.status) for row in rows],
        antenna=np.array([antennas.setdefault(row.antenna_id, len(antennas)) for row in rows],
                         dtype=np.int64),
        gender=np.array([GENDERS.get(str(row.gender), 0) if row.gender else 0
                         for row in rows], dtype=np.int8),
        availability=bits.astype(bool),
        places=geo.coordinates([row.postal_code for row in rows]),
    )


def load_pool(session: Session, mentee_ids: Select[Any], mentor_ids: Select[Any],
              today: date) -> Pool:
    """Read the mentees and mentors whose ids the two selects give (each a one-column
    ``SELECT`` of person ids), ordered by name, with everything the engine compares."""
    # The selects stand on their own inside the queries below (no auto-correlation with
    # the outer persons table).
    mentee_ids, mentor_ids = mentee_ids.correlate(None), mentor_ids.correlate(None)
    antennas: dict[Any, int] = {}
    mentee_rows = _mentee_rows(session, mentee_ids)
    mentor_rows = _mentor_rows(session, mentor_ids)
    left, right = _side(mentee_rows, antennas), _side(mentor_rows, antennas)

    left.preferred_gender = np.array(
        [GENDERS.get(str(row.preferred_mentor_gender), 0) if row.preferred_mentor_gender
         else 0 for row in mentee_rows], dtype=np.int8)
    # Waiting since the last change to "waiting" (the registration date without one), as
    # the mentee tables count it.
    left.waiting_days = np.array(
        [max(0, (today - (_as_date(row.waiting_since) or row.registered_on)).days)
         if str(row.status) == "waiting" else 0 for row in mentee_rows], dtype=np.int64)
    right.free_places = np.array(
        [(row.max_duos or 0) - (row.current_duos or 0) for row in mentor_rows], dtype=np.int64)
    right.paused = np.array(
        [row.paused_until is not None and row.paused_until >= today for row in mentor_rows],
        dtype=bool)

    rows = {person_id: (0, k) for k, person_id in enumerate(left.ids)}
    rows.update({person_id: (1, k) for k, person_id in enumerate(right.ids)})
    everyone = union(mentee_ids, mentor_ids).subquery()
    sides = (left, right)

    def wanted(column: Any) -> Any:
        return column.in_(select(everyone.c[0]))

    language_rows = list(session.execute(
        select(PersonLanguage.person_id, PersonLanguage.language, PersonLanguage.level)
        .where(wanted(PersonLanguage.person_id))))
    codes = sorted({row.language for row in language_rows})
    column_of = {code: k for k, code in enumerate(codes)}
    for side in sides:
        side.languages = np.zeros((len(side), len(codes)), dtype=np.int8)
    for row in language_rows:
        where = rows.get(row.person_id)
        if where is not None:
            sides[where[0]].languages[where[1], column_of[row.language]] = \
                LEVELS.get(str(row.level), 0)

    sector_column = {code: k for k, code in enumerate(SECTORS)}
    for side in sides:
        side.sectors = np.zeros((len(side), len(SECTORS)), dtype=bool)
    for person_id, sector in session.execute(
            select(PersonSector.person_id, PersonSector.sector)
            .where(wanted(PersonSector.person_id))):
        where = rows.get(person_id)
        if where is not None:
            sides[where[0]].sectors[where[1], sector_column[str(sector)]] = True

    # Interests are free text: compared with case and accents folded ("Cuisine", "cuisine").
    interest_rows = [(rows.get(person_id), text, fold(text)) for person_id, text in
                     session.execute(select(PersonInterest.person_id, PersonInterest.interest)
                                     .where(wanted(PersonInterest.person_id)))]
    keys = sorted({key for where, _, key in interest_rows if where is not None and key})
    key_column = {key: k for k, key in enumerate(keys)}
    texts = [""] * len(keys)
    for side in sides:
        side.interests = np.zeros((len(side), len(keys)), dtype=bool)
    for where, text, key in interest_rows:
        if where is None or not key:
            continue
        sides[where[0]].interests[where[1], key_column[key]] = True
        if not texts[key_column[key]] or where[0] == 0:  # the mentee's spelling first
            texts[key_column[key]] = text

    mentee_row = {person_id: k for k, person_id in enumerate(left.ids)}
    mentor_row = {person_id: k for k, person_id in enumerate(right.ids)}
    former = [(mentee_row[a], mentor_row[b]) for a, b in session.execute(
        select(Duo.mentee_id, Duo.mentor_id).where(Duo.mentee_id.in_(mentee_ids)))
        if a in mentee_row and b in mentor_row]
    return Pool(mentees=left, mentors=right, language_codes=codes, interest_keys=keys,
                interest_texts=texts,
                former_duos=np.array(former, dtype=np.int64).reshape(-1, 2))
