"""Anonymisation of a file (SPEC §9, issue 9 item 2): what the statistics need stays, the rest
goes, and a tombstone is left.

Kept (statistical, naming nobody): role, antenna, coordinator, gender, the age band at
registration (``persons.age_band``, in place of the birth date), postal code and municipality,
registration date, status and status history (dates and statuses), sectors, a mentee's
referral partner and date, education level, diploma recognition, barriers, digital skills,
driving licence, jobseeker service and the target-group yes/no; a mentor's working status,
company partner, training modules and capacity; the person's duos whole (dates, statuses,
reasons, outcome) and the answers of their evaluations; meetings' kinds, dates and
attendance.

Removed: first and last name (replaced by a code, :func:`tombstone_name`; the screens show
"Anonymised mentee 29/11/2026" in the user's language from ``role`` and ``anonymised_at``),
birth date, email, phone, weekly availability, languages (they hint at an origin, which is
special-category data), interests, the age-override reason, the referrer contact, the
professional project, the preferred mentor gender, a mentor's last job, employer and pause,
the journal, the consents, the reasons typed in the status history, the summaries, topics
and places of the meetings of the person's duos and of their intake, the comments of their
duos' evaluations, the values an import merged into the file, and what was last exchanged
with headquarters about the person. The search index row follows the names (the database's
triggers rebuild it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction, MeetingKind, PersonRole
from duodesk.core.database import Database
from duodesk.core.errors import NotFound
from duodesk.core.exchange.pseudonymise import age_band
from duodesk.core.models import (
    Consent,
    Duo,
    Evaluation,
    ExchangeConflict,
    ExchangeState,
    ImportBatchRecord,
    JournalEntry,
    Meeting,
    MeetingAttendee,
    Mentee,
    Mentor,
    Person,
    PersonInterest,
    PersonLanguage,
    StatusChange,
    utc_now,
)
from duodesk.core.progress import Progress
from duodesk.core.services import audit

TOMBSTONE_PREFIX = "anon-"

# Fields emptied on every file, then per role (their names go to the audit entry).
_PERSON_CLEARED = {"first_name": "", "birth_date": None, "email": None, "phone": None,
                   "availability": 0, "age_override_reason": None}
_MENTEE_CLEARED = {"referrer_contact": None, "professional_project": None,
                   "preferred_mentor_gender": None}
_MENTOR_CLEARED = {"last_job": None, "employer": None, "paused_until": None}


def tombstone_name(person_id: uuid.UUID) -> str:
    """What stays in ``last_name``: a code from the id, in no language, telling one
    anonymised file from another in a list."""
    return TOMBSTONE_PREFIX + person_id.hex[:8]


def is_tombstone(last_name: str | None) -> bool:
    return bool(last_name) and str(last_name).startswith(TOMBSTONE_PREFIX)


def anonymise(session: Session, person_id: uuid.UUID, at: datetime | None = None,
              action: AuditAction = AuditAction.ANONYMISE) -> bool:
    """Anonymise one file in the caller's transaction; False if it already was. Raises
    ``NotFound``."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(record_type="person")
    if person.anonymised_at is not None:
        return False
    at = at or utc_now()
    role = PersonRole(person.role)
    band = age_band(person.birth_date, person.registered_on, role == PersonRole.MENTOR)
    name = tombstone_name(person_id)
    values = {**_PERSON_CLEARED, "last_name": name, "sort_key": name,
              "anonymised_at": at, "age_band": band or person.age_band}
    session.execute(update(Person).where(Person.id == person_id).values(**values)
                    .execution_options(synchronize_session=False))
    extra = _MENTEE_CLEARED if role == PersonRole.MENTEE else _MENTOR_CLEARED
    model = Mentee if role == PersonRole.MENTEE else Mentor
    session.execute(update(model.__table__).where(model.__table__.c.id == person_id)
                    .values(**extra))
    for table in (PersonLanguage, PersonInterest, JournalEntry, Consent):
        session.execute(delete(table).where(table.person_id == person_id))
    session.execute(update(StatusChange).where(StatusChange.person_id == person_id)
                    .values(reason=None))
    session.execute(update(ImportBatchRecord).where(ImportBatchRecord.person_id == person_id)
                    .values(filled=None))
    clear_texts_about(session, person_id, role)
    forget_exchanged(session, [person_id])
    session.expire_all()
    audit.record(session, action, role.value, person_id,
                 [*values, *extra, "languages", "interests", "journal", "consents"], at=at)
    return True


