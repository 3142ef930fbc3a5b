"""The file name suggested when a person's file or a duo's agreement is saved as PDF is in
the interface's language, not in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from duodesk.core.context import Services
from duodesk.i18n import install_translators
from duodesk.ui import messages
from duodesk.ui.duos.duo_window import DuoWindow
from duodesk.ui.persons.person_file import PersonFileWindow
from duodesk.ui.print_documents import PrintDialog
from tests.core.documents.helpers import make_duos


def suggested_names(monkeypatch: pytest.MonkeyPatch, answer_dialogs) -> list[str]:
    """The names offered by the save prompt (the prompt is then cancelled)."""
    offered: list[str] = []

    def save_file(_parent, _title, suggested: Path | None = None, _filters: str = ""):
        offered.append(suggested.name if suggested else "")
        return None

    monkeypatch.setattr(messages, "save_file", save_file)

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, PrintDialog)
        dialog.save_button.click()
        return dialog.result()

    answer_dialogs(answer)
    return offered


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "person-file.pdf"), ("fr", "fiche-personnelle.pdf"), ("nl", "persoonsfiche.pdf")])
def test_a_persons_file_is_offered_under_a_name_in_the_interface_language(
        qtbot, qapp: QApplication, services: Services, compiled_translations, monkeypatch,
        answer_dialogs, language: str, expected: str) -> None:
    install_translators(qapp, language)
    (duo,) = make_duos(services, 1)
    window = PersonFileWindow(services, person_id=services.duos.get(duo).mentee_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    offered = suggested_names(monkeypatch, answer_dialogs)
    window.print_file()
    assert offered == [expected]


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "agreement-"), ("fr", "convention-"), ("nl", "overeenkomst-")])
def test_an_agreement_is_offered_under_a_name_in_the_interface_language(
        qtbot, qapp: QApplication, services: Services, compiled_translations, monkeypatch,
        answer_dialogs, language: str, expected: str) -> None:
    install_translators(qapp, language)
    (duo,) = make_duos(services, 1)
    window = DuoWindow(services.duos, duo)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    offered = suggested_names(monkeypatch, answer_dialogs)
    window.print_agreement()
    assert offered == [f"{expected}{str(duo)[:8]}.pdf"]
