"""Restoring a backup while the database keeps its encryption (SPEC §9, §10).

The choice made in Settings governs: a backup made before encryption was turned on, or
under an older passphrase, is restored and then re-written with the database's present
passphrase; an encrypted backup restored over a plain database comes back plain.
"""

from __future__ import annotations

from pathlib import Path

from duodesk.core import backup
from duodesk.core.backup import BackupInfo
from duodesk.core.storage import cipher


def restore_keeping_encryption(chosen: Path, database: Path, folder: Path, *,
                               backup_key: str | None = None) -> BackupInfo | None:
    """Restore ``chosen`` (``backup_key``: its passphrase when it is encrypted) over
    ``database``; the database ends encrypted as it was, with the passphrase remembered in
    this process. Returns the safety copy made of the present content, if any."""
    present_key = cipher.remembered() if cipher.looks_encrypted(database) else None
    if backup_key is None and cipher.looks_encrypted(chosen):
        backup_key = cipher.remembered()
    safety = backup.restore(chosen, database, folder, key=present_key, backup_key=backup_key)
    restored_key = backup_key if cipher.looks_encrypted(database) else None
    if restored_key != present_key:
        cipher.replace_with_copy(database, old_key=restored_key, new_key=present_key)
    return safety
