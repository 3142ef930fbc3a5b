"""One writer per database (SPEC §10): an operating-system lock on ``<database>.lock``.

The lock is held by an open file, so the system releases it when the program dies: a lock
left by a crash never blocks the next start.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from duodesk.core.errors import DatabaseInUse


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class WriterLock:
    """Holds the writer lock of one database file for the life of a window or command."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._lock = FileLock(str(lock_path_for(database)), timeout=0, thread_local=False)

    def acquire(self) -> None:
        """Take the lock or raise :class:`DatabaseInUse` naming the file."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DatabaseInUse(path=str(self.database)) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
