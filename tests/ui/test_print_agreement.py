"""Printing agreements from the window: the duo's window saves its agreement as PDF in the
duo's language (or one chosen), or sends it to the printer through Qt's print dialog."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from duodesk.core.context import Services
from duodesk.ui import messages, print_documents
from duodesk.ui.duos.duo_window import DuoWindow
from duodesk.ui.print_documents import PrintDialog
from tests.core.documents.helpers import make_duos, pdf_text

ACCEPTED = QDialog.DialogCode.Accepted


@pytest.fixture
def window(qtbot, services: Services):
    (duo_id,) = make_duos(services, 1, language="nl")
    window = DuoWindow(services.duos, duo_id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_duo_window_saves_the_agreement_in_the_duo_language(
        qtbot, window: DuoWindow, answer_dialogs, monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "overeenkomst"  # no extension typed: .pdf is added
    monkeypatch.setattr(messages, "save_file", lambda *args, **kw: target)
    told: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, PrintDialog):
            assert dialog.chosen_language() == "nl"  # the duo's agreement language
            assert dialog.language.count() == 3
            dialog.save_button.click()
            return dialog.result()
        assert isinstance(dialog, QMessageBox)
        told.append(dialog.text())
        return 0

    answer_dialogs(answer)
    assert window.print_button.text() == "Print the agreement…"
    qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "overeenkomst.pdf"
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == [f"Agreement saved to {saved}."]
    text = pdf_text(saved)
    assert "Mentoringovereenkomst" in text and "Şükrü AĞAOĞLU" in text


def test_another_language_can_be_chosen(qtbot, window: DuoWindow, answer_dialogs, monkeypatch,
                                        tmp_path: Path) -> None:
    target = tmp_path / "agreement.pdf"
    monkeypatch.setattr(messages, "save_file", lambda *args, **kw: target)
    told: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, PrintDialog):
            dialog.language.setCurrentIndex(dialog.language.findData("fr"))
            dialog.save_button.click()
            return dialog.result()
        told.append("done")
        return 0

    answer_dialogs(answer)
    window.print_agreement()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "Convention de mentorat" in pdf_text(target)


def test_cancelling_the_dialog_or_the_file_prompt_writes_nothing(
        window: DuoWindow, answer_dialogs, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(messages, "save_file", lambda *args, **kw: None)
    answer_dialogs(lambda dialog: QDialog.DialogCode.Rejected)
    window.print_agreement()  # Cancel in the print dialog
    answer_dialogs(lambda dialog: (dialog.save_button.click(), dialog.result())[1])
    window.print_agreement()  # Cancel in the file prompt
    assert list(tmp_path.glob("**/*.pdf")) == []


def test_printing_renders_every_page_to_the_printer(
        qtbot, window: DuoWindow, answer_dialogs, monkeypatch, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printed: list[bool] = []
    real = print_documents.send_to_printer

    def to_file_printer(parent, pdf: Path, printer=None) -> bool:
        # A PDF printer stands in for the office printer; the dialog is the real one.
        file_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        file_printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        file_printer.setOutputFileName(str(out))
        file_printer.setResolution(96)
        printed.append(real(parent, pdf, file_printer))
        return printed[-1]

    monkeypatch.setattr(print_documents, "send_to_printer", to_file_printer)

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, PrintDialog):
            dialog.print_button.click()
            return dialog.result()
        assert isinstance(dialog, QPrintDialog)
        return ACCEPTED

    answer_dialogs(answer)
    window.print_agreement()
    qtbot.waitUntil(lambda: bool(printed), timeout=10_000)
    assert printed == [True]
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.MULTILINE)


def test_stopping_the_printer_progress_aborts_the_print(
        qtbot, window: DuoWindow, answer_dialogs, monkeypatch, tmp_path: Path) -> None:
    pdf = tmp_path / "agreement.pdf"
    from duodesk.core.documents.batch import print_agreements

    print_agreements(window.duos.db, [window.duo_id], pdf, separate=False)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(96)
    monkeypatch.setattr(print_documents.QProgressDialog, "wasCanceled", lambda self: True)
    answer_dialogs(lambda dialog: ACCEPTED)
    assert print_documents.send_to_printer(window, pdf, printer) is False
