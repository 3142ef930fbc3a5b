"""The dialog shown after an unexpected error: what happened in plain words, where the report
is, and a button to copy the technical details for whoever supports the user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Says in plain words that something went wrong, where the report is, and lets the user
    copy the technical details for whoever supports them."""

    def __init__(self, log_path: Path | None, details: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._details = details
        self.setWindowTitle(QCoreApplication.translate("Crash", "DuoDesk: something went wrong"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        text = QCoreApplication.translate(
            "Crash",
            "Something unexpected went wrong. The action you were doing may not have been "
            "completed; what was saved before is safe.")
        if log_path is not None:
            where = QCoreApplication.translate(
                "Crash", "A report without any personal data was written to {path}.",
            ).format(path=log_path)
        else:
            where = QCoreApplication.translate(
                "Crash", "The report could not be written to the log folder.")
        advice = QCoreApplication.translate(
            "Crash",
            "If this happens again, send the technical details to the person who supports "
            "DuoDesk for you.")
        self.message = message = QLabel(f"{text}\n\n{where}\n\n{advice}")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(message, 1)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = QPushButton(
            QCoreApplication.translate("Crash", "Show technical details"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self.details_view.setVisible)
        self.copy_button = QPushButton(
            QCoreApplication.translate("Crash", "Copy technical details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._details)
        self.copy_button.setText(QCoreApplication.translate("Crash", "Copied"))
