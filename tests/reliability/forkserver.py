"""A child program that kills its own children: it loads DuoDesk once, then for each line
``run DELAY`` read on standard input puts the database back as it was (a copy of the
baseline), forks a child that does the work (a partner import's commit, or opening a
database that needs its migrations), sends it SIGKILL after DELAY seconds (never, when
DELAY is negative) and prints ``status SECONDS KILLED`` (how long the child lived, and
whether the kill came before it finished). For an import, ``watch`` instead kills the child
the moment a file named after the rejected-rows workbook appears in its folder (the
workbook itself or its temporary).

Forking a loaded program makes each of the twenty kills cost only the work itself, so that
the proof runs in CI; the child is a process of its own, killed as the system would kill
the program.

    python forkserver.py import BASELINE DATABASE WORKBOOK REJECTED
    python forkserver.py migrate BASELINE DATABASE
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def _restore(baseline: Path, database: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(baseline, database)
    shutil.rmtree(database.parent / "backups", ignore_errors=True)


def _import_job(database: Path, workbook: Path, rejected: Path) -> Callable[[], None]:
    import openpyxl  # noqa: F401 — the rejected rows' workbook: loaded once, here

    from duodesk.core.context import build_services
    from duodesk.core.database import open_database
    from duodesk.core.imports.reader import read_source
    from duodesk.import_service_texts import describe_issue

    table = read_source(workbook)
    services = build_services(open_database(database))
    plan = services.imports.plan(table, services.imports.suggest_mapping(table, None),
                                 partner_id=None, source_path=workbook)
    services.close()

    def job() -> None:
        opened = build_services(open_database(database))
        opened.imports.commit(plan, describe=describe_issue, rejected_path=rejected)
        opened.close()

    return job


def _migrate_job(database: Path) -> Callable[[], None]:
    # Loaded once here, not in every child.
    import alembic.command
    import alembic.script  # noqa: F401

    from duodesk.core.database import open_database

    def job() -> None:
        open_database(database).close()

    return job


def _kill_when_written(pid: int, watched: Path) -> int | None:
    """Kill the child ``pid`` once a file whose name holds ``watched``'s name is in its
    folder; the child's status if it ended first (it is then reaped), else None."""
    deadline = time.perf_counter() + 120
    while time.perf_counter() < deadline:
        if any(watched.name in name for name in os.listdir(watched.parent)):
            break
        ended, status = os.waitpid(pid, os.WNOHANG)
        if ended:
            return status
        time.sleep(0.0002)
    os.kill(pid, signal.SIGKILL)
    return None


class ForkServer:
    """This file run as a child program, driven line by line by a test."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    @classmethod
    def start(cls, *args: str) -> ForkServer:
        """Start this file as a child program with ``args``; return once it is ready."""
        here = Path(__file__).resolve()
        process = subprocess.Popen(
            [sys.executable, str(here), *args], cwd=here.parents[2], text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdout is not None and process.stderr is not None
        line = process.stdout.readline()
        if line.strip() != "ready":
            process.kill()
            raise AssertionError(line + process.stderr.read())
        return cls(process)

    def run(self, delay: float) -> tuple[float, bool, int]:
        """Fork the work, kill it after ``delay`` s (never if negative): (seconds it
        lived, whether the kill ended it, its exit code)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"run {delay:.4f}\n")
        self.process.stdin.flush()
        _, lived, killed, code = self.process.stdout.readline().split()
        return float(lived), killed == "1", int(code)

    def watch(self) -> tuple[float, bool, int]:
        """Fork an import and kill it as soon as its rejected-rows workbook (or that
        workbook's temporary) appears: as :meth:`run`."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("watch\n")
        self.process.stdin.flush()
        _, lived, killed, code = self.process.stdout.readline().split()
        return float(lived), killed == "1", int(code)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


def main(argv: list[str]) -> None:
    kind, baseline, database = argv[0], Path(argv[1]), Path(argv[2])
    _restore(baseline, database)
    if kind == "import":
        job = _import_job(database, Path(argv[3]), Path(argv[4]))
    else:
        job = _migrate_job(database)
    print("ready", flush=True)
    for line in sys.stdin:
        watched = Path(argv[4]) if line.split()[0] == "watch" else None
        delay = -1.0 if watched is not None else float(line.split()[1])
        _restore(baseline, database)
        Path(argv[4]).unlink(missing_ok=True) if kind == "import" else None
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                job()
            except BaseException:
                os._exit(1)
            os._exit(0)
        status = None
        if watched is not None:
            status = _kill_when_written(pid, watched)
        elif delay >= 0:
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
        if status is None:
            _, status = os.waitpid(pid, 0)
        lived = time.perf_counter() - started
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        exit_code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        print(f"status {lived:.3f} {int(killed)} {exit_code}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
