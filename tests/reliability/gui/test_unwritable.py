"""A database the program may read but not write (SPEC §10: "a database that cannot be
written"): the window opens and shows it, and a change is refused with a sentence naming
the file, nothing else changed; the command line says the same on one line.

Tests run as root, which ignores file permissions: the file is made immutable
(``chattr +i``, which binds root too) or, for another user, read-only."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from duodesk.core.errors import DatabaseReadOnly
from duodesk.messages import describe
from duodesk.ui import messages
from tests.reliability.limits import run_command
from tests.ui.running import running_program

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "partner_samples" / (
    "forem_liste_orientations.xlsx")


@pytest.fixture
def unwritable(seeded_database: Path) -> Iterator[Path]:
    """The seeded database, which nobody may write any more."""
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(seeded_database)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("this file system cannot make a file immutable")
        try:
            yield seeded_database
        finally:
            subprocess.run(["chattr", "-i", str(seeded_database)], check=True)
    else:
        seeded_database.chmod(0o444)
        yield seeded_database


def test_the_window_opens_and_a_change_is_refused_naming_the_file(
        qtbot, qapp, unwritable: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(messages, "error",
                        lambda parent, problem, title=None: told.append(describe(problem)))
    before = unwritable.stat().st_mtime_ns
    with running_program(qtbot, qapp, unwritable) as program:
        qtbot.waitUntil(lambda: program.settings_page is not None, timeout=20_000)
        page = program.settings_page
        assert page is not None
        combo = page.who_combo
        other = next(i for i in range(combo.count())
                     if combo.itemText(i) and combo.itemText(i) != combo.currentText())
        combo.setCurrentIndex(other)
        combo.activated.emit(other)  # as a click on another "who I am"

        assert told == [describe(DatabaseReadOnly(path=str(unwritable)))]
        assert "cannot be written" in told[0] and str(unwritable) in told[0]
        assert combo.currentText() == "Nadia El Amrani"  # the choice shown as stored
    assert unwritable.stat().st_mtime_ns == before


def test_a_command_that_writes_says_so_on_one_line(unwritable: Path) -> None:
    done = run_command(["import-partner", str(SAMPLE), "--db", str(unwritable)])
    assert done.returncode == 1
    assert done.stderr.strip() == describe(DatabaseReadOnly(path=str(unwritable)))
    reading = run_command(["stats", "--db", str(unwritable), "--json"])
    assert reading.returncode == 0, reading.stderr  # reading it still works
