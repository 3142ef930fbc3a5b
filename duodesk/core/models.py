"""The data model of the whole domain (SPEC §3), as SQLAlchemy 2 typed ORM classes.

Every record has a UUID key and UTC ``created_at``/``updated_at`` to the second. Codes are
stored as their string values (see :mod:`duodesk.core.codes`). Meeting times are naive
Europe/Brussels local times, as the coordinators plan them.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from duodesk.core import codes

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


class UTCDateTime(TypeDecorator[datetime]):
    """A moment stored as naive UTC to the second, read back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None, microsecond=0)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def code(enum_class: type[codes.StrEnum], length: int = 24) -> Enum:
    """A column type storing the string value of a code list member."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=length,
        validate_strings=True,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    """Declarative base with the naming convention Alembic's batch mode needs."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record:
    """Columns every record has: a UUID and its creation and last-change moments."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


# --- organisation -------------------------------------------------------------------------


class Antenna(Record, Base):
    """A regional antenna (BXL, ANT, GNT…)."""

    __tablename__ = "antennas"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(80))


class Coordinator(Record, Base):
    """A staff member who follows candidates and duos."""

    __tablename__ = "coordinators"

    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    antenna_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("antennas.id", ondelete="SET NULL"), index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    antenna: Mapped[Antenna | None] = relationship()


class Partner(Record, Base):
    """An organisation that refers candidates, with its saved import mapping."""

    __tablename__ = "partners"

    name: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[codes.PartnerKind] = mapped_column(code(codes.PartnerKind))
    contact_name: Mapped[str | None] = mapped_column(String(160))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    import_mapping: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class AppSetting(Base):
    """A setting stored in the database (matching weights, retention, backup folder…)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


# --- people --------------------------------------------------------------------------------


