"""The candidate pages as a coordinator uses them, on a large database (SPEC §13, issue 3).

Builds the real Mentees page and search bar offscreen on an existing database (make one with
``duodesk demo --mentees 100000 --db PATH``), then times, from the user's action to the
screen updated (the event loop has run and the table's visible rows are fetched):

* a keystroke in the page's search field, for each letter of a few names;
* a keystroke in the global search field (the results list filled);
* opening a person's file (the window built, filled and shown);

and prints the process's resident memory after all of it (``VmRSS``) and its peak
(``VmHWM``).

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_pages.py --db PATH
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _memory_mb() -> tuple[float, float]:
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--verbose", action="store_true", help="each keystroke's time")
    parser.add_argument("--words", default="martin,yilmaz,diallo,nguyen,el amrani,peeters")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="duodesk-bench-")
    os.environ["DUODESK_HOME"] = home

    from PySide6.QtWidgets import QApplication

    from duodesk.core.codes import PersonRole
    from duodesk.core.context import build_services
    from duodesk.core.database import open_database
    from duodesk.core.preferences import Preferences
    from duodesk.ui.persons.list_page import PersonListPage
    from duodesk.ui.persons.person_file import PersonFileWindow
    from duodesk.ui.persons.search_provider import PersonSearchProvider
    from duodesk.ui.search import SearchBar

    app = QApplication([])
    services = build_services(open_database(args.db, backup_folder=Path(home) / "backups"))

    def settle() -> None:
        app.processEvents()
        app.processEvents()

    page = PersonListPage(PersonRole.MENTEE, services.persons, services.organisation,
                          Preferences(language="en"))
    page.resize(1400, 800)
    started = time.perf_counter()
    page.show()
    settle()
    shown = time.perf_counter() - started
    print(f"Mentees page first shown: {shown * 1000:.0f} ms ({page.count} mentees)")

    field = page.filters.search_edit
    keystrokes: list[float] = []
    for word in args.words.split(","):
        field.clear()
        settle()
        for end in range(1, len(word) + 1):
            started = time.perf_counter()
            field.setText(word[:end])  # what a keystroke does to the field
            settle()
            keystrokes.append(time.perf_counter() - started)
            if args.verbose:
                print(f"  {word[:end]!r}: {keystrokes[-1] * 1000:.1f} ms, {page.count} rows")
    print(f"table search keystroke: median {statistics.median(keystrokes) * 1000:.1f} ms, "
          f"max {max(keystrokes) * 1000:.1f} ms over {len(keystrokes)} keystrokes")

    opened: list[object] = []
    bar = SearchBar()
    bar.set_provider(PersonSearchProvider(services.persons, opened.append))
    bar.show()
    global_times: list[float] = []
    for word in args.words.split(","):
        for end in range(2, len(word) + 1):
            bar.field.setText(word[:end])
            started = time.perf_counter()
            bar.run_search()
            settle()
            global_times.append(time.perf_counter() - started)
    print(f"global search keystroke: median {statistics.median(global_times) * 1000:.1f} ms, "
          f"max {max(global_times) * 1000:.1f} ms over {len(global_times)} keystrokes")

    field.clear()
    settle()
    file_times: list[float] = []
    for row in range(0, 100_000, 9_973):
        if row >= page.model.rowCount():
            break
        person_id = page.model.id_at(row)
        started = time.perf_counter()
        window = PersonFileWindow(services, person_id=person_id)
        window.show()
        settle()
        file_times.append(time.perf_counter() - started)
        window.close()
        window.deleteLater()
        settle()
    print(f"opening a person's file: median {statistics.median(file_times) * 1000:.1f} ms, "
          f"max {max(file_times) * 1000:.1f} ms over {len(file_times)} files")

    for row in range(0, page.model.rowCount(), 5_000):  # scroll through the whole table
        page.table.scrollTo(page.model.index(row, 0))
        settle()
    resident, peak = _memory_mb()
    print(f"resident memory after all this: {resident:.0f} MB (peak {peak:.0f} MB)")
    page.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
