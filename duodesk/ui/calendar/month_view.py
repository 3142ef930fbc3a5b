"""The month view: whole weeks, Monday first, each day with its meetings (time, short title,
the kind's colour and shape), "+N more" when they do not fit, today marked and the days of
the neighbouring months dimmed.

A custom-painted widget: it holds the events of the grid grouped by day and paints only the
lines that fit, so that a month of 5,000 meetings paints in a few milliseconds.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from duodesk.core.codes import MeetingStatus
from duodesk.ui.calendar import texts
from duodesk.ui.calendar.colors import colours_for, paint_kind_mark
from duodesk.ui.calendar.periods import month_grid

if TYPE_CHECKING:
    from duodesk.core.calendar.views import CalendarEvent

NEW_MEETING_TIME = time(10, 0)


@dataclass(frozen=True)
class _Hit:
    """What lies under a point: a day, and an event or the "+N more" line of that day."""

    day: date
    event: CalendarEvent | None = None
    more: bool = False


def group_by_day(events: Sequence[CalendarEvent]) -> dict[date, list[CalendarEvent]]:
    """The events of each day, in the order of their start."""
    days: dict[date, list[CalendarEvent]] = {}
    for event in sorted(events, key=lambda e: e.starts_at):
        days.setdefault(event.starts_at.date(), []).append(event)
    return days


def paint_event_line(painter: QPainter, rect: QRect, event: CalendarEvent, palette: QPalette,
                     selected: bool) -> None:
    """One event on one line: a tinted pill, the kind's mark, "09:30 Title"."""
    cancelled = event.status == MeetingStatus.CANCELLED
    colours = colours_for(event.kind, palette, muted=cancelled)
    painter.setPen(colours.accent if selected else Qt.PenStyle.NoPen)
    painter.setBrush(colours.fill)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    mark = rect.height() - 8
    paint_kind_mark(painter, QRectF(rect.left() + 4, rect.top() + 4, mark, mark), event.kind,
                    colours.accent)
    font = QFont(painter.font())
    font.setStrikeOut(cancelled)
    painter.setFont(font)
    painter.setPen(colours.text)
    text_rect = rect.adjusted(mark + 8, 0, -3, 0)
    text = f"{texts.clock(event.starts_at)} {texts.event_title(event)}"
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                     painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                      text_rect.width()))


