"""Agreement printing benchmark (issue 8 item 7): 200 agreements into one PDF (target ≤ 3 s)
and into 200 separate files (target ≤ 4 s), each duo in its own agreement language.

Builds (or reuses) a demo database with ``duodesk demo`` data, takes 200 duos and prints
them with :func:`duodesk.core.documents.batch.print_agreements`, the function the Duos page
runs; the first, cold run (font and texts loaded) and the best of three are reported, with
the CPU time (the machine's other load inflates the wall-clock time, not this).

    python benchmarks/agreements.py [--db PATH] [--mentees 2000] [--count 200]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

# This folder must not be on the path: benchmarks/calendar.py would hide the standard
# library's ``calendar`` module.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from sqlalchemy import select  # noqa: E402

from duodesk.core.context import build_services  # noqa: E402
from duodesk.core.database import open_database  # noqa: E402
from duodesk.core.demo import generate_demo  # noqa: E402
from duodesk.core.documents.batch import print_agreements  # noqa: E402
from duodesk.core.models import Duo  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--mentees", type=int, default=2000)
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "demo.sqlite"
    fresh = not path.exists()
    services = build_services(open_database(path))
    if fresh:
        generate_demo(services, mentees=args.mentees)
    with services.db.read() as session:
        ids = list(session.scalars(select(Duo.id).order_by(Duo.id).limit(args.count)))
        languages = session.scalars(select(Duo.agreement_language).where(Duo.id.in_(ids)))
        spread = sorted({str(language) for language in languages})
    print(f"{len(ids)} duos, agreement languages {', '.join(spread)}")
    out = Path(tempfile.mkdtemp())
    for separate in (False, True):
        runs, cpus = [], []
        for _ in range(4):
            folder = out / f"run{len(runs)}"
            folder.mkdir()
            target = folder if separate else folder / "agreements.pdf"
            started, cpu = time.perf_counter(), time.process_time()
            result = print_agreements(services.db, ids, target, separate=separate)
            runs.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
            size = sum(f.stat().st_size for f in result.files)
            shutil.rmtree(folder)
        target_s = 4.0 if separate else 3.0
        what = "separate files" if separate else "one file"
        print(f"{len(ids)} agreements into {what}: first {runs[0]:.2f} s, best "
              f"{min(runs[1:]):.2f} s ({1000 * min(runs[1:]) / len(ids):.1f} ms each, "
              f"{size / 1e6:.1f} MB; CPU best {min(cpus[1:]):.2f} s) — target ≤ {target_s:.0f} s")
    services.close()


if __name__ == "__main__":
    main()
