"""The table of a meeting's attendees: each person invited, by name, with their role and,
once the meeting has begun, whether they came (a checkbox with three states: came, did not
come, not recorded), for the attendees panel of the meeting dialog."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from duodesk import labels
from duodesk.core.calendar.views import Attendee
from duodesk.core.codes import PersonRole
from duodesk.ui import formats

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1

_STATES = {True: Qt.CheckState.Checked, False: Qt.CheckState.Unchecked,
           None: Qt.CheckState.PartiallyChecked}


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
        self.rows = sorted(attendees, key=lambda a: formats.sort_key(a.name))
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
