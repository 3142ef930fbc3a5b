"""Start-up benchmark: process start to a usable main window (SPEC §13).

Runs ``python -m duodesk gui`` with ``DUODESK_QUIT_WHEN_READY=1`` several times on a given
database and measures, from outside, the time from spawning the process to the line
``ready`` that the program prints once its window is shown and its first page populated.

    python benchmarks/startup.py [--db PATH] [--runs 7] [--page settings]

Figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(db: Path, page: str | None, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the spawn to ``ready``, and the process's peak resident memory (MB)."""
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
            break
    else:
        raise RuntimeError(f"no ready line: {process.stderr.read() if process.stderr else ''}")
    process.stdout.read()
    _pid, _status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="database to open (default: a new one)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--page", help="page the window opens on (its key: mentees, mentors…)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, DUODESK_QUIT_WHEN_READY="1", DUODESK_HOME=home,
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        db = args.db or Path(home) / "bench.sqlite"
        one_run(db, args.page, env)  # creates the database, warms the file cache
        runs = [one_run(db, args.page, env) for _ in range(args.runs)]
    times = [elapsed for elapsed, _memory in runs]
    print(f"start to usable window ({args.page or 'default page'}): "
          f"median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
          f"max {max(times):.3f} s over {len(times)} runs; "
          f"peak resident memory {max(memory for _elapsed, memory in runs):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
