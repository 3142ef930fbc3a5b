"""Printing the agreements of the duos selected on the Duos page: one combined PDF or one
file per duo, each in its duo's language unless one is chosen, on a worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog

from duodesk.core.context import Services
from duodesk.ui import messages
from duodesk.ui.duos.list_page import DuosPage
from duodesk.ui.print_documents import PrintDialog
from tests.core.documents.helpers import make_duos, pdf_text


@pytest.fixture
def page(qtbot, qtmodeltester, services: Services):
    ids = make_duos(services, 3, language="en")
    widget = DuosPage(services.duos, services.organisation)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.ready and widget.model.rowCount() == 3, timeout=10_000)
    qtmodeltester.check(widget.model)
    widget.ids = ids
    return widget


def select_all(page: DuosPage) -> None:
    selection = page.table.selectionModel()
    for row in range(page.model.rowCount()):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_the_button_waits_for_a_selection(page: DuosPage) -> None:
    assert page.print_button.text() == "Print agreements…"
    assert not page.print_button.isEnabled()
    select_all(page)
    assert page.print_button.isEnabled()


def test_selected_duos_print_into_one_file(qtbot, page: DuosPage, answer_dialogs, monkeypatch,
                                           tmp_path: Path) -> None:
    target = tmp_path / "all.pdf"
    monkeypatch.setattr(messages, "save_file", lambda *args, **kw: target)
    told: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, PrintDialog):
            assert dialog.chosen_language() is None  # each duo's own language by default
            assert dialog.print_button.isEnabled()
            dialog.save_button.click()
            return dialog.result()
        told.append(dialog.text())
        return 0

    answer_dialogs(answer)
    select_all(page)
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == [f"3 agreements saved to {target}."]
    text = pdf_text(target)
    assert text.count("Mentoring agreement\n") >= 3
    for name in ("AĞAOĞLU", "ÁNH", "ȚURCANU"):
        assert name in text


def test_selected_duos_print_into_a_folder_in_a_chosen_language(
        qtbot, page: DuosPage, answer_dialogs, monkeypatch, tmp_path: Path) -> None:
    folder = tmp_path / "agreements"
    folder.mkdir()
    monkeypatch.setattr(messages, "choose_folder", lambda *args, **kw: folder)
    told: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, PrintDialog):
            dialog.separate.setChecked(True)
            assert not dialog.print_button.isEnabled()  # a folder is saved, not printed
            dialog.language.setCurrentIndex(dialog.language.findData("fr"))
            dialog.save_button.click()
            return dialog.result()
        told.append(dialog.text())
        return 0

    answer_dialogs(answer)
    select_all(page)
    page.print_agreements()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == [f"3 agreements saved in the folder {folder}."]
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 3
    assert all("Convention de mentorat" in pdf_text(f) for f in files)
