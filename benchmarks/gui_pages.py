"""The candidate pages as a coordinator uses them, on a large database (SPEC §13, issue 3).

Runs the real program (its composition root, offscreen) on an existing database (make one
with ``duodesk demo --mentees 100000 --db PATH``), lets it do what it does once its window
is idle (the warm-up, the Today list read whole a second after the window), then times,
from the user's action to the screen updated (the event loop has run and the table's
visible rows are fetched and painted):

* a keystroke in the Mentees page's search field, for each letter of a few names from the
  second (one letter searches nothing);
* a keystroke in the global search field (the results list filled);
* opening a person's file (the window built, filled and shown);

and prints the process's resident memory after all of it (``VmRSS``) and its peak
(``VmHWM``), then again after three idle seconds (the program hands the memory it freed back
to the system once it is quiet: ``duodesk.core.memory``).

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_pages.py --db PATH
"""

from __future__ import annotations

import argparse
import gc
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

    from duodesk.core.memory import limit_arenas

    limit_arenas()  # as the program does at start (duodesk.app.run)
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from duodesk.app import DuoDeskApp, collect_after_start
    from duodesk.core.codes import PersonRole
    from duodesk.core.lock import WriterLock
    from duodesk.core.preferences import Preferences

    app = QApplication([])

    def settle() -> None:
        app.processEvents()
        app.processEvents()

    lock = WriterLock(args.db)
    lock.acquire()
    gc.disable()  # as the program does until its window is ready (duodesk.app.run)
    program = DuoDeskApp(app, Preferences(language="en"), args.db, lock)
    program.when_ready.append(collect_after_start)
    program.window.resize(1400, 800)
    program.open()  # start-up itself is timed by benchmarks/startup.py
    program.window.show()
    while program.services is None:
        app.processEvents()
    program.window.show_page("mentees")  # the program opens on Today
    settle()
    program.warm_up()  # what the program does once its window is idle
    # ... and the Today list it opened on, read whole a second after the window (the files
    # due for anonymisation: about a second of a worker at 100,000 persons)
    today = program.window.page("today")
    while today.data is None or not today.data.whole:
        app.processEvents()
        time.sleep(0.01)
    QThreadPool.globalInstance().waitForDone()
    settle()
    page = program.person_pages[PersonRole.MENTEE]
    field = page.filters.search_edit
    keystrokes: list[float] = []
    for word in args.words.split(","):
        field.clear()
        settle()
        for end in range(2, len(word) + 1):  # one letter searches nothing (see filters.py)
            started = time.perf_counter()
            field.setText(word[:end])  # what a keystroke does to the field
            settle()
            keystrokes.append(time.perf_counter() - started)
            if args.verbose:
                print(f"  {word[:end]!r}: {keystrokes[-1] * 1000:.1f} ms, {page.count} rows")
    print(f"table search keystroke: median {statistics.median(keystrokes) * 1000:.1f} ms, "
          f"max {max(keystrokes) * 1000:.1f} ms over {len(keystrokes)} keystrokes")

    bar = program.window.search_bar
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
        program.open_person(person_id)
        settle()
        file_times.append(time.perf_counter() - started)
        window = program.person_files[person_id]
        window.close()
        window.deleteLater()
        settle()
    print(f"opening a person's file: first {file_times[0] * 1000:.1f} ms, median "
          f"{statistics.median(file_times) * 1000:.1f} ms, max {max(file_times) * 1000:.1f} ms "
          f"over {len(file_times)} files")

    for row in range(0, page.model.rowCount(), 5_000):  # scroll through the whole table
        page.table.scrollTo(page.model.index(row, 0))
        settle()
    resident, peak = _memory_mb()
    print(f"resident memory after all this: {resident:.0f} MB (peak {peak:.0f} MB)")
    rest = time.perf_counter() + 3  # the coordinator reads the screen: the program is idle
    while time.perf_counter() < rest:
        app.processEvents()
        time.sleep(0.05)
    resident, peak = _memory_mb()
    print(f"resident memory 3 s later, idle: {resident:.0f} MB (peak {peak:.0f} MB)")
    program.window.hide()
    program.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
