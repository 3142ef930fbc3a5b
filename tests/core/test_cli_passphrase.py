"""The command line on an encrypted database: the passphrase read once (terminal or
--passphrase-stdin, never an environment variable), a wrong one refused in one line, backups
encrypted, and a restore that keeps the database encrypted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from duodesk.core import backup
from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.preferences import Preferences, save_preferences
from duodesk.core.storage import cipher
from tests.factories import make_mentee

pytest.importorskip("sqlcipher3")

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "des frites à Bruxelles"


def duodesk(*arguments: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "DUODESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "duodesk", *arguments], cwd=REPO, text=True,
                          input=stdin, capture_output=True, env=environment, timeout=120)


@pytest.fixture
def encrypted(db_path: Path) -> Path:
    database = open_database(db_path)
    make_mentee(build_services(database), last_name="Zyxwabeth")
    database.close()
    cipher.convert_database(db_path, old_key=None, new_key=PASSPHRASE)
    return db_path


def test_check_and_backup_read_the_passphrase_from_standard_input(
        encrypted: Path, tmp_path: Path) -> None:
    done = duodesk("check", "--db", str(encrypted), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    assert "Mentees: 1" in done.stdout and done.stdout.splitlines()[-1] == "ok"

    folder = tmp_path / "elsewhere"
    done = duodesk("backup", "--db", str(encrypted), "--to", str(folder), "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    made = next(folder.iterdir())
    assert cipher.looks_encrypted(made) and b"Zyxwabeth" not in made.read_bytes()
    assert backup.verify(made, PASSPHRASE) == []


def test_a_wrong_passphrase_is_one_line(encrypted: Path) -> None:
    done = duodesk("check", "--db", str(encrypted), "--passphrase-stdin", stdin="wrong one\n")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"This passphrase does not open {encrypted}. Check it (capital letters, accents) and "
        "try again. If the file was never encrypted, it is damaged: restore a backup."]


def test_without_a_terminal_a_known_encrypted_database_says_how(encrypted: Path) -> None:
    save_preferences(Preferences(encrypted_databases=[str(encrypted)]))
    done = duodesk("check", "--db", str(encrypted))
    assert done.returncode == 1
    assert "--passphrase-stdin" in done.stderr and "Traceback" not in done.stderr


def test_restore_keeps_the_database_encrypted(encrypted: Path, tmp_path: Path) -> None:
    plain_copy = tmp_path / "old" / "antenna-20250101-120000-manual.sqlite"
    plain_copy.parent.mkdir()
    cipher.export(encrypted, plain_copy, source_key=PASSPHRASE, target_key=None)
    done = duodesk("restore", str(plain_copy), "--db", str(encrypted), "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    assert cipher.looks_encrypted(encrypted) and b"Zyxwabeth" not in encrypted.read_bytes()
    assert cipher.key_opens(encrypted, PASSPHRASE)
