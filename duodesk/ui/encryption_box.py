"""The Encryption box of the Settings page: whether the database is encrypted, the button
that turns encryption on or off, and the idle time after which the window locks. The box
only shows and asks; :class:`duodesk.ui.encryption_actions.EncryptionActions` does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

MAX_LOCK_MINUTES = 240


class EncryptionBox(QGroupBox):
    """Encryption of the database and the idle lock, in Settings."""

    encrypt_requested = Signal()
    decrypt_requested = Signal()
    lock_minutes_chosen = Signal(int)

    def __init__(
        self, available: bool, encrypted: bool, lock_minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.available = available
        self.encrypted = encrypted
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self._switch)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_LOCK_MINUTES)
        self.minutes.setValue(max(0, min(lock_minutes, MAX_LOCK_MINUTES)))
        self.minutes.editingFinished.connect(
            lambda: self.lock_minutes_chosen.emit(self.minutes.value())
        )
        self.minutes_label = QLabel()
        self.minutes_label.setBuddy(self.minutes)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.state_label)
        form.addRow(buttons)
        minutes_row = QHBoxLayout()  # a spin box as wide as its value, not as the page
        minutes_row.addWidget(self.minutes)
        minutes_row.addStretch(1)
        form.addRow(self.minutes_label, minutes_row)
        form.addRow(self.hint)
        self.show_state(encrypted, lock_minutes)

    def show_state(self, encrypted: bool, lock_minutes: int) -> None:
        """Show the database as encrypted or not, and the idle time."""
        self.encrypted = encrypted
        self.minutes.setValue(max(0, min(lock_minutes, MAX_LOCK_MINUTES)))
        self.switch_button.setVisible(self.available)
        # The lock asks the passphrase: it only exists for an encrypted database.
        for widget in (self.minutes, self.minutes_label):
            widget.setEnabled(self.available and encrypted)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("EncryptionBox", "Encryption"))
        if not self.available:
            self.state_label.setText(
                QCoreApplication.translate(
                    "EncryptionBox",
                    "Encryption is not available on this computer: the SQLCipher component is not "
                    "installed. Everything else works as usual.",
                )
            )
        elif self.encrypted:
            self.state_label.setText(
                QCoreApplication.translate(
                    "EncryptionBox",
                    "The database and its backups are encrypted: they open only with the "
                    "passphrase, asked when DuoDesk starts.",
                )
            )
        else:
            self.state_label.setText(
                QCoreApplication.translate(
                    "EncryptionBox",
                    "The database is not encrypted: anyone who gets hold of the file or a backup "
                    "can read it.",
                )
            )
        self.switch_button.setText(
            QCoreApplication.translate("EncryptionBox", "Remove the encryption…")
            if self.encrypted
            else QCoreApplication.translate("EncryptionBox", "Encrypt the database…")
        )
        self.minutes_label.setText(
            QCoreApplication.translate("EncryptionBox", "&Lock after (minutes without use):")
        )
        self.minutes.setSpecialValueText(QCoreApplication.translate("EncryptionBox", "never"))
        self.minutes.setSuffix(QCoreApplication.translate("EncryptionBox", " min"))
        self.hint.setText(
            QCoreApplication.translate(
                "EncryptionBox",
                "When locked, the windows are hidden until the passphrase is typed again; "
                "nothing being edited is lost. 0 means never.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _switch(self) -> None:
        (self.decrypt_requested if self.encrypted else self.encrypt_requested).emit()
