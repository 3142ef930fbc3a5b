"""Garbage cycles are collected on the GUI thread, never on a worker of the thread pool
(where freeing a window's Qt object crashes the program)."""

from __future__ import annotations

import gc
import threading

from duodesk.ui.collector import collect_on_main_thread, collecting_on_main_thread

freed: dict[str, str] = {}  # what was freed → the name of the thread that freed it


class Cycle:
    """An object in a reference cycle that notes the thread that frees it."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.me = self

    def __del__(self) -> None:
        freed[self.tag] = threading.current_thread().name


def past_the_thresholds() -> list[list[int]]:
    """Enough new objects to pass every generation's threshold of the collector (while
    they live: the collector counts allocations less deallocations)."""
    return [[index] for index in range(200_000)]


def test_the_automatic_collector_is_off_and_the_gui_thread_collects(qtbot) -> None:
    collector = collect_on_main_thread()
    assert collecting_on_main_thread()
    assert collect_on_main_thread() is collector
    assert not gc.isenabled()
    Cycle("main")
    kept = past_the_thresholds()
    assert "main" not in freed  # the allocations alone collect nothing
    qtbot.waitUntil(lambda: "main" in freed, timeout=10_000)
    assert freed["main"] == threading.main_thread().name
    assert len(kept) == 200_000


def test_a_worker_making_many_objects_does_not_collect_the_window_s_garbage(qtbot) -> None:
    collect_on_main_thread()
    Cycle("window")
    worker = threading.Thread(target=past_the_thresholds, name="pool-worker")
    worker.start()
    worker.join()
    assert "window" not in freed  # nobody collected on the worker
    kept = past_the_thresholds()
    qtbot.waitUntil(lambda: "window" in freed, timeout=10_000)
    assert freed["window"] == threading.main_thread().name
    assert len(kept) == 200_000


def test_freed_memory_is_handed_back_during_work_and_once_quiet(monkeypatch) -> None:
    from duodesk.core import memory
    from duodesk.ui.collector import MainThreadCollector

    releases: list[int] = []
    monkeypatch.setattr(memory, "release_free_memory", lambda: releases.append(1) or True)
    collector = MainThreadCollector()
    kept = past_the_thresholds()
    collector.check()  # work: a collection, and the first release
    assert len(releases) == 1
    kept += past_the_thresholds()
    collector.check()  # more work within the interval: collected, not yet released
    assert len(releases) == 1
    collector.check()  # quiet: what the work freed goes back
    assert len(releases) == 2
    collector.check()  # still quiet, nothing new to give back
    assert len(releases) == 2
    assert len(kept) == 400_000