class MonthView(QWidget):
    """A month of meetings. Signals carry what the page acts on: ``open_requested(id)``,
    ``new_requested(datetime)``, ``day_requested(date)`` (show that day in detail),
    ``cancel_requested(id)``, ``period_requested(date)`` (the selection left the grid),
    ``context_requested(id, global point)``."""

    open_requested = Signal(object)
    new_requested = Signal(object)
    day_requested = Signal(object)
    cancel_requested = Signal(object)
    period_requested = Signal(object)
    context_requested = Signal(object, QPoint)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMonth")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.anchor = date.today()
        self.today = date.today()
        self.first_day, self.weeks = month_grid(self.anchor)
        self.days: dict[date, list[CalendarEvent]] = {}
        self.selected_day = self.today
        self.selected_event: uuid.UUID | None = None

    # --- data ------------------------------------------------------------------------------
    def set_events(self, anchor: date, events: Sequence[CalendarEvent], today: date) -> None:
        """Show ``anchor``'s month with ``events`` (those of the whole grid)."""
        self.anchor, self.today = anchor, today
        self.first_day, self.weeks = month_grid(anchor)
        self.days = group_by_day(events)
        if not self.first_day <= self.selected_day < self.last_day():
            self.selected_day = anchor
        if self.selected_event is not None and self.find_event(self.selected_event) is None:
            self.selected_event = None
        self.update()

    def last_day(self) -> date:
        """The day after the grid's last one."""
        return self.first_day + timedelta(weeks=self.weeks)

    def find_event(self, event_id: uuid.UUID) -> CalendarEvent | None:
        for events in self.days.values():
            for event in events:
                if event.id == event_id:
                    return event
        return None

    def select(self, day: date, event_id: uuid.UUID | None = None) -> None:
        self.selected_day, self.selected_event = day, event_id
        self.update()
        self.selection_changed.emit()

    def selected(self) -> CalendarEvent | None:
        return self.find_event(self.selected_event) if self.selected_event else None

    # --- geometry --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(7 * 130, 6 * 110)

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * 60, 6 * 50)

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 4

    def cell_rect(self, day: date) -> QRect:
        index = (day - self.first_day).days
        week, weekday = divmod(index, 7)
        top = self._header_height()
        width, height = self.width() / 7, (self.height() - top) / self.weeks
        left, right = round(weekday * width), round((weekday + 1) * width)
        upper, lower = round(top + week * height), round(top + (week + 1) * height)
        return QRect(left, upper, right - left, lower - upper)

    def _lines(self, day: date) -> tuple[list[tuple[QRect, CalendarEvent]], QRect | None]:
        """Where each shown event of ``day`` goes, and the "+N more" line if needed."""
        cell = self.cell_rect(day)
        line = self._line_height()
        top = cell.top() + line + 2  # under the day's number
        room = max(0, (cell.bottom() - 2 - top) // (line + 1))
        events = self.days.get(day, [])
        shown = events if len(events) <= room else events[:max(room - 1, 0)]
        rects = [(QRect(cell.left() + 3, top + n * (line + 1), cell.width() - 6, line), event)
                 for n, event in enumerate(shown)]
        more = None
        if len(shown) < len(events):
            more = QRect(cell.left() + 3, top + len(shown) * (line + 1), cell.width() - 6, line)
        return rects, more

    def hit(self, point: QPoint) -> _Hit | None:
        top = self._header_height()
        if point.y() < top or not self.rect().contains(point):
            return None
        week = min(int((point.y() - top) / ((self.height() - top) / self.weeks)), self.weeks - 1)
        weekday = min(int(point.x() / (self.width() / 7)), 6)
        day = self.first_day + timedelta(days=week * 7 + weekday)
        rects, more = self._lines(day)
        for rect, event in rects:
            if rect.contains(point):
                return _Hit(day, event)
        if more is not None and more.contains(point):
            return _Hit(day, more=True)
        return _Hit(day)

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_header(painter, palette)
        day = self.first_day
        while day < self.last_day():
            if _event.rect().intersects(self.cell_rect(day)):
                self._paint_day(painter, palette, day)
            day += timedelta(days=1)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))  # the grid's right and bottom
        painter.drawLine(self.width() - 1, self._header_height(), self.width() - 1,
                         self.height() - 1)
        painter.drawLine(0, self.height() - 1, self.width() - 1, self.height() - 1)
        painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        locale = QLocale()
        height = self._header_height()
        painter.fillRect(0, 0, self.width(), height, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        long_names = self.width() / 7 > self.fontMetrics().horizontalAdvance("Wednesday") + 16
        form = QLocale.FormatType.LongFormat if long_names else QLocale.FormatType.ShortFormat
        for weekday in range(7):
            rect = QRect(round(weekday * self.width() / 7), 0, round(self.width() / 7), height)
            name = locale.standaloneDayName(weekday + 1, form)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name[:1].upper() + name[1:])

    def _paint_day(self, painter: QPainter, palette: QPalette, day: date) -> None:
        cell = self.cell_rect(day)
        in_month = day.month == self.anchor.month
        text = palette.color(QPalette.ColorRole.Text)
        if not in_month:
            painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            text = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(cell.topLeft(), cell.topRight())
        painter.drawLine(cell.topLeft(), cell.bottomLeft())
        line = self._line_height()
        number = QRect(cell.left() + 3, cell.top() + 2, line + 6, line)
        font = QFont(self.font())
        font.setBold(day == self.today)
        painter.setFont(font)
        if day == self.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(number), line / 2, line / 2)
            text = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(text)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
        painter.setFont(self.font())
        rects, more = self._lines(day)
        for rect, event in rects:
            paint_event_line(painter, rect, event, palette, event.id == self.selected_event)
        painter.setFont(self.font())
        if more is not None:
            hidden = len(self.days.get(day, [])) - len(rects)
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            painter.drawText(more.adjusted(4, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             texts.more_text(hidden))
        if day == self.selected_day:
            pen_colour = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(pen_colour)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell.adjusted(1, 1, -2, -2))
            if self.hasFocus():
                painter.drawRect(cell.adjusted(2, 2, -3, -3))

    # --- mouse and keyboard ----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position().toPoint())
        if hit is None:
            return
        if hit.more and event.button() == Qt.MouseButton.LeftButton:
            self.select(hit.day)
            self.day_requested.emit(hit.day)
            return
        self.select(hit.day, hit.event.id if hit.event else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position().toPoint())
        if hit is None or hit.more:
            return
        if hit.event is not None:
            self.open_requested.emit(hit.event.id)
        else:
            self.new_requested.emit(datetime.combine(hit.day, NEW_MEETING_TIME))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        hit = self.hit(event.pos())
        if hit is not None and hit.event is not None:
            self.select(hit.day, hit.event.id)
            self.context_requested.emit(hit.event.id, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                 Qt.Key.Key_Down: 7}
        key = event.key()
        if key in steps:
            day = self.selected_day + timedelta(days=steps[Qt.Key(key)])
            self.select(day)
            if day.month != self.anchor.month:
                self.period_requested.emit(day)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_event is not None:
                self.open_requested.emit(self.selected_event)
            else:
                self.day_requested.emit(self.selected_day)
        elif key == Qt.Key.Key_Delete and self.selected_event is not None:
            self.cancel_requested.emit(self.selected_event)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:  # type: ignore[override]
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit(event.pos())
            if hit is not None and hit.event is not None:
                QToolTip.showText(event.globalPos(), texts.tooltip(hit.event), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
