"""The Meetings tab of a person's file: the meetings still to come and those past (sessions,
intakes, the duo's meetings and follow-ups), and for a mentor the intervision sessions, how
many they attended and which. A double-click opens the meeting's dialog; ``changed`` is
emitted once something was saved there.

Like the file's other tabs it reads nothing until it is first shown.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duodesk import labels
from duodesk.core.calendar.views import CalendarEvent, CalendarFilter
from duodesk.core.codes import MeetingKind, MeetingStatus, PersonRole
from duodesk.core.context import Services
from duodesk.core.errors import DuoDeskError
from duodesk.ui import messages
from duodesk.ui.calendar.attendee_model import attended_text
from duodesk.ui.persons.read_when_shown import ReadWhenShown

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Every meeting a person can have: the calendar reads by date range.
FIRST, LAST = datetime(2000, 1, 1), datetime(2101, 1, 1)
CANCELLED_COLOUR = QColor("#8a8a8a")


def _title(event: CalendarEvent) -> str:
    return event.title or labels.label(MeetingKind(event.kind))


class PersonMeetingsModel(QAbstractTableModel):
    """Meetings as rows: when, kind, title, place, status, and (``with_attendance``) whether
    the person came."""

    WHEN, KIND, TITLE, PLACE, STATUS, CAME = range(6)

    def __init__(self, with_attendance: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_attendance = with_attendance
        self.events: list[CalendarEvent] = []
        self.now = datetime.now()

    def set_events(self, events: list[CalendarEvent], now: datetime) -> None:
        self.beginResetModel()
        self.events, self.now = list(events), now
        self.endResetModel()

    def event_at(self, row: int) -> CalendarEvent | None:
        return self.events[row] if 0 <= row < len(self.events) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (6 if self.with_attendance else 5)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < self.columnCount():
            return None
        return (translate("PersonMeetings", "When"), translate("PersonMeetings", "Kind"),
                translate("PersonMeetings", "Meeting"), translate("PersonMeetings", "Place"),
                translate("PersonMeetings", "Status"),
                translate("PersonMeetings", "Attendance"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row()) if index.isValid() else None
        if event is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.ForegroundRole and event.status == MeetingStatus.CANCELLED:
            return CANCELLED_COLOUR
        if role == Qt.ItemDataRole.FontRole and event.status == MeetingStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TITLE:
            return _title(event)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.WHEN:
            return f"{event.starts_at:%d/%m/%Y %H:%M}–{event.ends_at:%H:%M}"
        if column == self.KIND:
            return labels.label(MeetingKind(event.kind))
        if column == self.TITLE:
            return _title(event)
        if column == self.PLACE:
            return translate("PersonMeetings", "Online") if event.online else \
                event.location or ""
        if column == self.STATUS:
            return labels.label(MeetingStatus(event.status))
        if event.starts_at > self.now:
            return translate("PersonMeetings", "To come")
        return attended_text(event.attended)


def _table(model: PersonMeetingsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(PersonMeetingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
    return table


def _heading() -> QLabel:
    label = QLabel()
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class PersonMeetingsTab(ReadWhenShown):
    """A person's meetings to come and past; a mentor's intervision sessions."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.role: PersonRole | None = None
        self.upcoming = PersonMeetingsModel(parent=self)
        self.past = PersonMeetingsModel(parent=self)
        self.intervisions = PersonMeetingsModel(with_attendance=True, parent=self)
        self.upcoming_label, self.past_label = _heading(), _heading()
        self.intervisions_label = _heading()
        self.empty_label = QLabel()
        self.tables = [_table(model) for model in (self.upcoming, self.past,
                                                   self.intervisions)]
        for table in self.tables:
            table.doubleClicked.connect(self._open)
        self.upcoming_table, self.past_table, self.intervisions_table = self.tables
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.upcoming_label)
        layout.addWidget(self.upcoming_table, 2)
        layout.addWidget(self.past_label)
        layout.addWidget(self.past_table, 3)
        layout.addWidget(self.intervisions_label)
        layout.addWidget(self.intervisions_table, 2)
        self.retranslate()

    def set_person(self, person_id: uuid.UUID | None,  # type: ignore[override]
                   role: PersonRole | str | None = None) -> None:
        self.role = PersonRole(role) if role else None
        super().set_person(person_id)

    def load(self) -> None:
        assert self.person_id is not None
        calendar = self.services.calendar
        now = calendar.now()
        is_mentor = self.role == PersonRole.MENTOR
        try:
            events = calendar.events(FIRST, LAST, CalendarFilter(person_id=self.person_id,
                                                                 include_cancelled=True))
            intervisions = calendar.intervisions_of(self.person_id) if is_mentor else []
        except DuoDeskError as error:
            messages.error(self, error)
            return
        self.upcoming.set_events([e for e in events if e.starts_at >= now], now)
        self.past.set_events([e for e in reversed(events) if e.starts_at < now], now)
        # Those held only, the latest first: one still to come was neither attended nor missed.
        self.intervisions.set_events([e for e in reversed(intervisions) if e.starts_at <= now],
                                     now)
        self.intervisions_label.setVisible(is_mentor)
        self.intervisions_table.setVisible(is_mentor)
        self._show_counts()

    def intervisions_attended(self) -> int:
        return sum(1 for event in self.intervisions.events if event.attended)

    def retranslate(self) -> None:
        self.empty_label.setText(translate(
            "PersonMeetings", "No meeting yet. Meetings are planned in the Calendar or in a "
                              "duo's window."))
        for model in (self.upcoming, self.past, self.intervisions):
            last = model.columnCount() - 1
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
            if model.rowCount():  # kinds and statuses in the new language
                model.dataChanged.emit(model.index(0, 0),
                                       model.index(model.rowCount() - 1, last))
        self._show_counts()

    def _show_counts(self) -> None:
        locale = QLocale()
        self.upcoming_label.setText(translate("PersonMeetings", "Coming up ({count})").format(
            count=locale.toString(self.upcoming.rowCount())))
        self.past_label.setText(translate("PersonMeetings", "Past ({count})").format(
            count=locale.toString(self.past.rowCount())))
        held = self.intervisions.rowCount()
        self.intervisions_label.setText(translate(
            "PersonMeetings", "Intervision sessions attended: {attended} of {held}").format(
            attended=locale.toString(self.intervisions_attended()),
            held=locale.toString(held)))
        self.empty_label.setVisible(self.person_id is not None and not self._stale and
                                    not self.upcoming.events and not self.past.events)

    def _open(self, index: QModelIndex) -> None:
        meeting_id = index.data(EVENT_ID_ROLE) if index.isValid() else None
        if not isinstance(meeting_id, uuid.UUID):
            return
        from duodesk.ui.calendar.meeting_dialog import edit_meeting

        if edit_meeting(self, self.services, meeting_id):
            self.refresh()
            self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "intervisions"):
            self.retranslate()
        super().changeEvent(event)

