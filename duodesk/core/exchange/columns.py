"""The sheets and columns of the exchange workbook (SPEC §6) as data.

Every column has a name (the header text, found by name in any order on import), a kind
that says how its cells are written and read, and for code columns the list of codes
allowed. Each value also has one *canonical text*, the form compared by the merge, kept in
:class:`~duodesk.core.models.ExchangeState` and shown in a conflict: ``""`` for empty,
``YYYY-MM-DD`` for a date, ``YYYY-MM-DDTHH:MM:SS`` for a meeting's local start,
``yes``/``no``, whole numbers in digits, lists as written (``fr:native;nl:good``).

docs/exchange-format.md is the same contract for people; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from duodesk.core import codes


class Kind(StrEnum):
    """How a column's cells are written and read."""

    ID = "id"  # the record's UUID, as text
    REF = "ref"  # the UUID of a record of another sheet, as text; empty allowed if optional
    TEXT = "text"
    CODE = "code"  # one code of the column's list
    CODES = "codes"  # codes of the column's list joined with ";"
    LANGUAGES = "languages"  # language codes each with an optional ":level", joined by ";"
    DATE = "date"  # an Excel date
    DATETIME = "datetime"  # an Excel date-time in Brussels local time
    INTEGER = "integer"
    BOOLEAN = "boolean"  # yes / no
    UPDATED_AT = "updated_at"  # ISO 8601 text in UTC ending in Z
    AGE_BAND = "age_band"  # pseudonymised variant only


@dataclass(frozen=True)
class Column:
    """One column of a sheet."""

    name: str
    kind: Kind
    codes: tuple[str, ...] = ()
    required: bool = False
    width: int = 14
    # Left out of the pseudonymised variant (names, contacts, birth dates, free text).
    personal: bool = False
    # Older workbooks may lack it (Meetings' status and coordinator, SPEC §6).
    optional_column: bool = False


@dataclass(frozen=True)
class Sheet:
    """One sheet: its name, the record type it holds and its columns."""

    name: str
    record_type: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


