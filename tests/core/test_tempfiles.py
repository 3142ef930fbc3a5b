"""The temporaries written beside a user's file (duodesk.core.storage.tempfiles): named after
their owner, and swept from a folder when their owner is clearly gone — never a file that is
not DuoDesk's own temporary, never one a running process may still finish."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from duodesk.core.storage import tempfiles
from duodesk.core.storage.tempfiles import (
    ABANDONED_AFTER_SECONDS,
    abandoned,
    create_temporary,
    host_tag,
    is_temporary,
    process_running,
    sweep,
    temporary_path,
)


def _dead_pid() -> int:
    """The id of a process that has just ended (and is reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not process_running(child.pid)
    return child.pid


def _temporary(folder: Path, pid: int, host: str | None = None, name: str = "list.xlsx",
               age: float = 0) -> Path:
    """A temporary as the process ``pid`` of computer ``host`` would have left it."""
    path = folder / f".{name}.duodesk-{host or host_tag()}-{pid}-a1b2_c3d.part"
    path.write_bytes(b"personal data")
    if age:
        moment = time.time() - age
        os.utime(path, (moment, moment))
    return path


def test_a_temporary_is_hidden_beside_its_target_and_names_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "Mentees.xlsx"
    handle, path = create_temporary(target)
    os.close(handle)
    assert path.parent == tmp_path and path.name.startswith(".Mentees.xlsx.duodesk-")
    assert path.name.endswith(".part") and is_temporary(path.name)
    assert f"-{os.getpid()}-" in path.name and host_tag() in path.name
    assert path.stat().st_size == 0
    if sys.platform != "win32":  # personal data: readable by the user only
        assert path.stat().st_mode & 0o077 == 0
    other = temporary_path(target)
    assert other != path and other.is_file()  # two writers to one target never share one


def test_a_very_long_target_name_still_gives_a_legal_name(tmp_path: Path) -> None:
    path = temporary_path(tmp_path / ("é" * 120 + ".xlsx"))
    assert len(path.name.encode()) < 255 and is_temporary(path.name)


def test_only_temporaries_of_processes_gone_or_of_another_day_are_swept(
        tmp_path: Path) -> None:
    dead = _dead_pid()
    gone = _temporary(tmp_path, dead)
    mine = _temporary(tmp_path, os.getpid(), name="export.xlsx")
    running = _temporary(tmp_path, os.getppid(), name="report.pdf")
    old_running = _temporary(tmp_path, os.getppid(), name="old.pdf",
                             age=ABANDONED_AFTER_SECONDS + 60)
    elsewhere = _temporary(tmp_path, dead, host="0badcafe" if host_tag() != "0badcafe"
                           else "0badcaff", name="shared.xlsx")
    old_elsewhere = _temporary(tmp_path, dead, host="0badcafe" if host_tag() != "0badcafe"
                               else "0badcaff", name="shared-old.xlsx",
                               age=ABANDONED_AFTER_SECONDS + 60)
    # Files that look alike but are not DuoDesk's temporaries.
    lookalikes = [tmp_path / name for name in (
        ".list.xlsx.part", f".list.xlsx.{dead}.part", f".duodesk-{dead}.part",
        f".list.xlsx.duodesk-{host_tag()}-{dead}-a1b2c3d4.partial",
        f"list.xlsx.duodesk-{host_tag()}-{dead}-A1B2C3D4.part",
        f".list.xlsx.duodesk-{host_tag()}-{dead}-a1b2c3d4.part.xlsx",
        "notes.txt")]
    for path in lookalikes:
        path.write_bytes(b"the user's")
        moment = time.time() - 10 * ABANDONED_AFTER_SECONDS
        os.utime(path, (moment, moment))
    folder_named_like_one = tmp_path / f".x.duodesk-{host_tag()}-{dead}-a1b2c3d4.part"
    folder_named_like_one.mkdir()

    removed = sweep(tmp_path)

    assert sorted(removed) == sorted([gone, old_running, old_elsewhere])
    for path in (mine, running, elsewhere, *lookalikes, folder_named_like_one):
        assert path.exists(), path.name


def test_the_side_files_of_a_temporary_database_go_with_it(tmp_path: Path) -> None:
    dead = _dead_pid()
    copy = _temporary(tmp_path, dead, name="antenna.sqlite")
    journal = copy.with_name(copy.name + "-journal")
    journal.write_bytes(b"pages")
    other = copy.with_name(copy.name + "-old")
    other.write_bytes(b"the user's")
    assert sorted(sweep(tmp_path)) == sorted([copy, journal])
    assert other.exists()


def test_the_sweep_comes_with_the_next_temporary_of_that_folder_only(tmp_path: Path) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    dead = _dead_pid()
    left_here, left_there = _temporary(here, dead), _temporary(there, dead)
    temporary_path(here / "Mentors.xlsx")
    assert not left_here.exists() and left_there.exists()


def test_a_folder_that_cannot_be_listed_is_not_an_error(tmp_path: Path) -> None:
    assert sweep(tmp_path / "missing") == []
    with pytest.raises(OSError):  # the write itself says what is wrong
        temporary_path(tmp_path / "missing" / "out.xlsx")


def test_a_temporary_that_vanishes_while_looked_at_is_not_an_error(tmp_path: Path) -> None:
    assert not abandoned(tmp_path / f".x.duodesk-{host_tag()}-{_dead_pid()}-a1b2c3d4.part")


def test_the_running_processes_are_told_from_the_ended_ones() -> None:
    assert process_running(os.getpid()) and process_running(os.getppid())
    assert not process_running(_dead_pid())
    assert process_running(0)  # no process id of its own: in doubt, kept


def test_a_process_of_another_user_counts_as_running(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(_pid: int, _signal: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(tempfiles.os, "kill", refused)
    assert process_running(1)
