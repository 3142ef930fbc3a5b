"""Is this person already known? (SPEC §4.2, §5.2)

A known person is a possible duplicate of the one being entered when they share the email,
or the phone, or the birth date with a close name: rapidfuzz ``token_sort_ratio`` of at
least 90 (a setting, ``duplicate_name_threshold``) on the full names with accents and case
folded, so that "Şükrü Yılmaz" and "SUKRU YILMAZ" or "Yilmaz Sukru" match.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from duodesk.core.codes import PersonRole
from duodesk.core.errors import InvalidValue
from duodesk.core.models import AppSetting, Mentee, Mentor, Person
from duodesk.core.services.person_data import DuplicateMatch, PersonData
from duodesk.core.text import fold
from duodesk.core.validation import normalise_email, normalise_phone_lenient

THRESHOLD_KEY = "duplicate_name_threshold"
DEFAULT_THRESHOLD = 90.0

REASON_EMAIL = "email"
REASON_PHONE = "phone"
REASON_NAME = "name_and_birth_date"


def folded_name(first_name: str | None, last_name: str | None) -> str:
    """A full name with accents, case and spacing folded, for comparing."""
    return fold(f"{first_name or ''} {last_name or ''}")


def name_similarity(first_a: str | None, last_a: str | None,
                    first_b: str | None, last_b: str | None) -> float:
    """How alike two full names are, 0–100, word order, accents and case ignored."""
    from rapidfuzz import fuzz  # here, not on the way to the first window (10 ms)

    return float(fuzz.token_sort_ratio(folded_name(first_a, last_a),
                                       folded_name(first_b, last_b)))


def name_threshold(session: Session) -> float:
    """The name similarity from which two persons born the same day are flagged."""
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == THRESHOLD_KEY))
    try:
        return float(value) if value is not None else DEFAULT_THRESHOLD
    except (TypeError, ValueError):
        return DEFAULT_THRESHOLD


def _email(value: str | None) -> str | None:
    try:
        return normalise_email(value)
    except InvalidValue:
        return None


def find_duplicates(
    session: Session,
    candidate: PersonData,
    *,
    exclude_id: uuid.UUID | None = None,
    threshold: float | None = None,
) -> list[DuplicateMatch]:
    """The known persons (mentees and mentors) who may be ``candidate``, strongest first.

    ``exclude_id`` leaves out the person being edited; ``threshold`` defaults to the
    ``duplicate_name_threshold`` setting, else 90.
    """
    if threshold is None:
        threshold = name_threshold(session)
    email = _email(candidate.email)
    phone = normalise_phone_lenient(candidate.phone).value or None
    birth_date: date | None = candidate.birth_date

    conditions = []
    if email:
        conditions.append(Person.email == email)
    if phone:
        conditions.append(Person.phone == phone)
    if birth_date is not None:
        conditions.append(Person.birth_date == birth_date)
    if not conditions:
        return []
    status = type_coerce(func.coalesce(Mentee.__table__.c.status, Mentor.__table__.c.status),
                         String)
    query = (
        select(Person.id, Person.role, Person.first_name, Person.last_name, Person.birth_date,
               Person.email, Person.phone, status.label("status"))
        .outerjoin(Mentee.__table__, Mentee.__table__.c.id == Person.id)
        .outerjoin(Mentor.__table__, Mentor.__table__.c.id == Person.id)
        .where(or_(*conditions))
    )
    if exclude_id is not None:
        query = query.where(Person.id != exclude_id)

    matches = []
    for row in session.execute(query):
        reasons = []
        if email and row.email == email:
            reasons.append(REASON_EMAIL)
        if phone and row.phone == phone:
            reasons.append(REASON_PHONE)
        score = name_similarity(candidate.first_name, candidate.last_name,
                                row.first_name, row.last_name)
        if birth_date is not None and row.birth_date == birth_date and score >= threshold:
            reasons.append(REASON_NAME)
        if reasons:
            matches.append(DuplicateMatch(row.id, PersonRole(row.role), row.first_name,
                                          row.last_name, row.birth_date, str(row.status),
                                          tuple(reasons), score))
    matches.sort(key=lambda m: (-len(m.reasons), -m.name_score, fold(m.last_name)))
    return matches
