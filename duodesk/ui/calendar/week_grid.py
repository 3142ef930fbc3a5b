"""The painted hours × days of the week view: the blocks of the meetings, the current
time's line, and dragging a meeting to another day or time in steps of 15 minutes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from duodesk.core.codes import MeetingStatus
from duodesk.ui.calendar import texts
from duodesk.ui.calendar.colors import colours_for, paint_kind_mark
from duodesk.ui.calendar.week_layout import Overflow, Placed, drawn_end, place_day

if TYPE_CHECKING:
    from duodesk.core.calendar.views import CalendarEvent
    from duodesk.ui.calendar.week_view import WeekView

STEP_MINUTES = 15
MIN_COLUMN_WIDTH = 56  # narrower than this, overlapping meetings are counted, not drawn


def minutes_of(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


class WeekGrid(QWidget):
    """The painted hours × days of :class:`WeekView` (inside its scroll area)."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("calendarWeekGrid")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view takes the keys
        self._press: tuple[CalendarEvent, QPoint, int] | None = None
        self.drag_target: datetime | None = None
        self._layout_cache: tuple[object, dict[date, tuple[list[Placed], list[Overflow]]]] | None
        self._layout_cache = None

    # --- geometry --------------------------------------------------------------------------
    def hour_height(self) -> int:
        return max(44, self.fontMetrics().height() * 3)

    def gutter(self) -> int:
        return self.fontMetrics().horizontalAdvance("00:00") + 14

    def sizeHint(self) -> QSize:
        return QSize(800, 24 * self.hour_height())

    def minimumSizeHint(self) -> QSize:
        # The whole day, always: the scroll area must not squeeze the hours to fit.
        return QSize(7 * 40 + self.gutter(), 24 * self.hour_height())

    def column_width(self) -> float:
        return (self.width() - self.gutter()) / 7

    def column_rect(self, index: int) -> QRect:
        left = round(self.gutter() + index * self.column_width())
        right = round(self.gutter() + (index + 1) * self.column_width())
        return QRect(left, 0, right - left, self.height())

    def y_of(self, minutes: float) -> int:
        return round(minutes * self.hour_height() / 60)

    def moment_at(self, point: QPoint, minus_minutes: int = 0) -> datetime:
        """The day and time at ``point``, in 15-minute steps (floored)."""
        index = min(max(int((point.x() - self.gutter()) // self.column_width()), 0), 6)
        minutes = point.y() * 60 / self.hour_height() - minus_minutes
        step = round(minutes / STEP_MINUTES) * STEP_MINUTES if minus_minutes else \
            int(minutes // STEP_MINUTES) * STEP_MINUTES
        step = min(max(step, 0), 24 * 60 - STEP_MINUTES)
        return datetime.combine(self.view.first_day + timedelta(days=index), time()) + \
            timedelta(minutes=step)

    def layout_days(self) -> dict[date, tuple[list[Placed], list[Overflow]]]:
        """Each day's placed events, for the current width (kept until either changes)."""
        max_columns = max(1, int(self.column_width() - 6) // MIN_COLUMN_WIDTH)
        key = (id(self.view.days), max_columns)
        if self._layout_cache is None or self._layout_cache[0] != key:
            self._layout_cache = (key, {day: place_day(events, max_columns)
                                        for day, events in self.view.days.items()})
        return self._layout_cache[1]

    def block_rect(self, placed: Placed) -> QRect:
        event = placed.event
        column = self.column_rect((event.starts_at.date() - self.view.first_day).days)
        inner = column.adjusted(2, 0, -4, 0)
        width = inner.width() / placed.columns
        top = self.y_of(minutes_of(event.starts_at))
        end = drawn_end(event)
        bottom = self.y_of(24 * 60) if end.date() > event.starts_at.date() else \
            self.y_of(minutes_of(end))
        return QRect(round(inner.left() + placed.column * width) + 1, top + 1,
                     max(round(width) - 2, 4), max(bottom - top - 2, 6))

    def overflow_rect(self, day: date, overflow: Overflow) -> QRect:
        """The last slot of the cluster, from its first start to its last end."""
        column = self.column_rect((day - self.view.first_day).days)
        inner = column.adjusted(2, 0, -4, 0)
        width = inner.width() / overflow.columns
        top = self.y_of(minutes_of(overflow.starts_at))
        bottom = self.y_of(24 * 60) if overflow.ends_at.date() > day else \
            self.y_of(minutes_of(overflow.ends_at))
        left = round(inner.left() + (overflow.columns - 1) * width) + 1
        return QRect(left, top + 1, max(round(width) - 2, 4), max(bottom - top - 2, 6))

    def hit(self, point: QPoint) -> tuple[CalendarEvent | None, date | None]:
        """The event under ``point`` (and its day), or the day of an overflow badge."""
        for day, (placed, overflows) in self.layout_days().items():
            for overflow in overflows:
                if self.overflow_rect(day, overflow).contains(point):
                    return None, day
            for item in placed:
                if self.block_rect(item).contains(point):
                    return item.event, None
        return None, None

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_hours(painter, palette)
        for day, (placed, overflows) in self.layout_days().items():
            for item in placed:
                rect = self.block_rect(item)
                if rect.intersects(event.rect()):
                    self._paint_block(painter, palette, item.event, rect)
            for overflow in overflows:
                rect = self.overflow_rect(day, overflow)
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlphaF(0.14)  # a light strip: it counts meetings, it is not one
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1,
                                    Qt.PenStyle.DashLine))
                painter.setBrush(tint)
                painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
                painter.setPen(palette.color(QPalette.ColorRole.Link))
                text = texts.more_text(overflow.hidden)
                if self.fontMetrics().horizontalAdvance(text) > rect.width() - 4:
                    text = f"+{overflow.hidden}"  # the slot is narrow: the number says it
                painter.drawText(rect.adjusted(2, 3, -2, 0),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        self._paint_now(painter)
        self._paint_drag(painter, palette)
        painter.end()

    def _paint_hours(self, painter: QPainter, palette: QPalette) -> None:
        today = (self.view.today - self.view.first_day).days
        if 0 <= today < 7:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlphaF(0.07)
            painter.fillRect(self.column_rect(today), tint)
        mid = palette.color(QPalette.ColorRole.Mid)
        light = QColor(mid)
        light.setAlphaF(0.35)
        painter.setFont(self.font())
        for hour in range(24):
            y = self.y_of(hour * 60)
            painter.setPen(mid)
            painter.drawLine(self.gutter(), y, self.width(), y)
            painter.setPen(light)
            painter.drawLine(self.gutter(), y + self.hour_height() // 2, self.width(),
                             y + self.hour_height() // 2)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRect(0, y + 2, self.gutter() - 6, self.fontMetrics().height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             f"{hour:02d}:00")
        painter.setPen(mid)
        for index in range(8):
            x = round(self.gutter() + index * self.column_width())
            painter.drawLine(x, 0, x, self.height())

    def _paint_block(self, painter: QPainter, palette: QPalette, event: CalendarEvent,
                     rect: QRect) -> None:
        cancelled = event.status == MeetingStatus.CANCELLED
        colours = colours_for(event.kind, palette, muted=cancelled)
        selected = event.id == self.view.selected_event
        painter.setPen(QPen(colours.accent, 2) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(colours.fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), colours.accent)
        metrics = self.fontMetrics()
        line = metrics.height()
        mark = min(line - 4, 10)
        paint_kind_mark(painter, QRectF(rect.left() + 6, rect.top() + 3 + (line - mark) / 2,
                                        mark, mark), event.kind, colours.accent)
        font = QFont(self.font())
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        painter.setPen(colours.text)
        inner = rect.adjusted(6 + mark + 4, 2, -3, -2)
        lines = [texts.time_range(event), texts.event_title(event), texts.place(event)]
        if inner.height() < 2 * line:  # a short block: one line, time and title
            lines = [f"{texts.clock(event.starts_at)} {texts.event_title(event)}"]
        for number, text in enumerate(filter(None, lines)):
            top = inner.top() + number * line
            if number and top + line > inner.bottom() + 2:
                break
            if number == 1:
                bold = QFont(font)
                bold.setBold(True)
                painter.setFont(bold)
            elif number == 2:
                painter.setFont(font)
            left = inner.left() if number == 0 else rect.left() + 6
            painter.drawText(QRect(left, top, inner.right() - left, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                inner.right() - left))
        painter.setFont(self.font())

    def _paint_now(self, painter: QPainter) -> None:
        now = self.view.now()
        index = (now.date() - self.view.first_day).days
        if not 0 <= index < 7:
            return
        column = self.column_rect(index)
        y = self.y_of(minutes_of(now))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#d93025"), 2))
        painter.drawLine(column.left(), y, column.right(), y)
        painter.setBrush(QColor("#d93025"))
        painter.drawEllipse(QPoint(column.left(), y), 4, 4)
        painter.restore()

    def _paint_drag(self, painter: QPainter, palette: QPalette) -> None:
        if self._press is None or self.drag_target is None:
            return
        event = self._press[0]
        moved = event.ends_at - event.starts_at
        ghost = Placed(_moved(event, self.drag_target, moved), 0, 1)
        rect = self.block_rect(ghost)
        colours = colours_for(event.kind, palette)
        painter.setPen(QPen(colours.accent, 2, Qt.PenStyle.DashLine))
        fill = QColor(colours.fill)
        fill.setAlphaF(0.85)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect), 4, 4)
        painter.setPen(colours.text)
        painter.drawText(rect.adjusted(6, 2, -2, -2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         f"{texts.clock(self.drag_target)}–{texts.clock(self.drag_target + moved)}")

    # --- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position().toPoint()
        found, day = self.hit(point)
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.view.day_requested.emit(day)
            return
        if found is None:
            self.view.select(self.moment_at(point).date(), None)
            return
        self.view.select(found.starts_at.date(), found.id)
        if event.button() == Qt.MouseButton.LeftButton and \
                found.status != MeetingStatus.CANCELLED:
            grabbed = round((point.y() - self.y_of(minutes_of(found.starts_at)))
                            * 60 / self.hour_height())
            self._press = (found, point, grabbed)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        _found, origin, grabbed = self._press
        point = event.position().toPoint()
        if self.drag_target is None and \
                (point - origin).manhattanLength() < QApplication.startDragDistance():
            return
        self.drag_target = self.moment_at(point, minus_minutes=grabbed)
        self.view.scroll_area.ensureVisible(point.x(), point.y(), 0, 24)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, target = self._press, self.drag_target
        self._press, self.drag_target = None, None
        self.update()
        if press is not None and target is not None and target != press[0].starts_at:
            self.view.move_requested.emit(press[0].id, target)

    def cancel_drag(self) -> bool:
        if self.drag_target is None:
            return False
        self._press, self.drag_target = None, None
        self.update()
        return True

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        found, day = self.hit(point)
        if found is not None:
            self.view.open_requested.emit(found.id)
        elif day is None and point.x() > self.gutter():
            self.view.new_requested.emit(self.moment_at(point))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        found, _day = self.hit(event.pos())
        if found is not None:
            self.view.select(found.starts_at.date(), found.id)
            self.view.context_requested.emit(found.id, event.globalPos())

    def event(self, event: QEvent) -> bool:  # type: ignore[override]
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found, day = self.hit(event.pos())
            if found is not None:
                QToolTip.showText(event.globalPos(), texts.tooltip(found), self)
            elif day is not None:
                hidden = sum(o.hidden for o in self.layout_days()[day][1]
                             if self.overflow_rect(day, o).contains(event.pos()))
                QToolTip.showText(event.globalPos(), texts.more_text(hidden), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _moved(event: CalendarEvent, start: datetime, length: timedelta) -> CalendarEvent:
    return replace(event, starts_at=start, ends_at=start + length)
