"""One writer per database: a second window is refused with the file's name, read-only work
goes on beside it, and a lock left by a killed program does not block the next start."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from duodesk.core.database import open_database, open_read_only
from duodesk.core.errors import DatabaseInUse
from duodesk.core.lock import WriterLock

REPO = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent('''\
    import sys, time
    from pathlib import Path
    from duodesk.core.database import open_database

    database = open_database(Path(sys.argv[1]))
    print("ready", flush=True)
    time.sleep(120)
''')


@pytest.fixture
def window_elsewhere(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another DuoDesk process that has the database open for writing."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", process.stderr
        yield process
    finally:
        process.kill()
        process.wait(timeout=30)


def test_second_writer_in_the_same_program_is_refused(db_path: Path) -> None:
    first = open_database(db_path)
    try:
        with pytest.raises(DatabaseInUse) as refused:
            open_database(db_path)
        assert refused.value.params["path"] == str(db_path)
    finally:
        first.close()
    open_database(db_path).close()  # free again once the first one is closed


def test_lock_is_released_on_close_and_reusable(db_path: Path) -> None:
    lock = WriterLock(db_path)
    with lock:
        assert lock.held
        with pytest.raises(DatabaseInUse):
            WriterLock(db_path).acquire()
    assert not lock.held
    with WriterLock(db_path) as again:
        assert again.held


@pytest.mark.slow
def test_another_process_holding_the_database_refuses_a_second_window(
    db_path: Path, window_elsewhere: subprocess.Popen[str]
) -> None:
    with pytest.raises(DatabaseInUse) as refused:
        open_database(db_path)
    assert refused.value.params["path"] == str(db_path)
    assert str(db_path) in str(refused.value)

    beside = open_read_only(db_path)  # read-only commands run beside the window
    beside.close()


@pytest.mark.slow
def test_lock_of_a_killed_process_is_recovered(
    db_path: Path, window_elsewhere: subprocess.Popen[str]
) -> None:
    with pytest.raises(DatabaseInUse):
        open_database(db_path)

    window_elsewhere.kill()  # SIGKILL: no chance to clean up
    window_elsewhere.wait(timeout=30)

    database = open_database(db_path)
    database.close()
