"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to cross its allocation
threshold, a worker of the thread pool included. A collection there frees whatever garbage
cycles exist at that moment, and when one of them holds a Qt object of the window (a table's
model, say, left over by a page or dialog that was closed), that object's C++ destructor
runs on the worker thread, beside the GUI thread that paints it: a crash (seen here as a
segmentation fault in ``QSortFilterProxyModel``'s destructor on a pooled thread). So, as
calibre and pyqtgraph do, the automatic collector is switched off and a timer on the GUI
thread runs the collections it would have run, by the same thresholds.

The timer also hands the memory freed by the program back to the system (``core.memory``):
during work at most every ``RELEASE_INTERVAL_S``, and once the program is quiet again.
Without it the resident memory stays at the high mark of the largest piece of work.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QThread, QTimer

from duodesk.core import memory

CHECK_INTERVAL_MS = 1000
RELEASE_INTERVAL_S = 2.0


class MainThreadCollector(QObject):
    """Runs the generations of the garbage collector that are due, on its own (GUI)
    thread, every ``interval_ms``."""

    def __init__(self, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__()
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._released_at = 0.0
        self._release_due = False

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds (as the automatic
        collector would); return the number of objects found unreachable. Then hand the
        free memory back to the system: during work at most every ``RELEASE_INTERVAL_S``,
        and at the first check that finds the program quiet again."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young <= first:
            if self._release_due:  # quiet again: give back what the last work freed
                self._release()
            return 0
        generation = 0
        if middle > second:
            generation = 2 if old > third else 1
        found = gc.collect(generation)
        self._release_due = True
        if time.monotonic() - self._released_at >= RELEASE_INTERVAL_S:
            self._release()
        return found

    def _release(self) -> None:
        memory.release_free_memory()  # a few milliseconds, even at 100,000 mentees
        self._released_at = time.monotonic()
        self._release_due = False


_collector: MainThreadCollector | None = None


def collect_on_main_thread() -> MainThreadCollector:
    """Switch the automatic collector off for good and collect from the calling thread (the
    GUI thread, with a running Qt application) instead; installing it twice is harmless."""
    global _collector
    if _collector is None:
        assert QThread.currentThread().isMainThread(), "the collector belongs to the GUI thread"
        _collector = MainThreadCollector()
        _collector.start()
    return _collector


def collecting_on_main_thread() -> bool:
    """Whether :func:`collect_on_main_thread` has taken over the collections."""
    return _collector is not None
