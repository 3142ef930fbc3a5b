"""A 10,000-row partner import killed with SIGKILL at twenty random moments (SPEC §10:
"an import is either all in or not at all"): after each kill the database passes SQLite's
integrity check and holds the whole import or nothing of it. The rejected-rows workbook
is there only for an import that was committed, and whole; a kill before the commit leaves
at most DuoDesk's hidden temporary of it, which the next import into that folder removes."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from duodesk.core.database import open_database
from duodesk.core.storage.tempfiles import is_temporary
from tests.reliability.forkserver import ForkServer
from tests.reliability.workbooks import partner_workbook

ROWS = 10_000
KILLS = 20


def counts(path: Path) -> dict[str, int]:
    """Rows the import writes, per table; opened read-write so that SQLite recovers the
    write-ahead log a killed program left, as the next start would."""
    with closing(sqlite3.connect(path)) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("persons", "mentees", "import_batches", "status_changes",
                              "audit_entries", "person_search")}


def left_beside(rejected: Path) -> list[str]:
    """The hidden files in the rejected workbook's folder: temporaries of killed imports."""
    return sorted(entry.name for entry in rejected.parent.iterdir()
                  if entry.name.startswith("."))


def integrity(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[ForkServer, Path, Path]]:
    baseline = tmp_path / "baseline.sqlite"
    open_database(baseline).close()
    workbook = partner_workbook(tmp_path / "inscriptions.xlsx", ROWS)
    database = tmp_path / "antenna.sqlite"
    rejected = tmp_path / "inscriptions_rejected.xlsx"
    forked = ForkServer.start("import", str(baseline), str(database), str(workbook), str(rejected))
    try:
        yield forked, database, rejected
    finally:
        forked.close()


@pytest.mark.slow
def test_an_import_killed_at_twenty_random_moments_is_all_in_or_not_at_all(
        server: tuple[ForkServer, Path, Path]) -> None:
    forked, database, rejected = server
    before = counts(database)
    lived, killed, code = forked.run(-1)  # once to the end: what "all in" is, and how long
    assert (killed, code) == (False, 0)
    assert integrity(database) == ["ok"]
    complete = counts(database)
    imported = complete["mentees"] - before["mentees"]
    assert imported >= ROWS * 0.95 and complete["import_batches"] == 1
    assert rejected.is_file()

    from openpyxl import load_workbook

    assert load_workbook(rejected).active.max_row == ROWS // 100 + 1
    assert left_beside(rejected) == []
    moments = random.Random(20261129)
    outcomes = {"none": 0, "all": 0}
    for _ in range(KILLS):
        delay = moments.uniform(0, lived)
        _lived, killed, code = forked.run(delay)
        assert killed or code == 0, f"the import failed by itself (exit {code})"
        assert integrity(database) == ["ok"], f"damaged by a kill after {delay:.3f} s"
        found = counts(database)
        assert found in (before, complete), f"half an import after {delay:.3f} s: {found}"
        outcomes["all" if found == complete else "none"] += 1
        if found == before:  # nothing imported: no workbook of rejected rows either
            assert not rejected.exists(), f"a workbook for no import after {delay:.3f} s"
        elif rejected.exists():  # named once the import was committed, and whole
            assert load_workbook(rejected).active.max_row == ROWS // 100 + 1
        # Nothing beside it but DuoDesk's own temporaries of the imports killed.
        assert all(is_temporary(name) for name in left_beside(rejected))

    # Killed the moment the workbook (its temporary) is written, before the commit: the
    # workbook shows up only with an import committed.
    for _ in range(3):
        _lived, killed, code = forked.watch()
        assert killed or code == 0, f"the import failed by itself (exit {code})"
        found = counts(database)
        assert found in (before, complete), found
        if found == before:
            assert not rejected.exists(), "a workbook for no import"
        outcomes["all" if found == complete else "none"] += 1

    lived, killed, code = forked.run(-1)  # the next import, to the end
    assert (killed, code) == (False, 0)
    assert left_beside(rejected) == [], "the killed imports' temporaries are swept"

    # Kills came before the import was committed (how many depends on the machine's load,
    # which makes a commit shorter or longer than the one measured).
    assert outcomes["none"] >= 1, outcomes
