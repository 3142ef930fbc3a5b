"""The access request (SPEC §9, GDPR art. 15): one person's complete data — every field of
their file, journal, duos, meetings, evaluations, consents, status history and the audit
entries about them — gathered into one plain dict, written as a JSON file and, by
:mod:`duodesk.core.privacy.access_pdf`, as a readable PDF.

Both files are written beside each other under a temporary name and renamed into place
only when complete, so a full disk or a crash never leaves a half-written file; the export
is then stamped in the audit trail (an ``export`` naming ``access_request``).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction
from duodesk.core.database import Database
from duodesk.core.errors import DocumentNotWritten, NotFound
from duodesk.core.models import (
    Antenna,
    AuditEntry,
    Consent,
    Coordinator,
    Duo,
    Evaluation,
    ImportBatch,
    ImportBatchRecord,
    JournalEntry,
    Meeting,
    MeetingAttendee,
    Mentee,
    MenteeBarrier,
    Mentor,
    MentorTrainingModule,
    Partner,
    Person,
    PersonInterest,
    PersonLanguage,
    PersonSector,
    StatusChange,
)
from duodesk.core.progress import Progress
from duodesk.core.services import audit
from duodesk.core.storage.tempfiles import create_temporary

FORMAT = "duodesk-access-request"
FORMAT_VERSION = 1
EXPORT_FIELD = "access_request"
# Internal columns that say nothing about the person (the name folded for sorting).
_INTERNAL = frozenset({"sort_key"})
SECTIONS = ("person", "journal", "duos", "meetings", "evaluations", "consents",
            "status_history", "imports", "audit_entries")


@dataclass(frozen=True)
class AccessExport:
    """The two files written for one access request."""

    json_path: Path
    pdf_path: Path


def gather(db: Database, person_id: uuid.UUID, *, generated_at: datetime | None = None
           ) -> dict[str, Any]:
    """Everything stored about ``person_id`` as JSON-ready data (dates and ids as text).
    Raises ``NotFound``."""
    with db.read() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(record_type="person")
        return _Gatherer(session, person).data(generated_at or datetime.now().astimezone())


def export_access_request(db: Database, person_id: uuid.UUID, folder: Path, language: str,
                          *, today: Callable[[], date] = date.today,
                          progress: Progress | None = None,
                          name: str = "access-request") -> AccessExport:
    """Write the person's data as ``<name>-<date>-<id>.json`` and ``.pdf`` in ``folder``
    (the PDF in ``language``: fr, nl or en; ``name`` in the user's words, given by the
    window) and audit the export. Raises ``NotFound``, ``InvalidValue`` (an unknown
    language) or ``DocumentNotWritten``."""
    from duodesk.core.documents.texts import check_language
    from duodesk.core.privacy.access_pdf import write_access_pdf

    language = check_language(language)
    if progress:
        progress.step(0, 2)
    data = gather(db, person_id)
    # The last moment Cancel can stop it: from here on both files are written, or neither.
    if progress:
        progress.step(1, 2)
    stem = f"{name}-{today().isoformat()}-{str(person_id)[:8]}"
    folder = Path(folder)
    pdf_path, json_path = folder / f"{stem}.pdf", folder / f"{stem}.json"
    _write_atomically(pdf_path, lambda handle: write_access_pdf(handle, data, language))
    text = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        _write_atomically(json_path, lambda handle: handle.write(text))
    except DocumentNotWritten:
        pdf_path.unlink(missing_ok=True)  # both files or neither
        raise
    with db.write() as session:
        audit.record(session, AuditAction.EXPORT, str(data["person"]["role"]), person_id,
                     [EXPORT_FIELD])
    return AccessExport(json_path, pdf_path)


def _write_atomically(path: Path, write: Callable[[Any], object]) -> None:
    """Write through ``write(binary file)`` into a temporary file beside ``path``, flushed
    to disk, then renamed onto ``path``; on any failure nothing is left behind."""
    temporary: Path | None = None
    try:
        handle, temporary = create_temporary(path)
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise DocumentNotWritten(path=str(path), detail=error.strerror or str(error)) \
            from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def plain(value: Any) -> Any:
    """A stored value as JSON: codes as their code, dates ISO, ids as text."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def columns(record: Any, skip: Iterable[str] = ()) -> dict[str, Any]:
    """Every mapped column of an ORM record, as JSON values."""
    left_out = _INTERNAL | set(skip)
    return {attr.key: plain(getattr(record, attr.key))
            for attr in inspect(record).mapper.column_attrs if attr.key not in left_out}


