"""The crash handler: an unexpected exception, on the main thread or any other, writes a
report under the user's log folder and shows a dialog that says what happened in plain words.

The dialog itself is in :mod:`duodesk.ui.crash_dialog`, loaded when first needed. The
report holds no personal data: the exception's type and its stack frames (file, line,
function) only. The message of an exception is never written, since it may quote a name or
an email; for DuoDesk's own errors the code and the safe parameters are written instead.
Local variables are never read.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, qVersion
from PySide6.QtWidgets import QApplication

from duodesk import __version__
from duodesk.core.errors import DuoDeskError
from duodesk.paths import user_log_dir
from duodesk.ui import messages

SAFE_PARAMETERS = frozenset({"field", "reason", "kind", "revision", "limit", "record_type"})
KEEP_LOGS = 20
MAX_CHAIN = 5

ExceptionInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _short_file(filename: str) -> str:
    """The file relative to its package folder: no user name from a home path."""
    normalised = filename.replace("\\", "/")
    for marker in ("/site-packages/", "/dist-packages/"):
        if marker in normalised:
            return normalised.split(marker, 1)[1]
    parts = normalised.split("/")
    if "duodesk" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("duodesk"):])
    return parts[-1]


def _describe_exception(exc: BaseException) -> str:
    kind = type(exc)
    name = f"{kind.__module__}.{kind.__qualname__}"
    if isinstance(exc, DuoDeskError):
        safe = ", ".join(f"{key}={value}" for key, value in sorted(exc.params.items())
                         if key in SAFE_PARAMETERS)
        return f"{name} code={exc.code}" + (f" ({safe})" if safe else "")
    return name


def technical_report(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> str:
    """The crash report: versions, then each exception of the chain with its frames."""
    import platform

    lines = [
        f"DuoDesk {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, "
        f"{platform.system()} {platform.release()}",
        f"Time {datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}",
        "",
    ]
    chain: list[tuple[BaseException, TracebackType | None]] = []
    current: BaseException | None = exc
    trace = tb
    while current is not None and len(chain) < MAX_CHAIN:
        chain.append((current, trace))
        following = current.__cause__ or current.__context__
        current = following
        trace = following.__traceback__ if following is not None else None
    for position, (error, error_tb) in enumerate(reversed(chain)):
        if position:
            lines.append("which led to")
        lines.append(_describe_exception(error))
        # lookup_lines=False: only file, line and function; no source text, no locals.
        frames = traceback.StackSummary.extract(traceback.walk_tb(error_tb),
                                                lookup_lines=False)
        lines.extend(f"  {_short_file(f.filename)}:{f.lineno} in {f.name}" for f in frames)
    return "\n".join(lines) + "\n"


def write_log(report: str, folder: Path | None = None) -> Path | None:
    """Write the report into a new file of the log folder; keep the newest few."""
    folder = folder or user_log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
        path.write_text(report, encoding="utf-8")
        for old in sorted(folder.glob("crash-*.log"))[:-KEEP_LOGS]:
            old.unlink(missing_ok=True)
    except OSError:
        return None
    return path


class CrashHandler(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook`` by the composition root.

    An exception of another thread is carried to the main thread by a queued signal, so the
    dialog is always shown by the GUI thread.
    """

    _raised_elsewhere = Signal(object)

    def __init__(self, log_folder: Path | None = None,
                 show: Callable[[Path | None, str], None] | None = None) -> None:
        super().__init__()
        self.log_folder = log_folder
        self._show = show or (lambda path, details: messages.crash(
            QApplication.activeWindow(), path, details))
        self._showing = False
        self._previous: tuple[object, object] | None = None
        self.last_log: Path | None = None
        self._raised_elsewhere.connect(self._handle_info)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        self._handle_info((exc_type, exc, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self._raised_elsewhere.emit((args.exc_type, args.exc_value, args.exc_traceback))

    def _handle_info(self, info: ExceptionInfo) -> None:
        report = technical_report(*info)
        self.last_log = write_log(report, self.log_folder)
        where = str(self.last_log) if self.last_log else "-"
        print(f"DuoDesk: unexpected error {info[0].__name__}; report: {where}", file=sys.stderr)
        app = QCoreApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() is app.thread()
        if not isinstance(app, QApplication) or not on_gui_thread or self._showing:
            return
        self._showing = True  # a fault that repeats while the dialog is up only logs
        try:
            self._show(self.last_log, report)
        finally:
            self._showing = False