def duo_ids_of(session: Session, person_id: uuid.UUID, role: PersonRole) -> list[uuid.UUID]:
    side = Duo.mentee_id if role == PersonRole.MENTEE else Duo.mentor_id
    return list(session.scalars(select(Duo.id).where(side == person_id)))


def clear_texts_about(session: Session, person_id: uuid.UUID, role: PersonRole) -> None:
    """Empty the free texts written about the person: their duos' meetings and evaluation
    comments (a mentor's comment names the mentee too), and their intake meetings."""
    duo_ids = duo_ids_of(session, person_id, role)
    intakes = (select(MeetingAttendee.meeting_id)
               .where(MeetingAttendee.person_id == person_id))
    texts = {"summary": None, "topics": None, "location": None}
    if duo_ids:
        session.execute(update(Meeting).where(Meeting.duo_id.in_(duo_ids)).values(**texts))
        session.execute(update(Evaluation).where(Evaluation.duo_id.in_(duo_ids))
                        .values(comments=None))
    session.execute(update(Meeting).where(Meeting.kind == MeetingKind.INTAKE,
                                          Meeting.id.in_(intakes)).values(**texts))
    meetings = select(Meeting.id).where(or_(
        Meeting.duo_id.in_(duo_ids),
        and_(Meeting.kind == MeetingKind.INTAKE, Meeting.id.in_(intakes))))
    evaluations = select(Evaluation.id).where(Evaluation.duo_id.in_(duo_ids))
    for record_type, ids in (("meeting", meetings), ("evaluation", evaluations)):
        session.execute(delete(ExchangeState).where(ExchangeState.record_type == record_type,
                                                    ExchangeState.record_id.in_(ids)))
        session.execute(delete(ExchangeConflict).where(
            ExchangeConflict.record_type == record_type, ExchangeConflict.record_id.in_(ids)))


def forget_exchanged(session: Session, person_ids: Sequence[uuid.UUID]) -> None:
    """What was last exchanged with headquarters holds the person's values: forgotten, so
    that the next export sends the tombstone as a change."""
    kinds = (PersonRole.MENTEE.value, PersonRole.MENTOR.value)
    session.execute(delete(ExchangeState).where(ExchangeState.record_type.in_(kinds),
                                                ExchangeState.record_id.in_(person_ids)))
    session.execute(delete(ExchangeConflict).where(
        ExchangeConflict.record_type.in_(kinds), ExchangeConflict.record_id.in_(person_ids)))


class AnonymisationService:
    """Anonymises files, one transaction per file so that a long run can be cancelled
    (``Cancelled`` from the progress) and keeps the files done until then."""

    def __init__(self, db: Database, now: Callable[[], datetime] = utc_now) -> None:
        self.db = db
        self.now = now

    def anonymise(self, person_ids: Sequence[uuid.UUID],
                  progress: Progress | None = None) -> int:
        """Anonymise these files; returns how many were anonymised (those already
        anonymised or removed meanwhile are passed over)."""
        done = 0
        total = len(person_ids)
        for number, person_id in enumerate(person_ids):
            if progress is not None:
                progress.step(number, total)
            with self.db.write() as session:
                try:
                    done += anonymise(session, person_id, self.now())
                except NotFound:
                    continue
        if progress is not None:
            progress.step(total, total)
        return done

    def tombstone_day(self, person_id: uuid.UUID) -> date | None:
        with self.db.read() as session:
            at = session.scalar(select(Person.anonymised_at).where(Person.id == person_id))
        return at.date() if at else None
