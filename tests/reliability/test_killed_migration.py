"""A database at an older revision (0003, with 300 mentees and their duos) updated
by a process killed with SIGKILL at twenty random moments: after each kill the file passes
SQLite's integrity check, stands at the old revision or the newest, never in between, and
the update runs again to the newest revision with every row kept (SPEC §10)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from duodesk.core import migrations
from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.demo import generate_demo
from duodesk.core.storage.sqlite import SQLiteBackend
from tests.reliability.forkserver import ForkServer

OLD = "0003_imports_follow_ups"
KILLS = 20
# Tables of revision 0003 whose rows the update must keep.
KEPT = ("persons", "mentees", "mentors", "duos", "meetings", "meeting_attendees",
        "journal_entries", "status_changes", "person_languages", "audit_entries")


def old_database(path: Path) -> None:
    """Demo data written at the newest revision, then taken down to revision 0003 (the
    migrations' own downgrades), as a file of an older DuoDesk would be."""
    from alembic import command

    services = build_services(open_database(path))
    generate_demo(services, mentees=300)
    services.close()
    engine = SQLiteBackend(path).make_engine()
    try:
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA foreign_keys = OFF")
            with connection.execution_options(duodesk_write=True).begin():
                config = migrations.alembic_config()
                config.attributes["connection"] = connection
                command.downgrade(config, OLD)
    finally:
        engine.dispose()


def state(path: Path) -> tuple[list[str], str | None, list[str], dict[str, int]]:
    """Integrity check, revision, tables left by a half-done rebuild, rows kept."""
    with closing(sqlite3.connect(path)) as connection:  # recovers the log, as a start would
        check = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        leftovers = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE '\\_alembic\\_tmp%' ESCAPE '\\'")]
        rows = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in KEPT}
    return check, revision[0] if revision else None, leftovers, rows


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[ForkServer, Path]]:
    baseline = tmp_path / "old.sqlite"
    old_database(baseline)
    database = tmp_path / "antenna.sqlite"
    forked = ForkServer.start("migrate", str(baseline), str(database))
    try:
        yield forked, database
    finally:
        forked.close()


@pytest.mark.slow
def test_an_update_killed_at_twenty_random_moments_reruns_to_the_newest(
        server: tuple[ForkServer, Path]) -> None:
    forked, database = server
    check, revision, _, before = state(database)
    assert (check, revision) == (["ok"], OLD) and before["mentees"] == 300

    lived, killed, code = forked.run(-1)  # once to the end: how long an update takes
    assert (killed, code) == (False, 0)
    assert state(database) == (["ok"], migrations.HEAD_REVISION, [], before)

    moments = random.Random(1129)
    revisions = []
    for _ in range(KILLS):
        delay = moments.uniform(0, lived)
        forked.run(delay)
        check, revision, leftovers, rows = state(database)
        assert check == ["ok"], f"damaged by a kill after {delay:.3f} s"
        assert revision in (OLD, migrations.HEAD_REVISION), revision
        assert leftovers == [] and rows == before, f"killed after {delay:.3f} s"
        revisions.append(revision)

        open_database(database).close()  # the update runs again, to the newest revision
        assert state(database) == (["ok"], migrations.HEAD_REVISION, [], before)
    assert OLD in revisions, revisions  # kills fell before the update was committed
