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
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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
from duodesk.ui import messages

translate = QCoreApplication.translate
SEARCH_LIMIT = 20
MIN_SEARCH = 2
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_STYLE = "color: palette(mid);"
Index = QModelIndex | QPersistentModelIndex

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

_STATES = {True: Qt.CheckState.Checked, False: Qt.CheckState.Unchecked,
           None: Qt.CheckState.PartiallyChecked}


def list_name(code: str) -> str:
    return translate("Attendance", LIST_NAMES[code]) if code in LIST_NAMES else code


def attended_text(attended: bool | None) -> str:
    if attended is None:
        return translate("Attendance", "Not recorded")
    return translate("Attendance", "Came") if attended else translate("Attendance",
                                                                         "Did not come")


class AttendeeModel(QAbstractTableModel):
    """The persons invited, by name, and whether each came (``None``: not recorded). The
    "Came" column is checkable (three states) only while ``recording`` is on."""

    NAME, ROLE, CAME = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Attendee] = []
        self.recording = False

    # --- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("Attendance", "Name"), translate("Attendance", "Role"),
                translate("Attendance", "Attendance"))[section] if 0 <= section < 3 else None

    def data(self, index: Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        person = self.rows[index.row()]
        column = index.column()
        if role == PERSON_ROLE:
            return person.person_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name
            if column == self.ROLE:
                return labels.label(PersonRole(person.role))
            if column == self.CAME:
                return attended_text(person.attended) if self.recording else "—"
        if role == Qt.ItemDataRole.CheckStateRole and column == self.CAME and self.recording:
            return _STATES[person.attended]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        found = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CAME and self.recording:
            found |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsUserTristate
        return found

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == self.CAME and self.recording
                and role == Qt.ItemDataRole.CheckStateRole):
            return False
        state = Qt.CheckState(value)
        answer = {Qt.CheckState.Checked: True, Qt.CheckState.Unchecked: False}.get(state)
        self.set_attended(index.row(), answer)
        return True

    # --- the attendees -------------------------------------------------------------------
    def set_attendees(self, attendees: list[Attendee]) -> None:
        self.beginResetModel()
        self.rows = sorted(attendees, key=lambda a: a.name.casefold())
        self.endResetModel()

    def set_recording(self, recording: bool) -> None:
        self.beginResetModel()  # the flags of a whole column change
        self.recording = recording
        self.endResetModel()

    def add(self, attendees: list[Attendee]) -> int:
        """Add those not invited yet (their attendance not recorded); how many were new."""
        known = {a.person_id for a in self.rows}
        new = []
        for person in attendees:
            if person.person_id not in known:
                known.add(person.person_id)
                new.append(Attendee(person.person_id, person.name, person.role))
        if new:
            self.set_attendees(self.rows + new)
        return len(new)

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()

    def set_attended(self, row: int, attended: bool | None) -> None:
        person = self.rows[row]
        self.rows[row] = Attendee(person.person_id, person.name, person.role, attended)
        self.dataChanged.emit(self.index(row, self.CAME), self.index(row, self.CAME))

    def set_all_attended(self, attended: bool | None) -> None:
        self.rows = [Attendee(a.person_id, a.name, a.role, attended) for a in self.rows]
        if self.rows:
            self.dataChanged.emit(self.index(0, self.CAME),
                                  self.index(len(self.rows) - 1, self.CAME))

    def person_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(a.person_id for a in self.rows)

    def attendance(self) -> dict[uuid.UUID, bool | None]:
        return {a.person_id: a.attended for a in self.rows}

    def counts(self) -> tuple[int, int, int]:
        """Invited, present, absent."""
        present = sum(1 for a in self.rows if a.attended is True)
        absent = sum(1 for a in self.rows if a.attended is False)
        return len(self.rows), present, absent


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
                list=list_name(each.code), count=QLocale().toString(each.count)), each.code)

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
        locale = QLocale()
        text = translate("Attendance", "{invited} invited").format(
            invited=locale.toString(invited))
        if self.model.recording:
            text = translate("Attendance", "{invited} invited · {present} present · "
                                           "{absent} absent").format(
                invited=locale.toString(invited), present=locale.toString(present),
                absent=locale.toString(absent))
        self.counts_label.setText(text)

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
