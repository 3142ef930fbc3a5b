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
    MeetingAttendee,
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


def name_pattern(first_name: str, last_name: str, *,
                 close: bool = False) -> re.Pattern[str] | None:
    """The person's full name (either order) and their last name as whole words, any case;
    in ``close`` texts (written by or about the people who were around the person) their
    first name alone and a short last name as well. A last name of fewer than three
    letters alone could be an ordinary word anywhere else ("Li", "Do"), and a first name
    alone anybody's: those are looked for only where they can only mean the person. None
    when there is nothing to look for."""
    first, last = first_name.strip(), last_name.strip()
    names = [f"{first} {last}", f"{last} {first}"] if first and last else []
    words = [last] if len(last) >= 3 else []
    if close:
        words = [word for word in dict.fromkeys((last, first)) if len(word) >= 2]
    alternatives = "|".join(re.escape(name) for name in [*names, *words])
    if not alternatives:
        return None
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _may_name(column: Any, first_name: str, last_name: str) -> Any:
    """A condition that keeps every text that may hold the person's name as the pattern for
    far texts looks for it — the last name, or for a last name too short to be looked for
    alone, the full name, hence the first name —, in any case. SQLite's LIKE folds the case
    of ASCII letters only ("ÖBERG" is not LIKE "Öberg"): the longest run of ASCII letters of
    that name is looked for, or, for a name without one, its usual spellings."""
    name = last_name if len(last_name) >= 3 else first_name
    runs = re.findall(r"[A-Za-z]{3,}", name)
    if runs:
        return column.like(f"%{max(runs, key=len)}%")
    spellings = {name, name.lower(), name.upper(), name.title()}
    return or_(*(column.like(f"%{spelling}%") for spelling in sorted(spellings)))


def _close_records(session: Session, person_id: uuid.UUID) -> dict[Any, set[uuid.UUID]]:
    """The records, per model, whose texts were written by or about the people around the
    person: their duo partners' journals and status histories, their duos' status history,
    the meetings they attended (a group session's summary). Their duos' own meetings and
    evaluations are emptied whole when the file goes (:func:`clear_texts_about`)."""
    duos = session.execute(select(Duo.id, Duo.mentee_id, Duo.mentor_id).where(
        or_(Duo.mentee_id == person_id, Duo.mentor_id == person_id))).all()
    duo_ids = [duo.id for duo in duos]
    partners = {duo.mentor_id if duo.mentee_id == person_id else duo.mentee_id
                for duo in duos}
    close: dict[Any, set[uuid.UUID]] = {JournalEntry: set(), Meeting: set(),
                                         StatusChange: set(), Evaluation: set()}
    if partners:
        close[JournalEntry].update(session.scalars(select(JournalEntry.id).where(
            JournalEntry.person_id.in_(partners))))
        close[StatusChange].update(session.scalars(select(StatusChange.id).where(or_(
            StatusChange.person_id.in_(partners), StatusChange.duo_id.in_(duo_ids)))))
    close[Meeting].update(session.scalars(select(MeetingAttendee.meeting_id).where(
        MeetingAttendee.person_id == person_id)))
    return close


def _mentions(session: Session, person_id: uuid.UUID, first_name: str,
              last_name: str) -> list[tuple[Any, Any, uuid.UUID, str]]:
    """(model, column, id, the text with the name blanked out) of each other text naming
    the person; the person's own journal goes with them."""
    first, last = first_name.strip(), last_name.strip()
    far = name_pattern(first, last)
    near = name_pattern(first, last, close=True)
    if near is None:
        return []
    close = _close_records(session, person_id)
    found = []
    for model, column in _OTHER_TEXTS:
        chosen = sorted(close[model])
        for start in range(0, len(chosen), 500):
            query = select(model.id, column).where(model.id.in_(chosen[start:start + 500]))
            found += _blanked(session, query, model, column, near)
        if far is None:
            continue
        query = select(model.id, column).where(_may_name(column, first, last))
        if model is JournalEntry:
            query = query.where(JournalEntry.person_id != person_id)
        found += [hit for hit in _blanked(session, query, model, column, far)
                  if hit[2] not in close[model]]
    return found


def _blanked(session: Session, query: Any, model: Any, column: Any,
             pattern: re.Pattern[str]) -> list[tuple[Any, Any, uuid.UUID, str]]:
    found = []
    for key, text in session.execute(query):
        if not text:
            continue
        blanked = pattern.sub(BLANK, text)
        if blanked != text:
            found.append((model, column, key, blanked))
    return found
