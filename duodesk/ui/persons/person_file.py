"""A person's file: a window with the name, role and status, a "Change status…" button, and
the tabs Profile (the form, saved with Save), Journal and History.

Open one with :func:`open_person_file` or :func:`open_new_person`; the window emits
``saved(person_id)`` after every save or status change, so that lists refresh.
"""

from __future__ import annotations

import textwrap
import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.codes import PersonRole
from duodesk.core.context import Services
from duodesk.core.errors import DuoDeskError, IllegalStatusChange, ValidationErrors
from duodesk.core.services.person_data import MenteeData, MentorData, PersonFile
from duodesk.labels import label
from duodesk.messages import describe
from duodesk.ui import formats, messages
from duodesk.ui.calendar.person_meetings import PersonMeetingsTab
from duodesk.ui.duos.person_tabs import PersonDuosTab, PersonEvaluationsTab
from duodesk.ui.persons.access_request import AccessRequestButton
from duodesk.ui.persons.consents_tab import ConsentsTab
from duodesk.ui.persons.person_dialogs import DuplicateDialog, StatusChangeDialog, status_label
from duodesk.ui.persons.person_form import ERROR_STYLE, PersonForm
from duodesk.ui.privacy.erasure import EraseButton, tombstone_title

_NOTE_WIDTH = 100  # characters on a line of a journal note


