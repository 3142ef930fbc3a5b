"""The plain data of candidate files that services hand to screens and threads (never live
ORM objects): what a form edits (:class:`MenteeData`, :class:`MentorData`), a whole file
(:class:`PersonFile`), a table row (:class:`PersonRow`) and a table's selection
(:class:`PersonQuery`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar

from duodesk.core.codes import (
    WEEKDAYS,
    Barrier,
    DayPart,
    DigitalSkills,
    DiplomaRecognition,
    EducationLevel,
    Gender,
    JobseekerService,
    LanguageLevel,
    PersonRole,
    Sector,
    WorkingStatus,
)

# --- weekly availability ----------------------------------------------------------------------

DAY_PARTS = tuple(DayPart)
Slot = tuple[str, DayPart]  # ("wed", DayPart.EVENING)


def availability_mask(slots: Iterable[tuple[str, DayPart | str]]) -> int:
    """The stored bitmask of a set of (weekday code, day part): bit ``day * 3 + part``,
    Monday and morning first. Raises ``ValueError`` for an unknown day or part."""
    mask = 0
    for day, part in slots:
        mask |= 1 << (WEEKDAYS.index(day) * 3 + DAY_PARTS.index(DayPart(part)))
    return mask


def availability_slots(mask: int) -> frozenset[Slot]:
    """The set of (weekday code, day part) of a stored bitmask."""
    return frozenset(
        (day, part)
        for d, day in enumerate(WEEKDAYS)
        for p, part in enumerate(DAY_PARTS)
        if mask >> (d * 3 + p) & 1
    )


# --- what a form edits --------------------------------------------------------------------------


@dataclass(kw_only=True)
class PersonData:
    """The fields mentees and mentors share, as a form edits them.

    Empty text is ``""`` or ``None``; codes may be given as members or as their string
    codes. ``registered_on``, ``coordinator_id`` and ``antenna_id`` left ``None`` on
    creation take today, the current coordinator and the home antenna.
    """

    first_name: str = ""
    last_name: str = ""
    gender: Gender | None = None
    birth_date: date | None = None
    email: str | None = None
    phone: str | None = None
    postal_code: str | None = None
    municipality: str | None = None
    languages: list[tuple[str, LanguageLevel]] = field(default_factory=list)
    sectors: list[Sector] = field(default_factory=list)
    availability: frozenset[Slot] = frozenset()
    interests: list[str] = field(default_factory=list)
    registered_on: date | None = None
    coordinator_id: uuid.UUID | None = None
    antenna_id: uuid.UUID | None = None
    # Why the age rule of the role does not apply to this person (needed only outside it).
    age_override_reason: str | None = None

    role: ClassVar[PersonRole]


@dataclass(kw_only=True)
class MenteeData(PersonData):
    """A mentee's file as a form edits it (SPEC §3 Mentee)."""

    referral_partner_id: uuid.UUID | None = None
    referrer_contact: str | None = None
    referral_date: date | None = None
    education_level: EducationLevel | None = None
    diploma_recognised: DiplomaRecognition | None = None
    professional_project: str | None = None
    barriers: list[Barrier] = field(default_factory=list)
    digital_skills: DigitalSkills | None = None
    driving_licence: bool | None = None
    jobseeker_service: JobseekerService | None = None
    # Special-category data is limited to this yes/no (SPEC §9): never a country of origin.
    target_group_met: bool | None = None
    preferred_mentor_gender: Gender | None = None

    role: ClassVar[PersonRole] = PersonRole.MENTEE


@dataclass(kw_only=True)
class MentorData(PersonData):
    """A mentor's file as a form edits it (SPEC §3 Mentor). ``training_modules`` maps the
    module number (1 to 8) to the date it was completed; the pause is set by a status
    change, not here."""

    last_job: str | None = None
    employer: str | None = None
    company_partner_id: uuid.UUID | None = None
    working_status: WorkingStatus | None = None
    training_modules: dict[int, date] = field(default_factory=dict)
    max_duos: int = 1

    role: ClassVar[PersonRole] = PersonRole.MENTOR


