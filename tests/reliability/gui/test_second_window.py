"""One writer per database, with a real second process (SPEC §10): while a DuoDesk holds
the file, a second window and a command that writes are refused naming it, a command that
reads runs beside it; once that process is killed with SIGKILL (a crash: no clean-up), the
lock it left is no obstacle and the window opens. (The same in one process, and for
``open_database``: tests/core/test_lock.py, tests/ui/test_startup.py.)"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from duodesk import app
from duodesk.core.errors import DatabaseInUse
from duodesk.messages import describe
from duodesk.ui import messages
from tests.reliability.limits import REPO, run_command

# The window's way of holding the file: the writer lock first, then the database.
HOLDER = textwrap.dedent('''\
    import sys, time
    from pathlib import Path
    from duodesk.core.database import open_database
    from duodesk.core.lock import WriterLock

    path = Path(sys.argv[1])
    lock = WriterLock(path)
    lock.acquire()
    database = open_database(path, take_lock=False)
    with database.write() as session:  # a write under way when the crash comes
        print("ready", flush=True)
        time.sleep(120)
''')


@pytest.fixture
def other_window(seeded_database: Path) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(seeded_database)],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", process.stderr
        yield process
    finally:
        process.kill()
        process.wait(timeout=30)


@pytest.mark.slow
def test_a_second_process_is_refused_then_its_crash_leaves_no_obstacle(
        qtbot, seeded_database: Path, other_window: subprocess.Popen[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(messages, "error",
                        lambda parent, problem, title=None: told.append(describe(problem)))
    refused = describe(DatabaseInUse(path=str(seeded_database)))

    assert app.run(seeded_database) == 1
    assert told == [refused]
    command = run_command(["import-partner", str(REPO / "tests" / "fixtures" /
                           "partner_samples" / "forem_liste_orientations.xlsx"),
                           "--db", str(seeded_database)])
    assert (command.returncode, command.stderr.strip()) == (1, refused)
    assert run_command(["stats", "--db", str(seeded_database)]).returncode == 0

    other_window.send_signal(signal.SIGKILL)
    assert other_window.wait(timeout=30) == -signal.SIGKILL
    monkeypatch.setenv("DUODESK_QUIT_WHEN_READY", "1")
    assert app.run(seeded_database) == 0
    assert told == [refused]
