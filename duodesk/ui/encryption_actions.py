"""Encryption of the database in the window (SPEC §9): the passphrase asked at start,
turning encryption on and off from Settings, and the idle lock.

Turning encryption on or off re-writes the database file: the composition root lets the
connections go (keeping the writer lock), a worker makes a checked backup, re-writes the
file (:func:`duodesk.core.storage.cipher.convert_database`), and the root opens it again.
The passphrase lives in memory only (:func:`duodesk.core.storage.cipher.remember`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from duodesk.ui import messages
from duodesk.ui.main_window import MainWindow
from duodesk.ui.passphrase_dialog import ask_new_passphrase, ask_passphrase

if TYPE_CHECKING:
    from duodesk.core.preferences import Preferences
    from duodesk.core.progress import Progress
    from duodesk.ui.encryption_box import EncryptionBox
    from duodesk.ui.lock_screen import IdleLock

MS_PER_MINUTE = 60_000


def _cipher() -> ModuleType:
    """The core's encryption module, imported when first needed: it loads SQLAlchemy, which
    the start-up imports on a thread (a plain database never needs it before opening)."""
    from duodesk.core.storage import cipher

    return cipher


class EncryptionHost(Protocol):
    """What the encryption needs from the composition root."""

    path: Path
    prefs: Preferences

    def backup_folder(self) -> Path: ...

    def release_database(self) -> None: ...

    def reopen_database(self) -> bool: ...


class EncryptionActions(QObject):
    """The passphrase at start, encryption on and off, the idle lock."""

    def __init__(self, window: MainWindow, host: EncryptionHost) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.box: EncryptionBox | None = None
        self.idle_lock: IdleLock | None = None
        self.busy = False

    @property
    def path(self) -> Path:
        return self.host.path

    @property
    def encrypted(self) -> bool:
        return _cipher().remembered() is not None and _cipher().looks_encrypted(self.path)

    def _check(self, typed: str) -> bool:
        return _cipher().key_opens(self.path, typed)

    def _known_encrypted(self) -> bool:
        return str(self.path) in (self.host.prefs.encrypted_databases or [])

    def _mark(self, encrypted: bool) -> None:
        from duodesk.core.preferences import save_preferences

        known = [p for p in (self.host.prefs.encrypted_databases or []) if p != str(self.path)]
        self.host.prefs.encrypted_databases = [*known, str(self.path)] if encrypted else known
        save_preferences(self.host.prefs)

    # --- at start ------------------------------------------------------------------------
    def unlock_at_start(self) -> bool:
        """Before the database opens: ask the passphrase of a database encrypted on this
        computer. False when the user cancelled (the program quits)."""
        if not self._known_encrypted():  # checked first: no encryption module for a plain file
            return True
        if not (_cipher().looks_encrypted(self.path) and _cipher().available()):
            return True
        known = _cipher().remembered()
        if known is not None and self._check(known):
            return True  # typed moments ago (from the restore offer): not asked twice
        typed = ask_passphrase(self.window, self.path, self._check)
        if typed is None:
            return False
        _cipher().remember(typed)
        return True

    def can_unlock_damaged(self) -> bool:
        """Whether a file that would not open may be encrypted (e.g. on a new laptop)."""
        return _cipher().available() and _cipher().looks_encrypted(self.path)

    def unlock_damaged(self) -> bool:
        """The file did not open: it may have been encrypted on another computer. Ask its
        passphrase; True when it opens the file."""
        typed = ask_passphrase(
            self.window,
            self.path,
            self._check,
            QCoreApplication.translate(
                "EncryptionActions",
                "If the database {file} was encrypted, on this computer or another, type its "
                "passphrase to open it.",
            ).format(file=self.path.name),
        )
        if typed is None:
            return False
        _cipher().remember(typed)
        self._mark(True)
        return True

    def database_opened(self) -> None:
        """The database is open: lock after the idle time if it is encrypted."""
        if self.encrypted and not self._known_encrypted():
            self._mark(True)  # opened with its passphrase: asked at the next start too
        self._follow_state()

    def _follow_state(self) -> None:
        minutes = self.host.prefs.lock_after_minutes
        if self.encrypted:
            if self.idle_lock is None:
                from duodesk.ui.lock_screen import IdleLock

                self.idle_lock = IdleLock(self.window, self._check, minutes * MS_PER_MINUTE)
            else:
                self.idle_lock.set_limit_ms(minutes * MS_PER_MINUTE)
        elif self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock.deleteLater()
            self.idle_lock = None
        if self.box is not None:
            self.box.show_state(self.encrypted, minutes)

    # --- Settings --------------------------------------------------------------------------
    def make_box(self) -> EncryptionBox:
        """The Encryption box for the Settings page (a new one after each rebuild)."""
        from duodesk.ui.encryption_box import EncryptionBox

        box = EncryptionBox(
            _cipher().available(), self.encrypted, self.host.prefs.lock_after_minutes
        )
        box.encrypt_requested.connect(self.turn_on)
        box.decrypt_requested.connect(self.turn_off)
        box.lock_minutes_chosen.connect(self.set_lock_minutes)
        self.box = box
        return box

    def set_lock_minutes(self, minutes: int) -> None:
        from duodesk.core.preferences import save_preferences

        self.host.prefs.lock_after_minutes = max(0, minutes)
        save_preferences(self.host.prefs)
        self._follow_state()

    def turn_on(self) -> None:
        """Choose a passphrase, then re-write the database and its backups encrypted."""
        # The open files and duos' windows hold connections of the file about to be
        # re-written: closed first (each asking about its unsaved edits).
        if self.busy or not self.window.close_open_work():
            return
        typed = ask_new_passphrase(self.window, _cipher().MIN_PASSPHRASE_LENGTH)
        if typed is None:
            return
        self._convert(
            None,
            typed,
            QCoreApplication.translate("EncryptionActions", "Encrypting the database…"),
            QCoreApplication.translate(
                "EncryptionActions",
                "The database and its backups are now encrypted. DuoDesk will ask the passphrase "
                "each time it starts.",
            ),
        )

    def turn_off(self) -> None:
        """After the passphrase and a confirmation, re-write the database unencrypted."""
        if self.busy or not self.window.close_open_work():
            return
        typed = ask_passphrase(
            self.window,
            self.path,
            self._check,
            QCoreApplication.translate(
                "EncryptionActions", "Type the passphrase of the database to remove its encryption."
            ),
        )
        if typed is None:
            return
        if not messages.ask_yes_no(
            self.window,
            QCoreApplication.translate(
                "EncryptionActions",
                "Remove the encryption of {file}? Anyone who gets hold of the file will be "
                "able to read it. The backups made so far stay encrypted and keep needing "
                "this passphrase.",
            ).format(file=self.path.name),
            yes_text=QCoreApplication.translate("EncryptionActions", "Remove the encryption"),
        ):
            return
        self._convert(
            typed,
            None,
            QCoreApplication.translate("EncryptionActions", "Removing the encryption…"),
            QCoreApplication.translate(
                "EncryptionActions",
                "The database is no longer encrypted. Its older backups still need the passphrase.",
            ),
        )

    def _convert(
        self, old_key: str | None, new_key: str | None, label: str, done_text: str
    ) -> None:
        from duodesk.core import backup
        from duodesk.ui.worker import run_in_background

        database, folder = self.path, self.host.backup_folder()
        self.busy = True
        self.host.release_database()

        def work(_progress: Progress) -> None:
            folder.mkdir(parents=True, exist_ok=True)
            # A checked copy first, in the state the database is in now.
            backup.make_backup(database, folder, "manual", key=old_key)
            # Plain backups are encrypted too; encrypted ones stay so when turning it off.
            olds = [b.path for b in backup.list_backups(database, folder)] if new_key else []
            _cipher().convert_database(database, old_key=old_key, new_key=new_key, backups=olds)

        def done(_result: None) -> None:
            self.busy = False
            if new_key is None:
                _cipher().forget()
            else:
                _cipher().remember(new_key)
            self._mark(new_key is not None)
            if self.host.reopen_database():
                self._follow_state()
                messages.information(self.window, done_text)

        def failed(_error: BaseException) -> None:
            # The database was left as it was: open it again before the error is shown.
            self.busy = False
            self.host.reopen_database()

        run_in_background(self.window, work, label, done, failed, cancellable=False)

    def shutdown(self) -> None:
        """The program closes: the passphrase leaves memory."""
        if self.idle_lock is not None:
            self.idle_lock.stop()
        cipher = sys.modules.get("duodesk.core.storage.cipher")
        if cipher is not None:  # never imported: nothing to forget
            cipher.forget()
