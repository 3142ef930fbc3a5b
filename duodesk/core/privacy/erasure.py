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

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction, DuoStatus, PersonRole
from duodesk.core.database import Database
from duodesk.core.errors import IllegalStatusChange, NotFound
from duodesk.core.models import Duo, Person, utc_now
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
                anonymised_on=person.anonymised_at.date() if person.anonymised_at else None)

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
