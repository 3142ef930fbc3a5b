"""Today list and Duos table benchmark on the demo database (SPEC §4.1, §4.4, §13).

Builds (or reuses) a demo database of ``--mentees`` mentees with ``duodesk demo`` data, then
times what the Today page and the Duos page ask of the core: the whole Today list; the Duos
table's ordered ids for three sorts and a page of 200 rows; a duo's timeline. Each figure is
the best of five runs, wall clock and process CPU (the machine may be shared).

    python benchmarks/today_duos.py [--db PATH] [--mentees 100000]

The issue's target: the Today list well under 0.3 s at 100,000 mentees.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from duodesk.core.context import build_services
from duodesk.core.database import open_database, open_read_only
from duodesk.core.demo import generate_demo
from duodesk.core.services.duo_data import DuoQuery


def best(action: Callable[[], Any], runs: int = 5) -> tuple[float, float, Any]:
    """The best wall and CPU milliseconds of ``runs`` calls, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return 1000 * min(walls), 1000 * min(cpus), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--mentees", type=int, default=100_000)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "demo.sqlite"
    if not path.exists():
        started = time.perf_counter()
        services = build_services(open_database(path))
        generate_demo(services, mentees=args.mentees)
        services.close()
        print(f"demo data: {time.perf_counter() - started:.1f} s")
    services = build_services(open_read_only(path))
    wall, cpu, items = best(services.today.items)
    print(f"Today list: {wall:.0f} ms (CPU {cpu:.0f} ms), {len(items)} items")
    print("  " + ", ".join(f"{kind}: {n}" for kind, n in Counter(
        item.kind.value for item in items).most_common()))
    duos = services.duos
    for sort in ("proposed_on", "mentee", "status"):
        wall, cpu, ids = best(lambda sort=sort: duos.ids(DuoQuery(sort=sort)))
        print(f"Duos ids by {sort}: {wall:.0f} ms (CPU {cpu:.0f} ms) for {len(ids)} duos")
    wall, cpu, _ = best(lambda: duos.rows(ids[:200]))
    print(f"Duos page of 200 rows: {wall:.0f} ms (CPU {cpu:.0f} ms)")
    finished = duos.ids(DuoQuery(statuses=frozenset({"finished"})))[0]
    wall, cpu, events = best(lambda: duos.timeline(finished))
    print(f"Timeline of a finished duo: {wall:.1f} ms (CPU {cpu:.1f} ms), {len(events)} events")
    services.close()


if __name__ == "__main__":
    main()
