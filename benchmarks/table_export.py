""""Export this list to Excel" at 100,000 mentees (issue 7, item 6): the Mentees list as the
page shows it (default columns, sorted by name), its rows read through the table's source a
page at a time and written by :mod:`duodesk.core.xlsx`, as the worker of the window does.

Prints the time and rows per second of the whole export, of reading the rows alone and of
writing the same rows alone (the writer's raw rate, measured in the same run), and the peak
memory added.

    python -m benchmarks.table_export [--db PATH] [--mentees 100000]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from benchmarks.person_tables import fill
from duodesk.core.codes import PersonRole
from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.services.person_data import PersonQuery
from duodesk.core.xlsx import write_table
from duodesk.ui.persons.list_page import person_columns
from duodesk.ui.tables.export import snapshot
from duodesk.ui.tables.lazy_model import LazyTableModel
from duodesk.ui.tables.view import RecordTable


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--mentees", type=int, default=100_000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QCoreApplication)
    folder = Path(tempfile.mkdtemp(prefix="duodesk-table-export-"))
    path = args.db or folder / "bench.sqlite"
    if not path.exists():
        started = time.perf_counter()
        fill(path, args.mentees, 1_000)
        print(f"filled {args.mentees:,} mentees in {time.perf_counter() - started:.1f} s")
    services = build_services(open_database(path))
    source = services.persons.table_source(PersonQuery(role=PersonRole.MENTEE))
    model = LazyTableModel(person_columns(PersonRole.MENTEE), source)
    model.sort(0)  # by name, as the page opens
    table = RecordTable(model)
    before = _peak_mb()

    started = time.perf_counter()
    taken = snapshot(table)
    rows = list(taken.rows())
    read_s = time.perf_counter() - started

    started = time.perf_counter()
    write_table(folder / "raw.xlsx", taken.headers, rows, total=len(rows), title="Mentees")
    raw_s = time.perf_counter() - started
    del rows

    started = time.perf_counter()
    count = write_table(folder / "list.xlsx", taken.headers, taken.rows(), total=taken.total,
                        title="Mentees")
    whole_s = time.perf_counter() - started
    size_mb = (folder / "list.xlsx").stat().st_size / 1e6
    print(f"rows: {count:,} × {len(taken.headers)} columns, {size_mb:.1f} MB")
    print(f"reading the rows alone: {read_s:.2f} s ({count / read_s:,.0f} rows/s)")
    print(f"writing alone (raw writer rate): {raw_s:.2f} s ({count / raw_s:,.0f} rows/s)")
    print(f"whole export (read + write, streamed): {whole_s:.2f} s "
          f"({count / whole_s:,.0f} rows/s)")
    print(f"peak memory: {_peak_mb():.0f} MB ({_peak_mb() - before:+.0f} MB during the "
          "runs, the in-memory copy of the raw run included)")
    services.close()


if __name__ == "__main__":
    main()
