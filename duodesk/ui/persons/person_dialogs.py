"""The small dialogs of a person's file: choosing the next status (with the date or reason it
needs) and the duplicate warning before a new file is created. Both run through
``duodesk.ui.messages.run_dialog``, so tests answer them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.codes import MenteeStatus, MentorStatus, PersonRole
from duodesk.core.services.person_data import DuplicateMatch
from duodesk.core.status import NEEDS_DATE, NEEDS_REASON, StatusOwner
from duodesk.labels import label
from duodesk.messages import describe
from duodesk.ui.persons.widgets import DateField


def status_label(role: PersonRole, status: str) -> str:
    enum = MenteeStatus if role == PersonRole.MENTEE else MentorStatus
    return label(enum(status))


class StatusChangeDialog(QDialog):
    """Choose the next status, with the date or reason it needs."""

    def __init__(
        self, role: PersonRole, statuses: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.setWindowTitle(QCoreApplication.translate("PersonFile", "Change status"))
        self.status = QComboBox()
        for status in statuses:
            self.status.addItem(status_label(role, status), status)
        self.until = DateField()
        self.until.set_value(date.today())
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PersonFile", "New status"), self.status)
        self.until_label = QLabel(QCoreApplication.translate("PersonFile", "Until"))
        form.addRow(self.until_label, self.until)
        self.until_error = QLabel(wordWrap=True, visible=False)
        self.until_error.setStyleSheet("color: #b3261e;")
        form.addRow("", self.until_error)
        form.addRow(QCoreApplication.translate("PersonFile", "Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.status.currentIndexChanged.connect(self._needs)
        self._needs()

    def _needs(self) -> None:
        needs_date = self.status.currentData() in NEEDS_DATE[StatusOwner(self.role.value)]
        self.until.setVisible(needs_date)
        self.until_label.setVisible(needs_date)

    def accept(self) -> None:
        # A day that is no day (31/02) is said here and the dialog stays, as typed.
        problem = self.until.problem() if self.until.isVisibleTo(self) else None
        self.until_error.setText(describe(problem) if problem else "")
        self.until_error.setVisible(problem is not None)
        if problem is None:
            super().accept()

    def choice(self) -> tuple[str, date | None, str | None]:
        status = self.status.currentData()
        until = self.until.value() if status in NEEDS_DATE[StatusOwner(self.role.value)] else None
        needs_reason = status in NEEDS_REASON[StatusOwner(self.role.value)]
        return (
            status,
            until,
            (self.reason.text().strip() or None)
            if (needs_reason or self.reason.text().strip())
            else None,
        )


class DuplicateDialog(QDialog):
    """ "This person may already be known": open the existing file, create anyway, or
    cancel. ``answer`` is ``open``, ``create`` or ``cancel``."""

    def __init__(self, matches: list[DuplicateMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PersonFile", "Possible duplicate"))
        self.matches = matches
        self.answer = "cancel"
        reasons = {
            "email": QCoreApplication.translate("PersonFile", "same email"),
            "phone": QCoreApplication.translate("PersonFile", "same phone"),
            "name_and_birth_date": QCoreApplication.translate(
                "PersonFile", "same birth date and close name"
            ),
        }
        lines = []
        for match in matches:
            why = ", ".join(reasons.get(r, r) for r in match.reasons)
            lines.append(
                QCoreApplication.translate("PersonFile", "{name} ({role}, {status}): {why}").format(
                    name=f"{match.first_name} {match.last_name}".strip(),
                    role=label(match.role),
                    status=status_label(match.role, match.status),
                    why=why,
                )
            )
        self.text = QLabel(
            QCoreApplication.translate("PersonFile", "This person may already have a file:")
            + "\n\n"
            + "\n".join(lines)
        )
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            QCoreApplication.translate("PersonFile", "Open the existing file"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.create_button = buttons.addButton(
            QCoreApplication.translate("PersonFile", "Create anyway"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(lambda: self._answer("open"))
        self.create_button.clicked.connect(lambda: self._answer("create"))
        self.cancel_button.clicked.connect(lambda: self._answer("cancel"))
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _answer(self, answer: str) -> None:
        self.answer = answer
        self.done(
            QDialog.DialogCode.Accepted if answer != "cancel" else QDialog.DialogCode.Rejected
        )