class PersonFileWindow(QWidget):
    """The file of one person (``person_id``), or a new file of ``role`` when ``person_id``
    is ``None``: only the profile tab until it is saved."""

    saved = Signal(object)  # the person's uuid.UUID
    # An existing person's id, from the duplicate warning: connected, the receiver opens
    # that file; left unconnected, the window opens it itself.
    open_requested = Signal(object)
    # A duo's id, from the Duos and Evaluations tabs: connected, the receiver opens the duo's
    # window; left unconnected, the window opens it itself.
    duo_requested = Signal(object)

    def __init__(
        self,
        services: Services,
        *,
        person_id: uuid.UUID | None = None,
        role: PersonRole | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.person_id = person_id
        self.file: PersonFile | None = None
        if person_id is not None:
            self.file = services.persons.get(person_id)
            role = self.file.role
        self.role = PersonRole(role or PersonRole.MENTEE)
        self.dirty = False
        self._build()
        self.reload()
        self.resize(1040, 700)  # fits a 1366×768 laptop screen
        # Ctrl+W (Ctrl+F4 on Windows) closes it, asking about unsaved changes as always.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

    # --- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.role_status_label = QLabel()
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.ask_status_change)
        self.status_error = QLabel()
        self.status_error.setStyleSheet(ERROR_STYLE)
        self.status_error.setWordWrap(True)
        self.status_error.setVisible(False)
        self.status_refusal: IllegalStatusChange | None = None
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.role_status_label)
        header.addLayout(titles, 1)
        header.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignTop)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_file)
        header.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        self.access_button = AccessRequestButton(self)
        header.addWidget(self.access_button, 0, Qt.AlignmentFlag.AlignTop)
        self.erase_button = EraseButton(self)  # right to erasure (duodesk.ui.privacy)
        header.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignTop)

        self.form = PersonForm(self.services, self.role)
        self.form.changed.connect(self._edited)
        self.save_button = QPushButton()
        self.revert_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)
        profile = QWidget()
        profile_layout = QVBoxLayout(profile)
        profile_layout.setContentsMargins(0, 0, 0, 0)
        profile_layout.addWidget(self.form, 1)
        profile_layout.addLayout(actions)

        self.journal_list = QTreeWidget()
        self.journal_list.setRootIsDecorated(False)
        self.journal_list.setAlternatingRowColors(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(80)
        self.note_edit.setTabChangesFocus(True)  # Tab reaches "Add the note", types no tab
        self.add_note_button = QPushButton()
        self.add_note_button.clicked.connect(self.add_note)
        # A blank note is not added: the button says so by being off until something is typed.
        self.add_note_button.setEnabled(False)
        self.note_edit.textChanged.connect(lambda: self.add_note_button.setEnabled(
            bool(self.note_edit.toPlainText().strip())))
        journal = QWidget()
        journal_layout = QVBoxLayout(journal)
        journal_layout.addWidget(self.journal_list, 1)
        journal_layout.addWidget(self.note_edit)
        journal_layout.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignRight)

        self.history_list = QTreeWidget()
        self.history_list.setRootIsDecorated(False)
        self.duos_tab = PersonDuosTab(self.services.duos)
        self.evaluations_tab = PersonEvaluationsTab(self.services.duos)
        self.duos_tab.opened.connect(self._open_duo)
        self.evaluations_tab.opened.connect(self._open_duo)
        self.meetings_tab = PersonMeetingsTab(self.services)
        self.meetings_tab.changed.connect(self.refresh_duos)
        self.consents_tab = ConsentsTab(self.services)

        self.tabs = QTabWidget()
        self.profile_index = self.tabs.addTab(profile, "")
        self.journal_index = self.tabs.addTab(journal, "")
        self.duos_index = self.tabs.addTab(self.duos_tab, "")
        self.meetings_index = self.tabs.addTab(self.meetings_tab, "")
        self.evaluations_index = self.tabs.addTab(self.evaluations_tab, "")
        self.consents_index = self.tabs.addTab(self.consents_tab, "")
        self.history_index = self.tabs.addTab(self.history_list, "")
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.status_error)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window in the language now installed; edits are kept."""
        self.status_button.setText(QCoreApplication.translate("PersonFile", "Change status…"))
        self.print_button.setText(
            QCoreApplication.translate("PersonFile", "Print a one-page file…")
        )
        self.save_button.setText(QCoreApplication.translate("PersonFile", "Save"))
        self.revert_button.setText(QCoreApplication.translate("PersonFile", "Cancel changes"))
        self.journal_list.setHeaderLabels(
            [
                QCoreApplication.translate("PersonFile", "When"),
                QCoreApplication.translate("PersonFile", "Coordinator"),
                QCoreApplication.translate("PersonFile", "Note"),
            ]
        )
        self.note_edit.setPlaceholderText(QCoreApplication.translate("PersonFile", "A new note…"))
        self.add_note_button.setText(QCoreApplication.translate("PersonFile", "Add the note"))
        self.history_list.setHeaderLabels(
            [
                QCoreApplication.translate("PersonFile", "When"),
                QCoreApplication.translate("PersonFile", "Who"),
                QCoreApplication.translate("PersonFile", "What"),
            ]
        )
        self.tabs.setTabText(
            self.profile_index, QCoreApplication.translate("PersonFile", "Profile")
        )
        self.tabs.setTabText(
            self.journal_index, QCoreApplication.translate("PersonFile", "Journal")
        )
        self.tabs.setTabText(
            self.history_index, QCoreApplication.translate("PersonFile", "History")
        )
        self.tabs.setTabText(self.duos_index, QCoreApplication.translate("PersonFile", "Duos"))
        self.tabs.setTabText(
            self.meetings_index, QCoreApplication.translate("PersonFile", "Meetings")
        )
        self.tabs.setTabText(
            self.evaluations_index, QCoreApplication.translate("PersonFile", "Evaluations")
        )
        self.tabs.setTabText(
            self.consents_index, QCoreApplication.translate("PersonFile", "Consents")
        )
        if self.status_refusal is not None:
            self.status_error.setText(describe(self.status_refusal))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
            self.form.retranslate()
            self._show_header()
            if self.file is not None:
                self._fill_journal(self.file)
                self._fill_history(self.file)
        super().changeEvent(event)

    # --- showing --------------------------------------------------------------------
    def reload(self) -> None:
        """Show the file as stored (or a new file's defaults) and forget any edit."""
        is_new = self.file is None
        if is_new:
            data: MenteeData | MentorData = (
                MenteeData() if self.role == PersonRole.MENTEE else MentorData()
            )
            data.registered_on = self.services.persons.today()
            current = self.services.organisation.current_coordinator()
            data.coordinator_id = current.id if current else None
            home = self.services.organisation.home_antenna()
            data.antenna_id = home.id if home else None
            self.form.set_data(data)
        else:
            file = self.file
            assert file is not None
            self.form.set_data(
                file.data, paused_until=file.paused_until
            )
            self._fill_journal(file)
            self._fill_history(file)
        self._show_header()
        self.status_button.setVisible(not is_new)
        self.status_button.setEnabled(bool(self.file and self.file.next_statuses))
        self.tabs.setTabVisible(self.journal_index, not is_new)
        self.tabs.setTabVisible(self.history_index, not is_new)
        self.tabs.setTabVisible(self.duos_index, not is_new)
        self.tabs.setTabVisible(self.evaluations_index, not is_new)
        self.duos_tab.set_person(self.person_id)
        self.evaluations_tab.set_person(self.person_id)
        self.tabs.setTabVisible(self.meetings_index, not is_new)
        self.meetings_tab.set_person(self.person_id, self.role)
        self.tabs.setTabVisible(self.consents_index, not is_new)
        self.consents_tab.set_person(self.person_id)
        self.dirty = False
        self._update_buttons()

    def _show_header(self) -> None:
        file = self.file
        if file is None:
            title = (
                QCoreApplication.translate("PersonFile", "New mentee")
                if self.role == PersonRole.MENTEE
                else QCoreApplication.translate("PersonFile", "New mentor")
            )
            self.role_status_label.setText(label(self.role))
        else:
            title = tombstone_title(file)  # the name, or "Anonymised mentee 29/11/2026"
            status = status_label(file.role, file.status)
            if file.paused_until:
                status = QCoreApplication.translate("PersonFile", "{status} until {date}").format(
                    status=status, date=formats.date_text(file.paused_until)
                )
            parts = [label(file.role), status]
            if file.trained_on:
                parts.append(
                    QCoreApplication.translate("PersonFile", "trained on {date}").format(
                        date=formats.date_text(file.trained_on)
                    )
                )
            self.role_status_label.setText(" · ".join(parts))
        self.print_button.setVisible(file is not None)  # a new person is saved first
        self.access_button.setVisible(file is not None)
        self.erase_button.setVisible(file is not None)
        # An anonymised file keeps only statistics: nothing personal is typed into it again.
        self.form.setEnabled(file is None or file.anonymised_on is None)
        self.name_label.setText(title)
        self.setWindowTitle(f"{title} — {messages.app_title()}")

    def _fill_journal(self, file: PersonFile) -> None:
        self.journal_list.clear()
        for entry in file.journal:
            # A tree view does not wrap long text by itself: the note is broken into lines
            # here (the whole note also in the tooltip).
            shown = "\n".join(
                textwrap.fill(line, _NOTE_WIDTH) or line for line in entry.text.splitlines()
            )
            item = QTreeWidgetItem(
                self.journal_list,
                [formats.datetime_text(entry.written_at), entry.coordinator_name or "—", shown],
            )
            item.setToolTip(2, entry.text)
            for column in range(3):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                )
        self.journal_list.resizeColumnToContents(0)
        self.journal_list.resizeColumnToContents(1)

    def _fill_history(self, file: PersonFile) -> None:
        self.history_list.clear()
        for item in file.history:
            if item.action == "status_changed":
                before = status_label(file.role, item.from_status) if item.from_status else "—"
                what = QCoreApplication.translate(
                    "PersonFile", "Status: {before} → {after}"
                ).format(before=before, after=status_label(file.role, item.to_status or ""))
                if item.reason:
                    what += f" ({item.reason})"
            elif item.action == "created":
                what = QCoreApplication.translate("PersonFile", "File created")
            else:
                what = QCoreApplication.translate("PersonFile", "Edited: {fields}").format(
                    fields=", ".join(self.form.field_caption(f) for f in item.fields)
                )
            QTreeWidgetItem(
                self.history_list,
                [formats.datetime_text(item.at), item.coordinator_name or "—", what],
            )
        self.history_list.resizeColumnToContents(0)
        self.history_list.resizeColumnToContents(1)

    def _edited(self) -> None:
        self.dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty or self.file is None)
        self.revert_button.setEnabled(self.dirty)

    # --- actions --------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form; True when saved. Refused values are shown under their fields."""
        persons = self.services.persons
        try:
            data = self.form.data()  # a date that is no day is refused here, under its field
            if self.file is None:
                if not self._confirm_not_duplicate(data):
                    return False
                create = (
                    persons.create_mentee if isinstance(data, MenteeData) else persons.create_mentor
                )
                self.person_id = create(data)  # type: ignore[arg-type]
            else:
                persons.update(self.file.id, data)
        except ValidationErrors as errors:
            self.form.show_problems(errors.problems)
            return False
        except DuoDeskError as error:
            messages.error(self, error)
            return False
        self._refresh()
        self.saved.emit(self.person_id)
        return True

    def _confirm_not_duplicate(self, data: MenteeData | MentorData) -> bool:
        try:
            matches = self.services.persons.find_duplicates(data)
        except DuoDeskError:
            return True  # an unreadable value: the save itself will say which
        if not matches:
            return True
        dialog = DuplicateDialog(matches, self)
        messages.run_dialog(dialog)
        if dialog.answer == "open":
            existing = matches[0].person_id
            meta = self.metaObject()
            signal = meta.method(meta.indexOfSignal("open_requested(PyObject)"))
            if self.isSignalConnected(signal):
                self.open_requested.emit(existing)  # the program opens (and tracks) it
            else:
                open_person_file(self.parentWidget(), self.services, existing)
            return False
        return dialog.answer == "create"

    def _refresh(self) -> None:
        assert self.person_id is not None
        self.file = self.services.persons.get(self.person_id, record_view=False)
        self.reload()

    def revert(self) -> None:
        """Go back to the stored file, once the unsaved changes are settled."""
        if self.settle_changes():
            self.reload()

    def settle_changes(self) -> bool:
        """Ask what to do with unsaved changes; True when the caller may go on (saved,
        discarded, or none), False when the user chose to stay."""
        if not self.dirty:
            return True
        choice = messages.ask_save_discard_cancel(
            self,
            QCoreApplication.translate(
                "PersonFile", "This file has changes that are not saved. Save them?"
            ),
        )
        if choice == messages.Choice.CANCEL:
            return False
        return choice == messages.Choice.DISCARD or self.save()

    def ask_status_change(self) -> None:
        if self.file is None or not self.file.next_statuses:
            return
        dialog = StatusChangeDialog(self.role, self.file.next_statuses, self)
        if messages.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        status, until, reason = dialog.choice()
        self.change_status(status, until=until, reason=reason)

    def change_status(
        self, status: str, *, until: date | None = None, reason: str | None = None
    ) -> bool:
        """Move the person to ``status``; a refusal is shown under the header."""
        assert self.file is not None
        try:
            # Read before the change: a date typed that is no day stops it, said under its
            # field, rather than being lost when the file is shown again after it.
            dirty, data = self.dirty, self.form.data()
        except ValidationErrors as errors:
            self.form.show_problems(errors.problems)
            return False
        try:
            self.services.persons.change_status(self.file.id, status, until=until, reason=reason)
        except IllegalStatusChange as refusal:
            self.status_refusal = refusal
            self.status_error.setText(describe(refusal))
            self.status_error.setVisible(True)
            return False
        self.status_refusal = None
        self.status_error.setVisible(False)
        self._refresh()
        if dirty:  # keep what was being typed
            self.form.set_data(
                data, paused_until=self.file.paused_until
            )
            self._edited()
        self.saved.emit(self.file.id)
        return True

    def print_file(self) -> None:
        """Save or print the one-page file of the person, as saved."""
        from duodesk.ui.print_documents import print_person_file

        if self.file is not None:
            print_person_file(self, self.services.db, self.file, unsaved=self.dirty)

    def add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text or self.file is None:
            return
        try:
            self.services.persons.add_journal_entry(self.file.id, text)
        except DuoDeskError as error:
            messages.error(self, error)
            return
        self.note_edit.clear()
        self.file = self.services.persons.get(self.file.id, record_view=False)
        self._fill_journal(self.file)
        self._fill_history(self.file)

    def refresh_duos(self) -> None:
        """A duo of this person changed: the status in the header, the history and the Duos
        and Evaluations tabs are read again; the profile being edited is left alone."""
        if self.file is not None:
            self.file = self.services.persons.get(self.file.id, record_view=False)
            self._show_header()
            self._fill_history(self.file)
            self.status_button.setEnabled(bool(self.file.next_statuses))
        self.duos_tab.refresh()
        self.evaluations_tab.refresh()
        self.meetings_tab.refresh()

    def _open_duo(self, duo_id: object) -> None:
        meta = self.metaObject()
        signal = meta.method(meta.indexOfSignal("duo_requested(PyObject)"))
        if self.isSignalConnected(signal):
            self.duo_requested.emit(duo_id)  # the program opens (and tracks) it
        elif isinstance(duo_id, uuid.UUID):
            from duodesk.ui.duos.duo_window import open_duo_window

            open_duo_window(self, self.services.duos, duo_id).changed.connect(
                lambda _id: self.refresh_duos())

    def settle_note(self) -> bool:
        """A journal note typed and not added: added, dropped, or kept in the open window,
        as the coordinator says; True when the caller may go on."""
        if self.file is None or not self.note_edit.toPlainText().strip():
            return True
        choice = messages.ask_save_discard_cancel(self, QCoreApplication.translate(
            "PersonFile", "A journal note is typed but not added to the journal. Add it?"))
        if choice == messages.Choice.CANCEL:
            self.tabs.setCurrentIndex(self.journal_index)
            return False
        if choice == messages.Choice.SAVE:
            self.add_note()  # the field is emptied once the note is added
            return not self.note_edit.toPlainText().strip()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.settle_note() and self.settle_changes():
            event.accept()
        else:
            event.ignore()


def open_person_file(
    parent: QWidget | None, services: Services, person_id: uuid.UUID
) -> PersonFileWindow:
    """Open a person's file in its own window and return it (connect ``saved``)."""
    window = PersonFileWindow(services, person_id=person_id, parent=parent)
    window.show()
    return window


def open_new_person(
    parent: QWidget | None, services: Services, role: PersonRole
) -> PersonFileWindow:
    """Open an empty file of a new mentee or mentor; it becomes their file once saved."""
    window = PersonFileWindow(services, role=role, parent=parent)
    window.show()
    return window
