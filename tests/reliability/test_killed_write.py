"""A program killed (SIGKILL: a power cut, the task manager) while it writes a file the
coordinator chose leaves its hidden temporary beside that file, personal data that nothing
else would ever remove (SPEC §9, §10). The next DuoDesk write into that folder removes it,
and nothing else: not a file of the user's named like one, not the temporary of a DuoDesk
still writing there."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from duodesk.core.storage.tempfiles import is_temporary
from duodesk.core.xlsx import write_table
from tests.reliability.limits import REPO

# Prints a batch of agreements as the print command does, and stops half-way through the
# file (a slow printer driver, a long batch) until it is killed.
WRITING = textwrap.dedent('''\
    import sys, time
    from pathlib import Path
    from duodesk.core.documents.batch import atomic_pdf

    with atomic_pdf(Path(sys.argv[1])) as stream:
        stream.write(b"%PDF-1.4 the first agreements of the batch")
        stream.flush()
        print("writing", flush=True)
        time.sleep(600)
''')


def hidden(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir() if entry.name.startswith(".")}


@pytest.fixture
def writers() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:  # only the processes this test started
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def start_writing(target: Path, started: list[subprocess.Popen[str]]) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", WRITING, str(target)], cwd=REPO,
                               stdout=subprocess.PIPE, text=True)
    started.append(process)
    assert process.stdout is not None and process.stdout.readline().strip() == "writing"
    return process


@pytest.mark.slow
def test_the_temporary_of_a_killed_write_goes_with_the_next_write_into_the_folder(
        tmp_path: Path, writers: list[subprocess.Popen[str]]) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    users = {".agreements.pdf.part": b"a user's", ".Mentees.xlsx.4242.part": b"a user's",
             ".agreements.pdf.duodesk.part": b"a user's", "notes.txt": b"a user's"}
    for name, content in users.items():
        (folder / name).write_bytes(content)

    killed = start_writing(folder / "agreements.pdf", writers)
    left = hidden(folder) - set(users)
    assert len(left) == 1 and is_temporary(left.pop())
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)
    (abandoned,) = hidden(folder) - set(users)
    assert not (folder / "agreements.pdf").exists()  # never half a file under its name
    assert (folder / abandoned).read_bytes().startswith(b"%PDF")  # and the data stays…

    running = start_writing(folder / "attendance.pdf", writers)
    (still_writing,) = hidden(folder) - set(users) - {abandoned}

    # …until the next write into that folder: a list exported to Excel.
    assert write_table(folder / "Mentees.xlsx", ["Name"], [["Testmentee"]], total=1) == 1

    assert hidden(folder) - set(users) == {still_writing}
    assert running.poll() is None
    for name, content in users.items():
        assert (folder / name).read_bytes() == content
    assert sorted(entry.name for entry in folder.iterdir() if not entry.name.startswith(
        ".")) == ["Mentees.xlsx", "notes.txt"]


# Encrypts the database (a whole re-written copy beside it, then swapped in) until killed.
ENCRYPTING = textwrap.dedent('''\
    import sys
    from pathlib import Path
    from duodesk.core.storage.cipher import replace_with_copy

    print("ready", flush=True)
    replace_with_copy(Path(sys.argv[1]), old_key=None, new_key="a long passphrase")
    print("done", flush=True)
''')


def copy_under_way(folder: Path) -> bool:
    """Whether a DuoDesk temporary with some content is in ``folder``."""
    for name in hidden(folder):
        with contextlib.suppress(OSError):  # gone between the listing and the look
            if is_temporary(name) and (folder / name).stat().st_size > 0:
                return True
    return False


@pytest.mark.slow
def test_the_copy_of_an_encryption_killed_half_way_goes_when_the_database_opens(
        tmp_path: Path, writers: list[subprocess.Popen[str]]) -> None:
    pytest.importorskip("sqlcipher3")
    from duodesk.core.context import build_services
    from duodesk.core.database import open_database
    from duodesk.core.demo import generate_demo
    from duodesk.core.storage.cipher import looks_encrypted

    database = tmp_path / "antenna.sqlite"
    services = build_services(open_database(database))
    generate_demo(services, mentees=300)
    services.close()
    pristine = database.read_bytes()
    left: set[str] = set()
    for _attempt in range(20):  # until the kill lands while the copy is written (most do)
        database.write_bytes(pristine)
        process = subprocess.Popen([sys.executable, "-c", ENCRYPTING, str(database)],
                                   cwd=REPO, stdout=subprocess.PIPE, text=True)
        writers.append(process)
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        while process.poll() is None and not copy_under_way(tmp_path):
            time.sleep(0.0005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        left = {name for name in hidden(tmp_path) if is_temporary(name)}
        if left and not looks_encrypted(database):
            break
    assert left, "no kill landed while the copy was written"
    assert all(name.startswith(".antenna.sqlite.duodesk-") for name in left)

    open_database(database).close()  # the next start

    assert not [name for name in hidden(tmp_path) if is_temporary(name)]
    assert database.is_file() and not looks_encrypted(database)