def _codes(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


GENDERS = _codes(codes.Gender)
LEVELS = _codes(codes.LanguageLevel)
SECTORS = _codes(codes.Sector)
YES_NO = ("yes", "no")
ANTENNAS = ("BXL", "ANT", "GNT", "LGE", "MEC", "VRV", "CRL")  # more may exist in Settings
MENTEE_AGE_BANDS = ("18-20", "21-25", "26-30", "31+")
MENTOR_AGE_BANDS = ("50-59", "60-69", "70+")


def _id() -> Column:
    return Column("id", Kind.ID, required=True, width=38)


def _updated() -> Column:
    return Column("updated_at", Kind.UPDATED_AT, required=True, width=22)


def _person_head() -> tuple[Column, ...]:
    return (
        _id(),
        Column("antenna", Kind.CODE, ANTENNAS, required=True, width=9),
        Column("first_name", Kind.TEXT, required=True, width=18, personal=True),
        Column("last_name", Kind.TEXT, required=True, width=20, personal=True),
        Column("gender", Kind.CODE, GENDERS, width=8),
        Column("birth_date", Kind.DATE, width=12, personal=True),
        Column("email", Kind.TEXT, width=30, personal=True),
        Column("phone", Kind.TEXT, width=16, personal=True),
        Column("postal_code", Kind.TEXT, width=11, personal=True),
        Column("municipality", Kind.TEXT, width=20),
        Column("languages", Kind.LANGUAGES, width=24),
        Column("sectors", Kind.CODES, SECTORS, width=28),
    )


def _person_tail(statuses: type[StrEnum]) -> tuple[Column, ...]:
    return (
        Column("status", Kind.CODE, _codes(statuses), required=True, width=13),
        Column("registered_on", Kind.DATE, required=True, width=13),
        Column("consent_on", Kind.DATE, width=12),
        _updated(),
    )


MENTEES = Sheet("Mentees", "mentee", (
    *_person_head(),
    Column("education_level", Kind.CODE, _codes(codes.EducationLevel), width=16),
    Column("referral_partner", Kind.TEXT, width=24),
    Column("referral_date", Kind.DATE, width=13),
    *_person_tail(codes.MenteeStatus),
))

MENTORS = Sheet("Mentors", "mentor", (
    *_person_head(),
    Column("employer", Kind.TEXT, width=24, personal=True),
    Column("trained_on", Kind.DATE, width=12),
    *_person_tail(codes.MentorStatus),
))

DUOS = Sheet("Duos", "duo", (
    _id(),
    Column("mentee_id", Kind.REF, required=True, width=38),
    Column("mentor_id", Kind.REF, required=True, width=38),
    Column("coordinator", Kind.TEXT, width=20, personal=True),
    Column("status", Kind.CODE, _codes(codes.DuoStatus), required=True, width=10),
    Column("proposed_on", Kind.DATE, required=True, width=12),
    Column("start_date", Kind.DATE, width=12),
    Column("end_date", Kind.DATE, width=12),
    Column("end_reason", Kind.CODE, _codes(codes.EndReason), width=17),
    Column("agreement_signed_on", Kind.DATE, width=12),
    Column("outcome", Kind.CODE, _codes(codes.Outcome), width=12),
    Column("outcome_date", Kind.DATE, width=12),
    _updated(),
))

MEETINGS = Sheet("Meetings", "meeting", (
    _id(),
    Column("duo_id", Kind.REF, width=38),
    Column("kind", Kind.CODE, _codes(codes.MeetingKind), required=True, width=13),
    Column("status", Kind.CODE, _codes(codes.MeetingStatus), required=True, width=10,
           optional_column=True),
    Column("coordinator", Kind.TEXT, width=20, personal=True, optional_column=True),
    Column("starts_at", Kind.DATETIME, required=True, width=17),
    Column("duration_min", Kind.INTEGER, required=True, width=8),
    Column("location", Kind.TEXT, width=24, personal=True),
    Column("attended", Kind.BOOLEAN, YES_NO, width=9),
    Column("summary", Kind.TEXT, width=40, personal=True),
    _updated(),
))

ATTENDANCE = Sheet("Attendance", "attendance", (
    Column("meeting_id", Kind.REF, required=True, width=38),
    Column("person_id", Kind.REF, required=True, width=38),
    Column("attended", Kind.BOOLEAN, YES_NO, width=9),
))

_ANSWERS = ("professional_project_defined", "more_confident", "network_expanded",
            "coaching_skills_improved", "feels_useful", "added_value")

EVALUATIONS = Sheet("Evaluations", "evaluation", (
    _id(),
    Column("duo_id", Kind.REF, required=True, width=38),
    Column("respondent", Kind.CODE, _codes(codes.Respondent), required=True, width=11),
    Column("stage", Kind.CODE, _codes(codes.EvaluationStage), required=True, width=10),
    Column("answered_on", Kind.DATE, required=True, width=12),
    *(Column(name, Kind.BOOLEAN, YES_NO, width=12) for name in _ANSWERS),
    _updated(),
))

SHEETS: tuple[Sheet, ...] = (MENTEES, MENTORS, DUOS, MEETINGS, ATTENDANCE, EVALUATIONS)
RECORD_SHEETS = {sheet.record_type: sheet for sheet in SHEETS if sheet is not ATTENDANCE}

# A meeting's attendance at a group session travels on the Attendance sheet but is merged
# as one more value of the meeting ("person-id:yes;person-id:no", sorted), so that a
# meeting and its attendance are one record for the conflict rule.
ATTENDANCE_FIELD = "attendance"

ABOUT = "About"
AGGREGATES = "Aggregates"
ABOUT_KEYS = ("format_version", "antenna", "exported_at", "app_version", "pseudonymised")

MAX_ROWS = 1_048_576  # Excel's rows per sheet, header included
MAX_TEXT = 32_767  # Excel's characters per cell


def continuation_name(sheet: str, part: int) -> str:
    """The name of the ``part``-th sheet of ``sheet`` (1 → ``Meetings``, 2 → ``Meetings 2``)."""
    return sheet if part == 1 else f"{sheet} {part}"


def pseudonymised(sheet: Sheet) -> Sheet:
    """The sheet of the pseudonymised variant: personal columns left out, the birth date
    replaced by an age band (mentees and mentors)."""
    kept: list[Column] = []
    for column in sheet.columns:
        if column.name == "birth_date":
            bands = MENTEE_AGE_BANDS if sheet is MENTEES else MENTOR_AGE_BANDS
            kept.append(Column("age_band", Kind.AGE_BAND, bands, width=9))
        elif not column.personal:
            kept.append(column)
    return Sheet(sheet.name, sheet.record_type, tuple(kept))
