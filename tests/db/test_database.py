"""Units of work on a real database file: writes take the write lock at their start, a failed
action leaves nothing behind, and the storage failures a user can act on become typed errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from duodesk.core.database import Database, open_database, open_read_only
from duodesk.core.errors import DatabaseBusy, DatabaseReadOnly
from duodesk.core.models import Antenna
from duodesk.core.storage import sqlite as sqlite_storage
from duodesk.core.storage.sqlite import SQLiteBackend


def antenna_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Antenna)) or 0


@pytest.fixture
def other_connection(db: Database) -> Iterator[sqlite3.Connection]:
    """Another program's connection to the same file, which does not wait for locks."""
    connection = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    with closing(connection):
        yield connection


def test_a_write_takes_the_write_lock_when_it_begins(
    db: Database, other_connection: sqlite3.Connection
) -> None:
    with db.write() as session:
        session.execute(select(1))  # reads only, yet the transaction already holds the lock
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other_connection.execute("BEGIN IMMEDIATE")
    other_connection.execute("BEGIN IMMEDIATE")
    other_connection.execute("ROLLBACK")


def test_a_read_leaves_the_database_free_for_a_writer(
    db: Database, other_connection: sqlite3.Connection
) -> None:
    with db.read() as session:
        session.execute(select(1))
        other_connection.execute("BEGIN IMMEDIATE")
        other_connection.execute("ROLLBACK")


def test_a_failed_action_keeps_nothing(db: Database) -> None:
    before = antenna_count(db)
    with pytest.raises(ZeroDivisionError), db.write() as session:
        session.add(Antenna(code="NAM", name="Namur"))
        session.flush()
        _ = 1 / 0
    assert antenna_count(db) == before


def test_a_committed_action_is_seen_by_another_program(
    db: Database, other_connection: sqlite3.Connection
) -> None:
    with db.write() as session:
        session.add(Antenna(code="NAM", name="Namur"))
    names = [row[0] for row in other_connection.execute("SELECT name FROM antennas")]
    assert "Namur" in names


def test_database_runs_in_wal_mode_with_foreign_keys(db: Database) -> None:
    with db.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_read_only_database_refuses_writes_with_a_typed_error(db_path: Path) -> None:
    open_database(db_path).close()
    # Tests run as root, which ignores file permissions: open the file read-only instead.
    database = Database(SQLiteBackend(db_path, read_only=True))
    try:
        assert antenna_count(database) == 7  # reading still works
        with pytest.raises(DatabaseReadOnly) as refused, database.write() as session:
            session.add(Antenna(code="NAM", name="Namur"))
        assert refused.value.params["path"] == str(db_path)
    finally:
        database.close()
    reopened = open_read_only(db_path)
    try:
        assert antenna_count(reopened) == 7
    finally:
        reopened.close()


def test_a_database_kept_locked_by_another_program_gives_busy(
    db: Database, other_connection: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_storage, "BUSY_TIMEOUT_MS", 50)
    db.engine.dispose()  # new connections pick the short timeout
    other_connection.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy), db.write() as session:
            session.add(Antenna(code="NAM", name="Namur"))
    finally:
        other_connection.execute("ROLLBACK")
    with db.write() as session:
        session.add(Antenna(code="NAM", name="Namur"))
    assert antenna_count(db) == 8
