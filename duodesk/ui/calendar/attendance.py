"""The attendees of a meeting in its dialog: who is invited and who came.

A group session invites from lists (all mentors in a duo, the new registrations, the mentees
waiting for a mentor…, each with how many it holds) or one person at a time through a search
by name; a duo's meeting shows its mentee and mentor, who cannot be changed. Once a meeting has
begun, a checkbox per person records whether they came: ticked (came), empty (did not come) or
half-ticked (not recorded yet); a line counts those invited, present and absent.

The panel only holds what the coordinator chose; the meeting dialog saves it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.calendar.views import Attendee
from duodesk.core.codes import PersonRole
from duodesk.core.context import Services
from duodesk.core.errors import DuoDeskError
from duodesk.ui import formats, messages
from duodesk.ui.calendar.attendee_model import AttendeeModel

translate = QCoreApplication.translate
SEARCH_LIMIT = 20
MIN_SEARCH = 2
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_STYLE = "color: palette(mid);"

# The invitation lists of duodesk.core.calendar.invitations, by code.
LIST_NAMES = {
    "mentors_in_duo": QT_TRANSLATE_NOOP("Attendance", "Mentors in a duo"),
    "available_mentors": QT_TRANSLATE_NOOP("Attendance", "Available mentors"),
    "mentors_in_training": QT_TRANSLATE_NOOP("Attendance", "Mentors in training"),
    "new_registrations": QT_TRANSLATE_NOOP("Attendance", "New registrations"),
    "waiting_mentees": QT_TRANSLATE_NOOP("Attendance", "Mentees waiting for a mentor"),
    "mentees_in_duo": QT_TRANSLATE_NOOP("Attendance", "Mentees in a duo"),
}

# The list a kind of session usually invites, offered first.
USUAL_LIST = {
    "info_session": "new_registrations",
    "intake": "new_registrations",
    "intervision": "mentors_in_duo",
    "workshop": "waiting_mentees",
}

def list_name(code: str) -> str:
    return translate("Attendance", LIST_NAMES[code]) if code in LIST_NAMES else code


class AttendancePanel(QWidget):
    """Invite from a list or by name, remove, and tick who came; ``changed`` after each
    change. ``set_fixed(True)``: a duo's meeting, whose two attendees cannot change."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.fixed = False
        self.model = AttendeeModel(self)
        self.model.dataChanged.connect(self._changed)
        self.model.rowsRemoved.connect(self._changed)
        self.model.modelReset.connect(self._changed)

        self.list_combo = QComboBox()
        self.list_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.invite_button = QPushButton()
        self.invite_button.clicked.connect(self.invite_chosen_list)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.hits = QStandardItemModel(self)
        self.completer = QCompleter(self.hits, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.search_edit)
        self.completer.activated[QModelIndex].connect(
            lambda index: self.choose_hit(index.row()))
        self.search_edit.textEdited.connect(self.search)
        # Enter in the search field invites the first person found; it must not also reach
        # the dialog's default button (a line edit lets Enter through), which would save.
        self.search_edit.installEventFilter(self)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AttendeeModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttendeeModel.ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttendeeModel.CAME, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.everyone_button = QPushButton()
        self.everyone_button.clicked.connect(lambda: self.model.set_all_attended(True))
        self.everyone_button.setEnabled(False)  # until the meeting has begun
        self.counts_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)

        invite_row = QHBoxLayout()
        invite_row.addWidget(self.list_combo, 1)
        invite_row.addWidget(self.invite_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts_label, 1)
        bottom.addWidget(self.everyone_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(invite_row)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.note)
        self.retranslate()
        self.load_lists()

    def retranslate(self) -> None:
        self.invite_button.setText(translate("Attendance", "Invite this list"))
        self.search_edit.setPlaceholderText(translate(
            "Attendance", "Add one person: name, email or phone…"))
        self.remove_button.setText(translate("Attendance", "Remove"))
        self.everyone_button.setText(translate("Attendance", "Everyone came"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self.model.rows:  # "Came", "Did not come"… in the new language
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(len(self.model.rows) - 1, 2))
        for index in range(self.list_combo.count()):  # the lists' names, counts kept
            text = self.list_combo.itemText(index)
            count = text[text.rfind("(") + 1:-1] if text.endswith(")") else ""
            self.list_combo.setItemText(index, translate("Attendance", "{list} ({count})")
                                        .format(list=list_name(self.list_combo.itemData(index)),
                                                count=count))
        self._show_note()
        self._show_counts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return,
                                                                 Qt.Key.Key_Enter):
            self.choose_hit(0)
            return True
        return super().eventFilter(watched, event)

    # --- what it shows -------------------------------------------------------------------
    def load_lists(self) -> None:
        """The invitation lists with how many each holds now."""
        self.list_combo.clear()
        try:
            found = self.services.calendar.invitation_lists()
        except DuoDeskError as error:
            messages.error(self, error)
            found = []
        for each in found:
            self.list_combo.addItem(translate("Attendance", "{list} ({count})").format(
                list=list_name(each.code), count=formats.number_text(each.count)), each.code)

    def suggest_list(self, kind: str) -> None:
        """Offer first the list that ``kind`` of session usually invites."""
        index = self.list_combo.findData(USUAL_LIST.get(str(kind), ""))
        if index >= 0:
            self.list_combo.setCurrentIndex(index)

    def set_attendees(self, attendees: list[Attendee] | tuple[Attendee, ...]) -> None:
        self.model.set_attendees(list(attendees))

    def set_fixed(self, fixed: bool) -> None:
        """A duo's meeting: its mentee and mentor only, nobody added or removed."""
        self.fixed = fixed
        for widget in (self.list_combo, self.invite_button, self.search_edit,
                       self.remove_button):
            widget.setVisible(not fixed)
        self._show_note()

    def set_recording(self, recording: bool) -> None:
        """Attendance can be recorded (the meeting has begun) or not yet."""
        self.model.set_recording(recording)
        self.everyone_button.setEnabled(recording)
        self._show_note()

    def _show_note(self) -> None:
        notes = []
        if self.fixed:
            notes.append(translate("Attendance",
                                   "A duo's meetings are with its mentee and its mentor."))
        if not self.model.recording:
            notes.append(translate("Attendance",
                                   "Who came can be ticked once the meeting has begun."))
        else:
            notes.append(translate("Attendance", "Ticked: came · empty: did not come · "
                                                 "half-ticked: not recorded."))
        self.note.setText(" ".join(notes))

    def _show_counts(self) -> None:
        invited, present, absent = self.model.counts()
        # Each part a plural form of its own: "1 invité · 0 présent · 1 absent" in French.
        parts = [self.tr("%Ln invited", "", invited)]
        if self.model.recording:
            parts += [self.tr("%Ln present", "", present), self.tr("%Ln absent", "", absent)]
        self.counts_label.setText(" · ".join(parts))

    def _changed(self, *_args: object) -> None:
        self._show_counts()
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(
            not self.fixed and self.table.selectionModel().hasSelection())
        self.invite_button.setEnabled(self.list_combo.count() > 0)

    # --- inviting ------------------------------------------------------------------------
    def invite_chosen_list(self) -> int:
        """Invite everyone of the list chosen; how many were added."""
        code = self.list_combo.currentData()
        if not code:
            return 0
        try:
            people = self.services.calendar.invitees(code)
        except DuoDeskError as error:
            messages.error(self, error)
            return 0
        return self.model.add(people)

    def search(self, text: str) -> None:
        """The persons found for ``text`` (name, email or phone), offered under the field."""
        self.hits.clear()
        text = text.strip()
        if len(text) < MIN_SEARCH:
            return
        invited = set(self.model.person_ids())
        persons = self.services.persons
        for row in persons.rows(persons.search(text, limit=SEARCH_LIMIT)):
            if row.id in invited:
                continue
            name = f"{row.first_name} {row.last_name}".strip()
            item = QStandardItem(f"{name} — {labels.label(PersonRole(row.role))}")
            item.setData(Attendee(row.id, name, PersonRole(row.role)), PERSON_ROLE)
            self.hits.appendRow(item)
        if self.hits.rowCount():
            self.completer.complete()

    def choose_hit(self, row: int) -> bool:
        """Invite the person of search result ``row``; the field is emptied."""
        item = self.hits.item(row) if 0 <= row < self.hits.rowCount() else None
        if item is None:
            return False
        self.model.add([item.data(PERSON_ROLE)])
        self.hits.clear()
        self.search_edit.clear()
        return True

    def remove_selected(self) -> None:
        if not self.fixed:
            self.model.remove([index.row() for index in self.table.selectionModel()
                               .selectedRows()])

    # --- what it holds -------------------------------------------------------------------
    def person_ids(self) -> tuple[uuid.UUID, ...]:
        return self.model.person_ids()

    def attendance(self) -> dict[uuid.UUID, bool | None]:
        return self.model.attendance()
