"""Backups with SQLite's backup API (SPEC §10): made before migrations, daily and on demand,
each checked, rotated 7 daily / 4 weekly / 12 monthly, and restored in one step.

A backup file is named ``<database>-YYYYMMDD-HHMMSS-<kind>.sqlite`` in local time, so that a
folder shared by several databases stays readable.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from duodesk.core.errors import BackupFailed, BackupNotFound, DatabaseDamaged
from duodesk.core.storage.sqlite import SQLiteBackend, known_error

KINDS = ("daily", "manual", "before-update", "before-restore")
ROTATED_KINDS = ("daily", "manual")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SAFETY = 5
# A copy still being written is named "<backup>.partial"; one older than this was left by a
# program that died while writing it (no backup of a DuoDesk database takes an hour).
STALE_PARTIAL_SECONDS = 3600
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    path: Path
    made_at: datetime  # local time, naive
    kind: str
    size: int


def default_backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def _stem(database: Path) -> str:
    return database.stem


def list_backups(database: Path, folder: Path) -> list[BackupInfo]:
    """The backups of ``database`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or match["stem"] != _stem(database) or match["kind"] not in KINDS:
            continue
        made_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(entry, made_at, match["kind"], entry.stat().st_size))
    return sorted(found, key=lambda info: info.made_at, reverse=True)


def verify(path: Path, key: str | None = None) -> list[str]:
    """Problems found by SQLite's full integrity check of a backup (empty when sound);
    ``key``: the passphrase of an encrypted backup."""
    if not path.is_file() or path.stat().st_size == 0:
        return ["empty"]
    problems = SQLiteBackend(path, key=key).integrity_check()
    if problems:
        return problems
    try:
        SQLiteBackend(path, key=key).schema_revision()
    except DatabaseDamaged as exc:
        return [exc.params.get("detail", "damaged")]
    return []


def make_backup(
    database: Path, folder: Path, kind: str = "manual", now: datetime | None = None,
    *, key: str | None = None,
) -> BackupInfo:
    """Copy the live database into ``folder`` and check the copy; return it. The copy of
    an encrypted database (``key``: its passphrase) is encrypted under the same key."""
    if kind not in KINDS:
        raise ValueError(kind)
    now = (now or datetime.now()).replace(microsecond=0)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{_stem(database)}-{now:%Y%m%d-%H%M%S}-{kind}.sqlite"
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        SQLiteBackend(database, key=key).backup_to(partial)
        problems = verify(partial, key)
        if problems:
            raise BackupFailed(path=str(target), detail="check_failed")
        os.replace(partial, target)
    except BackupFailed:
        partial.unlink(missing_ok=True)
        raise
    except Exception as exc:
        partial.unlink(missing_ok=True)
        raise known_error(exc, target) or BackupFailed(
            path=str(target), detail=type(exc).__name__) from exc
    return BackupInfo(target, now, kind, target.stat().st_size)


def backups_to_delete(backups: list[BackupInfo]) -> list[BackupInfo]:
    """Which backups the rotation removes: of the daily and manual ones it keeps the newest
    of each of the last 7 days, 4 ISO weeks and 12 months that have one; of the safety
    copies (before an update or a restore) the 5 newest."""
    rotated = sorted((b for b in backups if b.kind in ROTATED_KINDS),
                     key=lambda b: b.made_at, reverse=True)
    keep: set[Path] = set()
    for period, count in (
        (lambda b: b.made_at.date(), KEEP_DAILY),
        (lambda b: b.made_at.isocalendar()[:2], KEEP_WEEKLY),
        (lambda b: (b.made_at.year, b.made_at.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for backup in rotated:
            key = period(backup)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(backup.path)
    safety = sorted((b for b in backups if b.kind not in ROTATED_KINDS),
                    key=lambda b: b.made_at, reverse=True)
    keep.update(b.path for b in safety[:KEEP_SAFETY])
    return [b for b in backups if b.path not in keep]


def rotate(database: Path, folder: Path) -> list[BackupInfo]:
    """Delete the backups the rotation no longer keeps, and the half-written copies a
    crash left behind; return the backups deleted."""
    removed = backups_to_delete(list_backups(database, folder))
    for backup in removed:
        backup.path.unlink(missing_ok=True)
    remove_stale_partials(database, folder)
    return removed


def remove_stale_partials(database: Path, folder: Path, now: float | None = None) -> list[Path]:
    """Delete the ``.partial`` copies of ``database`` older than an hour: left by a program
    killed while backing up, each a whole copy of the personal data that no rotation would
    ever remove. Return them."""
    import time

    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    stale = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name.removesuffix(".partial"))
        if (entry.name.endswith(".partial") and match and match["stem"] == _stem(database)
                and now - entry.stat().st_mtime > STALE_PARTIAL_SECONDS):
            entry.unlink(missing_ok=True)
            stale.append(entry)
    return stale


def daily_backup_if_due(
    database: Path, folder: Path, now: datetime | None = None, *, key: str | None = None
) -> BackupInfo | None:
    """Make today's backup unless a daily or manual one exists for today; then rotate."""
    now = now or datetime.now()
    if not SQLiteBackend(database).exists():
        return None
    today = [b for b in list_backups(database, folder)
             if b.kind in ROTATED_KINDS and b.made_at.date() == now.date()]
    made = None if today else make_backup(database, folder, "daily", now, key=key)
    rotate(database, folder)
    return made


def restore(backup: Path, database: Path, folder: Path, *, key: str | None = None,
            backup_key: str | None = None) -> BackupInfo | None:
    """Replace ``database`` by the content of ``backup``.

    The backup is checked first; the current database, if it can still be read, is kept as
    a ``before-restore`` backup. No connection to ``database`` may be open. Returns that
    safety copy, if one was made. ``key`` is the passphrase of the current database,
    ``backup_key`` that of an encrypted backup: the database restored is encrypted as the
    backup was.
    """
    if not backup.is_file():
        raise BackupNotFound(path=str(backup))
    if verify(backup, backup_key):
        raise BackupFailed(path=str(backup), detail="check_failed")
    safety = None
    current = SQLiteBackend(database, key=key)
    if current.exists() and not current.quick_check():
        try:
            safety = make_backup(database, folder, "before-restore", key=key)
        except BackupFailed:
            safety = None  # the current file is too damaged to copy: restoring is the cure
    staged = database.with_name(database.name + ".restoring")
    staged.unlink(missing_ok=True)
    try:
        SQLiteBackend(backup, key=backup_key).backup_to(staged)
        if verify(staged, backup_key):
            raise BackupFailed(path=str(backup), detail="check_failed")
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(staged, database)
    except BackupFailed:
        staged.unlink(missing_ok=True)
        raise
    except Exception as exc:
        staged.unlink(missing_ok=True)
        raise known_error(exc, database) or BackupFailed(
            path=str(backup), detail=type(exc).__name__) from exc
    return safety
