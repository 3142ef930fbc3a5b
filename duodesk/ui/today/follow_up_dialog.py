"""Marking a follow-up done from the Today list: which follow-up, of which duo, and a note
(the summary kept on the meeting). Saving calls the duo service; a refusal is said in the
dialog's terms and the note stays in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.errors import DuoDeskError
from duodesk.core.services.duo_data import MeetingView, TodayItem
from duodesk.core.services.duos import DuoService
from duodesk.ui import messages
from duodesk.ui.today import texts

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)



class FollowUpDoneDialog(QDialog):
    """Asks for the note of a follow-up and marks it done; ``done_meeting`` holds the
    meeting as saved once the dialog is accepted."""

    def __init__(self, duos: DuoService, item: TodayItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert item.meeting_id is not None
        self.setObjectName("followUpDoneDialog")
        self._duos = duos
        self._item = item
        self.done_meeting: MeetingView | None = None
        self.setWindowTitle(translate("FollowUpDialog", "Follow-up done"))
        self.setMinimumWidth(460)

        heading = QLabel(f"<b>{labels.follow_up(item.follow_up_month)}</b>")
        self.duo_label = QLabel(texts.who_text(item))
        when = texts.moment_text(item.due_at) if item.due_at else texts.day_text(item.due)
        self.when_label = QLabel(when)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("followUpNote")
        self.note_edit.setPlaceholderText(
            translate("FollowUpDialog", "How is the duo doing? What was agreed? (no health "
                      "or other sensitive details)"))
        self.note_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(translate("FollowUpDialog", "Duo:"), self.duo_label)
        form.addRow(translate("FollowUpDialog", "Planned:"), self.when_label)
        note_label = QLabel(translate("FollowUpDialog", "&Note:"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("FollowUpDialog", "Mark as done"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("FollowUpDialog", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        """Mark the follow-up done with the note; on a refusal, say why and stay open."""
        note = self.note_edit.toPlainText().strip()
        assert self._item.meeting_id is not None
        try:
            self.done_meeting = self._duos.complete_follow_up(self._item.meeting_id,
                                                              note or None)
        except DuoDeskError as error:
            messages.error(self, error)
            return
        self.accept()