class _Gatherer:
    """Reads one person's records inside one read session."""

    def __init__(self, session: Session, person: Person) -> None:
        self.session = session
        self.person = person
        self._coordinators: dict[uuid.UUID, str] = {
            row[0]: row[1] for row in session.execute(select(Coordinator.id, Coordinator.name))}

    def coordinator(self, coordinator_id: uuid.UUID | None) -> str | None:
        return self._coordinators.get(coordinator_id) if coordinator_id else None

    def data(self, generated_at: datetime) -> dict[str, Any]:
        duos = self.duos()
        duo_ids = [uuid.UUID(d["id"]) for d in duos]
        consents = self.consents()
        about = [self.person.id, *duo_ids, *(uuid.UUID(c["id"]) for c in consents)]
        return {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "generated_at": plain(generated_at.replace(microsecond=0)),
            "person": self.profile(),
            "journal": self.journal(),
            "duos": duos,
            "meetings": self.meetings(duo_ids),
            "evaluations": self.evaluations(duo_ids),
            "consents": consents,
            "status_history": self.status_history(),
            "imports": self.imports(),
            "audit_entries": self.audit_entries(about),
        }

    def profile(self) -> dict[str, Any]:
        person, session = self.person, self.session
        found = columns(person)
        found["antenna"] = session.scalar(select(Antenna.code)
                                          .where(Antenna.id == person.antenna_id))
        found["coordinator"] = self.coordinator(person.coordinator_id)
        found["languages"] = [
            {"language": lang, "level": plain(level)} for lang, level in session.execute(
                select(PersonLanguage.language, PersonLanguage.level)
                .where(PersonLanguage.person_id == person.id)
                .order_by(PersonLanguage.language))]
        found["sectors"] = plain(sorted(session.scalars(
            select(PersonSector.sector).where(PersonSector.person_id == person.id))))
        found["interests"] = sorted(session.scalars(
            select(PersonInterest.interest).where(PersonInterest.person_id == person.id)))
        if isinstance(person, Mentee):
            found["referral_partner"] = self._partner(person.referral_partner_id)
            found["barriers"] = plain(sorted(session.scalars(
                select(MenteeBarrier.barrier).where(MenteeBarrier.mentee_id == person.id))))
        elif isinstance(person, Mentor):
            found["company_partner"] = self._partner(person.company_partner_id)
            found["training_modules"] = [
                {"module": module, "completed_on": plain(day)} for module, day in
                session.execute(select(MentorTrainingModule.module,
                                       MentorTrainingModule.completed_on)
                                .where(MentorTrainingModule.mentor_id == person.id)
                                .order_by(MentorTrainingModule.module))]
        return found

    def _partner(self, partner_id: uuid.UUID | None) -> str | None:
        if partner_id is None:
            return None
        return self.session.scalar(select(Partner.name).where(Partner.id == partner_id))

    def journal(self) -> list[dict[str, Any]]:
        entries = self.session.scalars(select(JournalEntry).where(
            JournalEntry.person_id == self.person.id).order_by(JournalEntry.written_at))
        return [{**columns(e, ["person_id"]), "coordinator": self.coordinator(e.coordinator_id)}
                for e in entries]

    def duos(self) -> list[dict[str, Any]]:
        found = []
        for duo in self.session.scalars(select(Duo).where(
                or_(Duo.mentee_id == self.person.id, Duo.mentor_id == self.person.id))
                .order_by(Duo.proposed_on, Duo.created_at)):
            other_id = duo.mentor_id if duo.mentee_id == self.person.id else duo.mentee_id
            other = self.session.execute(select(Person.first_name, Person.last_name)
                                         .where(Person.id == other_id)).one()
            found.append({**columns(duo), "coordinator": self.coordinator(duo.coordinator_id),
                          "other_person": f"{other[0]} {other[1]}".strip()})
        return found

    def meetings(self, duo_ids: list[uuid.UUID]) -> list[dict[str, Any]]:
        attended = {row[0]: row[1] for row in self.session.execute(
            select(MeetingAttendee.meeting_id, MeetingAttendee.attended)
            .where(MeetingAttendee.person_id == self.person.id))}
        query = select(Meeting).where(or_(Meeting.id.in_(list(attended)),
                                          Meeting.duo_id.in_(duo_ids)))
        return [{**columns(m), "coordinator": self.coordinator(m.coordinator_id),
                 "attended": attended.get(m.id)}
                for m in self.session.scalars(query.order_by(Meeting.starts_at))]

    def evaluations(self, duo_ids: list[uuid.UUID]) -> list[dict[str, Any]]:
        # The person's own answers: a mentee's forms, or a mentor's.
        query = (select(Evaluation).where(Evaluation.duo_id.in_(duo_ids),
                                          Evaluation.respondent == str(self.person.role))
                 .order_by(Evaluation.answered_on, Evaluation.created_at))
        return [columns(e) for e in self.session.scalars(query)]

    def consents(self) -> list[dict[str, Any]]:
        query = (select(Consent).where(Consent.person_id == self.person.id)
                 .order_by(Consent.purpose, Consent.given_on))
        return [{**columns(c, ["person_id"]),
                 "collected_by": self.coordinator(c.collected_by_id)}
                for c in self.session.scalars(query)]

    def status_history(self) -> list[dict[str, Any]]:
        query = (select(StatusChange).where(StatusChange.person_id == self.person.id)
                 .order_by(StatusChange.changed_at, StatusChange.created_at))
        return [{**columns(c, ["person_id"]), "coordinator": self.coordinator(c.coordinator_id)}
                for c in self.session.scalars(query)]

    def imports(self) -> list[dict[str, Any]]:
        # Where the file came from; the values a merge filled are in the profile already.
        query = (select(ImportBatch.file_name, ImportBatch.imported_at, ImportBatchRecord.action)
                 .join(ImportBatchRecord, ImportBatchRecord.batch_id == ImportBatch.id)
                 .where(ImportBatchRecord.person_id == self.person.id)
                 .order_by(ImportBatch.imported_at))
        return [{"file_name": name, "imported_at": plain(at), "action": action}
                for name, at, action in self.session.execute(query)]

    def audit_entries(self, about: list[uuid.UUID]) -> list[dict[str, Any]]:
        query = (select(AuditEntry).where(AuditEntry.record_id.in_(about))
                 .order_by(AuditEntry.at, AuditEntry.created_at))
        return [{**columns(a, ["created_at", "updated_at"]),
                 "coordinator": self.coordinator(a.coordinator_id)}
                for a in self.session.scalars(query)]
