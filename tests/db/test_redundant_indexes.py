"""Revision 0008: the one-column indexes that a wider index already starts with are gone,
in a new database and in one made by the previous program, and SQLite still answers the
look-ups on those columns from an index."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from duodesk.core.database import open_database
from duodesk.paths import migrations_dir

DROPPED = {"ix_mentees_status": "mentees", "ix_mentors_status": "mentors",
           "ix_meetings_kind": "meetings", "ix_meetings_duo_id": "meetings",
           "ix_status_changes_person_id": "status_changes"}


def indexes(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}


def redundant(path: Path) -> list[tuple[str, str]]:
    """(narrow index, wider index) pairs where the narrow one's columns start the wider."""
    found = []
    with closing(sqlite3.connect(path)) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = {}
            for _seq, name, unique, _origin, _partial in connection.execute(
                    f"PRAGMA index_list('{table}')"):
                columns[name] = (unique, [row[2] for row in connection.execute(
                    f"PRAGMA index_info('{name}')")])
            for narrow, (unique, cols) in columns.items():
                found += [(narrow, wider) for wider, (_u, other) in columns.items()
                          if wider != narrow and not unique and other[:len(cols)] == cols]
    return found


def test_a_new_database_has_no_index_that_another_already_holds(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    assert redundant(path) == []
    assert not set(DROPPED) & indexes(path)


def test_an_older_database_loses_them_and_keeps_its_rows(tmp_path: Path) -> None:
    before = tmp_path / "db-0007"
    shutil.copytree(migrations_dir(), before, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (before / "versions").glob("*.py"):
        if later.name[:4].isdigit() and later.name[:4] >= "0008":
            later.unlink()
    path = tmp_path / "older.sqlite"
    open_database(path, script_location=before).close()  # as made by the previous program
    assert set(DROPPED) <= indexes(path)
    assert sorted(narrow for narrow, _wider in redundant(path)) == sorted(DROPPED)

    open_database(path).close()  # this program: revision 0008, after a backup

    assert not set(DROPPED) & indexes(path)
    assert redundant(path) == []


def test_the_columns_are_still_looked_up_through_an_index(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite"
    open_database(path).close()
    queries = {
        "SELECT id FROM mentees WHERE status = 'waiting'": "ix_mentees_status_id",
        "SELECT id FROM mentors WHERE status = 'available'": "ix_mentors_status_id",
        "SELECT id FROM meetings WHERE kind = 'duo'": "ix_meetings_kind_status_starts",
        "SELECT id FROM meetings WHERE duo_id = x'00'": "ix_meetings_duo_starts",
        "SELECT id FROM status_changes WHERE person_id = x'00'":
            "ix_status_changes_person_changed",
    }
    with closing(sqlite3.connect(path)) as connection:
        for query, index in queries.items():
            plan = " ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {query}"))
            assert f"USING INDEX {index}" in plan or f"USING COVERING INDEX {index}" in plan, (
                query, plan)