class Person(Record, Base):
    """What mentees and mentors have in common (joined-table inheritance on ``role``)."""

    __tablename__ = "persons"

    role: Mapped[codes.PersonRole] = mapped_column(code(codes.PersonRole, 8))
    antenna_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("antennas.id", ondelete="RESTRICT"), index=True
    )
    coordinator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    sort_key: Mapped[str] = mapped_column(String(210), index=True)
    gender: Mapped[codes.Gender | None] = mapped_column(code(codes.Gender, 1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    postal_code: Mapped[str | None] = mapped_column(String(8))
    municipality: Mapped[str | None] = mapped_column(String(100))
    # Weekly availability: bit (day * 3 + part) for day 0 = Monday, part 0 = morning.
    availability: Mapped[int] = mapped_column(Integer, default=0)
    registered_on: Mapped[date] = mapped_column(Date)
    # An override of the age rule for the role, with the coordinator's reason.
    age_override_reason: Mapped[str | None] = mapped_column(Text)
    # A tombstone (SPEC §9): when the file was anonymised, and the age band kept for the
    # statistics once the birth date is gone.
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    age_band: Mapped[str | None] = mapped_column(String(8))

    antenna: Mapped[Antenna] = relationship()
    coordinator: Mapped[Coordinator | None] = relationship()
    languages: Mapped[list[PersonLanguage]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    sectors: Mapped[list[PersonSector]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    interests: Mapped[list[PersonInterest]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    journal: Mapped[list[JournalEntry]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="JournalEntry.written_at"
    )
    consents: Mapped[list[Consent]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"polymorphic_on": "role"}


class PersonLanguage(Base):
    """A language a person speaks, with its level."""

    __tablename__ = "person_languages"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(3), primary_key=True)
    level: Mapped[codes.LanguageLevel] = mapped_column(code(codes.LanguageLevel, 8))


class PersonSector(Base):
    """A sector a mentee aims at or a mentor knows."""

    __tablename__ = "person_sectors"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    sector: Mapped[codes.Sector] = mapped_column(code(codes.Sector), primary_key=True)


class PersonInterest(Base):
    """A free-text interest (sport, cooking, music…), compared folded for matching."""

    __tablename__ = "person_interests"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    interest: Mapped[str] = mapped_column(String(60), primary_key=True)


class Mentee(Person):
    """A young jobseeker referred to the programme."""

    __tablename__ = "mentees"

    id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    # Looked up through ix_mentees_status_id (status, id).
    status: Mapped[codes.MenteeStatus] = mapped_column(code(codes.MenteeStatus))
    referral_partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL"), index=True
    )
    referrer_contact: Mapped[str | None] = mapped_column(String(200))
    referral_date: Mapped[date | None] = mapped_column(Date)
    education_level: Mapped[codes.EducationLevel | None] = mapped_column(
        code(codes.EducationLevel)
    )
    diploma_recognised: Mapped[codes.DiplomaRecognition | None] = mapped_column(
        code(codes.DiplomaRecognition, 12)
    )
    professional_project: Mapped[str | None] = mapped_column(Text)
    digital_skills: Mapped[codes.DigitalSkills | None] = mapped_column(code(codes.DigitalSkills))
    driving_licence: Mapped[bool | None] = mapped_column(Boolean)
    jobseeker_service: Mapped[codes.JobseekerService | None] = mapped_column(
        code(codes.JobseekerService)
    )
    # Special-category data is limited to this yes/no (SPEC §3, §9): never a country.
    target_group_met: Mapped[bool | None] = mapped_column(Boolean)
    preferred_mentor_gender: Mapped[codes.Gender | None] = mapped_column(code(codes.Gender, 1))

    referral_partner: Mapped[Partner | None] = relationship()
    barriers: Mapped[list[MenteeBarrier]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"polymorphic_identity": codes.PersonRole.MENTEE}


class MenteeBarrier(Base):
    """A barrier to employment named at intake."""

    __tablename__ = "mentee_barriers"

    mentee_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentees.id", ondelete="CASCADE"), primary_key=True
    )
    barrier: Mapped[codes.Barrier] = mapped_column(code(codes.Barrier), primary_key=True)


class Mentor(Person):
    """A volunteer aged 50+."""

    __tablename__ = "mentors"

    id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    # Looked up through ix_mentors_status_id (status, id).
    status: Mapped[codes.MentorStatus] = mapped_column(code(codes.MentorStatus))
    last_job: Mapped[str | None] = mapped_column(String(200))
    employer: Mapped[str | None] = mapped_column(String(200))
    company_partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL"), index=True
    )
    working_status: Mapped[codes.WorkingStatus | None] = mapped_column(
        code(codes.WorkingStatus)
    )
    # The date the last of the 8 training modules was completed (None until all 8 are done).
    trained_on: Mapped[date | None] = mapped_column(Date)
    max_duos: Mapped[int] = mapped_column(Integer, default=1)
    paused_until: Mapped[date | None] = mapped_column(Date)

    company_partner: Mapped[Partner | None] = relationship()
    training_modules: Mapped[list[MentorTrainingModule]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"polymorphic_identity": codes.PersonRole.MENTOR}


class MentorTrainingModule(Base):
    """One of the eight half-day training modules, completed on a date."""

    __tablename__ = "mentor_training_modules"

    mentor_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentors.id", ondelete="CASCADE"), primary_key=True
    )
    module: Mapped[int] = mapped_column(Integer, primary_key=True)
    completed_on: Mapped[date] = mapped_column(Date)


class JournalEntry(Record, Base):
    """A dated note in a person's file, stamped with the coordinator who wrote it."""

    __tablename__ = "journal_entries"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    coordinator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)


class StatusChange(Record, Base):
    """One step in the status history of a person or a duo."""

    __tablename__ = "status_changes"

    # Looked up through ix_status_changes_person_changed (person_id, changed_at).
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE")
    )
    duo_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("duos.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    coordinator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL")
    )
    reason: Mapped[str | None] = mapped_column(Text)


class Consent(Record, Base):
    """A consent given by a person for one purpose, possibly withdrawn later."""

    __tablename__ = "consents"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[codes.ConsentPurpose] = mapped_column(code(codes.ConsentPurpose))
    given_on: Mapped[date] = mapped_column(Date)
    text_version: Mapped[str] = mapped_column(String(32))
    collected_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL")
    )
    withdrawn_on: Mapped[date | None] = mapped_column(Date)


