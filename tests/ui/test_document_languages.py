"""Each printed document speaks the language chosen for it, whatever the interface speaks
(SPEC §12): agreements (one file per duo, named in the agreement's language), sign-in sheets
(offered under a name in the interface's language), a person's one-page file and the impact
report (PDF and Excel)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog

from duodesk.core.codes import PersonRole
from duodesk.core.context import Services
from duodesk.core.documents.batch import print_agreements
from duodesk.i18n import install_translators
from duodesk.ui import messages
from duodesk.ui.calendar.meeting_dialog import MeetingDialog
from duodesk.ui.duos.list_page import DuosPage
from duodesk.ui.persons.person_file import PersonFileWindow
from duodesk.ui.print_documents import PrintDialog
from tests.core.documents.helpers import make_duos, pdf_text
from tests.core.documents.test_attendance_sheet import session
from tests.ui.test_reports_page import open_page, recorded

__all__ = ["recorded"]  # the fixture of the Reports page's tests: duos with outcomes


@pytest.mark.parametrize(("language", "word", "title"), [
    ("en", "agreement-", "Mentoring agreement"),
    ("fr", "convention-", "Convention de mentorat"),
    ("nl", "overeenkomst-", "Mentoringovereenkomst")])
def test_agreements_in_a_folder_are_named_in_their_own_language(
        services: Services, tmp_path: Path, language: str, word: str, title: str) -> None:
    ids = make_duos(services, 2, language="en")
    result = print_agreements(services.db, ids, tmp_path, separate=True, language=language)
    names = sorted(path.name for path in result.files)
    assert len(names) == 2 and all(name.startswith(word) for name in names), names
    assert all(title in pdf_text(path) for path in result.files)


def test_the_agreements_speak_the_language_chosen_not_the_interfaces(
        qtbot, qapp: QApplication, services: Services, compiled_translations, qtmodeltester,
        answer_dialogs, monkeypatch, tmp_path: Path) -> None:
    install_translators(qapp, "nl")
    make_duos(services, 2, language="en")
    page = DuosPage(services.duos, services.organisation)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.ready and page.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(page.model)
    selection = page.table.selectionModel()
    for row in range(2):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    monkeypatch.setattr(messages, "choose_folder", lambda *args, **kw: tmp_path)
    told: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, PrintDialog):
            dialog.separate.setChecked(True)
            dialog.language.setCurrentIndex(dialog.language.findData("fr"))
            dialog.save_button.click()
            return dialog.result()
        told.append(dialog.text())  # the confirmation, in the interface's Dutch
        return 0

    answer_dialogs(answer)
    page.print_agreements()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "overeenkomsten" in told[0]
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 2 and all(path.name.startswith("convention-") for path in files)
    text = pdf_text(files[0])
    assert "Convention de mentorat" in text and "Mentoringovereenkomst" not in text


@pytest.mark.parametrize(("interface", "document", "name", "title"), [
    ("fr", "nl", "feuille-de-presence-", "Aanwezigheidslijst"),
    ("nl", "fr", "aanwezigheidslijst-", "Feuille de présence"),
    ("en", "fr", "sign-in-sheet-", "Feuille de présence")])
def test_a_sign_in_sheet_is_offered_in_the_interfaces_words_and_printed_in_its_own(
        qtbot, qapp: QApplication, services: Services, compiled_translations, answer_dialogs,
        monkeypatch, tmp_path: Path, interface: str, document: str, name: str,
        title: str) -> None:
    install_translators(qapp, interface)
    meeting = services.calendar.get(session(services))
    dialog = MeetingDialog(services, detail=meeting)
    qtbot.addWidget(dialog)
    target = tmp_path / "sheet.pdf"
    offered: list[str] = []

    def save_file(_parent, _title, suggested: Path | None = None, _filters: str = ""):
        offered.append(suggested.name if suggested else "")
        return target

    monkeypatch.setattr(messages, "save_file", save_file)
    told: list[str] = []

    def answer(shown: QDialog) -> int:
        if isinstance(shown, PrintDialog):
            assert shown.chosen_language() == interface  # the interface's, unless changed
            shown.language.setCurrentIndex(shown.language.findData(document))
            shown.save_button.click()
            return shown.result()
        told.append(shown.text())
        return 0

    answer_dialogs(answer)
    dialog.sheet_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    day = meeting.event.starts_at.date().isoformat()
    assert offered == [f"{name}{day}.pdf"]
    assert title in pdf_text(target)


def test_a_persons_file_is_printed_in_the_language_chosen_for_it(
        qtbot, qapp: QApplication, services: Services, compiled_translations, answer_dialogs,
        monkeypatch, tmp_path: Path) -> None:
    install_translators(qapp, "fr")
    (duo,) = make_duos(services, 1)
    window = PersonFileWindow(services, person_id=services.duos.get(duo).mentee_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    assert window.role == PersonRole.MENTEE
    target = tmp_path / "file.pdf"
    monkeypatch.setattr(messages, "save_file", lambda *args, **kw: target)
    told: list[str] = []

    def answer(shown: QDialog) -> int:
        if isinstance(shown, PrintDialog):
            shown.language.setCurrentIndex(shown.language.findData("nl"))
            shown.save_button.click()
            return shown.result()
        told.append(shown.text())
        return 0

    answer_dialogs(answer)
    window.print_file()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    text = pdf_text(target)
    assert "Persoonsfiche" in text and "Fiche personnelle" not in text


@pytest.mark.parametrize(("interface", "document", "title", "other"), [
    ("fr", "nl", "Impactrapport", "Rapport d'impact"),
    ("nl", "en", "Impact report", "Impactrapport"),
    ("en", "fr", "Rapport d'impact", "Impact report")])
def test_an_impact_report_is_exported_in_the_language_chosen_for_it(
        qtbot, qapp: QApplication, compiled_translations, monkeypatch, tmp_path: Path,
        recorded, interface: str, document: str, title: str, other: str) -> None:
    from openpyxl import load_workbook

    install_translators(qapp, interface)
    page = open_page(qtbot, recorded)
    assert page.document_language.currentData() == interface  # until another is picked
    page.document_language.setCurrentIndex(page.document_language.findData(document))
    page.document_language.activated.emit(page.document_language.currentIndex())
    told: list[str] = []
    monkeypatch.setattr(messages, "save_file",
                        lambda *_args, **_kw: tmp_path / f"report{len(told)}")
    monkeypatch.setattr(messages, "information", lambda _parent, text, *_: told.append(text))
    page.export_pdf()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    text = pdf_text(tmp_path / "report0.pdf")
    assert title in text and other not in text
    page.export_xlsx()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10_000)
    cells = [str(cell.value) for row in load_workbook(tmp_path / "report1.xlsx").active
             for cell in row if cell.value is not None]
    assert any(title in value for value in cells) and not any(other in v for v in cells)
    # The window goes on speaking the interface's language.
    assert page.pdf_button.text() != "" and page.model.headerData(
        0, Qt.Orientation.Horizontal) == {"fr": "Indicateur", "nl": "Indicator",
                                          "en": "Indicator"}[interface]
