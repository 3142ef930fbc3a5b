"""Long work off the GUI thread (like Anki's ``QueryOp``): the work runs on a
``QThreadPool`` with a :class:`~duodesk.core.progress.Progress`; its counts reach a
``QProgressDialog`` through a queued signal; success and failure callbacks run on the main
thread. The window keeps painting and answering while the work runs.

A :class:`~duodesk.core.errors.DuoDeskError` becomes a translated message; a cancellation
is silent (the user asked for it); any other exception goes to ``sys.excepthook``, which the
composition root sets to the crash handler.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from duodesk.core.errors import Cancelled, DuoDeskError
from duodesk.core.progress import Progress
from duodesk.ui import messages

T = TypeVar("T")
PROGRESS_DELAY_MS = 400  # quick work finishes without a dialog flashing up
REPORT_INTERVAL_S = 0.05


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask[Any]) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        task = self._task
        try:
            result = task.work(task.progress)
        except BaseException as exc:  # every failure is reported on the main thread
            outcome, value = task.failed, exc
        else:
            outcome, value = task.succeeded, result
        # The task lives until this report has been handled on the GUI thread (see
        # ``BackgroundTask``): emitting on it never races with its deletion.
        with contextlib.suppress(RuntimeError):
            outcome.emit(value)


class BackgroundTask(QObject, Generic[T]):
    """One piece of work on the thread pool, with its progress dialog and callbacks.

    The task is not a child of the window that asked for it: a window closed while the
    work runs would delete its children on the GUI thread while the worker emits the
    result on one of them (a crash now and then). The task is kept alive by this module
    until its result has been handled, and only remembers that the window went: then
    there is nobody left to tell, and it ends quietly."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        work: Callable[[Progress], T],
        parent: QWidget | None,
        label: str,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], bool | None] | None = None,
        *,
        cancellable: bool = True,
        delay_ms: int | None = PROGRESS_DELAY_MS,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(None)
        self.work = work
        self.progress = Progress(self._report)
        self._last_report = 0.0
        self._parent_widget = parent
        self._label = label
        self._on_success = on_success
        self._on_failure = on_failure
        self._cancellable = cancellable
        self._pool = pool or QThreadPool.globalInstance()
        self.running = False
        self.dialog: QProgressDialog | None = None
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(delay_ms or 0)
        self._quiet = delay_ms is None  # background checks the user need not watch
        self._show_timer.timeout.connect(self._show_dialog)
        # Queued: these are emitted by the worker thread and handled on this (GUI) thread.
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._on_progress, queued)
        self.succeeded.connect(self._finish_success, queued)
        self.failed.connect(self._finish_failure, queued)
        self._orphaned = False
        if parent is not None:
            parent.destroyed.connect(self._orphan)

    def _orphan(self) -> None:
        """The window that asked for the work is gone (its progress dialog with it)."""
        self._orphaned = True
        self._parent_widget = None
        self.dialog = None
        self._show_timer.stop()

    def _report(self, done: int, total: int) -> None:
        # Called on the worker thread: a few reports a second are enough for the eye and
        # keep a fast loop from flooding the GUI thread's event queue.
        now = time.monotonic()
        if done >= total or now - self._last_report >= REPORT_INTERVAL_S:
            self._last_report = now
            self.progressed.emit(done, total)

    def start(self) -> BackgroundTask[T]:
        _running.add(self)
        self.running = True
        if not self._quiet:
            self._show_timer.start()
        self._pool.start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress step."""
        self.progress.cancel()

    # --- progress dialog --------------------------------------------------------------------
    def _ensure_dialog(self) -> QProgressDialog:
        if self.dialog is None:
            cancel_text = (QCoreApplication.translate("Worker", "Cancel")
                           if self._cancellable else "")
            dialog = QProgressDialog(self._label, cancel_text, 0, 0, self._parent_widget)
            dialog.setWindowTitle(messages.app_title())
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(0)
            dialog.setMinimumWidth(380)
            if not self._cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog
        return self.dialog

    def _show_dialog(self) -> None:
        if self.running and not self._orphaned:
            self._ensure_dialog().show()

    def _on_progress(self, done: int, total: int) -> None:
        if not self.running or self._quiet or self._orphaned:
            return
        dialog = self._ensure_dialog()
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        else:
            dialog.setMaximum(0)

    def _close_dialog(self) -> None:
        self.running = False
        self._show_timer.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    # --- results ----------------------------------------------------------------------------
    def _finish_success(self, result: T) -> None:
        self._close_dialog()
        try:
            if self._on_success is not None and not self._orphaned:
                self._on_success(result)
        finally:
            self._done()

    def _done(self) -> None:
        self.finished.emit()
        _running.discard(self)
        self.deleteLater()

    def _finish_failure(self, exc: BaseException) -> None:
        self._close_dialog()
        try:
            if self._orphaned:
                return  # the window that would be told is gone
            if self._on_failure is not None and self._on_failure(exc):
                return  # the caller dealt with it
            if isinstance(exc, Cancelled):
                return
            if isinstance(exc, DuoDeskError):
                messages.error(self._parent_widget, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            self._done()


def run_in_background(
    parent: QWidget | None,
    work: Callable[[Progress], T],
    label: str,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], bool | None] | None = None,
    *,
    cancellable: bool = True,
    delay_ms: int | None = PROGRESS_DELAY_MS,
) -> BackgroundTask[T]:
    """Start ``work(progress)`` on the thread pool and return its task.

    ``label`` is shown in the progress dialog when the work lasts longer than ``delay_ms``
    (never when it is None). ``on_failure`` runs first when the work fails, for clean-up; when
    it returns True it has dealt with the failure, else the failure is reported as usual.
    """
    task: BackgroundTask[T] = BackgroundTask(
        work, parent, label, on_success, on_failure, cancellable=cancellable,
        delay_ms=delay_ms)
    return task.start()


# Every task started and not yet reported: nothing else keeps it alive until then.
_running: set[BackgroundTask[Any]] = set()
