"""Printing from the meeting dialog (a saved group session's sign-in sheet; a duo's meeting
offers none) and from a person's file (its one-page file), saved as PDF in the language
chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from duodesk.core.codes import PersonRole
from duodesk.core.context import Services
from duodesk.ui import messages
from duodesk.ui.calendar.meeting_dialog import MeetingDialog
from duodesk.ui.persons.person_file import PersonFileWindow
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


@pytest.fixture
def person_window(qtbot, services: Services):
    def open_(**kwargs) -> PersonFileWindow:
        window = PersonFileWindow(services, **kwargs)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))
        window.show()
        return window
    return open_


def test_a_persons_file_prints_one_page(qtbot, services: Services, person_window,
                                        answer_dialogs, monkeypatch, tmp_path: Path) -> None:
    (duo,) = make_duos(services, 1)
    window = person_window(person_id=services.duos.get(duo).mentor_id)
    assert window.print_button.isVisible()
    assert window.print_button.text() == "Print a one-page file…"
    target = tmp_path / "file.pdf"
    monkeypatch.setattr(messages, "save_file", lambda *args, **kw: target)
    told: list[str] = []

    def answer(shown: QDialog) -> int:
        if isinstance(shown, PrintDialog):
            shown.language.setCurrentIndex(shown.language.findData("fr"))
            shown.save_button.click()
            return shown.result()
        told.append(shown.text())
        return 0

    answer_dialogs(answer)
    window.print_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    text = pdf_text(target)
    assert "Fiche personnelle" in text and "Łukasz Wiśniewski" in text
    assert "Avec Şükrü Ağaoğlu" in text


def test_a_new_or_edited_file_is_saved_before_printing(qtbot, services: Services,
                                                       person_window, answer_dialogs) -> None:
    new = person_window(role=PersonRole.MENTEE)
    assert not new.print_button.isVisible()
    (duo,) = make_duos(services, 1)
    window = person_window(person_id=services.duos.get(duo).mentee_id)
    window.dirty = True
    told: list[str] = []
    answer_dialogs(lambda shown: told.append(shown.text()) or 0)
    window.print_file()
    assert told == ["Save the changes first: the printed file shows them as saved."]
