"""Erasure on request, as the coordinator starts it from a person's file or from the Privacy
page (SPEC §9): a confirmation that names the person and says what will happen (deleted, or
kept as an anonymised tombstone when they were in a duo) and that backups made before keep
them; then the erasure on a worker (the file is compacted), and what was done."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.errors import DuoDeskError
from duodesk.core.privacy.erasure import ErasurePlan, ErasureResult
from duodesk.ui import messages
from duodesk.ui.privacy import texts

if TYPE_CHECKING:
    from duodesk.core.context import Services
    from duodesk.core.services.person_data import PersonFile
    from duodesk.ui.persons.person_file import PersonFileWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)


def tombstone_title(file: PersonFile) -> str:
    """A person's file's title: the name, or the tombstone of a file anonymised."""
    if file.anonymised_on is not None:
        return texts.tombstone(file.role, file.anonymised_on)
    return file.full_name


def shown_name(plan: ErasurePlan) -> str:
    """The person's name, or the tombstone of a file already anonymised."""
    return texts.tombstone(plan.role, plan.anonymised_on) if plan.anonymised else plan.name


def confirmation_text(plan: ErasurePlan) -> str:
    """What the confirmation says: who, what happens to the file, and the backups."""
    who = translate("Erasure", "Erase {name} ({role}) on request?").format(
        name=shown_name(plan), role=texts.role(plan.role).lower())
    if plan.deletes:
        what = translate(
            "Erasure", "Their file is deleted with its journal, consents and history.")
    else:
        what = translate(
            "Erasure", "They took part in a duo, which the programme's figures count: their "
            "file stays as an anonymised file, without name, contact details, birth date, "
            "journal or any text written about them.")
    backups = translate(
        "Erasure", "Backups made before today still hold their data until they are "
        "replaced (up to a year); do not restore one without erasing them again.")
    undone = translate("Erasure", "This cannot be undone.")
    if plan.mentions == 1:
        what += " " + translate("Erasure", "Their name also appears in a note or text of "
                                "another file: it is replaced there by […].")
    elif plan.mentions:
        what += " " + translate(
            "Erasure", "Their name also appears in {count} notes or texts of other files: it "
            "is replaced there by […].").format(count=plan.mentions)
    return f"{who}\n\n{what}\n\n{backups}\n\n{undone}"


def erase_on_request(parent: QWidget | None, services: Services, person_id: uuid.UUID,
                     done: Callable[[ErasureResult], None] | None = None) -> bool:
    """Confirm and erase one person; ``done`` is called once the erasure has finished.
    Returns False when nothing was started (refused or not confirmed)."""
    from duodesk.ui.worker import run_in_background

    try:
        plan = services.erasure.plan(person_id)
    except DuoDeskError as error:
        messages.error(parent, error)
        return False
    title = translate("Erasure", "Erase on request")
    if plan.live_duo:
        messages.warning(parent, translate(
            "Erasure", "{name} is in a duo that is proposed, accepted or under way. Decline "
            "or stop that duo first, then erase the file.").format(name=shown_name(plan)), title)
        return False
    if not messages.ask_yes_no(parent, confirmation_text(plan), title,
                               yes_text=translate("Erasure", "Erase")):
        return False

    def finished(result: ErasureResult) -> None:
        messages.information(parent, translate(
            "Erasure", "{name} was erased: the name is no longer in the database.").format(
            name=shown_name(plan)), title)
        if done is not None:
            done(result)

    run_in_background(parent, lambda _progress: services.erasure.erase(person_id),
                      translate("Erasure", "Erasing and compacting the database…"),
                      finished, cancellable=False)
    return True


class ChoosePersonDialog(QDialog):
    """Find the person to erase by name, email or phone (the program's search)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choosePersonToErase")
        self._services = services
        self.person_id: uuid.UUID | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("eraseSearch")
        self.results = QListWidget()
        self.results.setObjectName("eraseResults")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _item: self._accept())
        self.results.currentRowChanged.connect(lambda _row: self._update())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(translate("Erasure", "Erase on request"))
        self.hint.setText(translate(
            "Erasure", "Find the person who asked for the erasure of their data: type their "
            "name, email or phone."))
        self.search.setPlaceholderText(translate("Erasure", "Name, email or phone"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Erasure", "Erase…"))
        self.resize(520, 420)
        self._update()

    def _find(self) -> None:
        self.results.clear()
        ids = self._services.persons.search(self.search.text(), limit=50)
        for row in self._services.persons.rows(ids):
            text = f"{row.first_name} {row.last_name} · {texts.role(row.role)} · " \
                   f"{texts.status(row.role, row.status)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.results.currentItem() is not None)

    def _accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.person_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


def choose_and_erase(parent: QWidget | None, services: Services,
                     done: Callable[[ErasureResult], None] | None = None) -> bool:
    """From the Privacy page: find the person, then :func:`erase_on_request`."""
    dialog = ChoosePersonDialog(services, parent)
    try:
        if messages.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.person_id is None:
            return False
        person_id = dialog.person_id
    finally:
        dialog.deleteLater()
    return erase_on_request(parent, services, person_id, done)


class EraseButton(QPushButton):
    """"Erase on request…" in a person's file: confirms, erases, then closes the file (its
    ``saved`` signal tells the lists to read again)."""

    def __init__(self, window: PersonFileWindow) -> None:
        super().__init__()
        self.setObjectName("eraseOnRequest")
        self._window = window
        self.clicked.connect(self.erase)
        self.retranslate()

    def erase(self) -> None:
        window = self._window
        if window.file is None:
            return
        person_id = window.file.id

        def done(_result: ErasureResult) -> None:
            window.dirty = False  # nothing of the file is left to save
            window.saved.emit(person_id)
            window.close()

        erase_on_request(window, window.services, person_id, done)

    def retranslate(self) -> None:
        self.setText(translate("Erasure", "Erase on request…"))
        self.setToolTip(translate(
            "Erasure", "The person asked for their data to be erased (right to erasure)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
