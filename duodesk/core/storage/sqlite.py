"""The SQLite backend: WAL, foreign keys, ``BEGIN IMMEDIATE`` for writes, the backup API.

Python's sqlite3 driver does not wrap schema changes in a transaction by default; the
engine follows SQLAlchemy's documented recipe (driver ``isolation_level=None`` plus a
``begin`` event emitting the ``BEGIN``) so that migrations and writes are atomic.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from duodesk.core.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DatabaseWriteFailed,
    DiskFull,
    DuoDeskError,
)
from duodesk.core.storage import WRITE_OPTION, PersonSearch
from duodesk.core.storage.cipher import database_errors, key_for

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 32 * 1024
# No memory-mapped reads: at 100,000 persons the pages they mapped counted as the program's
# resident memory (528 MB against 239 MB without) for no gain in the measured timings.
MMAP_BYTES = 0


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let the begin event, not the driver, decide when a transaction starts.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        # Tables of 100,000 persons read tens of megabytes of index: a page cache of 2 MB
        # (the default) makes every list a stream of read() calls; memory-mapping the file
        # and a larger cache cut a full list from ~350 ms to ~50 ms here.
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            # A read-only file stays in its mode; writes will say why they fail.
            with contextlib.suppress(sqlite3.OperationalError):
                cursor.execute("PRAGMA journal_mode = WAL")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def known_error(exc: BaseException, path: Path) -> DuoDeskError | None:
    """Turn a storage failure the user can act on into a typed error, else ``None``."""
    original = getattr(exc, "orig", exc)
    if isinstance(original, OSError) and original.errno == errno.ENOSPC:
        return DiskFull(path=str(path))
    if not isinstance(original, database_errors()):
        return None
    message = str(original).lower()
    if "database or disk is full" in message or ("disk i/o error" in message and _no_space(path)):
        return DiskFull(path=str(path))
    if "readonly" in message or "read-only" in message or "attempt to write a readonly" in message:
        return DatabaseReadOnly(path=str(path))
    if "database is locked" in message or "database is busy" in message:
        return DatabaseBusy(path=str(path))
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return DatabaseDamaged(path=str(path), detail=str(original))
    if "disk i/o error" in message:
        # SQLite keeps the system's errno to itself: a write refused with EFBIG (a file-size
        # limit) or EIO (a failing or removed drive) both arrive here, rolled back.
        return DatabaseWriteFailed(path=str(path))
    return None


def _no_space(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


class SQLiteBackend:
    """One SQLite database file."""

    def __init__(self, location: Path, *, read_only: bool = False,
                 key: str | None = None) -> None:
        self.location = Path(location)
        self.read_only = read_only
        # The passphrase of an encrypted file (SQLCipher), held in memory only: given, or the
        # one this process was unlocked with when the file looks encrypted.
        self.key = key if key is not None else key_for(self.location)

    def _connect(self, target: str, *, uri: bool = False) -> sqlite3.Connection:
        """A driver connection: plain sqlite3, or SQLCipher's opened with the key."""
        if self.key is None:
            return sqlite3.connect(target, uri=uri, isolation_level=None)
        from duodesk.core.storage import cipher

        connection: sqlite3.Connection = cipher.connect(target, self.key, uri=uri)
        return connection

    # --- engines ---------------------------------------------------------------------
    def url(self) -> str:
        if self.read_only:
            return f"sqlite:///file:{self.location.as_posix()}?mode=ro&uri=true"
        return f"sqlite:///{self.location.as_posix()}"

    def make_engine(self) -> Engine:
        # hide_parameters: error messages must never carry personal values into a log.
        if self.key is None:
            engine = create_engine(self.url(), hide_parameters=True)
        else:
            from duodesk.core.storage import cipher

            key, target = self.key, self.location.as_posix()
            uri = self.read_only
            if uri:
                target = f"file:{target}?mode=ro"
            # SQLCipher's module in place of sqlite3, so that its errors are wrapped as well.
            engine = create_engine(
                self.url(), hide_parameters=True, module=cipher.driver(),
                creator=lambda: cipher.connect(target, key, uri=uri, check_same_thread=False))
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
        return engine

    def person_search(self) -> PersonSearch:
        from duodesk.core.storage.search import SQLitePersonSearch

        return SQLitePersonSearch()

    # --- fast checks without SQLAlchemy ----------------------------------------------------
    def _raw(self) -> sqlite3.Connection:
        uri = f"file:{self.location.as_posix()}?mode=ro"
        connection = self._connect(uri, uri=True)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return connection

    def exists(self) -> bool:
        return self.location.exists() and self.location.stat().st_size > 0

    def schema_revision(self) -> str | None:
        if not self.exists():
            return None
        try:
            connection = self._raw()
            try:
                tables = {row[0] for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")}
                if "alembic_version" not in tables:
                    if tables:
                        raise DatabaseDamaged(path=str(self.location), detail="not_duodesk")
                    return None
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                return row[0] if row else None
            finally:
                connection.close()
        except database_errors() as exc:
            raise known_error(exc, self.location) or DatabaseDamaged(
                path=str(self.location), detail=str(exc)) from exc

    def quick_check(self) -> list[str]:
        return self._check("quick_check")

    def integrity_check(self) -> list[str]:
        return self._check("integrity_check")

    def _check(self, pragma: str) -> list[str]:
        try:
            connection = self._raw()
            try:
                rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
            finally:
                connection.close()
        except database_errors() as exc:
            return [str(exc)]
        return [] if rows == ["ok"] else rows

    # --- copies and maintenance ---------------------------------------------------------------
    def backup_to(self, target: Path) -> None:
        # An encrypted database gives an encrypted copy under the same key.
        source = self._connect(f"file:{self.location.as_posix()}?mode=ro", uri=True)
        try:
            destination = self._connect(str(target))
            try:
                source.backup(destination)
                # The copy inherits WAL mode; a copy is one self-contained file, and a
                # read-only check of a WAL file would leave -wal/-shm files beside it.
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
        finally:
            source.close()

    def compact(self) -> None:
        connection = self._connect(str(self.location))
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
