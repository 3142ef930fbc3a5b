"""The real migrations of db/ on real SQLite files: models and migrations agree, a migration
killed half-way leaves the file as it was, a table rebuild keeps child rows, a database from a
newer program is refused untouched, and an existing database is backed up before it changes."""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from duodesk.core import backup, migrations
from duodesk.core.codes import LanguageLevel, MenteeStatus
from duodesk.core.database import Database, open_database, open_read_only
from duodesk.core.errors import DatabaseDamaged, DatabaseTooNew, MigrationFailed
from duodesk.core.models import Antenna, Base, JournalEntry, Mentee, PersonLanguage
from duodesk.core.storage import search
from duodesk.core.storage.sqlite import SQLiteBackend
from duodesk.paths import migrations_dir

REPO = Path(__file__).resolve().parents[2]


def raw(path: Path) -> closing[sqlite3.Connection]:
    """A plain sqlite3 connection in autocommit mode, closed at the end of the block."""
    return closing(sqlite3.connect(path, isolation_level=None))


def tables(path: Path) -> set[str]:
    with raw(path) as connection:
        return {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}


def schema(path: Path) -> list[tuple[str, str]]:
    with raw(path) as connection:
        rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        return sorted(rows)


def revision_of(path: Path) -> str | None:
    return SQLiteBackend(path).schema_revision()


def add_mentee_with_children(db: Database, last_name: str = "Haddad") -> uuid.UUID:
    """A mentee with rows in child tables that cascade from ``persons``."""
    with db.write() as session:
        antenna = session.scalar(select(Antenna).where(Antenna.code == "BXL"))
        assert antenna is not None
        mentee = Mentee(antenna_id=antenna.id, first_name="Samira", last_name=last_name,
                        sort_key=last_name.lower(), registered_on=date(2026, 3, 2),
                        status=MenteeStatus.WAITING)
        mentee.languages = [PersonLanguage(language="fr", level=LanguageLevel.NATIVE),
                            PersonLanguage(language="ar", level=LanguageLevel.GOOD)]
        mentee.journal = [JournalEntry(text="Intake done")]
        session.add(mentee)
        session.flush()
        return mentee.id


def child_counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Mentee)) or 0,
                session.scalar(select(func.count()).select_from(PersonLanguage)) or 0,
                session.scalar(select(func.count()).select_from(JournalEntry)) or 0)


REBUILD_PERSONS = '''\
"""Rebuild persons (test only)

Revision ID: 9001_rebuild_persons
Revises: {down}
"""
import sqlalchemy as sa
from alembic import op

revision = "9001_rebuild_persons"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A column change SQLite cannot do in place: batch mode copies persons into a new table,
    # drops the old one and renames the new one, while mentees, languages and journal
    # entries point at it with ON DELETE CASCADE.
    with op.batch_alter_table("persons", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(length=40), nullable=True))
'''


@pytest.fixture
def scripts_with_rebuild(tmp_path: Path) -> Path:
    """A copy of db/ with one more revision that rebuilds the ``persons`` table."""
    copy = tmp_path / "db-copy"
    shutil.copytree(migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrations.head_revision(copy)
    (copy / "versions" / "9001_rebuild_persons.py").write_text(
        REBUILD_PERSONS.format(down=head), encoding="utf-8")
    return copy


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            "render_as_batch": True,
            # As db/env.py: the search index's tables belong to the storage backend.
            "include_name": lambda name, type_, _parent: not (
                type_ == "table" and search.is_search_table(name)),
        })
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], "models and db/versions differ: write a migration"


def test_head_revision_constant_is_the_newest_script() -> None:
    assert migrations.head_revision() == migrations.HEAD_REVISION


