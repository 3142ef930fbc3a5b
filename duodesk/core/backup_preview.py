"""What a backup holds, read before it is restored (SPEC §10): the number of mentees,
mentors, duos, meetings and partners, its latest change and the files changed last, so that
the coordinator chooses the backup knowingly.

The backup is opened read-only (``mode=ro``), never copied; an encrypted backup needs its
passphrase. The names read are returned to the window only, never logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from duodesk.core.errors import DatabaseDamaged, WrongPassphrase
from duodesk.core.storage.cipher import database_errors, key_opens, looks_encrypted
from duodesk.core.storage.sqlite import SQLiteBackend

RECENT_FILES = 5
_COUNTS = {
    "mentees": "SELECT count(*) FROM persons WHERE role = 'mentee'",
    "mentors": "SELECT count(*) FROM persons WHERE role = 'mentor'",
    "duos": "SELECT count(*) FROM duos",
    "meetings": "SELECT count(*) FROM meetings",
    "partners": "SELECT count(*) FROM partners",
}
_CHANGED_TABLES = ("persons", "duos", "meetings", "partners", "journal_entries")


@dataclass(frozen=True)
class RecentFile:
    """A person's file among the last changed in a backup."""

    role: str  # "mentee" or "mentor"
    name: str
    changed_at: datetime  # UTC


@dataclass(frozen=True)
class BackupPreview:
    """What one backup holds. A count is None when the backup predates that kind of record."""

    mentees: int | None
    mentors: int | None
    duos: int | None
    meetings: int | None
    partners: int | None
    latest_change: datetime | None  # UTC
    recent_files: tuple[RecentFile, ...]
    encrypted: bool


def _moment(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
    except ValueError:
        return None


def read_preview(path: Path, key: str | None = None) -> BackupPreview:
    """Read what the backup ``path`` holds; ``key`` is the passphrase of an encrypted one.

    Raises :class:`WrongPassphrase` for an encrypted backup without its key (None included)
    and :class:`DatabaseDamaged` for a file that is no readable DuoDesk database.
    """
    path = Path(path)
    encrypted = looks_encrypted(path)
    if encrypted and (key is None or not key_opens(path, key)):
        raise WrongPassphrase(path=str(path))
    # Only a backup that looks encrypted is read under the key: a plain one reads plainly.
    backend = SQLiteBackend(path, key=key if encrypted else None)
    try:
        connection = backend._raw()  # read-only (mode=ro), no copy
        try:
            return _read(connection, encrypted)
        finally:
            connection.close()
    except database_errors() as exc:
        raise DatabaseDamaged(path=str(path), detail="preview") from exc


def _read(connection: Any, encrypted: bool) -> BackupPreview:
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "persons" not in tables:
        raise DatabaseDamaged(path="", detail="not_duodesk")
    counts: dict[str, int | None] = {}
    for name, query in _COUNTS.items():
        table = query.rsplit("FROM ", 1)[1].split()[0]
        counts[name] = connection.execute(query).fetchone()[0] if table in tables else None
    moments = [_moment(connection.execute(f"SELECT max(updated_at) FROM {table}").fetchone()[0])
               for table in _CHANGED_TABLES if table in tables]
    latest = max((moment for moment in moments if moment is not None), default=None)
    # An anonymised file has no name left to show.
    tombstones = "AND anonymised_at IS NULL" if _has_column(connection, "persons",
                                                            "anonymised_at") else ""
    rows = connection.execute(
        "SELECT role, first_name, last_name, updated_at FROM persons "
        f"WHERE 1 = 1 {tombstones} ORDER BY updated_at DESC LIMIT ?", (RECENT_FILES,))
    recent = tuple(
        RecentFile(str(role), f"{first} {last}".strip(), changed)
        for role, first, last, stamp in rows
        if (changed := _moment(stamp)) is not None)
    return BackupPreview(
        mentees=counts["mentees"], mentors=counts["mentors"], duos=counts["duos"],
        meetings=counts["meetings"], partners=counts["partners"], latest_change=latest,
        recent_files=recent, encrypted=encrypted)


def _has_column(connection: Any, table: str, column: str) -> bool:
    return any(row[1] == column for row in connection.execute(f"PRAGMA table_info({table})"))
