"""Long work runs on the thread pool, reports progress to a dialog, can be cancelled, and
its failures are told in words (expected ones) or go to the crash handler (the others)."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from duodesk.core.errors import Cancelled, DiskFull
from duodesk.core.progress import Progress
from duodesk.ui import messages
from duodesk.ui.worker import run_in_background


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_work_runs_off_the_main_thread_and_reports_on_it(qtbot, parent: QWidget) -> None:
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["work_thread"] = threading.current_thread()
        for done in range(1, 4):
            progress.step(done, 3)
        return 42

    def success(result: int) -> None:
        seen["result"] = result
        seen["callback_thread"] = threading.current_thread()

    task = run_in_background(parent, work, "Counting…", success)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["work_thread"] is not threading.main_thread()
    assert seen["callback_thread"] is threading.main_thread()
    assert task.dialog is None  # closed again


def test_progress_shows_in_a_dialog_whose_cancel_stops_the_work(qtbot, parent: QWidget) -> None:
    may_finish = threading.Event()
    failures: list[BaseException] = []

    def work(progress: Progress) -> None:
        step = 0
        while True:  # a long task that honours cancel at each step
            step += 1
            progress.step(min(step, 99), 100)
            may_finish.wait(0.01)

    task = run_in_background(parent, work, "Importing…", on_failure=failures.append,
                             delay_ms=0)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible()
                    and task.dialog.value() > 0)
    dialog = task.dialog
    assert isinstance(dialog, QProgressDialog)
    assert dialog.labelText() == "Importing…"
    assert dialog.maximum() == 100
    assert parent.isEnabled()  # the GUI thread is free: the window repaints and answers
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    with qtbot.waitSignal(task.finished, timeout=5000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)
    assert task.dialog is None


def test_an_expected_failure_is_told_in_words(qtbot, parent: QWidget,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[object] = []
    monkeypatch.setattr(messages, "error", lambda parent, problem, title=None:
                        told.append(problem))

    def work(_progress: Progress) -> None:
        raise DiskFull(path="/data/antenna.sqlite")

    task = run_in_background(parent, work, "Saving…")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(told) == 1 and isinstance(told[0], DiskFull)


def test_an_unexpected_failure_goes_to_the_crash_handler(qtbot, parent: QWidget,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    crashes: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: crashes.append(kind))

    def work(_progress: Progress) -> None:
        raise KeyError("a bug")

    task = run_in_background(parent, work, "Working…")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert crashes == [KeyError]


def test_work_whose_window_was_closed_meanwhile_ends_quietly(qtbot) -> None:
    from PySide6.QtCore import QThreadPool

    parent = QWidget()
    release = threading.Event()
    told: list[object] = []
    run_in_background(parent, lambda _progress: release.wait(5) and "done", "",
                      told.append, delay_ms=None)
    parent.deleteLater()  # the window goes while the work runs
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(20)  # an error raised on the worker would be reported by pytest-qt
    assert told == []


def test_a_task_outlives_its_window_until_its_result_is_handled(qtbot) -> None:
    """The worker emits its result on the task: were the task the window's child, a window
    closed at that moment would delete it under the worker (a crash now and then)."""
    from PySide6.QtCore import QThreadPool

    parent = QWidget()
    release = threading.Event()
    told: list[object] = []
    task = run_in_background(parent, lambda _progress: release.wait(5) and "done", "",
                             told.append, delay_ms=None)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    assert _alive(task)  # still there for the worker to report on
    release.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: not _alive(task))  # and freed once its report was handled
    assert told == []


def _alive(widget: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
