"""Exchange workbook benchmark (issue 7 item 8, SPEC §13): the whole demo database at
100,000 mentees exported to the exchange workbook, beside openpyxl's write-only mode writing
exactly the same rows on its own, in the same run; then the same workbook imported back into
the database (every record unchanged).

    python benchmarks/exchange.py [--mentees 100000] [--db /tmp/ex_big.sqlite] [--runs 1]

Targets: the export at 90 % or more of the writer's raw row rate, 300 MB of memory at most;
the import no slower than the export. Both sides are timed after openpyxl is loaded; wall
time and processor time are both reported, the latter being the fair one on a busy machine.

The raw writer's rate is measured on the very rows the export writes: the values of each
sheet are read from the database 10,000 rows at a time with the clocks stopped, then the
clocks run while openpyxl appends them, and so on to the end; the sheets are split at the
same rows as the export's (``Meetings 2``), and the workbook is saved with the clocks
running. Its garbage collector is paused as the export's is. (Until November 2026 the raw
writer repeated 500 sample rows per sheet; openpyxl is some 7 % faster on those than on a
whole database's rows, which made the baseline unfair to the export.)

The demo database is generated once (``duodesk demo``) and kept at ``--db``. Each
measurement runs in its own process, so that its peak memory (``ru_maxrss``) counts only
itself. With ``--runs 2`` the first export stamps every record as exchanged and the second
shows an export in steady use (only records changed since are stamped again).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
# This folder holds benchmarks named like standard modules (calendar.py): never import from it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))

BLOCK = 10_000  # rows the raw writer reads (clocks stopped) before it writes them (running)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    """Processor time of this process: on a machine shared with other work, the fair
    measure beside wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure_export(db: str, out: str) -> dict[str, Any]:
    from duodesk.core.database import open_database
    from duodesk.core.exchange import writer  # noqa: F401 — loads openpyxl, as the raw side does
    from duodesk.core.exchange.service import ExchangeService

    database = open_database(Path(db))
    try:
        start, cpu = time.perf_counter(), _cpu()
        result = ExchangeService(database).export(Path(out))
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    finally:
        database.close()
    return {"seconds": seconds, "cpu": cpu, "rows": sum(result.sheets.values()),
            "sheets": result.sheets, "peak_mb": _peak_mb()}


def measure_raw(db: str, out: str, sheets: dict[str, int]) -> dict[str, Any]:
    """openpyxl write-only writing exactly the export's rows, sheet by sheet, read from the
    database in blocks of :data:`BLOCK` with the clocks stopped while reading."""
    import gc
    from itertools import islice

    from openpyxl import Workbook

    from duodesk.core.database import open_read_only
    from duodesk.core.exchange.columns import SHEETS, continuation_name
    from duodesk.core.exchange.records import EXPORT_READERS

    database = open_read_only(Path(db))
    gc.disable()  # as the export runs (core/collector.py)
    seconds = cpu = 0.0
    written = 0
    try:
        start, began = time.perf_counter(), _cpu()
        book = Workbook(write_only=True)
        with database.read() as session:
            for sheet in SHEETS:
                width = len(sheet.columns)
                rows = EXPORT_READERS[sheet.name](session.connection())
                part, left, ws = 0, 0, None
                while True:
                    seconds += time.perf_counter() - start
                    cpu += _cpu() - began
                    # Read with the clocks stopped: rows as the export hands them to openpyxl.
                    block = [list(row[:width]) for row in islice(rows, BLOCK)]
                    start, began = time.perf_counter(), _cpu()
                    if not block:
                        break
                    for row in block:
                        if not left:
                            part += 1
                            name = continuation_name(sheet.name, part)
                            left = sheets[name]
                            ws = book.create_sheet(name)
                            ws.append(list(sheet.names))
                        ws.append(row)  # type: ignore[union-attr]
                        left -= 1
                        written += 1
        book.save(out)
        seconds += time.perf_counter() - start
        cpu += _cpu() - began
    finally:
        database.close()
    return {"seconds": seconds, "cpu": cpu, "rows": written, "peak_mb": _peak_mb()}


def measure_import(db: str, path: str) -> dict[str, Any]:
    from duodesk.core.database import open_database
    from duodesk.core.exchange.service import ExchangeService

    database = open_database(Path(db))
    try:
        start, cpu = time.perf_counter(), _cpu()
        result = ExchangeService(database).import_file(Path(path))
        seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    finally:
        database.close()
    return {"seconds": seconds, "cpu": cpu, "created": result.created, "updated": result.updated,
            "unchanged": result.unchanged, "conflicts": result.conflicts,
            "problems": len(result.problems), "peak_mb": _peak_mb()}


def _child(kind: str, *args: Any) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind, json.dumps(args)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentees", type=int, default=100_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "ex_big.sqlite"))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, payload = args.child
        measure: dict[str, Callable[..., dict[str, Any]]] = {
            "export": measure_export, "raw": measure_raw, "import": measure_import}
        print(json.dumps(measure[kind](*json.loads(payload))))
        return
    db = Path(args.db)
    if not db.exists():
        print(f"generating {args.mentees} mentees into {db} (once)…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "duodesk", "demo", "--mentees",
                        str(args.mentees), "--db", str(db)], check=True, cwd=ROOT)
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "exchange.xlsx")
        raw_out = str(Path(folder) / "raw.xlsx")
        for run in range(1, args.runs + 1):
            export = _child("export", str(db), out)
            raw = _child("raw", str(db), raw_out, export["sheets"])
            imported = _child("import", str(db), out)
            export_rate = export["rows"] / export["seconds"]
            raw_rate = raw["rows"] / raw["seconds"]
            export_cpu_rate = export["rows"] / export["cpu"]
            raw_cpu_rate = raw["rows"] / raw["cpu"]
            report = {
                "run": run, "rows": export["rows"], "sheets": export["sheets"],
                "export_s": round(export["seconds"], 1),
                "export_rows_per_s": round(export_rate),
                "raw_writer_s": round(raw["seconds"], 1),
                "raw_rows_per_s": round(raw_rate),
                "export_vs_raw_percent": round(100 * export_rate / raw_rate, 1),
                "export_cpu_s": round(export["cpu"], 1), "raw_writer_cpu_s": round(raw["cpu"], 1),
                "export_vs_raw_cpu_percent": round(100 * export_cpu_rate / raw_cpu_rate, 1),
                "export_peak_mb": round(export["peak_mb"]),
                "raw_peak_mb": round(raw["peak_mb"]),
                "import_s": round(imported["seconds"], 1),
                "import_cpu_s": round(imported["cpu"], 1),
                "import_peak_mb": round(imported["peak_mb"]),
                "import": {k: imported[k] for k in
                           ("created", "updated", "unchanged", "conflicts", "problems")},
                "file_mb": round(Path(out).stat().st_size / 2**20, 1),
                "targets": {
                    "export ≥ 90 % of raw (processor time)": export_cpu_rate >= 0.9 * raw_cpu_rate,
                    "export ≥ 90 % of raw (wall time)": export_rate >= 0.9 * raw_rate,
                    "export memory ≤ 300 MB": export["peak_mb"] <= 300,
                    "import ≤ export (processor time)": imported["cpu"] <= export["cpu"],
                },
            }
            print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
