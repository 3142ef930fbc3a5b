"""Encryption of the database file with SQLCipher (SPEC §9, §10).

SQLCipher is optional: :func:`available` tells whether its driver (``sqlcipher3``) can be
imported; without it everything else works on plain files. A passphrase is only ever held
in memory by the caller and handed to the driver as ``PRAGMA key``: it is never written to
disk or to a log.

Turning encryption on or off re-writes the whole file (:func:`convert_database`):
``sqlcipher_export`` into a new file beside it, every table's row count compared, then the
new file swapped in atomically and the old content overwritten (see :func:`_wipe`).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from duodesk.core.errors import DatabaseDamaged, EncryptionUnavailable, WrongPassphrase
from duodesk.core.storage.tempfiles import temporary_path

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PAGE = 512
# Long enough to resist guessing with SQLCipher's 256,000 key-derivation rounds, short
# enough to be typed several times a day (the idle lock asks it again).
MIN_PASSPHRASE_LENGTH = 10


def driver() -> ModuleType:
    """SQLCipher's DB-API module; raises :class:`EncryptionUnavailable` without it."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise EncryptionUnavailable() from exc
    return dbapi2


def available() -> bool:
    """Whether databases can be encrypted on this computer."""
    try:
        driver()
    except EncryptionUnavailable:
        return False
    return True


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes of both drivers (SQLCipher's only once it was imported, so
    that asking never imports it)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, cipher.Error)


class _Keyring:
    """The passphrase unlocked in this process, in memory only: every file that looks
    encrypted (the database, its backups, a copy being made) is opened with it unless a key
    is given. One process serves one database, hence one passphrase."""

    passphrase: str | None = None


def remember(passphrase: str) -> None:
    """Keep the passphrase that opened the database for this process's other connections."""
    _Keyring.passphrase = passphrase


def forget() -> None:
    """Drop the passphrase (encryption turned off, the program closing)."""
    _Keyring.passphrase = None


def remembered() -> str | None:
    return _Keyring.passphrase


def key_for(path: Path) -> str | None:
    """The remembered passphrase if ``path`` looks encrypted, else None."""
    if _Keyring.passphrase is None or not looks_encrypted(path):
        return None
    return _Keyring.passphrase


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is refused (``too_short``, ``blank``), or None."""
    if not passphrase.strip():
        return "blank"
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return "too_short"
    return None


def _literal(text: str) -> str:
    # PRAGMA key takes no bound parameter: the passphrase goes in as an SQL string literal.
    return "'" + text.replace("'", "''") + "'"


def connect(target: str | Path, key: str, *, uri: bool = False,
            check_same_thread: bool = True) -> Any:
    """A SQLCipher connection on ``target`` opened with ``key`` (not yet checked: the first
    read fails with "file is not a database" when the key is wrong)."""
    connection = driver().connect(str(target), uri=uri, isolation_level=None,
                                  check_same_thread=check_same_thread)
    # SQLCipher logs a wrong key's failed page checks on standard error: noise for a user.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {_literal(key)}")
    return connection


def looks_encrypted(path: Path) -> bool:
    """Whether the file may be an encrypted database: whole pages (SQLCipher's are a power
    of two of at least 512 bytes) that do not start with SQLite's plain header. An encrypted
    file starts with random bytes; so does a file overwritten with rubbish, which only its
    passphrase (or its absence) tells apart."""
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
            size = os.fstat(file.fileno()).st_size
    except OSError:
        return False
    return size >= MIN_PAGE and size % MIN_PAGE == 0 and header != SQLITE_HEADER


def key_opens(path: Path, key: str) -> bool:
    """Whether ``key`` opens the encrypted file ``path`` (read-only; nothing is written)."""
    try:
        connection = connect(f"file:{Path(path).as_posix()}?mode=ro", key, uri=True)
    except EncryptionUnavailable:
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except driver().DatabaseError:
        return False
    finally:
        connection.close()


def check_key(path: Path, key: str) -> None:
    """Raise :class:`WrongPassphrase` unless ``key`` opens ``path``."""
    if not key_opens(path, key):
        raise WrongPassphrase(path=str(path))


def row_counts(connection: Any) -> dict[str, int]:
    """Rows per ordinary table (FTS shadow tables included): what a copy must hold too."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'sqlite_%'")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}