def test_new_database_is_at_head_with_wal_and_antennas(db: Database) -> None:
    assert revision_of(db.path) == migrations.HEAD_REVISION
    with raw(db.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with db.read() as session:
        codes = set(session.scalars(select(Antenna.code)))
    assert {"BXL", "ANT", "GNT", "LGE", "MEC", "VRV", "CRL"} <= codes


KILLER = textwrap.dedent('''\
    import os, signal, sys
    from pathlib import Path
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    kill_at = int(sys.argv[2])
    seen = 0

    @event.listens_for(Engine, "before_cursor_execute")
    def die_half_way(conn, cursor, statement, parameters, context, executemany):
        global seen
        words = statement.lstrip().upper()
        if words.startswith(("CREATE TABLE", "CREATE INDEX", "CREATE UNIQUE INDEX")):
            seen += 1
            if seen == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    from duodesk.core.database import open_database

    script = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    open_database(Path(sys.argv[1]), script_location=script).close()
    print("finished without being killed")
''')


def run_and_kill(path: Path, kill_at: int, script: Path | None = None) -> None:
    arguments = [sys.executable, "-c", KILLER, str(path), str(kill_at)]
    if script is not None:
        arguments.append(str(script))
    done = subprocess.run(arguments, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", [1, 12, 40])
def test_first_migration_killed_half_way_leaves_nothing_and_reruns(
    db_path: Path, kill_at: int
) -> None:
    run_and_kill(db_path, kill_at)

    assert revision_of(db_path) is None
    assert tables(db_path) == set(), "a killed migration left partial tables"
    database = open_database(db_path)
    try:
        assert revision_of(db_path) == migrations.HEAD_REVISION
        assert set(Base.metadata.tables) <= tables(db_path)
    finally:
        database.close()


@pytest.mark.slow
def test_table_rebuild_killed_half_way_keeps_data_and_reruns(
    db_path: Path, scripts_with_rebuild: Path
) -> None:
    database = open_database(db_path)
    add_mentee_with_children(database)
    before = child_counts(database)
    database.close()
    structure = schema(db_path)

    # Batch mode creates _alembic_tmp_persons, copies the rows, drops persons, renames the
    # copy, then recreates the indexes: die at the first index, after the drop and rename.
    run_and_kill(db_path, 2, scripts_with_rebuild)

    assert not [name for name in tables(db_path) if name.startswith("_alembic_tmp")]
    assert schema(db_path) == structure, "the file must be as it was before the migration"
    assert revision_of(db_path) == migrations.HEAD_REVISION
    database = open_database(db_path, script_location=scripts_with_rebuild)
    try:
        assert revision_of(db_path) == "9001_rebuild_persons"
        assert child_counts(database) == before
    finally:
        database.close()


def test_batch_rebuild_of_a_parent_table_keeps_child_rows(
    db_path: Path, scripts_with_rebuild: Path
) -> None:
    database = open_database(db_path)
    add_mentee_with_children(database, "Haddad")
    add_mentee_with_children(database, "Nkemelu")
    before = child_counts(database)
    database.close()
    assert before == (2, 4, 2)

    database = open_database(db_path, script_location=scripts_with_rebuild)
    try:
        assert child_counts(database) == before
        with raw(db_path) as connection:
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            columns = {row[1] for row in connection.execute("PRAGMA table_info(persons)")}
        assert "nickname" in columns
        # Foreign keys are enforced again after the migration.
        with raw(db_path) as connection, pytest.raises(sqlite3.IntegrityError):
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("DELETE FROM antennas WHERE code = 'BXL'")
    finally:
        database.close()


def test_existing_database_is_backed_up_before_it_is_migrated(
    db_path: Path, scripts_with_rebuild: Path
) -> None:
    folder = backup.default_backup_folder(db_path)
    open_database(db_path).close()
    assert backup.list_backups(db_path, folder) == [], "a new database needs no backup"

    open_database(db_path, script_location=scripts_with_rebuild).close()

    made = backup.list_backups(db_path, folder)
    assert [b.kind for b in made] == ["before-update"]
    assert backup.verify(made[0].path) == []
    assert revision_of(made[0].path) == migrations.HEAD_REVISION
    assert revision_of(db_path) == "9001_rebuild_persons"

    open_database(db_path, script_location=scripts_with_rebuild).close()
    assert len(backup.list_backups(db_path, folder)) == 1, "no migration, no new backup"


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_database_from_a_newer_program_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    with raw(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = fingerprint(db_path)

    with pytest.raises(DatabaseTooNew) as refused:
        open_database(db_path)
    assert refused.value.params["path"] == str(db_path)
    with pytest.raises(DatabaseTooNew):
        open_read_only(db_path)

    assert fingerprint(db_path) == before
    assert backup.list_backups(db_path, backup.default_backup_folder(db_path)) == []


def test_read_only_opening_of_an_old_database_asks_for_an_update(
    db_path: Path, scripts_with_rebuild: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()
    before = fingerprint(db_path)
    # A program one revision ahead of the file:
    monkeypatch.setattr(migrations, "migrations_dir", lambda: scripts_with_rebuild)
    monkeypatch.setattr(migrations, "HEAD_REVISION", "9001_rebuild_persons")

    with pytest.raises(MigrationFailed) as refused:
        open_read_only(db_path)

    assert refused.value.params["detail"] == "needs_update"
    assert fingerprint(db_path) == before


def test_a_file_that_is_not_a_duodesk_database_is_refused(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.sqlite"
    garbage.write_bytes(b"these are not the pages of a database" * 200)
    with pytest.raises(DatabaseDamaged):
        open_database(garbage)

    other = tmp_path / "other-program.sqlite"
    with raw(other) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseDamaged):
        open_database(other)
    assert tables(other) == {"recipes"}