# --- what a file shows ------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalEntryView:
    """A dated note in a person's file."""

    id: uuid.UUID
    written_at: datetime
    coordinator_id: uuid.UUID | None
    coordinator_name: str | None
    text: str


@dataclass(frozen=True)
class HistoryItem:
    """One line of a file's history: created, edited (which fields) or a status change.

    ``action`` is ``created``, ``edited`` or ``status_changed``; ``fields`` names the fields
    edited (never their values); ``reason`` is the reason given for a status change.
    """

    at: datetime
    action: str
    coordinator_id: uuid.UUID | None
    coordinator_name: str | None
    fields: tuple[str, ...] = ()
    from_status: str | None = None
    to_status: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class PersonFile:
    """Everything a person's file shows: the profile, the journal and the history."""

    id: uuid.UUID
    role: PersonRole
    status: str
    data: MenteeData | MentorData
    created_at: datetime
    updated_at: datetime
    age: int | None
    antenna_code: str
    antenna_name: str
    coordinator_name: str | None
    # The referral partner of a mentee, the company partner of a mentor.
    partner_name: str | None
    # The statuses the file may move to now (for a "Change status" menu).
    next_statuses: tuple[str, ...]
    journal: tuple[JournalEntryView, ...]
    history: tuple[HistoryItem, ...]
    # A mentor's pause end, and the date the last of the 8 training modules was completed.
    paused_until: date | None = None
    trained_on: date | None = None
    # The day the file was anonymised (duodesk.core.privacy): a tombstone, not to be edited.
    anonymised_on: date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.data.first_name} {self.data.last_name}".strip()


@dataclass(frozen=True)
class DuplicateMatch:
    """A known person who may be the one being entered, and why (``email``, ``phone``,
    ``name_and_birth_date``); ``name_score`` is the name similarity (0-100)."""

    person_id: uuid.UUID
    role: PersonRole
    first_name: str
    last_name: str
    birth_date: date | None
    status: str
    reasons: tuple[str, ...]
    name_score: float


# --- tables --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonRow:
    """The display columns of one person in the mentee or mentor table."""

    id: uuid.UUID
    role: PersonRole
    last_name: str
    first_name: str
    status: str
    gender: str | None
    birth_date: date | None
    age: int | None
    email: str | None
    phone: str | None
    postal_code: str | None
    municipality: str | None
    sectors: tuple[str, ...]
    languages: tuple[tuple[str, str], ...]
    coordinator_id: uuid.UUID | None
    coordinator_name: str | None
    antenna_code: str
    registered_on: date
    # Mentees waiting for a mentor: since when, and for how many days.
    waiting_since: date | None = None
    days_waiting: int | None = None
    # Mentors: capacity, duos under way (proposed, accepted or active), pause, training.
    max_duos: int | None = None
    current_duos: int | None = None
    paused_until: date | None = None
    trained_on: date | None = None


# Sort keys of the tables; a GUI column's key is one of these.
SORT_KEYS = (
    "name", "first_name", "status", "age", "gender", "email", "phone", "postal_code",
    "municipality", "coordinator", "antenna", "registered_on", "days_waiting", "trained_on",
)


@dataclass(frozen=True)
class PersonQuery:
    """Which persons a table shows and in which order; everything is done in SQL.

    ``statuses`` empty means all; ``search`` is what was typed in the table's search field
    (prefixes of names, email or phone); ``sort`` is one of :data:`SORT_KEYS`;
    ``without_anonymised`` leaves out the files anonymised (kept for the figures only).
    """

    role: PersonRole
    statuses: frozenset[str] = frozenset()
    sector: Sector | None = None
    language: str | None = None
    municipality: str | None = None
    coordinator_id: uuid.UUID | None = None
    antenna_id: uuid.UUID | None = None
    search: str = ""
    sort: str = "name"
    descending: bool = False
    without_anonymised: bool = False
