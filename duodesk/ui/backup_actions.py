"""File → Back up now and File → Restore from a backup…, and the checks made right after
the window shows: SQLite's quick check, then the daily backup (SPEC §10). All of it runs on
the thread pool; the window keeps answering.

Restoring needs the database closed: the composition root (:class:`DatabaseHost`) lets the
connections go while keeping the writer lock, the backup is copied in, and the root opens
the database again and rebuilds the pages on it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from duodesk.ui import messages
from duodesk.ui.main_window import MainWindow
from duodesk.ui.worker import BackgroundTask, run_in_background

if TYPE_CHECKING:
    # The core's storage modules import SQLAlchemy: this module is imported before the
    # database opens, so they are imported where used (after it opened).
    from duodesk.core.backup import BackupInfo
    from duodesk.core.context import Services
    from duodesk.core.errors import DatabaseDamaged
    from duodesk.core.progress import Progress


def _backup_passphrase(parent: QWidget, chosen: Path) -> tuple[bool, str | None]:
    """Whether to go on, and the passphrase of an encrypted backup that the database's own
    (if any) does not open: asked here, as the restore needs it."""
    from duodesk.core.storage import cipher

    if not cipher.looks_encrypted(chosen) or not cipher.available():
        return True, None
    current = cipher.remembered()
    if current is not None and cipher.key_opens(chosen, current):
        return True, current
    from duodesk.ui.passphrase_dialog import ask_passphrase, backup_intro

    typed = ask_passphrase(parent, chosen, lambda text: cipher.key_opens(chosen, text),
                           backup_intro(chosen))
    return typed is not None, typed


def _restore(chosen: Path, database: Path, folder: Path,
             backup_key: str | None) -> BackupInfo | None:
    # The database keeps the encryption chosen in Settings, whatever the backup's.
    from duodesk.core.secure_restore import restore_keeping_encryption

    return restore_keeping_encryption(chosen, database, folder, backup_key=backup_key)


def _ensure_folder(folder: Path) -> None:
    """Create the backup folder, or say in the core's terms why it cannot be used (a file
    of that name, a drive that is gone, no permission) rather than crash on it."""
    from duodesk.core.errors import BackupFailed

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(path=str(folder), detail="folder") from exc


class DatabaseHost(Protocol):
    """What the backup actions need from the composition root."""

    path: Path
    services: Services | None

    def backup_folder(self) -> Path: ...

    def release_database(self) -> None:
        """Close every connection to the database, keeping the writer lock."""

    def reopen_database(self) -> bool:
        """Open the database again and rebuild the pages; False when that failed."""


class BackupActions(QObject):
    """Backing up and restoring from the window's menu and the Settings page."""

    last_backup_changed = Signal(object)  # datetime or None
    restored = Signal()

    def __init__(self, window: MainWindow, host: DatabaseHost) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.task: BackgroundTask | None = None
        self._offering_restore = False
        window.backup_action.triggered.connect(self.back_up_now)
        window.restore_action.triggered.connect(lambda: self.restore_from_backup())

    @property
    def database(self) -> Path:
        return self.host.path

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _start(self, task: BackgroundTask) -> None:
        self.task = task
        self.window.backup_action.setEnabled(False)
        self.window.restore_action.setEnabled(False)
        task.finished.connect(self._finished)

    def _finished(self) -> None:
        self.task = None
        self.window.backup_action.setEnabled(True)
        self.window.restore_action.setEnabled(True)

    def newest_backup(self) -> datetime | None:
        from duodesk.core import backup

        found = backup.list_backups(self.database, self.host.backup_folder())
        return found[0].made_at if found else None

    def refresh_last_backup(self) -> None:
        self.last_backup_changed.emit(self.newest_backup())

    # --- back up ---------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.busy:
            return
        from duodesk.core import backup

        database, folder = self.database, self.host.backup_folder()

        def work(_progress: Progress) -> BackupInfo:
            _ensure_folder(folder)
            made = backup.make_backup(database, folder, "manual")
            backup.rotate(database, folder)
            return made

        def done(made: BackupInfo) -> None:
            self.refresh_last_backup()
            messages.information(self.window, QCoreApplication.translate(
                "Backups", "The backup was saved as {file} in the folder {folder}.",
            ).format(file=made.path.name, folder=made.path.parent))

        self._start(run_in_background(
            self.window, work, QCoreApplication.translate("Backups", "Backing up…"), done,
            cancellable=False))

    # --- restore ------------------------------------------------------------------------------
    def restore_from_backup(self, intro: str | None = None) -> None:
        """Offer the backups; restore the one chosen and reopen the database on it."""
        if self.busy:
            return
        from duodesk.ui.restore_dialog import choose_backup

        database, folder = self.database, self.host.backup_folder()
        chosen = choose_backup(self.window, database, folder, intro)
        if chosen is None:
            return
        go_on, backup_key = _backup_passphrase(self.window, chosen)
        if not go_on:
            return
        if not messages.ask_yes_no(
            self.window,
            QCoreApplication.translate(
                "Backups",
                "Replace the content of the database {file} by the backup {backup}? What the "
                "database holds now is first kept as a safety copy in the backup folder.",
            ).format(file=database.name, backup=chosen.name),
            yes_text=QCoreApplication.translate("Backups", "Restore"),
        ):
            return
        # As when the window closes: unsaved edits saved or dropped at the user's word (Cancel
        # restores nothing), and no file or duo window left open on the data replaced.
        if not self.window.close_open_work():
            return
        self.host.release_database()

        def done(_safety: BackupInfo | None) -> None:
            if self.host.reopen_database():
                self.refresh_last_backup()
                self.restored.emit()
                messages.information(self.window, QCoreApplication.translate(
                    "Backups", "The backup {backup} was restored.").format(backup=chosen.name))

        def failed(_error: BaseException) -> None:
            # The database was left as it was: open it again before the error is shown.
            self.host.reopen_database()

        self._start(run_in_background(
            self.window, lambda _progress: _restore(chosen, database, folder, backup_key),
            QCoreApplication.translate("Backups", "Restoring the backup…"), done, failed,
            cancellable=False))

    def restore_damaged(self, intro: str, then: Callable[[], None],
                        give_up: Callable[[], None],
                        unlock: Callable[[], bool] | None = None) -> None:
        """At start-up, before the database could be opened: offer its backups and restore
        the one chosen, then call ``then`` (open it); ``give_up`` when none is chosen.
        ``unlock`` offers the passphrase of a file that may be encrypted, not damaged."""
        from duodesk.ui.restore_dialog import choose_backup

        database, folder = self.database, self.host.backup_folder()
        opened: list[bool] = []

        def try_unlock() -> bool:
            assert unlock is not None
            opened.append(unlock())
            return opened[-1]

        chosen = choose_backup(self.window, database, folder, intro,
                               try_unlock if unlock is not None else None)
        if chosen is None:
            (then if any(opened) else give_up)()
            return
        go_on, backup_key = _backup_passphrase(self.window, chosen)
        if not go_on:
            QTimer.singleShot(0, lambda: self.restore_damaged(intro, then, give_up, unlock))
            return

        def failed(_error: BaseException) -> None:
            # The worker reports why; then the backups are offered again.
            QTimer.singleShot(0, lambda: self.restore_damaged(intro, then, give_up, unlock))

        # Not through _start: the database actions stay off until the database is open.
        run_in_background(
            self.window, lambda _progress: _restore(chosen, database, folder, backup_key),
            QCoreApplication.translate("Backups", "Restoring the backup…"),
            lambda _safety: then(), failed, cancellable=False)

    # --- after start -------------------------------------------------------------------------
    def run_start_checks(self) -> None:
        """Quick check, then today's backup if none was made yet; quietly, on a worker."""
        if self.busy:
            return
        if self.host.services is None:
            return
        from duodesk.core import backup

        database, folder = self.database, self.host.backup_folder()
        backend = self.host.services.db.backend

        def work(_progress: Progress) -> tuple[list[str], BackupInfo | None]:
            problems = backend.quick_check()
            if problems:
                return problems, None
            _ensure_folder(folder)
            return problems, backup.daily_backup_if_due(database, folder)

        def done(result: tuple[list[str], BackupInfo | None]) -> None:
            problems, _made = result
            self.refresh_last_backup()
            if problems:
                self._finished()
                self.offer_restore_after_check()

        self._start(run_in_background(
            self.window, work, QCoreApplication.translate("Backups", "Checking the database…"),
            done, delay_ms=None))

    def offer_restore_after_check(self) -> None:
        from duodesk.core.errors import DatabaseDamaged

        self.offer_restore_after_damage(
            DatabaseDamaged(path=str(self.database), detail="quick_check"))

    def offer_restore_after_damage(self, error: DatabaseDamaged) -> None:
        """The open database was found damaged (by the check after start, or by any reading
        or writing since): say so and offer its backups, once however many pieces of work
        run into the damage meanwhile."""
        from duodesk.messages import describe
        from duodesk.ui.restore_dialog import format_when

        if self._offering_restore:
            return
        intro = describe(error)
        newest = self.newest_backup()
        if newest is not None:
            intro += " " + QCoreApplication.translate(
                "Backups", "The most recent backup dates from {when}.").format(
                when=format_when(newest))
        self._offering_restore = True
        try:
            self.restore_from_backup(intro)
        finally:
            self._offering_restore = False
