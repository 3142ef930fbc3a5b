"""The "Access request…" action of a person's file (SPEC §9): asks the language of the PDF
and the folder, then writes the person's complete data as a PDF and a JSON file on a worker
(the window keeps answering), audits the export and says where the files are."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton, QWidget

from duodesk.core.database import Database
from duodesk.core.progress import Progress
from duodesk.ui import messages
from duodesk.ui.worker import BackgroundTask, run_in_background

LANGUAGES = ("fr", "nl", "en")
# Each language named in itself: the person reading the PDF may not read the interface's.
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


def ask_language(parent: QWidget | None) -> str | None:
    """The language of the PDF, the interface's first; None when cancelled."""
    from duodesk.ui.print_documents import interface_language

    first = interface_language()
    order = [first, *(code for code in LANGUAGES if code != first)]
    chosen = messages.ask_choice(
        parent,
        QCoreApplication.translate(
            "AccessRequest", "In which language should the PDF be written? The JSON file "
            "holds the same data in every language."),
        [LANGUAGE_NAMES[code] for code in order],
        QCoreApplication.translate("AccessRequest", "Cancel"),
        QCoreApplication.translate("AccessRequest", "Access request"))
    return None if chosen is None else order[chosen]


def request_access(parent: QWidget | None, db: Database, person_id: uuid.UUID,
                   unsaved: bool = False) -> BackgroundTask[object] | None:
    """Ask the language and the folder, then write both files on a worker; the task (to
    wait on in tests), or None when the user stopped."""
    from duodesk.core.privacy.access import AccessExport, export_access_request

    if unsaved:
        messages.information(parent, QCoreApplication.translate(
            "AccessRequest", "Save the changes first: the access request shows the file as "
            "saved."))
        return None
    language = ask_language(parent)
    if language is None:
        return None
    folder = messages.choose_folder(parent, QCoreApplication.translate(
        "AccessRequest", "Where should the two files be saved?"), Path.home())
    if folder is None:
        return None

    # The files' name in the interface's language, as the agreement's and the sheet's are.
    name = QCoreApplication.translate("AccessRequest", "access-request")

    def work(progress: Progress) -> AccessExport:
        return export_access_request(db, person_id, folder, language, progress=progress,
                                     name=name)

    def done(written: object) -> None:
        assert isinstance(written, AccessExport)
        messages.information(parent, QCoreApplication.translate(
            "AccessRequest", "The person's data were saved as {pdf} and {json}, in {folder}. "
            "Hand them over securely: they hold everything about this person.").format(
            pdf=written.pdf_path.name, json=written.json_path.name, folder=folder))

    return run_in_background(parent, work, QCoreApplication.translate(
        "AccessRequest", "Writing the access request…"), done)


class AccessRequestButton(QPushButton):
    """The file's "Access request…" button: runs :func:`request_access` for the person of
    ``window`` (a person's file: its ``file``, ``dirty`` and ``services``)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.clicked.connect(self.run)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("AccessRequest", "Access request…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run(self) -> BackgroundTask[object] | None:
        window = self.window_
        if window.file is None:
            return None
        return request_access(window, window.services.db, window.file.id,
                              unsaved=window.dirty)
