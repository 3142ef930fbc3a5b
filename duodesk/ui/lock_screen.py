"""The idle lock of an encrypted database (SPEC §9): after the idle time set in Settings
without a key pressed or the mouse used, every DuoDesk window's content is covered by a cover
that asks the passphrase. Nothing is closed or hidden underneath, so that a file
being edited or a dialog half filled in is found as it was after unlocking.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.ui.passphrase_dialog import error_label, password_field

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
# While locked, input meant for a covered widget (a key typed into a table under the cover,
# an action's shortcut) is dropped.
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}
CHECK_EVERY_MS = 5000


class LockCover(QWidget):
    """An opaque cover over one window, with the passphrase field that unlocks them all."""

    unlock_requested = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setObjectName("lockCover")
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain.setFixedWidth(520)  # a readable line; wrapped labels need a width
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.explain, 0, Qt.AlignmentFlag.AlignHCenter)
        self.problem_label = error_label()
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = password_field()
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.field.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.field)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        layout.addStretch(2)
        self.retranslate()
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()
        self.field.setFocus()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("LockScreen", "DuoDesk is locked"))
        self.explain.setText(
            QCoreApplication.translate(
                "LockScreen",
                "Nobody used DuoDesk for a while, so its content is hidden. Type the "
                "passphrase of the database to go on where you left off.",
            )
        )
        self.unlock_button.setText(QCoreApplication.translate("LockScreen", "Unlock"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _unlock(self) -> None:
        typed = self.field.text()
        self.field.clear()
        self.unlock_requested.emit(typed)

    def say_wrong(self) -> None:
        self.problem_label.setText(
            QCoreApplication.translate(
                "LockScreen", "This passphrase is not the right one. Try again."
            )
        )
        self.problem_label.show()
        self.field.setFocus()


class IdleLock(QObject):
    """Locks the program's windows after ``limit_ms`` without input (0: never) and unlocks
    them when ``check`` accepts the passphrase typed."""

    locked_changed = Signal(bool)

    def __init__(self, main_window: QWidget, check: Callable[[str], bool], limit_ms: int) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.check = check
        self.limit_ms = 0
        self.covers: list[LockCover] = []
        self.last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.lock_if_idle)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.set_limit_ms(limit_ms)

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    def set_limit_ms(self, limit_ms: int) -> None:
        """Change the idle time (0: never lock); counted from the last input."""
        self.limit_ms = max(0, limit_ms)
        self.last_input = time.monotonic()
        if self.limit_ms:
            self.timer.start(min(self.limit_ms, CHECK_EVERY_MS))
        else:
            self.timer.stop()

    def stop(self) -> None:
        """No more locking (encryption turned off, the program closing)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._remove_covers()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.covers:
            if kind == QEvent.Type.Show and isinstance(watched, QWidget):
                self._cover_new_window(watched)
            return (
                kind in _INPUT and isinstance(watched, QWidget) and not self._inside_cover(watched)
            )
        if kind in _ACTIVITY:
            self.last_input = time.monotonic()
        return False

    def _inside_cover(self, widget: QWidget) -> bool:
        return any(cover is widget or cover.isAncestorOf(widget) for cover in self.covers)

    def lock_if_idle(self) -> None:
        if (
            self.limit_ms
            and not self.covers
            and (time.monotonic() - self.last_input) * 1000 >= self.limit_ms
        ):
            self.lock()

    def lock(self) -> None:
        """Cover every visible DuoDesk window now, the main window first."""
        if self.covers:
            return
        self._cover(self.main_window)
        for window in QApplication.topLevelWidgets():
            if window is not self.main_window and window.isVisible():
                self._cover(window)
        self.locked_changed.emit(True)

    def _cover(self, window: QWidget) -> None:
        # Every cover asks the passphrase: a modal dialog (open before the lock, or a
        # message shown since) keeps the input from every other window, its own cover's
        # field included.
        cover = LockCover(window)
        cover.unlock_requested.connect(lambda typed: self._try_unlock(cover, typed))
        self.covers.append(cover)

    def _cover_new_window(self, widget: QWidget) -> None:
        """A window shown while locked (a message from work finished meanwhile) is covered."""
        kind = widget.windowType()
        if (
            not widget.isWindow()
            or isinstance(widget, LockCover)
            or kind not in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ):
            return
        if not any(cover.parent() is widget for cover in self.covers):
            self._cover(widget)

    def _try_unlock(self, cover: LockCover, typed: str) -> None:
        if typed and self.check(typed):
            self._remove_covers()
            self.last_input = time.monotonic()
            self.locked_changed.emit(False)
        else:
            cover.say_wrong()

    def _remove_covers(self) -> None:
        covers, self.covers = self.covers, []
        for cover in covers:
            cover.hide()
            cover.deleteLater()
