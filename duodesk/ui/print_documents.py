"""Printing documents from the window: a small dialog (language, one file or one per duo,
Save as PDF or Print), the file prompt, the work on a worker thread with progress and Cancel,
and printing through Qt's print dialog (the PDF's pages rendered with QtPdf).

The documents themselves come from ``duodesk.core.documents``; their language is chosen here
for each print, independent of the interface language.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.database import Database
from duodesk.core.progress import Progress
from duodesk.core.services.person_data import PersonFile
from duodesk.ui import formats, messages
from duodesk.ui.worker import run_in_background

# Each language by its own name, as on a language switch: never translated.
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}
SAVE, PRINT = "save", "print"
PDF_FILTER = "PDF (*.pdf)"


class PrintDialog(QDialog):
    """Choose how to print: the language, for several duos one file or one each, and
    Save as PDF or Print. ``action`` is ``SAVE`` or ``PRINT`` once accepted."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        language: str | None,
        count: int = 1,
        each_own_language: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.action = SAVE
        form = QFormLayout()
        self.language = QComboBox()
        if each_own_language:
            self.language.addItem(
                QCoreApplication.translate("PrintDocuments", "Each duo's agreement language"), None
            )
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        if language is not None:
            self.language.setCurrentIndex(self.language.findData(language))
        form.addRow(
            QCoreApplication.translate("PrintDocuments", "Language of the document:"), self.language
        )
        self.combined = QRadioButton(
            QCoreApplication.translate("PrintDocuments", "One PDF file with every agreement")
        )
        self.separate = QRadioButton(
            QCoreApplication.translate("PrintDocuments", "One PDF file per duo, in a folder")
        )
        self.combined.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.combined)
        group.addButton(self.separate)
        layout = QVBoxLayout(self)
        if count > 1:
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate("PrintDocuments", "{count} duos selected.").format(
                        count=formats.number_text(count)
                    )
                )
            )
        layout.addLayout(form)
        if count > 1:
            layout.addWidget(self.combined)
            layout.addWidget(self.separate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(QCoreApplication.translate("PrintDocuments", "Save as PDF…"))
        self.print_button = QPushButton(QCoreApplication.translate("PrintDocuments", "Print…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(lambda: self._choose(SAVE))
        self.print_button.clicked.connect(lambda: self._choose(PRINT))
        buttons.rejected.connect(self.reject)
        # Separate files go to a folder: they are saved, not sent to a printer one by one.
        self.separate.toggled.connect(lambda on: self.print_button.setEnabled(not on))
        self.save_button.setDefault(True)
        layout.addWidget(buttons)

    def _choose(self, action: str) -> None:
        self.action = action
        self.accept()

    def chosen_language(self) -> str | None:
        value = self.language.currentData()
        return str(value) if value else None


def _pdf_path(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def deliver(
    parent: QWidget | None,
    action: str,
    suggested_name: str,
    write: Callable[[Path, Progress], Any],
    *,
    saved_text: Callable[[Path], str],
    folder: bool = False,
) -> None:
    """Ask where to save (a file, or a folder when ``folder``) or prepare a temporary file to
    print, then run ``write(target, progress)`` on a worker; tell the user when saved, or
    open the print dialog."""
    if action == PRINT:
        target = Path(tempfile.mkdtemp(prefix="duodesk-print-")) / suggested_name
    elif folder:
        chosen = messages.choose_folder(
            parent,
            QCoreApplication.translate("PrintDocuments", "Choose the folder of the agreements"),
        )
        if chosen is None:
            return
        target = chosen
    else:
        chosen = messages.save_file(
            parent,
            QCoreApplication.translate("PrintDocuments", "Save the document as PDF"),
            Path.home() / suggested_name,
            PDF_FILTER,
        )
        if chosen is None:
            return
        target = _pdf_path(chosen)

    def done(_result: Any) -> None:
        if action == PRINT:
            send_to_printer(parent, target)
        else:
            messages.information(parent, saved_text(target))

    run_in_background(
        parent,
        lambda progress: write(target, progress),
        QCoreApplication.translate("PrintDocuments", "Preparing the document…"),
        done,
    )


def send_to_printer(parent: QWidget | None, pdf: Path, printer: Any = None) -> bool:
    """Print ``pdf`` through Qt's print dialog, each page rendered by QtPdf at the printer's
    resolution (at most 300 dpi); False when the user cancelled or the file is unreadable."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        messages.warning(
            parent,
            QCoreApplication.translate(
                "PrintDocuments", "The document could not be read for printing."
            ),
        )
        return False
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pdf.stem)
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    if messages.run_dialog(dialog) != QDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage() or 1, printer.toPage() or document.pageCount()
    dpi = min(printer.resolution(), 300)
    painter = QPainter()
    if not painter.begin(printer):
        messages.warning(
            parent,
            QCoreApplication.translate("PrintDocuments", "The printer could not be started."),
        )
        return False
    # Rendering is Qt's (GUI thread): 200 agreements are 400 pages, so show where it is
    # and let the user stop; the dialog appears only when it lasts.
    progress = QProgressDialog(
        QCoreApplication.translate("PrintDocuments", "Sending the pages to the printer…"),
        QCoreApplication.translate("PrintDocuments", "Stop"),
        0,
        last - first + 1,
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(800)
    try:
        for index in range(first - 1, last):
            progress.setValue(index - first + 1)
            QCoreApplication.processEvents()
            if progress.wasCanceled():
                printer.abort()
                return False
            if index > first - 1:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(area.x(), area.y(), image.scaled(scaled))
    finally:
        painter.end()
        progress.close()
    return True


def print_agreements_dialog(
    parent: QWidget | None, db: Database, duo_ids: list[uuid.UUID], language: str | None = None
) -> None:
    """Print the agreements of ``duo_ids``: one duo (``language``: its agreement language)
    or several (each in its own language unless the user picks one)."""
    from duodesk.core.documents.batch import print_agreements

    many = len(duo_ids) > 1
    title = (
        QCoreApplication.translate("PrintDocuments", "Print agreements")
        if many
        else QCoreApplication.translate("PrintDocuments", "Print the agreement")
    )
    dialog = PrintDialog(
        parent, title, language=language, count=len(duo_ids), each_own_language=many
    )
    if messages.run_dialog(dialog) != QDialog.DialogCode.Accepted:
        return
    chosen = dialog.chosen_language()
    separate = many and dialog.separate.isChecked()

    def write(target: Path, progress: Progress) -> Any:
        return print_agreements(
            db, duo_ids, target, separate=separate, language=chosen, progress=progress
        )

    count = len(duo_ids)

    def saved(path: Path) -> str:
        if separate:
            return QCoreApplication.translate(
                "PrintDocuments", "{count} agreements saved in the folder {path}."
            ).format(count=formats.number_text(count), path=path)
        if many:
            return QCoreApplication.translate(
                "PrintDocuments", "{count} agreements saved to {path}."
            ).format(count=formats.number_text(count), path=path)
        return QCoreApplication.translate("PrintDocuments", "Agreement saved to {path}.").format(
            path=path
        )

    # The suggested file name in the interface's language, as the coordinator files it.
    name = (QCoreApplication.translate("PrintDocuments", "agreements.pdf") if many
            else QCoreApplication.translate("PrintDocuments", "agreement-{duo}.pdf").format(
                duo=str(duo_ids[0])[:8]))
    deliver(parent, dialog.action, name, write, saved_text=saved, folder=separate)


def interface_language() -> str:
    """The interface's language, the default of a document that has none of its own."""
    from PySide6.QtCore import QLocale

    language = QLocale().name()[:2]
    return language if language in LANGUAGE_NAMES else "en"


def print_document_dialog(
    parent: QWidget | None,
    title: str,
    suggested_name: str,
    write: Callable[[IO[bytes], str], None],
    language: str | None = None,
) -> None:
    """Save or print one document made by ``write(stream, language)``, in the interface
    language unless the user picks another."""
    from duodesk.core.documents.batch import atomic_pdf

    dialog = PrintDialog(parent, title, language=language or interface_language())
    if messages.run_dialog(dialog) != QDialog.DialogCode.Accepted:
        return
    chosen = dialog.chosen_language() or interface_language()

    def work(target: Path, _progress: Progress) -> None:
        with atomic_pdf(target) as stream:
            write(stream, chosen)

    def saved(path: Path) -> str:
        return QCoreApplication.translate("PrintDocuments", "Document saved to {path}.").format(
            path=path
        )

    deliver(parent, dialog.action, suggested_name, work, saved_text=saved)


def print_person_file(
    parent: QWidget | None, db: Database, person: PersonFile, *, unsaved: bool = False
) -> None:
    """Save or print the one-page file of ``person`` (as saved: ``unsaved`` edits first)."""
    from datetime import date

    from duodesk.core.documents.person_sheet import current_duo, write_person_sheet

    if unsaved:
        messages.information(
            parent,
            QCoreApplication.translate(
                "PrintDocuments", "Save the changes first: the printed file shows them as saved."
            ),
        )
        return
    print_document_dialog(
        parent,
        QCoreApplication.translate("PrintDocuments", "Print a one-page file"),
        QCoreApplication.translate("PrintDocuments", "person-file.pdf"),
        lambda stream, language: write_person_sheet(
            stream, person, current_duo(db, person.id), language, date.today()
        ),
    )
