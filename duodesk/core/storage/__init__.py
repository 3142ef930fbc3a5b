"""What is specific to one database engine sits behind :class:`StorageBackend` (SPEC §14).

Today DuoDesk runs on one SQLite file (:mod:`duodesk.core.storage.sqlite`); a PostgreSQL
module implementing the same protocol lets the same services run on a shared server.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, Select
from sqlalchemy.orm import Session

WRITE_OPTION = "duodesk_write"


def stored_day(value: Any) -> date | None:
    """A day from a driver's plain row: a date or a moment where the driver makes them,
    the ISO text it is stored as on SQLite (a moment's text too: its date part)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class PersonSearch(Protocol):
    """Full-text search of persons by name, email and phone as one types (prefixes, accents
    and case ignored), kept in step with the ``persons`` table by the database itself."""

    def matching_ids(self, text: str) -> Select[tuple[uuid.UUID]] | None:
        """A query of the ids of the persons matching ``text`` (usable as a sub-query), or
        ``None`` when ``text`` holds nothing to search for."""

    def rebuild(self, session: Session) -> None:
        """Rebuild the index from the ``persons`` table so that it holds nothing else (after
        an erasure, before the file is compacted)."""

    def insert_in_bulk(self, session: Session, write: Callable[[], None]) -> None:
        """Run ``write``, which inserts many persons in the session's transaction, and index
        them in one go rather than one row at a time (an import of 10,000 mentees)."""

    def delete_in_bulk(self, session: Session, write: Callable[[], None]) -> None:
        """Run ``write``, which deletes many persons in the session's transaction, and take
        them out of the index in one go (undoing such an import)."""


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

    def person_search(self) -> PersonSearch:
        """The full-text search of persons of this kind of database."""
