"""The agenda view: the meetings of the period, day by day, each with its time, kind,
title, place, coordinator and number of attendees.

One flat model whose rows are either a day's heading (spanning the row, not selectable) or
a meeting, shown in a tree view without branches: the keyboard moves from meeting to
meeting, Enter opens and Delete cancels.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from duodesk.core.codes import MeetingStatus
from duodesk.ui import formats
from duodesk.ui.calendar import texts
from duodesk.ui.calendar.colors import KINDS, kind_icon
from duodesk.ui.calendar.month_view import group_by_day
from duodesk.ui.calendar.periods import day_title

if TYPE_CHECKING:
    from duodesk.core.calendar.views import CalendarEvent

translate = QCoreApplication.translate

COLUMN_TIME, COLUMN_KIND, COLUMN_TITLE, COLUMN_PLACE, COLUMN_COORDINATOR, COLUMN_ATTENDEES = \
    range(6)
COLUMNS = 6
_ROOT = QModelIndex()
PAGE_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_T)
EventRole = Qt.ItemDataRole.UserRole + 1  # the row's CalendarEvent (None on a day's row)


def _headers() -> tuple[str, ...]:
    return (translate("AgendaModel", "Time"), translate("AgendaModel", "Kind"),
            translate("AgendaModel", "Meeting"), translate("AgendaModel", "Place"),
            translate("AgendaModel", "Coordinator"), translate("AgendaModel", "Attendees"))


class AgendaModel(QAbstractTableModel):
    """Days and their meetings as rows: ``date`` for a day's heading, else an event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[date | CalendarEvent] = []
        self._icons: dict[str, Any] = {}
        self._palette: QPalette | None = None

    def set_events(self, events: Sequence[CalendarEvent], palette: QPalette) -> None:
        self.beginResetModel()
        self._palette = palette
        self._icons.clear()
        self.rows = []
        for day, day_events in group_by_day(events).items():
            self.rows.append(day)
            self.rows.extend(day_events)
        self.endResetModel()

    def event_count(self) -> int:
        return sum(1 for row in self.rows if not isinstance(row, date))

    def row_of(self, event_id: uuid.UUID) -> int:
        for number, row in enumerate(self.rows):
            if not isinstance(row, date) and row.id == event_id:
                return number
        return -1

    # --- the model -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < COLUMNS:
            return _headers()[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.rows[index.row()], date):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if isinstance(row, date):
            return self._day_data(row, index.column(), role)
        return self._event_data(row, index.column(), role)

    def _day_data(self, day: date, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return day_title(day)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self._palette is not None:
            return self._palette.color(QPalette.ColorRole.AlternateBase)
        return None

    def _event_data(self, event: CalendarEvent, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == EventRole:
            return event
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts.tooltip(event)
        if role == Qt.ItemDataRole.DecorationRole and column == COLUMN_KIND \
                and self._palette is not None:
            if event.kind not in self._icons:
                self._icons[event.kind] = kind_icon(event.kind, self._palette)
            return self._icons[event.kind]
        if role == Qt.ItemDataRole.FontRole and event.status == MeetingStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_ATTENDEES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, event: CalendarEvent, column: int) -> str:
        if column == COLUMN_TIME:
            return texts.time_range(event)
        if column == COLUMN_KIND:
            return texts.kind_name(event.kind)
        if column == COLUMN_TITLE:
            if event.status == MeetingStatus.CANCELLED:
                return translate("AgendaModel", "{title} (cancelled)").format(
                    title=texts.event_title(event))
            return texts.event_title(event)
        if column == COLUMN_PLACE:
            return texts.place(event)
        if column == COLUMN_COORDINATOR:
            return event.coordinator_name or ""
        return formats.number_text(event.attendee_count) if event.attendee_count else ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, COLUMNS - 1))


class AgendaView(QTreeView):
    """The agenda; signals as the other views (``open_requested(id)``,
    ``cancel_requested(id)``, ``context_requested(id, global point)``)."""

    open_requested = Signal(object)
    cancel_requested = Signal(object)
    context_requested = Signal(object, QPoint)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarAgenda")
        self.agenda = AgendaModel(self)
        self.setModel(self.agenda)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.doubleClicked.connect(self._open_index)
        self.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        self.agenda.modelReset.connect(self._span_days)

    def set_events(self, events: Sequence[CalendarEvent]) -> None:
        current = self.selected()
        self.agenda.set_events(events, self.palette())
        self.size_columns()
        if current is not None and (row := self.agenda.row_of(current.id)) >= 0:
            self.select_row(row)

    def _span_days(self) -> None:
        for number, row in enumerate(self.agenda.rows):
            self.setFirstColumnSpanned(number, QModelIndex(), isinstance(row, date))

    def size_columns(self) -> None:
        metrics = self.fontMetrics()
        kinds = max(metrics.horizontalAdvance(texts.kind_name(kind)) for kind in KINDS)
        widths = {COLUMN_TIME: metrics.horizontalAdvance("00:00–00:00") + 20,
                  COLUMN_KIND: kinds + 40,  # the longest kind in this language, and its mark
                  COLUMN_PLACE: metrics.averageCharWidth() * 32,
                  COLUMN_COORDINATOR: metrics.averageCharWidth() * 20,
                  COLUMN_ATTENDEES: metrics.horizontalAdvance(_headers()[5]) + 24}
        for column, width in widths.items():
            self.setColumnWidth(column, width)

    def select_row(self, row: int) -> None:
        index = self.agenda.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def select_day(self, day: date) -> None:
        """Bring ``day`` (or the first day after it) to the top, its first meeting chosen."""
        for number, row in enumerate(self.agenda.rows):
            if isinstance(row, date) and row >= day:
                self.scrollTo(self.agenda.index(number, 0),
                              QAbstractItemView.ScrollHint.PositionAtTop)
                if number + 1 < len(self.agenda.rows):
                    self.select_row(number + 1)
                return

    def selected(self) -> CalendarEvent | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        event = self.agenda.data(index, EventRole)
        return event  # the EventRole of a meeting's row (None on a day's)

    def _open_index(self, index: QModelIndex) -> None:
        event = self.agenda.data(index, EventRole)
        if event is not None:
            self.open_requested.emit(event.id)

    def _context_menu(self, point: QPoint) -> None:
        index = self.indexAt(point)
        event = self.agenda.data(index, EventRole) if index.isValid() else None
        if event is not None:
            self.select_row(index.row())
            self.context_requested.emit(event.id, self.viewport().mapToGlobal(point))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in PAGE_KEYS:
            event.ignore()  # the page moves the period (the tree would scroll or search)
            return
        chosen = self.selected()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and chosen is not None:
            self.open_requested.emit(chosen.id)
        elif event.key() == Qt.Key.Key_Delete and chosen is not None:
            self.cancel_requested.emit(chosen.id)
        else:
            super().keyPressEvent(event)