def export(source: Path, target: Path, *, source_key: str | None,
           target_key: str | None) -> None:
    """Write the whole content of ``source`` into the new file ``target``, encrypted with
    ``target_key`` (plain when None), and check the copy: integrity and row counts."""
    target.unlink(missing_ok=True)
    module = driver()
    if source_key is None:
        connection = module.connect(str(source), isolation_level=None)
    else:
        connection = connect(source, source_key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = row_counts(connection)
        connection.execute("ATTACH DATABASE ? AS converted KEY ?",
                           (str(target), target_key or ""))
        connection.execute("SELECT sqlcipher_export('converted')")
        connection.execute("DETACH DATABASE converted")
    except module.DatabaseError as exc:
        target.unlink(missing_ok=True)
        raise DatabaseDamaged(path=str(source), detail="export") from exc
    finally:
        connection.close()
    if target_key is None:
        copy = module.connect(str(target), isolation_level=None)
    else:
        copy = connect(target, target_key)
    try:
        sound = [row[0] for row in copy.execute("PRAGMA integrity_check")] == ["ok"]
        same = sound and row_counts(copy) == expected
    finally:
        copy.close()
    if not same:
        target.unlink(missing_ok=True)
        raise DatabaseDamaged(path=str(target), detail="export_check")


def _wipe(handle: Any, size: int) -> None:
    """Overwrite an old file's content through a handle kept open across the swap. On a
    solid-state disk the drive may keep old blocks elsewhere: the documentation says so and
    asks for full-disk encryption as well."""
    block = b"\0" * (1024 * 1024)
    handle.seek(0)
    left = size
    while left > 0:
        handle.write(block[:min(left, len(block))])
        left -= len(block)
    handle.flush()
    os.fsync(handle.fileno())


def replace_with_copy(path: Path, *, old_key: str | None, new_key: str | None) -> None:
    """Re-write the closed file ``path`` with ``new_key`` (None: plain) in place of
    ``old_key``: the checked copy replaces it in one atomic step, then the old content is
    overwritten. No connection to ``path`` may be open."""
    try:  # named after this process: a copy left by a killed one is swept (tempfiles)
        work = temporary_path(path)
    except OSError as exc:
        raise DatabaseDamaged(path=str(path), detail="export") from exc
    export(path, work, source_key=old_key, target_key=new_key)
    for suffix in ("-wal", "-shm"):
        # The copy holds everything; the journal of the old content is overwritten first.
        side = Path(str(path) + suffix)
        if side.is_file():
            with open(side, "r+b") as journal:
                _wipe(journal, os.fstat(journal.fileno()).st_size)
        side.unlink(missing_ok=True)
    with open(path, "r+b") as old:
        size = os.fstat(old.fileno()).st_size
        os.replace(work, path)
        _wipe(old, size)


def convert_database(path: Path, *, old_key: str | None, new_key: str | None,
                     backups: Sequence[Path] = ()) -> None:
    """Turn encryption on (``new_key``), off (``old_key`` only) or change the key of the
    database ``path``, then of the backup files ``backups`` made with ``old_key`` (a
    backup in another state, or that cannot be opened, is left as it is)."""
    if old_key is not None:
        check_key(path, old_key)
    replace_with_copy(path, old_key=old_key, new_key=new_key)
    for backup in backups:
        if old_key is None and looks_encrypted(backup):
            continue
        if old_key is not None and not key_opens(backup, old_key):
            continue
        try:
            replace_with_copy(backup, old_key=old_key, new_key=new_key)
        except DatabaseDamaged:
            continue  # a damaged old backup stays as it was; the rotation removes it
