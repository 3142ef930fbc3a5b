"""Progress reporting and cancellation for long core work.

A long core function takes a :class:`Progress` and calls :meth:`Progress.step` now and
then; the GUI passes one that updates a progress dialog and whose cancel flag is set by the
dialog's Cancel button, the command line one that reports nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from duodesk.core.errors import Cancelled

ProgressCallback = Callable[[int, int], None]


class Progress:
    """Counts work done out of a total and honours a cancel request."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int) -> None:
        """Report ``done`` out of ``total``; raise :class:`Cancelled` if cancel was asked."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total)


