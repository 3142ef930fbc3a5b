"""The week view: seven columns (Monday to Sunday) by the hours of the day, each meeting a
block placed by its time and duration, overlapping meetings side by side, today marked and
the current time drawn as a line.

A meeting is dragged to another day or time in steps of 15 minutes (``move_requested``);
a double-click on an empty slot asks for a new meeting there, on a meeting opens it. The
whole day scrolls; the view opens on the working hours (07:00).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from duodesk.core.codes import MeetingStatus
from duodesk.core.duo_status import local_now
from duodesk.ui.calendar.month_view import group_by_day
from duodesk.ui.calendar.periods import monday_of, qdate
from duodesk.ui.calendar.week_grid import WeekGrid, minutes_of

if TYPE_CHECKING:
    from duodesk.core.calendar.views import CalendarEvent

FIRST_SHOWN_HOUR = 7
KEY_MOVES = {Qt.Key.Key_Up: timedelta(minutes=-15), Qt.Key.Key_Down: timedelta(minutes=15),
             Qt.Key.Key_Left: timedelta(days=-1), Qt.Key.Key_Right: timedelta(days=1)}


class _DayHeader(QWidget):
    """The days' names above the grid, lined up with its columns."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self) -> QSize:
        return QSize(800, self.fontMetrics().height() * 2 + 10)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        grid = self.view.grid
        offset = grid.mapTo(self.view, QPoint(0, 0)).x() - self.x()
        locale = QLocale()
        line = self.fontMetrics().height()
        for index in range(7):
            day = self.view.first_day + timedelta(days=index)
            column = grid.column_rect(index)
            rect = QRect(column.left() + offset, 0, column.width(), self.height())
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            number = locale.toString(qdate(day), "d MMM")
            font = QFont(self.font())
            if day == self.view.today:
                font.setBold(True)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRoundedRect(QRectF(rect.adjusted(4, 3, -4, -3)), 6, 6)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.setFont(font)
            painter.drawText(QRect(rect.left(), 4, rect.width(), line),
                             Qt.AlignmentFlag.AlignCenter, name[:1].upper() + name[1:])
            painter.drawText(QRect(rect.left(), 4 + line, rect.width(), line),
                             Qt.AlignmentFlag.AlignCenter, number)
        painter.end()


class WeekView(QWidget):
    """A week of meetings; signals as :class:`~duodesk.ui.calendar.month_view.MonthView`,
    plus ``move_requested(id, new start)`` after a drag."""

    open_requested = Signal(object)
    new_requested = Signal(object)
    day_requested = Signal(object)
    cancel_requested = Signal(object)
    period_requested = Signal(object)
    context_requested = Signal(object, QPoint)
    move_requested = Signal(object, object)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None,
                 now: Callable[[], datetime] = local_now) -> None:
        super().__init__(parent)
        self.setObjectName("calendarWeek")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.now = now
        self.today = now().date()
        self.first_day = monday_of(self.today)
        self.days: dict[date, list[CalendarEvent]] = {}
        self.selected_day = self.today
        self.selected_event: uuid.UUID | None = None
        self._scrolled = False
        self.header = _DayHeader(self)
        self.grid = WeekGrid(self)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.grid)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._range_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)  # the current time's line moves each minute
        self._clock.timeout.connect(self.grid.update)
        self._clock.start()

    def set_events(self, anchor: date, events: Sequence[CalendarEvent], today: date) -> None:
        self.first_day, self.today = monday_of(anchor), today
        self.days = group_by_day(events)
        if not self.first_day <= self.selected_day < self.first_day + timedelta(days=7):
            self.selected_day = anchor
        if self.selected_event is not None and self.find_event(self.selected_event) is None:
            self.selected_event = None
        self.grid.update()
        self.header.update()

    def find_event(self, event_id: uuid.UUID) -> CalendarEvent | None:
        for events in self.days.values():
            for event in events:
                if event.id == event_id:
                    return event
        return None

    def selected(self) -> CalendarEvent | None:
        return self.find_event(self.selected_event) if self.selected_event else None

    def select(self, day: date, event_id: uuid.UUID | None) -> None:
        self.selected_day, self.selected_event = day, event_id
        self.grid.update()
        if event_id is not None and (found := self.find_event(event_id)) is not None:
            top = self.grid.y_of(minutes_of(found.starts_at))
            self.scroll_area.ensureVisible(self.grid.column_rect(0).left(), top, 0, 40)
        self.selection_changed.emit()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        """Open on the working hours (07:00) once the grid has its height."""
        if not self._scrolled and maximum > 0:
            self._scrolled = True
            self.scroll_to_working_hours()

    def scroll_to_working_hours(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(self.grid.y_of(FIRST_SHOWN_HOUR * 60))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.header.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and key in KEY_MOVES:
            # Alt + arrows: the keyboard's way of dragging the chosen meeting.
            found = self.selected()
            if found is not None and found.status == MeetingStatus.PLANNED:
                self.move_requested.emit(found.id, found.starts_at + KEY_MOVES[Qt.Key(key)])
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            day = self.selected_day + timedelta(days=-1 if key == Qt.Key.Key_Left else 1)
            events = self.days.get(day, [])
            self.select(day, events[0].id if events else None)
            if not self.first_day <= day < self.first_day + timedelta(days=7):
                self.period_requested.emit(day)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_event(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_event:
            self.open_requested.emit(self.selected_event)
        elif key == Qt.Key.Key_Delete and self.selected_event is not None:
            self.cancel_requested.emit(self.selected_event)
        elif key == Qt.Key.Key_Escape and self.grid.cancel_drag():
            return
        else:
            super().keyPressEvent(event)

    def _step_event(self, step: int) -> None:
        """Select the previous or next meeting of the selected day."""
        events = self.days.get(self.selected_day, [])
        if not events:
            return
        ids = [event.id for event in events]
        if self.selected_event in ids:
            index = min(max(ids.index(self.selected_event) + step, 0), len(ids) - 1)
        else:
            index = 0 if step > 0 else len(ids) - 1
        self.select(self.selected_day, ids[index])
