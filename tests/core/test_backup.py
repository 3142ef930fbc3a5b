"""Backups (SPEC §10): made with SQLite's backup API and checked, named by database, date
and kind, rotated 7 daily / 4 weekly / 12 monthly, made once a day, and restored whole."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from duodesk.core import backup
from duodesk.core.database import Database, open_database
from duodesk.core.errors import BackupFailed, BackupNotFound
from duodesk.core.models import Antenna


def antenna_names(path: Path) -> set[str]:
    database = open_database(path)
    try:
        with database.read() as session:
            return set(session.scalars(select(Antenna.name)))
    finally:
        database.close()


def add_antenna(db: Database, code: str, name: str) -> None:
    with db.write() as session:
        session.add(Antenna(code=code, name=name))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def test_backup_holds_what_was_committed_while_the_database_is_open(
    db: Database, folder: Path
) -> None:
    add_antenna(db, "NAM", "Namur")  # still in the WAL file, not yet in the database file
    made = backup.make_backup(db.path, folder, "manual", now=datetime(2026, 3, 14, 9, 30, 5))

    assert made.path == folder / "antenna-20260314-093005-manual.sqlite"
    assert made.kind == "manual" and made.size == made.path.stat().st_size
    assert backup.verify(made.path) == []
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name], "nothing else left"
    db.close()
    assert "Namur" in antenna_names(made.path)


def test_backups_are_listed_newest_first_per_database(folder: Path, db: Database) -> None:
    older = backup.make_backup(db.path, folder, "daily", now=datetime(2026, 3, 1, 8, 0))
    newer = backup.make_backup(db.path, folder, "manual", now=datetime(2026, 3, 2, 8, 0))
    (folder / "other-20260303-080000-manual.sqlite").write_bytes(b"")  # another database
    (folder / "notes.txt").write_text("not a backup")

    assert [b.path for b in backup.list_backups(db.path, folder)] == [newer.path, older.path]


def test_a_damaged_backup_does_not_pass_its_check(tmp_path: Path, db: Database) -> None:
    made = backup.make_backup(db.path, tmp_path / "b", "manual")
    data = bytearray(made.path.read_bytes())
    data[100:4096 * 3] = b"\xff" * (4096 * 3 - 100)
    made.path.write_bytes(bytes(data))
    assert backup.verify(made.path) != []
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert backup.verify(empty) == ["empty"]


def dated(folder: Path, when: datetime, kind: str = "daily") -> Path:
    path = folder / f"antenna-{when:%Y%m%d-%H%M%S}-{kind}.sqlite"
    path.write_bytes(b"synthetic")
    return path


def test_rotation_keeps_7_daily_4_weekly_12_monthly(db_path: Path, folder: Path) -> None:
    folder.mkdir()
    day = date(2025, 10, 1)
    while day <= date(2026, 11, 22):  # a daily backup every day for more than a year
        dated(folder, datetime(day.year, day.month, day.day, 9, 0))
        day += timedelta(days=1)
    dated(folder, datetime(2026, 11, 22, 17, 45), "manual")  # twice the same day
    for hour in range(8):
        dated(folder, datetime(2026, 6, 1, hour), "before-update")

    backup.rotate(db_path, folder)

    kept = sorted(p.name for p in folder.iterdir())
    days = ["20261122-174500-manual"] + [f"202611{d}-090000-daily" for d in range(16, 22)]
    weeks = ["20261115-090000-daily", "20261108-090000-daily", "20261101-090000-daily"]
    months = ["20261031", "20260930", "20260831", "20260731", "20260630", "20260531",
              "20260430", "20260331", "20260228", "20260131", "20251231"]
    safety = [f"20260601-0{h}0000-before-update" for h in range(3, 8)]
    expected = ([f"antenna-{d}.sqlite" for d in days + weeks + safety]
                + [f"antenna-{m}-090000-daily.sqlite" for m in months])
    assert kept == sorted(expected)


def test_rotation_keeps_everything_of_a_young_database(db_path: Path, folder: Path) -> None:
    folder.mkdir()
    made = [dated(folder, datetime(2026, 11, d, 9)) for d in range(18, 23)]
    assert backup.rotate(db_path, folder) == []
    assert all(path.exists() for path in made)


def test_daily_backup_is_made_once_a_day(db: Database, folder: Path) -> None:
    monday = datetime(2026, 3, 16, 9, 0)
    first = backup.daily_backup_if_due(db.path, folder, now=monday)
    assert first is not None and first.kind == "daily"
    assert backup.daily_backup_if_due(db.path, folder, now=monday + timedelta(hours=8)) is None
    tuesday = backup.daily_backup_if_due(db.path, folder, now=monday + timedelta(days=1))
    assert tuesday is not None
    assert len(backup.list_backups(db.path, folder)) == 2


def test_a_manual_backup_counts_as_the_days_backup(db: Database, folder: Path) -> None:
    now = datetime(2026, 3, 16, 9, 0)
    backup.make_backup(db.path, folder, "manual", now=now)
    assert backup.daily_backup_if_due(db.path, folder, now=now + timedelta(hours=1)) is None


def test_no_daily_backup_of_a_database_not_yet_created(db_path: Path, folder: Path) -> None:
    assert backup.daily_backup_if_due(db_path, folder) is None
    assert not folder.exists()


def test_restore_replaces_the_content_and_keeps_a_copy_of_it(
    db_path: Path, folder: Path
) -> None:
    database = open_database(db_path)
    made = backup.make_backup(db_path, folder, "manual", now=datetime(2026, 3, 1, 8, 0))
    add_antenna(database, "NAM", "Namur")
    database.close()

    safety = backup.restore(made.path, db_path, folder)

    assert "Namur" not in antenna_names(db_path)
    assert safety is not None and safety.kind == "before-restore"
    assert "Namur" in antenna_names(safety.path)
    assert not list(db_path.parent.glob("*.restoring"))


def test_a_damaged_backup_is_not_restored(db_path: Path, tmp_path: Path, folder: Path) -> None:
    database = open_database(db_path)
    add_antenna(database, "NAM", "Namur")
    database.close()
    broken = tmp_path / "antenna-20260301-080000-manual.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)

    with pytest.raises(BackupFailed):
        backup.restore(broken, db_path, folder)
    with pytest.raises(BackupNotFound):
        backup.restore(tmp_path / "gone.sqlite", db_path, folder)
    assert "Namur" in antenna_names(db_path)


def test_backup_file_names_are_readable(db: Database, folder: Path) -> None:
    made = backup.make_backup(db.path, folder, "before-update")
    assert re.fullmatch(r"antenna-\d{8}-\d{6}-before-update\.sqlite", made.path.name)
    with pytest.raises(ValueError):
        backup.make_backup(db.path, folder, "weekly")
    assert [b.path for b in backup.list_backups(db.path, folder)] == [made.path]
