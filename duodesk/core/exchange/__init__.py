"""The headquarters exchange workbook (SPEC §6), without Qt: its sheets and columns
(:mod:`.columns`), the streaming writer and the reader, the merge of an imported workbook
with the database and the conflicts it keeps, and the pseudonymised variant.

This module is the stable API the window and the command line use::

    service = services.exchange                      # an :class:`ExchangeService`
    result = service.export(path, pseudonymised=False, progress=progress)
    outcome = service.import_file(path, progress=progress)
    for conflict in service.conflicts(): ...
    service.resolve(conflict.id, {"email": "file", "phone": "local"})

The types below are plain frozen dataclasses (no ORM object leaves the core). The service
itself lives in :mod:`.service` and is imported on first use, so that importing these types
costs nothing at start-up (no openpyxl, no calamine).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

if TYPE_CHECKING:
    from duodesk.core.exchange.service import ExchangeService

__all__ = [
    "FORMAT_VERSION",
    "Choice",
    "ConflictField",
    "ConflictView",
    "ExchangeProblem",
    "ExchangeService",
    "ExportResult",
    "ImportExchangeResult",
]

FORMAT_VERSION = 1

Choice = Literal["local", "file"]


@dataclass(frozen=True)
class ExportResult:
    """A workbook written: where, how many data rows per sheet (a continuation sheet such as
    ``Meetings 2`` is counted under its own name), and whether it was pseudonymised."""

    path: Path
    sheets: dict[str, int]
    pseudonymised: bool


@dataclass(frozen=True)
class ExchangeProblem:
    """A cell or row of an imported workbook that was not applied, told as a code.

    ``row`` is the spreadsheet row number (1 = header); ``column`` the column's name, or
    None for the whole row. Codes: ``unknown_code`` (params ``value``, ``allowed`` as the
    codes joined with ``, ``), ``broken_reference`` (``value``: the id not found, ``target``:
    the sheet it should be on), ``bad_date``, ``bad_datetime``, ``bad_number``,
    ``bad_boolean``, ``bad_id``, ``missing_id``, ``missing_value``, ``duplicate_id``,
    ``bad_updated_at``, ``missing_column`` (row 1; ``column`` is the missing one),
    ``duplicate_row`` (an Attendance row naming a person twice for one meeting),
    ``not_a_group_session`` (an Attendance row for a duo's meeting), ``text_too_long``
    (``length``: a text longer than a cell holds, 32,767 characters),
    ``implausible_birth_date`` (``value``: a birth date the person form refuses). Params
    hold the offending cell text (cut to 80 characters) only where a code is concerned, never
    a person's name.
    """

    sheet: str
    row: int
    column: str | None
    code: str
    params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ConflictField:
    """One exchanged column of a conflicting record: its value when last exchanged
    (``base``, None if never exchanged), here (``local``) and in the file (``file``), as the
    workbook's text (dates ``YYYY-MM-DD``, booleans ``yes``/``no``, empty as ``""``)."""

    name: str
    base: str | None
    local: str
    file: str


@dataclass(frozen=True)
class ConflictView:
    """A record changed both here and in an imported workbook, waiting for the coordinator.

    ``record_type`` is ``mentee``, ``mentor``, ``duo``, ``meeting`` or ``evaluation``;
    ``label`` names the record for the screen only (a person's name, a duo's two names, a
    meeting's kind and date). ``fields`` lists only the columns whose local and file values
    differ, by their column names in the sheet's order; a meeting has one more field,
    ``attendance``: who was invited to a group session and whether they came, as
    ``person-id:yes;person-id:no`` (the Attendance sheet's rows of that meeting).
    :meth:`ExchangeService.resolve` takes a choice for each of them.
    """

    id: UUID
    record_type: str
    record_id: UUID
    label: str
    fields: tuple[ConflictField, ...]
    file_name: str
    file_updated_at: datetime


@dataclass(frozen=True)
class ImportExchangeResult:
    """What an import did: data rows read per sheet, records created, updated and left
    unchanged, conflicts kept for the coordinator and the problems (rows not applied)."""

    rows: dict[str, int]
    created: int
    updated: int
    unchanged: int
    conflicts: int
    problems: tuple[ExchangeProblem, ...]


def __getattr__(name: str) -> Any:
    # The service pulls in SQLAlchemy queries and, on use, openpyxl and calamine: imported
    # only when asked for, so that the types above stay free to import.
    if name == "ExchangeService":
        from duodesk.core.exchange.service import ExchangeService

        return ExchangeService
    raise AttributeError(name)