# --- duos and meetings -----------------------------------------------------------------------


class Duo(Record, Base):
    """A mentee and a mentor paired for six months."""

    __tablename__ = "duos"

    mentee_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentees.id", ondelete="RESTRICT"), index=True
    )
    mentor_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentors.id", ondelete="RESTRICT"), index=True
    )
    coordinator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL"), index=True
    )
    antenna_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("antennas.id", ondelete="RESTRICT"), index=True
    )
    agreement_language: Mapped[codes.AgreementLanguage] = mapped_column(
        code(codes.AgreementLanguage, 2)
    )
    status: Mapped[codes.DuoStatus] = mapped_column(code(codes.DuoStatus), index=True)
    proposed_on: Mapped[date] = mapped_column(Date)
    first_meeting_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_deadline: Mapped[datetime | None] = mapped_column(DateTime)
    mentee_accepted: Mapped[bool | None] = mapped_column(Boolean)
    mentor_accepted: Mapped[bool | None] = mapped_column(Boolean)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    decline_reason: Mapped[codes.DeclineReason | None] = mapped_column(code(codes.DeclineReason))
    # The agreement is signed at the second meeting: that date is the duo's start date.
    start_date: Mapped[date | None] = mapped_column(Date, index=True)
    planned_end: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[codes.EndReason | None] = mapped_column(code(codes.EndReason))
    outcome: Mapped[codes.Outcome | None] = mapped_column(code(codes.Outcome))
    outcome_date: Mapped[date | None] = mapped_column(Date)

    mentee: Mapped[Mentee] = relationship(foreign_keys=[mentee_id])
    mentor: Mapped[Mentor] = relationship(foreign_keys=[mentor_id])
    coordinator: Mapped[Coordinator | None] = relationship()
    antenna: Mapped[Antenna] = relationship()
    evaluations: Mapped[list[Evaluation]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingSeries(Record, Base):
    """Meetings that repeat (weekly, every two weeks, monthly) until a date or a count.

    The meetings of a series are ordinary rows pointing to it; ``rule`` keeps how they were
    made (e.g. ``{"freq": "weekly", "interval": 1, "until": "2027-06-30"}`` or with
    ``"count": 10``), so that "this one and all following" can be changed together.
    """

    __tablename__ = "meeting_series"

    rule: Mapped[dict[str, Any]] = mapped_column(JSON)


class Meeting(Record, Base):
    """A meeting of any kind: a duo meeting, a follow-up, an intake, a group session…"""

    __tablename__ = "meetings"

    # Looked up through ix_meetings_kind_status_starts (kind, status, starts_at).
    kind: Mapped[codes.MeetingKind] = mapped_column(code(codes.MeetingKind))
    status: Mapped[codes.MeetingStatus] = mapped_column(code(codes.MeetingStatus))
    # Naive local time in Europe/Brussels, as planned by the coordinator.
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    location: Mapped[str | None] = mapped_column(String(200))
    coordinator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL"), index=True
    )
    # Looked up through ix_meetings_duo_starts (duo_id, starts_at).
    duo_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("duos.id", ondelete="CASCADE"))
    summary: Mapped[str | None] = mapped_column(Text)
    topics: Mapped[str | None] = mapped_column(Text)
    # A follow-up's place in the duo's path: 1, 3 or 6 months after the start, or 12 for
    # the outcome check; empty for every other meeting.
    follow_up_month: Mapped[int | None] = mapped_column(Integer)
    # A group session's name as shown in the calendar ("Information session, Schaerbeek").
    title: Mapped[str | None] = mapped_column(String(200))
    # No foreign key: adding one would rebuild this table of half a million rows on SQLite;
    # the calendar's service empties it when it removes a series.
    series_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)

    duo: Mapped[Duo | None] = relationship()
    attendees: Mapped[list[MeetingAttendee]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingAttendee(Base):
    """A person invited to a meeting, and whether they attended."""

    __tablename__ = "meeting_attendees"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    attended: Mapped[bool | None] = mapped_column(Boolean)


class Evaluation(Record, Base):
    """The answers of the mentee or the mentor of a duo at one stage."""

    __tablename__ = "evaluations"

    duo_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("duos.id", ondelete="CASCADE"), index=True)
    respondent: Mapped[codes.Respondent] = mapped_column(code(codes.Respondent, 8))
    stage: Mapped[codes.EvaluationStage] = mapped_column(code(codes.EvaluationStage, 12))
    answered_on: Mapped[date] = mapped_column(Date)
    professional_project_defined: Mapped[bool | None] = mapped_column(Boolean)
    more_confident: Mapped[bool | None] = mapped_column(Boolean)
    network_expanded: Mapped[bool | None] = mapped_column(Boolean)
    coaching_skills_improved: Mapped[bool | None] = mapped_column(Boolean)
    feels_useful: Mapped[bool | None] = mapped_column(Boolean)
    added_value: Mapped[bool | None] = mapped_column(Boolean)
    comments: Mapped[str | None] = mapped_column(Text)


