"""Start-up benchmark: process start to a usable main window (SPEC §13).

Runs ``python -m duodesk gui`` with ``DUODESK_QUIT_WHEN_READY=1`` several times on a given
database and measures, from outside, the time from spawning the process to the line
``ready`` that the program prints once its window is shown and its first page populated.

    python benchmarks/startup.py [--db PATH] [--runs 7] [--page settings]

Figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(db: Path, page: str | None, env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from the spawn to ``ready``, the processor seconds the program had used by
    then (all its threads), and the process's peak resident memory (MB)."""
    command = [sys.executable, "-m", "duodesk", "gui", "--db", str(db)]
    if page:
        command += ["--page", page]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - started
            cpu = float(line.split("cpu")[1])
            break
    else:
        raise RuntimeError(f"no ready line: {process.stderr.read() if process.stderr else ''}")
    process.stdout.read()
    _pid, _status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return elapsed, cpu, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database to open (default: a new one)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--page", help="page the window opens on (its key: mentees, mentors…)")
    args = parser.parse_args()
    # As installed (pip compiles the bytecode at install time, the desktop build ships it):
    # with PYTHONDONTWRITEBYTECODE set, as on this project's machines, every run would
    # otherwise compile the program's sources again (about 0.1 s).
    compileall.compile_dir(str(ROOT / "duodesk"), quiet=1)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, DUODESK_QUIT_WHEN_READY="1", DUODESK_HOME=home,
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        db = args.db or Path(home) / "bench.sqlite"
        one_run(db, args.page, env)  # creates the database, warms the file cache
        runs = [one_run(db, args.page, env) for _ in range(args.runs)]
    times = [elapsed for elapsed, _cpu, _memory in runs]
    cpus = [cpu for _elapsed, cpu, _memory in runs]
    print(f"start to usable window ({args.page or 'default page'}): "
          f"median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
          f"max {max(times):.3f} s over {len(times)} runs; processor time by then "
          f"median {statistics.median(cpus):.3f} s; "
          f"peak resident memory {max(memory for _elapsed, _cpu, memory in runs):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
