"""What a backup holds, read before restoring it: counts, the latest change, the files
changed last; an encrypted backup only with its passphrase; a damaged one said as such."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from duodesk.core import backup
from duodesk.core.backup_preview import read_preview
from duodesk.core.context import build_services
from duodesk.core.database import Database
from duodesk.core.errors import DatabaseDamaged, WrongPassphrase
from duodesk.core.storage import cipher
from tests.factories import make_mentee, make_mentor


def test_the_preview_counts_and_names_the_files_changed_last(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    services = build_services(db)
    for number in range(3):
        make_mentee(services, last_name=f"Mentee{number}")
    make_mentor(services, last_name="Lastchanged")
    made = backup.make_backup(db_path, tmp_path / "backups", "manual")
    make_mentee(services, last_name="AfterTheBackup")  # not in the backup

    preview = read_preview(made.path)
    assert (preview.mentees, preview.mentors, preview.duos, preview.meetings) == (3, 1, 0, 0)
    assert preview.partners is not None and preview.partners >= 0
    assert preview.latest_change is not None
    names = [recent.name for recent in preview.recent_files]
    assert len(names) == 4 and all("AfterTheBackup" not in name for name in names)
    assert {recent.role for recent in preview.recent_files} == {"mentee", "mentor"}
    assert not preview.encrypted
    # Read-only: the backup is left byte for byte as it was, with no file beside it.
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]


def test_a_damaged_backup_is_said_damaged(tmp_path: Path) -> None:
    rubbish = tmp_path / "antenna-20250101-120000-manual.sqlite"
    rubbish.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    with pytest.raises(DatabaseDamaged):
        read_preview(rubbish)


def test_an_encrypted_backup_needs_its_passphrase(db: Database, db_path: Path,
                                                  tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    make_mentee(build_services(db))
    db.close()
    cipher.convert_database(db_path, old_key=None, new_key="une phrase secrète")
    made = backup.make_backup(db_path, tmp_path / "backups", "manual", key="une phrase secrète")
    with pytest.raises(WrongPassphrase):
        read_preview(made.path)
    with pytest.raises(WrongPassphrase):
        read_preview(made.path, "pas la bonne phrase")
    preview = read_preview(made.path, "une phrase secrète")
    assert preview.encrypted and preview.mentees == 1
