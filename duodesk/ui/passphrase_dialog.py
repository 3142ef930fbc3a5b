"""Asking the passphrase of an encrypted database: at start before the window shows its
data, before encryption is turned off, for an encrypted backup (:class:`PassphraseDialog`);
and choosing a new one, typed twice after a plain warning that a lost passphrase means lost
data (:class:`NewPassphraseDialog`). A passphrase is returned to the caller, never stored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.ui import messages


def backup_intro(backup: Path) -> str:
    """Why the passphrase of a backup is asked before restoring it."""
    return QCoreApplication.translate(
        "PassphraseDialog",
        "The backup {file} is encrypted with another passphrase than the database's. "
        "Type the passphrase it was made with to restore it.",
    ).format(file=backup.name)


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def ok_cancel(dialog: QDialog, on_ok: Callable[[], object]
              ) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The buttons under a passphrase: the default one calls ``on_ok``, Cancel rejects."""
    buttons = QDialogButtonBox()
    ok_button = QPushButton()
    ok_button.setDefault(True)
    cancel_button = QPushButton()
    buttons.addButton(ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
    ok_button.clicked.connect(on_ok)
    cancel_button.clicked.connect(dialog.reject)
    return buttons, ok_button, cancel_button


class PassphraseDialog(QDialog):
    """Asks the passphrase of ``path`` until ``check`` accepts it or the user cancels."""

    def __init__(
        self,
        path: Path,
        check: Callable[[str], bool],
        intro: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.check = check
        self.intro = intro
        self._passphrase: str | None = None
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.field = password_field()
        self.field_label = QLabel()
        self.field_label.setBuddy(self.field)
        self.problem_label = error_label()
        self.buttons, self.ok_button, self.cancel_button = ok_cancel(self, self.try_passphrase)
        form = QFormLayout()
        form.addRow(self.field_label, self.field)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        self.adjustSize()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "Passphrase"))
        self.intro_label.setText(
            self.intro
            or QCoreApplication.translate(
                "PassphraseDialog",
                "The database {file} is encrypted. Type its passphrase to open it.",
            ).format(file=self.path.name)
        )
        self.field_label.setText(QCoreApplication.translate("PassphraseDialog", "&Passphrase:"))
        self.ok_button.setText(QCoreApplication.translate("PassphraseDialog", "Open"))
        self.cancel_button.setText(QCoreApplication.translate("PassphraseDialog", "Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_passphrase(self) -> None:
        """Accept the passphrase typed if it opens the file; else say so and ask again."""
        typed = self.field.text()
        if typed and self.check(typed):
            self._passphrase = typed
            self.accept()
            return
        self.problem_label.setText(
            QCoreApplication.translate(
                "PassphraseDialog",
                "This passphrase does not open the database. Check it (capital letters, accents) "
                "and try again.",
            )
        )
        self.problem_label.show()
        self.adjustSize()  # room for the wrapped texts and the problem under the fields
        self.field.clear()
        self.field.setFocus()

    def passphrase(self) -> str | None:
        return self._passphrase


class NewPassphraseDialog(QDialog):
    """Chooses a new passphrase: typed twice, long enough, after the warning was read."""

    def __init__(self, minimum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum = minimum
        self._passphrase: str | None = None
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.first = password_field()
        self.second = password_field()
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        self.understood = QCheckBox()
        self.problem_label = error_label()
        self.buttons, self.ok_button, self.cancel_button = ok_cancel(self, self.try_passphrase)
        self.understood.toggled.connect(self.ok_button.setEnabled)
        self.ok_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.rule_label)
        layout.addLayout(form)
        layout.addWidget(self.understood)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate()
        self.adjustSize()

    def retranslate(self) -> None:
        from duodesk.encryption_texts import lost_passphrase_warning, passphrase_rule

        self.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "Encrypt the database"))
        self.warning_label.setText(lost_passphrase_warning())
        self.rule_label.setText(passphrase_rule(self.minimum))
        self.first_label.setText(QCoreApplication.translate("PassphraseDialog", "&New passphrase:"))
        self.second_label.setText(QCoreApplication.translate("PassphraseDialog", "&Type it again:"))
        self.understood.setText(
            QCoreApplication.translate(
                "PassphraseDialog",
                "I have written the passphrase down and keep it safe.",
            )
        )
        self.ok_button.setText(QCoreApplication.translate("PassphraseDialog", "Encrypt"))
        self.cancel_button.setText(QCoreApplication.translate("PassphraseDialog", "Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_passphrase(self) -> None:
        from duodesk.core.errors import PassphraseRefused
        from duodesk.core.storage.cipher import passphrase_problem
        from duodesk.encryption_texts import describe_encryption_error

        first, second = self.first.text(), self.second.text()
        reason = passphrase_problem(first) or (None if first == second else "different")
        if reason is None:
            self._passphrase = first
            self.accept()
            return
        self.problem_label.setText(
            describe_encryption_error(PassphraseRefused(reason=reason, minimum=self.minimum))
        )
        self.problem_label.show()
        self.adjustSize()  # room for the wrapped texts and the problem under the fields
        self.second.clear()
        (self.first if reason != "different" else self.second).setFocus()

    def passphrase(self) -> str | None:
        return self._passphrase


def ask_passphrase(
    parent: QWidget | None, path: Path, check: Callable[[str], bool], intro: str | None = None
) -> str | None:
    """The passphrase that ``check`` accepts for ``path``, or None when cancelled."""
    dialog = PassphraseDialog(path, check, intro, parent)
    try:
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        return None
    finally:
        dialog.deleteLater()


def ask_new_passphrase(parent: QWidget | None, minimum: int) -> str | None:
    """A new passphrase chosen and typed twice, or None when cancelled."""
    dialog = NewPassphraseDialog(minimum, parent)
    try:
        if messages.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        return None
    finally:
        dialog.deleteLater()
