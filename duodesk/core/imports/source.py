"""What the reading half of the partner import hands to the import service (SPEC §5).

These types are the contract between the reader (``reader``, ``columns``, ``values``), the
import service that classifies and commits rows, and the GUI wizard: a :class:`SourceTable`
is the file as read, a :class:`NormalisedRow` one data row with its values cleaned and its
problems listed as codes (the core never translates; ``duodesk.import_texts`` does).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ImportField(StrEnum):
    """What a column of a partner file can be mapped to. Where the mentee's file has the
    same field, the value is its name in ``PersonData`` / ``MenteeData``."""

    FULL_NAME = "full_name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    GENDER = "gender"
    BIRTH_DATE = "birth_date"
    EMAIL = "email"
    PHONE = "phone"
    POSTAL_CODE = "postal_code"
    MUNICIPALITY = "municipality"
    LANGUAGES = "languages"
    SECTORS = "sectors"
    EDUCATION_LEVEL = "education_level"
    DIPLOMA_RECOGNISED = "diploma_recognised"
    REFERRAL_DATE = "referral_date"
    REFERRER_CONTACT = "referrer_contact"
    PROFESSIONAL_PROJECT = "professional_project"
    DRIVING_LICENCE = "driving_licence"
    JOBSEEKER_SERVICE = "jobseeker_service"
    NOTES = "notes"


@dataclass(frozen=True)
class SourceRow:
    """One data row as read: its 1-based row number in the sheet (or line in a CSV file)
    and its raw cells (``str | int | float | bool | date | datetime | None``; formula cells
    give their cached value; a cell formatted as a time of day or a duration, which no
    partner column should hold, comes as ``datetime.time`` or ``timedelta``). Column
    indexes count from the sheet's column A (0), so a mapping means the same in every
    row."""

    number: int
    cells: tuple[object, ...]


@dataclass(frozen=True)
class SourceTable:
    """A partner file as read: which sheet, where its header is, and every non-blank row
    below the header (the *data rows*), in order."""

    file_name: str
    sha256: str  # of the file's bytes
    file_type: str  # "xlsx" | "xlsm" | "xls" | "ods" | "csv"
    sheets: tuple[str, ...]  # the visible sheets (empty for csv)
    sheet: str | None  # the sheet read (None for csv)
    header_row: int  # 1-based
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]


@dataclass(frozen=True)
class RowIssue:
    """A problem with one row, as a code (``date_unreadable``, ``phone_unreadable``,
    ``last_name_missing``, ``national_number_dropped``…), the field it concerns and
    parameters. ``params`` may hold the cell's own text (``value``) to show the coordinator
    in the report; it is never logged."""

    code: str
    field: ImportField | None = None
    # dataclasses.field: the attribute "field" above shadows the bare name here.
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclass
class NormalisedRow:
    """One data row with its values cleaned. ``warnings`` keep the row (a phone kept as
    typed); any ``errors`` reject it (no last name, impossible birth date).

    ``values`` hold ``str``, ``date``, ``bool``, codes (``Gender``, ``EducationLevel``…),
    ``list[tuple[str, str]]`` for languages (ISO code, level) and ``list[str]`` for sector
    codes."""

    number: int
    values: dict[ImportField, Any]
    warnings: list[RowIssue]
    errors: list[RowIssue]

    @property
    def rejected(self) -> bool:
        return bool(self.errors)
