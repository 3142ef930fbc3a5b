"""``duodesk backups``: the backups newest first, each with what it holds, read without
changing it; an encrypted one with the database's passphrase; a damaged one said so."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from duodesk.core import backup
from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.storage import cipher
from tests.core.test_cli_passphrase import duodesk
from tests.factories import make_mentee, make_mentor


def with_backups(path: Path) -> Path:
    folder = path.parent / "backups"
    database = open_database(path)
    services = build_services(database)
    make_mentee(services)
    make_mentor(services)
    backup.make_backup(path, folder, "daily", now=datetime(2026, 1, 5, 9, 0))
    make_mentee(services)
    backup.make_backup(path, folder, "manual", now=datetime(2026, 2, 5, 9, 0))
    database.close()
    return folder


def test_the_backups_are_listed_with_what_each_holds(db_path: Path) -> None:
    folder = with_backups(db_path)
    (folder / f"{db_path.stem}-20251201-090000-manual.sqlite").write_bytes(b"rubbish" * 99)
    done = duodesk("backups", "--db", str(db_path), "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)["backups"]
    assert [(b["kind"], b["state"], b.get("mentees")) for b in listed] == [
        ("manual", "plain", 2), ("daily", "plain", 1), ("manual", "damaged", None)]
    assert listed[0]["mentors"] == 1 and listed[0]["latest_change"]
    text = duodesk("backups", "--db", str(db_path)).stdout
    assert "mentees 2 · mentors 1" in text and "damaged" in text
    assert "Testmentee" not in text  # no person's name in a script's output


def test_encrypted_backups_are_read_with_the_passphrase(db_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    folder = with_backups(db_path)
    cipher.convert_database(db_path, old_key=None, new_key="une phrase assez longue",
                            backups=[b.path for b in backup.list_backups(db_path, folder)])
    done = duodesk("backups", "--db", str(db_path), "--json", "--passphrase-stdin",
                   stdin="une phrase assez longue\n")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)["backups"]
    assert [(b["state"], b["mentees"]) for b in listed] == [("encrypted", 2), ("encrypted", 1)]
