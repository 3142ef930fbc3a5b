"""Opening a DuoDesk database and running units of work on it (SPEC §10).

:func:`open_database` refuses unsafe locations, takes the one-writer lock, backs the file
up and migrates it when the program is newer, and refuses a database from a newer program.
:class:`Database` hands out sessions: :meth:`Database.read` for reading, and
:meth:`Database.write` for one user action, one ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from duodesk.core import backup as backups
from duodesk.core import migrations
from duodesk.core.location import check_database_location
from duodesk.core.lock import WriterLock
from duodesk.core.storage import WRITE_OPTION, tempfiles
from duodesk.core.storage.cipher import check_key, key_for
from duodesk.core.storage.sqlite import SQLiteBackend, known_error


class Database:
    """An open database: its backend, engine, session factories and writer lock."""

    def __init__(self, backend: SQLiteBackend, lock: WriterLock | None = None) -> None:
        self.backend = backend
        self.lock = lock
        self.engine: Engine = backend.make_engine()
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def path(self) -> Path:
        return self.backend.location

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        session = self._read_sessions()
        try:
            yield session
        except SQLAlchemyError as exc:
            known = known_error(exc, self.path)
            if known is None:
                raise
            raise known from exc
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one user action: committed whole at the end, or not at all."""
        session = self._write_sessions()
        try:
            with session.begin():
                yield session
        except SQLAlchemyError as exc:
            known = known_error(exc, self.path)
            if known is None:
                raise
            raise known from exc
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def open_database(
    path: Path,
    *,
    backup_folder: Path | None = None,
    take_lock: bool = True,
    script_location: Path | None = None,
    key: str | None = None,
) -> Database:
    """Open (creating or migrating as needed) the database at ``path``.

    ``key`` is the passphrase of an encrypted database (SQLCipher). Raises
    ``DatabaseLocationRefused``, ``DatabaseInUse``, ``DatabaseTooNew``, ``DatabaseDamaged``,
    ``WrongPassphrase``, ``MigrationFailed`` or ``BackupFailed``.
    """
    path = Path(path).absolute()
    check_database_location(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = WriterLock(path) if take_lock else None
    if lock is not None:
        lock.acquire()
    try:
        key = key if key is not None else key_for(path)
        if key is not None:
            check_key(path, key)  # a wrong passphrase is said as such, not as damage
        backend = SQLiteBackend(path, key=key)
        folder = backup_folder or backups.default_backup_folder(path)
        _refuse_emptied(path, folder)
        # A restore killed half-way left its staged copy: the writer lock says no restore
        # runs now, and the copy holds personal data nobody would ever remove.
        path.with_name(path.name + ".restoring").unlink(missing_ok=True)
        # The copy made by an encryption re-write killed half-way goes too: named after its
        # process, it is removed only once that process is gone (tempfiles.abandoned).
        tempfiles.sweep(path.parent)
        tempfiles.sweep(folder)
        migrations.upgrade(
            backend,
            script_location=script_location,
            before=lambda: backups.make_backup(path, folder, "before-update", key=key),
        )
        return Database(backend, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _refuse_emptied(path: Path, folder: Path) -> None:
    """An existing file of no bytes whose backups exist was emptied (a copy or a sync cut
    short, a full disk): it is damaged, and the restore is offered, rather than a new,
    empty database made over it as if the program had never been used there."""
    if not path.exists() or path.stat().st_size > 0:
        return
    log = Path(f"{path}-wal")
    if log.exists() and log.stat().st_size > 0:
        return  # the pages are in the write-ahead log still: SQLite recovers them
    if backups.list_backups(path, folder):
        from duodesk.core.errors import DatabaseDamaged

        raise DatabaseDamaged(path=str(path), detail="empty")


def open_read_only(path: Path, key: str | None = None) -> Database:
    """Open an existing database for reading beside a running window (no lock, no
    migration); raises ``DatabaseDamaged`` or ``DatabaseTooNew`` like :func:`open_database`."""
    key = key if key is not None else key_for(Path(path))
    if key is not None:
        check_key(Path(path), key)
    backend = SQLiteBackend(Path(path).absolute(), key=key)
    if migrations.needs_upgrade(backend):
        from duodesk.core.errors import MigrationFailed

        raise MigrationFailed(path=str(path), detail="needs_update")
    return Database(backend)
