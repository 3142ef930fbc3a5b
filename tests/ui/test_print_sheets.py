"""Printing from the meeting dialog: a saved group session's sign-in sheet, saved as PDF in
the language chosen; a duo's meeting offers no sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from duodesk.core.context import Services
from duodesk.ui import messages
from duodesk.ui.calendar.meeting_dialog import MeetingDialog
from duodesk.ui.print_documents import PrintDialog
from tests.core.documents.helpers import make_duos, pdf_text
from tests.core.documents.test_attendance_sheet import session


def open_dialog(qtbot, services: Services, meeting_id) -> MeetingDialog:
    dialog = MeetingDialog(services, detail=services.calendar.get(meeting_id))
    qtbot.addWidget(dialog)
    return dialog


def test_a_group_session_prints_its_sign_in_sheet(qtbot, services: Services, answer_dialogs,
                                                  monkeypatch, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, services, session(services))
    assert not dialog.sheet_button.isHidden()
    assert dialog.sheet_button.text() == "Print the sign-in sheet…"
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(messages, "save_file", lambda *args, **kw: target)
    told: list[str] = []

    def answer(shown: QDialog) -> int:
        if isinstance(shown, PrintDialog):
            assert shown.chosen_language() == "en"  # the interface's language by default
            shown.language.setCurrentIndex(shown.language.findData("nl"))
            shown.save_button.click()
            return shown.result()
        assert isinstance(shown, QMessageBox)
        told.append(shown.text())
        return 0

    answer_dialogs(answer)
    dialog.sheet_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == [f"Document saved to {target}."]
    text = pdf_text(target)
    assert "Aanwezigheidslijst" in text and "Şükrü Ağaoğlu" in text


def test_unsaved_edits_are_saved_first(qtbot, services: Services, answer_dialogs,
                                       tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, services, session(services))
    dialog.fields.title.setText("Another title")
    told: list[str] = []
    answer_dialogs(lambda shown: told.append(shown.text()) or 0)
    dialog.print_sheet()
    assert told == ["Save the meeting first: the sign-in sheet shows it as saved."]


def test_a_duo_meeting_has_no_sign_in_sheet(qtbot, services: Services) -> None:
    (duo,) = make_duos(services, 1)
    first = next(e for e in services.calendar.events(*_around(services)) if e.duo_id == duo)
    dialog = open_dialog(qtbot, services, first.id)
    assert dialog.sheet_button.isHidden()


def _around(services: Services):
    from datetime import datetime, timedelta

    now = datetime.now()
    return now - timedelta(days=400), now + timedelta(days=400)
