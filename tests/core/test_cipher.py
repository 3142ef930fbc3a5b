"""Encrypting the database with SQLCipher: every row kept through plain → encrypted → plain,
no name readable in the encrypted file or its backups, a wrong passphrase refused, and the
backups of an encrypted database restored with the key only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from duodesk.core import backup
from duodesk.core.context import build_services
from duodesk.core.database import open_database, open_read_only
from duodesk.core.errors import DatabaseDamaged, WrongPassphrase
from duodesk.core.storage import cipher
from tests.factories import make_mentee, make_mentor

pytest.importorskip("sqlcipher3")

PASSPHRASE = "tulipes rouges à Gand"
NAME = "Zyxwabeth"  # a generated name, found nowhere else in a database


def fill(path: Path) -> dict[str, int]:
    """A database with persons under a recognisable name; its row counts."""
    database = open_database(path)
    try:
        services = build_services(database)
        for number in range(25):
            make_mentee(services, last_name=f"{NAME}{number}")
        make_mentor(services, last_name=NAME)
    finally:
        database.close()
    return counts(path, None)


def counts(path: Path, key: str | None) -> dict[str, int]:
    connection = cipher.connect(path, key) if key else cipher.driver().connect(str(path))
    try:
        return cipher.row_counts(connection)
    finally:
        connection.close()


def holds_name(path: Path) -> bool:
    return NAME.encode() in path.read_bytes()


def test_plain_to_encrypted_to_plain_keeps_every_row(db_path: Path) -> None:
    before = fill(db_path)
    assert before["persons"] == 26 and holds_name(db_path)

    cipher.convert_database(db_path, old_key=None, new_key=PASSPHRASE)
    assert cipher.looks_encrypted(db_path)
    assert not holds_name(db_path)
    assert counts(db_path, PASSPHRASE) == before

    cipher.convert_database(db_path, old_key=PASSPHRASE, new_key=None)
    assert not cipher.looks_encrypted(db_path)
    assert counts(db_path, None) == before
    database = open_database(db_path)  # and the program opens it as before
    try:
        assert len(build_services(database).persons.search(NAME)) == 26
    finally:
        database.close()


def test_the_encrypted_database_works_with_the_key_and_is_refused_without(
        db_path: Path) -> None:
    fill(db_path)
    cipher.convert_database(db_path, old_key=None, new_key=PASSPHRASE)

    with pytest.raises(WrongPassphrase):
        open_database(db_path, key="not the passphrase")
    with pytest.raises(WrongPassphrase):
        open_read_only(db_path, key="not the passphrase")
    with pytest.raises(DatabaseDamaged):  # without a key it reads as no database at all
        open_database(db_path)

    database = open_database(db_path, key=PASSPHRASE)
    try:
        services = build_services(database)
        make_mentee(services, last_name=f"{NAME}new")
        assert len(services.persons.search(NAME)) == 27
    finally:
        database.close()
    assert not holds_name(db_path)
    assert not Path(str(db_path) + "-wal").exists() or not holds_name(Path(str(db_path) + "-wal"))


def test_backups_of_an_encrypted_database_need_the_key(db_path: Path, tmp_path: Path) -> None:
    before = fill(db_path)
    cipher.convert_database(db_path, old_key=None, new_key=PASSPHRASE)
    folder = tmp_path / "backups"
    made = backup.make_backup(db_path, folder, "manual", key=PASSPHRASE)
    assert cipher.looks_encrypted(made.path) and not holds_name(made.path)
    assert backup.verify(made.path) != []  # unreadable without the key
    assert backup.verify(made.path, PASSPHRASE) == []

    # The data change, then the backup is restored (it asks the key of the backup).
    database = open_database(db_path, key=PASSPHRASE)
    make_mentee(build_services(database), last_name="Later")
    database.close()
    with pytest.raises(Exception):  # noqa: B017 - no key: the backup does not check out
        backup.restore(made.path, db_path, folder, key=PASSPHRASE)
    backup.restore(made.path, db_path, folder, key=PASSPHRASE, backup_key=PASSPHRASE)
    assert counts(db_path, PASSPHRASE)["persons"] == before["persons"]
    safety = [b for b in backup.list_backups(db_path, folder) if b.kind == "before-restore"]
    assert len(safety) == 1 and cipher.looks_encrypted(safety[0].path)


def test_turning_encryption_on_encrypts_the_plain_backups_too(db_path: Path,
                                                              tmp_path: Path) -> None:
    fill(db_path)
    folder = tmp_path / "backups"
    old = backup.make_backup(db_path, folder, "manual")
    assert holds_name(old.path)
    cipher.convert_database(db_path, old_key=None, new_key=PASSPHRASE, backups=[old.path])
    assert not holds_name(old.path)
    assert backup.verify(old.path, PASSPHRASE) == []


def test_a_wrong_passphrase_when_turning_off_changes_nothing(db_path: Path) -> None:
    fill(db_path)
    cipher.convert_database(db_path, old_key=None, new_key=PASSPHRASE)
    content = db_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        cipher.convert_database(db_path, old_key="guess guess guess", new_key=None)
    assert db_path.read_bytes() == content


def test_a_short_passphrase_is_refused() -> None:
    assert cipher.passphrase_problem("short") == "too_short"
    assert cipher.passphrase_problem("          ") == "blank"
    assert cipher.passphrase_problem(PASSPHRASE) is None


def test_a_plain_file_does_not_look_encrypted(db_path: Path, tmp_path: Path) -> None:
    fill(db_path)
    assert not cipher.looks_encrypted(db_path)
    assert not cipher.looks_encrypted(tmp_path / "missing.sqlite")


@pytest.fixture
def keyring() -> Iterator[None]:
    yield
    cipher.forget()


def test_the_passphrase_unlocked_once_opens_the_database_and_its_backups(
        db_path: Path, tmp_path: Path, keyring: None) -> None:
    before = fill(db_path)
    cipher.convert_database(db_path, old_key=None, new_key=PASSPHRASE)
    cipher.remember(PASSPHRASE)
    database = open_read_only(db_path)  # as the command line does after asking it once
    database.close()
    made = backup.make_backup(db_path, tmp_path / "backups")
    assert not holds_name(made.path) and backup.verify(made.path) == []
    backup.restore(made.path, db_path, tmp_path / "backups")
    assert counts(db_path, PASSPHRASE) == before
    cipher.forget()
    assert backup.verify(made.path) != []


def test_a_restored_backup_keeps_the_encryption_of_the_database(
        db_path: Path, tmp_path: Path, keyring: None) -> None:
    from duodesk.core.secure_restore import restore_keeping_encryption

    before = fill(db_path)
    folder = tmp_path / "backups"
    plain = backup.make_backup(db_path, folder)  # made before encryption was turned on
    cipher.convert_database(db_path, old_key=None, new_key=PASSPHRASE)
    cipher.remember(PASSPHRASE)
    restore_keeping_encryption(plain.path, db_path, folder)
    assert cipher.looks_encrypted(db_path) and not holds_name(db_path)
    assert counts(db_path, PASSPHRASE) == before
    # And an encrypted backup restored over a plain database comes back plain.
    encrypted = backup.make_backup(db_path, folder)
    cipher.convert_database(db_path, old_key=PASSPHRASE, new_key=None)
    cipher.forget()
    restore_keeping_encryption(encrypted.path, db_path, folder, backup_key=PASSPHRASE)
    assert not cipher.looks_encrypted(db_path) and counts(db_path, None) == before


def test_rubbish_that_is_not_whole_pages_does_not_look_encrypted(tmp_path: Path) -> None:
    rubbish = tmp_path / "rubbish.sqlite"
    rubbish.write_bytes(b"not a database at all" * 100)
    assert not cipher.looks_encrypted(rubbish)
