"""What the import service hands to the wizard and the command line (SPEC §5.2–5.5): the
classified rows of a file before anything is stored (:class:`ImportPlan`), what a commit
did (:class:`ImportResult`), the import history and what an undo did.

Plain, frozen data: safe to pass between threads and to keep in a GUI model. Row problems
are :class:`RowIssue` codes; ``duodesk.import_texts`` turns them into sentences.

Issue codes this service adds to the reader's (``params`` in brackets):

* ``invalid_value`` (``reason`` and its own parameters, as ``InvalidValue``): a value the
  person form refuses too, e.g. ``reason=age_mentee`` (``min_age``, ``max_age``);
* ``duplicate_known`` (``name``, ``reasons``: comma-separated ``email``, ``phone``,
  ``name_and_birth_date``): the row is a person already in the database;
* ``duplicate_row`` (``row``, ``reasons``): the row repeats an earlier row of the file;
* ``merge_note`` (``file_name``, ``partner``) and ``value_differs`` (field; ``value``, the
  file's, and ``known``, the stored one): the lines of the journal note a merge writes;
* ``reasons_column`` (no params): the title of the reasons column of the rejected-rows
  workbook, asked of the same ``describe`` callable so that it is in the user's language.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from duodesk.core.imports.source import ImportField, NormalisedRow, RowIssue, SourceTable


class RowClass(StrEnum):
    """What the import will do with a data row unless the coordinator decides otherwise."""

    VALID = "valid"
    WARNINGS = "warnings"  # stored, with something to look at (a phone kept as typed)
    DUPLICATE = "duplicate"  # a known person or an earlier row: skip, merge or create
    REJECTED = "rejected"  # not stored: written to the rejected-rows workbook


class DuplicateChoice(StrEnum):
    """What to do with a duplicate row (default: skip)."""

    SKIP = "skip"
    MERGE = "merge"  # fill the known person's empty fields, note the values that differ
    CREATE = "create"  # a new file anyway


class RowOutcome(StrEnum):
    """What a commit did with a data row."""

    IMPORTED = "imported"
    MERGED = "merged"
    SKIPPED = "skipped"
    REJECTED = "rejected"


@dataclass(frozen=True)
class KnownPerson:
    """The person already in the database that a row duplicates, and why."""

    person_id: uuid.UUID
    role: str  # "mentee" or "mentor"
    first_name: str
    last_name: str
    reasons: tuple[str, ...]
    name_score: float

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class PlannedRow:
    """One data row, classified. ``issues`` are the warnings, or for a rejected row the
    errors, and for a duplicate its ``duplicate_*`` issue first. ``duplicate_of`` names a
    known person; ``duplicate_of_row`` the number of an earlier row of the same file."""

    number: int
    row_class: RowClass
    normalised: NormalisedRow
    issues: tuple[RowIssue, ...]
    duplicate_of: KnownPerson | None = None
    duplicate_of_row: int | None = None
    # The person form's values, checked (internal to the service: what a commit stores).
    clean: Any = field(default=None, repr=False, compare=False)

    @property
    def values(self) -> dict[ImportField, Any]:
        return self.normalised.values

    @property
    def warnings(self) -> tuple[RowIssue, ...]:
        return tuple(self.normalised.warnings)


@dataclass(frozen=True)
class ImportPlan:
    """Every data row of a file classified, before anything is stored.

    ``mapping`` is column index → field; ``unmapped_columns`` the headers of the columns
    left out (not stored); ``already_imported_on`` is set when a file with the same bytes
    was imported before (and not undone); ``source_path`` is where the file was read, for
    the default place of the rejected-rows workbook.
    """

    table: SourceTable
    mapping: dict[int, ImportField]
    partner_id: uuid.UUID | None
    partner_name: str | None
    rows: tuple[PlannedRow, ...]
    unmapped_columns: tuple[str, ...]
    already_imported_on: datetime | None = None
    source_path: Path | None = None

    def counts(self) -> dict[RowClass, int]:
        """How many rows of each class (every class present, zeros included)."""
        found = Counter(row.row_class for row in self.rows)
        return {row_class: found.get(row_class, 0) for row_class in RowClass}

    def row(self, number: int) -> PlannedRow:
        """The planned row with that row number; ``KeyError`` if none."""
        for row in self.rows:
            if row.number == number:
                return row
        raise KeyError(number)


@dataclass(frozen=True)
class ImportResult:
    """What a commit did: every data row is counted once, and the counts add up to
    ``rows``. ``rejected_path`` is the workbook of the rejected rows (None when none), unless
    ``rejected_not_written`` holds the system's reason why it could not be given that name
    after the import was saved: the import stands, and no workbook is there."""

    batch_id: uuid.UUID
    rows: int
    imported: int
    merged: int
    skipped: int
    rejected: int
    rejected_path: Path | None
    created_ids: tuple[uuid.UUID, ...] = ()
    merged_ids: tuple[uuid.UUID, ...] = ()
    rejected_not_written: str | None = None

    def as_dict(self) -> dict[str, int]:
        """The counts as the command line prints them (SPEC §11)."""
        return {"rows": self.rows, "imported": self.imported, "merged": self.merged,
                "skipped": self.skipped, "rejected": self.rejected}


@dataclass(frozen=True)
class ImportHistoryEntry:
    """One line of the import history (newest first)."""

    batch_id: uuid.UUID
    file_name: str
    sha256: str
    sheet: str | None
    partner_id: uuid.UUID | None
    partner_name: str | None
    imported_at: datetime
    coordinator_name: str | None
    rows: int
    imported: int
    merged: int
    skipped: int
    rejected: int
    undone_at: datetime | None
    unmapped_columns: tuple[str, ...] = ()
    rejected_path: str | None = None


class KeptReason(StrEnum):
    """Why an undo kept a record the import had made."""

    IN_DUO = "in_duo"  # proposed or put in a duo since
    EDITED = "edited"  # edited, a note written, a status changed or a meeting since


@dataclass(frozen=True)
class KeptRecord:
    """A person an undo left in place, because it was used since the import."""

    person_id: uuid.UUID
    first_name: str
    last_name: str
    reasons: tuple[KeptReason, ...]
    merged: bool  # merged into by the import (its filled fields were kept)


@dataclass(frozen=True)
class UndoResult:
    """What undoing an import did: files removed, merged files emptied again, and the
    records kept because they were used since (listed for the coordinator)."""

    batch_id: uuid.UUID
    removed: int
    restored: int
    kept: tuple[KeptRecord, ...]
