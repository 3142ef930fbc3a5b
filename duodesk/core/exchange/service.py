"""The exchange workbook service (SPEC §6): export, import, conflicts and their
resolution, each one unit of work on the database."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from uuid import UUID

from duodesk.core.database import Database
from duodesk.core.exchange import (
    Choice,
    ConflictView,
    ExportResult,
    ImportExchangeResult,
)
from duodesk.core.progress import Progress


class ExchangeService:
    """Exports the antenna's data to the exchange workbook and merges one back in."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def export(self, out: Path, *, pseudonymised: bool = False,
               progress: Progress | None = None) -> ExportResult:
        """Write the whole database to ``out`` (streaming) and remember, per record, what
        was exchanged. Raises ``ExchangeTextTooLong`` (nothing written) when a text passes
        Excel's 32,767 characters, ``ExchangeFileNotWritten``, or ``Cancelled``."""
        raise NotImplementedError  # implemented in the next commit

    def import_file(self, path: Path, *, progress: Progress | None = None
                    ) -> ImportExchangeResult:
        """Merge the workbook at ``path`` in one transaction (a cancel leaves nothing).
        Raises ``ExchangeFileUnreadable``, ``ExchangeFormatTooNew`` or ``Cancelled``."""
        raise NotImplementedError

    def conflicts(self) -> list[ConflictView]:
        """The conflicts not yet resolved, oldest first."""
        raise NotImplementedError

    def resolve(self, conflict_id: UUID, choices: Mapping[str, Choice]) -> None:
        """Apply the coordinator's choice for every differing field of one conflict and
        stamp what was exchanged. Raises ``NotFound`` or ``InvalidValue`` (a field left
        without a choice)."""
        raise NotImplementedError
