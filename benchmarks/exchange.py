"""Exchange workbook benchmark (issue 7 item 8, SPEC §13): the whole demo database at
100,000 mentees exported to the exchange workbook, beside openpyxl's write-only mode writing
the same number of rows of the same shape straight from memory (no database), in the same
run; then the same workbook imported back into the database (every record unchanged).

    python benchmarks/exchange.py [--mentees 100000] [--db /tmp/ex_big.sqlite] [--runs 1]

Targets: the export at 90 % or more of the writer's raw row rate, 300 MB of memory at most;
the import no slower than the export. Both sides are timed after openpyxl is loaded; wall
time and processor time are both reported, the latter being the fair one on a busy machine.
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
# This folder holds benchmarks named like standard modules (calendar.py): never import from it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))

SAMPLE = 500  # real rows per sheet that the raw writer repeats


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
    """openpyxl write-only writing as many rows, sheet by sheet, of the same columns and
    value types (real rows of the database, read before the clock starts, repeated)."""
    from openpyxl import Workbook

    from duodesk.core.database import open_read_only
    from duodesk.core.exchange.columns import SHEETS, continuation_name
    from duodesk.core.exchange.records import READERS

    database = open_read_only(Path(db))
    samples: dict[str, list[list[Any]]] = {}
    try:
        with database.read() as session:
            for sheet in SHEETS:
                rows = READERS[sheet.name](session.connection())
                samples[sheet.name] = [list(row[:len(sheet.columns)]) for row, _ in
                                       zip(rows, range(SAMPLE), strict=False)]
                rows.close()  # type: ignore[attr-defined]
    finally:
        database.close()
    start, cpu = time.perf_counter(), _cpu()
    book = Workbook(write_only=True)
    written = 0
    for sheet in SHEETS:
        sample = samples[sheet.name]
        part = 1
        while continuation_name(sheet.name, part) in sheets:
            ws = book.create_sheet(continuation_name(sheet.name, part))
            ws.append(list(sheet.names))
            for index in range(sheets[continuation_name(sheet.name, part)]):
                ws.append(sample[index % len(sample)])
                written += 1
            part += 1
    book.save(out)
    return {"seconds": time.perf_counter() - start, "cpu": _cpu() - cpu, "rows": written,
            "peak_mb": _peak_mb()}


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
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentees", type=int, default=100_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "ex_big.sqlite"))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, payload = args.child
        measure = {"export": measure_export, "raw": measure_raw, "import": measure_import}
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
