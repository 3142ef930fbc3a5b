"""The program running on a database in a test: started as ``duodesk.app.run`` starts it
(lock taken, window shown, database opened on a worker), closed and its lock given back at
the end of the ``with`` block whatever happened inside; or, for a test that runs
``duodesk.app.run`` itself, its window closed once a condition holds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from duodesk.app import DuoDeskApp
from duodesk.core.lock import WriterLock
from duodesk.core.preferences import Preferences


@contextmanager
def running_program(qtbot: Any, qapp: QApplication, path: Path,
                    prefs: Preferences | None = None, **options: Any) -> Iterator[DuoDeskApp]:
    lock = WriterLock(path)
    lock.acquire()
    program = DuoDeskApp(qapp, prefs or Preferences(language="en"), path, lock, **options)
    qtbot.addWidget(program.window)
    program.open()
    program.window.show()
    try:
        yield program
    finally:
        program.window.hide()
        program.shutdown()


def close_window_when(qapp: QApplication, ready: Callable[[QMainWindow], bool]) -> QTimer:
    """For a test that runs ``duodesk.app.run`` itself: a timer, started, that closes the
    program's main window (ending the run) once ``ready(window)`` holds, then stops."""

    def check() -> None:
        window = next((w for w in qapp.topLevelWidgets()
                       if w.objectName() == "mainWindow" and w.isVisible()), None)
        if isinstance(window, QMainWindow) and ready(window):
            poll.stop()
            window.close()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(check)
    poll.start()
    return poll
