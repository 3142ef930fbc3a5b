"""Erasure on request (SPEC §9, issue 9 item 3): the person leaves no trace in the database
file.

A person who never was in a duo is deleted with everything that hangs on them (languages,
sectors, journal, consents, status history, attendance, import links). A person who was in a
duo stays as an anonymised tombstone (:mod:`duodesk.core.privacy.anonymise`): a duo needs its
mentee and its mentor, and the impact indicators count it; the tombstone names nobody.

Either way, the search index is rebuilt and merged, the write-ahead log checkpointed
(``TRUNCATE``) and the file vacuumed, so that the old pages holding the name are rewritten
and the name is found nowhere in the file. Backups made before the erasure still hold the
person: they age out with the backup rotation. The audit entry names the action and the
record's id only.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction, DuoStatus, PersonRole
from duodesk.core.database import Database
from duodesk.core.errors import IllegalStatusChange, NotFound
from duodesk.core.models import (
    Duo,
    Evaluation,
    JournalEntry,
    Meeting,
    Person,
    StatusChange,
    utc_now,
)
from duodesk.core.privacy.anonymise import anonymise, clear_texts_about, forget_exchanged
from duodesk.core.services import audit

LIVE_DUO_STATUSES = (DuoStatus.PROPOSED.value, DuoStatus.ACCEPTED.value,
                     DuoStatus.ACTIVE.value)


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a person will do, for the confirmation: ``name`` as the coordinator
    knows it, and whether the file is deleted or kept as a tombstone (``duos`` > 0)."""

    person_id: uuid.UUID
    role: PersonRole
    name: str
    duos: int
    live_duo: bool
    anonymised_on: date | None  # already anonymised (retention) on that day
    mentions: int = 0  # texts of other records naming the person, to be blanked out

    @property
    def anonymised(self) -> bool:
        return self.anonymised_on is not None

    @property
    def deletes(self) -> bool:
        return self.duos == 0


@dataclass(frozen=True)
class ErasureResult:
    """What was done: ``deleted`` (else kept as a tombstone)."""

    person_id: uuid.UUID
    deleted: bool


class ErasureService:
    """Erases persons on request, on one database."""

    def __init__(self, db: Database, now: Callable[[], datetime] = utc_now) -> None:
        self.db = db
        self.now = now

    def plan(self, person_id: uuid.UUID) -> ErasurePlan:
        """What erasing this person would do. Raises ``NotFound``."""
        with self.db.read() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(record_type="person")
            role = PersonRole(person.role)
            side = Duo.mentee_id if role == PersonRole.MENTEE else Duo.mentor_id
            statuses = list(session.scalars(select(Duo.status).where(side == person_id)))
            return ErasurePlan(
                person_id=person_id, role=role,
                name=f"{person.first_name} {person.last_name}".strip(),
                duos=len(statuses),
                live_duo=any(str(status) in LIVE_DUO_STATUSES for status in statuses),
                anonymised_on=person.anonymised_at.date() if person.anonymised_at else None,
                mentions=len(_mentions(session, person_id, person.first_name,
                                       person.last_name)))

    def erase(self, person_id: uuid.UUID) -> ErasureResult:
        """Erase the person (see the module's docstring). A person in a duo still proposed,
        accepted or active is refused (``IllegalStatusChange`` with reason ``live_duo``):
        the duo is declined or stopped first, as for any departure. Raises ``NotFound``."""
        at = self.now()
        with self.db.write() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(record_type="person")
            role = PersonRole(person.role)
            status = str(getattr(person, "status", ""))  # a Mentee or a Mentor
            side = Duo.mentee_id if role == PersonRole.MENTEE else Duo.mentor_id
            duo_statuses = [str(value) for value in
                            session.scalars(select(Duo.status).where(side == person_id))]
            if any(value in LIVE_DUO_STATUSES for value in duo_statuses):
                raise IllegalStatusChange(role=role.value, from_status=status,
                                          to_status="erased", reason="live_duo")
            deleted = not duo_statuses
            for model, column, key, text in _mentions(session, person_id, person.first_name,
                                                      person.last_name):
                session.execute(update(model).where(model.id == key)
                                .values({column.key: text}))
            if deleted:
                session.expunge(person)
                _delete_person(session, person_id)
                audit.record(session, AuditAction.ERASE, role.value, person_id, ["person"],
                             at=at)
            else:
                anonymise(session, person_id, at, AuditAction.ERASE)
            # The index holds only what the persons table holds, merged into one segment.
            self.db.backend.person_search().rebuild(session)
        self.db.backend.compact()
        return ErasureResult(person_id=person_id, deleted=deleted)


def _delete_person(session: Session, person_id: uuid.UUID) -> None:
    """Delete the person's row; the foreign keys' ``ON DELETE CASCADE`` take their mentee or
    mentor row, languages, sectors, interests, journal, consents, history, attendance,
    barriers or training modules and import links with it."""
    clear_texts_about(session, [person_id])
    forget_exchanged(session, [person_id])
    session.execute(delete(Person).where(Person.id == person_id))


# Free texts of other records that may name the person (a mentor's journal note about their
# mentee, a group session's summary): the name is blanked out there too.
_OTHER_TEXTS: tuple[tuple[Any, Any], ...] = (
    (JournalEntry, JournalEntry.text), (Meeting, Meeting.summary), (Meeting, Meeting.topics),
    (Evaluation, Evaluation.comments), (StatusChange, StatusChange.reason))
BLANK = "[…]"


def name_pattern(first_name: str, last_name: str) -> re.Pattern[str] | None:
    """The person's full name (either order) or last name as whole words, any case; None
    for a last name too short to tell from ordinary words."""
    first, last = first_name.strip(), last_name.strip()
    if len(last) < 3:
        return None
    names = [f"{first} {last}", f"{last} {first}"] if first else []
    alternatives = "|".join(re.escape(name) for name in [*names, last])
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _may_name(column: Any, last_name: str) -> Any:
    """A condition that keeps every text that may hold the last name, in any case, for the
    pattern to look at. SQLite's LIKE folds the case of ASCII letters only ("ÖBERG" is not
    LIKE "Öberg"): the longest run of ASCII letters of the name is looked for, or, for a
    name without one, its usual spellings."""
    runs = re.findall(r"[A-Za-z]{3,}", last_name)
    if runs:
        return column.like(f"%{max(runs, key=len)}%")
    spellings = {last_name, last_name.lower(), last_name.upper(), last_name.title()}
    return or_(*(column.like(f"%{spelling}%") for spelling in sorted(spellings)))


def _mentions(session: Session, person_id: uuid.UUID, first_name: str,
              last_name: str) -> list[tuple[Any, Any, uuid.UUID, str]]:
    """(model, column, id, the text with the name blanked out) of each other text naming
    the person; the person's own journal goes with them."""
    pattern = name_pattern(first_name, last_name)
    if pattern is None:
        return []
    found = []
    for model, column in _OTHER_TEXTS:
        query = select(model.id, column).where(_may_name(column, last_name.strip()))
        if model is JournalEntry:
            query = query.where(JournalEntry.person_id != person_id)
        for key, text in session.execute(query):
            blanked = pattern.sub(BLANK, text or "")
            if blanked != text:
                found.append((model, column, key, blanked))
    return found
