"""What is specific to one database engine sits behind :class:`StorageBackend` (SPEC §14).

Today DuoDesk runs on one SQLite file (:mod:`duodesk.core.storage.sqlite`); a PostgreSQL
module implementing the same protocol lets the same services run on a shared server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine

WRITE_OPTION = "duodesk_write"


class StorageBackend(Protocol):
    """Engine set-up, health checks, backups and maintenance of one kind of database."""

    location: Path

    def make_engine(self) -> Engine:
        """An engine on the database. Transactions of a connection carrying the execution
        option :data:`WRITE_OPTION` take the write lock at their start."""

    def schema_revision(self) -> str | None:
        """The Alembic revision of the database, quickly and without Alembic."""

    def quick_check(self) -> list[str]:
        """Problems found by a fast structural check (empty when healthy)."""

    def backup_to(self, target: Path) -> None:
        """Copy the live database consistently into ``target``."""

    def compact(self) -> None:
        """Reclaim free space so that deleted data leaves no trace in the file."""
