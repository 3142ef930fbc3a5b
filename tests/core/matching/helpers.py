"""Hand-made matching cases: waiting mentees and available mentors made through the real
services, and duos written straight into the database (the duo service is not needed to
say that a pair was a duo once)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from duodesk.core.codes import DayPart, DuoStatus, Gender, LanguageLevel, Sector
from duodesk.core.context import Services
from duodesk.core.models import Antenna, Duo, Mentor, StatusChange
from tests.factories import make_mentee, make_mentor

MENTEE_PATH = ("info_session", "intake", "waiting")
MENTOR_PATH = ("info_session", "intake", "training", "available")

# A plain profile both sides share unless a test says otherwise: French at a good level,
# nothing else in common, no postcode and no availability.
PLAIN: dict[str, Any] = {
    "languages": [("fr", LanguageLevel.GOOD)],
    "sectors": [],
    "postal_code": None,
    "availability": frozenset(),
    "interests": [],
}


def waiting_mentee(services: Services, **fields: Any) -> uuid.UUID:
    """A mentee on the waiting list (through the status path)."""
    person = make_mentee(services, **{**PLAIN, **fields})
    for status in MENTEE_PATH:
        services.persons.change_status(person, status)
    return person


def available_mentor(services: Services, **fields: Any) -> uuid.UUID:
    """A trained, available mentor (through the status path)."""
    person = make_mentor(services, **{**PLAIN, **fields})
    for status in MENTOR_PATH:
        services.persons.change_status(person, status)
    return person


def add_duo(services: Services, mentee: uuid.UUID, mentor: uuid.UUID,
            status: DuoStatus = DuoStatus.ACTIVE) -> uuid.UUID:
    """A duo of ``mentee`` and ``mentor`` with ``status`` (statuses of the persons are left
    alone: only the duo matters to matching)."""
    with services.db.write() as session:
        antenna = session.get(Mentor, mentor).antenna_id  # type: ignore[union-attr]
        duo = Duo(mentee_id=mentee, mentor_id=mentor, antenna_id=antenna,
                  agreement_language="fr", status=status,
                  proposed_on=date.today() - timedelta(days=30))
        session.add(duo)
        session.flush()
        return duo.id


def set_waiting_since(services: Services, mentee: uuid.UUID, days_ago: int) -> None:
    """Date the mentee's arrival on the waiting list ``days_ago`` days back."""
    from datetime import UTC, datetime

    from sqlalchemy import update

    moment = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days_ago)
    with services.db.write() as session:
        session.execute(update(StatusChange).where(StatusChange.person_id == mentee,
                                                   StatusChange.to_status == "waiting")
                        .values(changed_at=moment))


def other_antenna(services: Services) -> uuid.UUID:
    """An antenna other than the home one (the first by code, ANT, in a new database)."""
    with services.db.read() as session:
        from sqlalchemy import select

        return session.scalars(select(Antenna.id).where(Antenna.code == "GNT")).one()


__all__ = ["DayPart", "Gender", "LanguageLevel", "Sector", "add_duo", "available_mentor",
           "other_antenna", "set_waiting_since", "waiting_mentee"]