# --- accountability -------------------------------------------------------------------------


class AuditEntry(Record, Base):
    """Who did what to which record: field names only, never personal values (SPEC §3)."""

    __tablename__ = "audit_entries"

    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    # No foreign key: the audit trail outlives the coordinators and records it names.
    coordinator_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    action: Mapped[codes.AuditAction] = mapped_column(code(codes.AuditAction, 8))
    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    fields: Mapped[str | None] = mapped_column(Text)


class ExchangeState(Base):
    """What was last exchanged with headquarters for one record (SPEC §6): its
    ``updated_at`` then and the values of its exchanged columns, so that a record changed on
    both sides since is told apart from one changed on one side only."""

    __tablename__ = "exchange_states"

    record_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    exchanged_updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    exchanged_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ExchangeConflict(Record, Base):
    """A record changed both here and in an imported exchange workbook since they were last
    exchanged: kept for the coordinator to resolve field by field, never overwritten."""

    __tablename__ = "exchange_conflicts"

    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    file_updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    file_values: Mapped[dict[str, Any]] = mapped_column(JSON)
    local_values: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportBatch(Record, Base):
    """One partner file imported: what it was, and what it did."""

    __tablename__ = "import_batches"

    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL")
    )
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    coordinator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("coordinators.id", ondelete="SET NULL")
    )
    rows: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The sheet read, and what the report shows: the mapping used, the columns left out and
    # where the rejected rows were written (column names and paths, never personal values).
    sheet: Mapped[str | None] = mapped_column(String(120))
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    records: Mapped[list[ImportBatchRecord]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ImportBatchRecord(Base):
    """A person an import created or merged into."""

    __tablename__ = "import_batch_records"

    batch_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    action: Mapped[str] = mapped_column(String(8))
    # For a merge: the fields it filled and the values it put there, so that undoing the
    # import empties them again (when nobody changed them since).
    filled: Mapped[dict[str, Any] | None] = mapped_column(JSON)


Index("ix_meetings_duo_starts", Meeting.duo_id, Meeting.starts_at)
# The Today list's planned follow-ups up to a day (migration 0004_follow_up_index).
Index("ix_meetings_kind_status_starts", Meeting.kind, Meeting.status, Meeting.starts_at)

# Candidate tables at 100,000 rows: role + sort for each list, filters, duplicate checks and
# the date a mentee started waiting (migration 0002_person_search).
Index("ix_persons_role_sort_key", Person.role, Person.sort_key, Person.id)
Index("ix_persons_role_registered_on", Person.role, Person.registered_on, Person.sort_key,
      Person.id)
Index("ix_mentees_status_id", Mentee.status, Mentee.id)
Index("ix_mentors_status_id", Mentor.status, Mentor.id)
Index("ix_persons_birth_date", Person.birth_date)
Index("ix_persons_municipality", Person.municipality)
Index("ix_person_sectors_sector", PersonSector.sector, PersonSector.person_id)
Index("ix_person_languages_language", PersonLanguage.language, PersonLanguage.person_id)
Index("ix_status_changes_person_changed", StatusChange.person_id, StatusChange.changed_at)
