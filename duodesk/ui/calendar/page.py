"""The Calendar page (SPEC §4.5; issue 6 items 1, 2, 5): every meeting in a month, week or
agenda view, filtered by coordinator, duo and kind; Today / previous / next and the period's
name in the user's language; "New meeting…".

Keys: arrows move the selected day or meeting (with Alt in the week, the meeting itself),
Page Up / Page Down the period, T or Home today, Enter opens, Delete cancels (asked first).
The period's meetings are read on the GUI thread when it changes (a month of 5,000 meetings
in about 50 ms of processor time, read and painted); nothing is read before the page is
first shown, and the calendar's core is imported only then.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from duodesk.core.codes import DuoStatus, MeetingStatus
from duodesk.core.duo_status import local_now
from duodesk.core.services.duo_data import DuoQuery
from duodesk.ui import formats
from duodesk.ui.calendar import periods
from duodesk.ui.calendar.actions import CalendarActions, when_text
from duodesk.ui.calendar.agenda_view import AgendaView
from duodesk.ui.calendar.filters import CalendarFilters
from duodesk.ui.calendar.month_view import MonthView
from duodesk.ui.calendar.periods import ViewMode
from duodesk.ui.calendar.week_view import WeekView
from duodesk.ui.page_titles import calendar_title as calendar_title  # the name in the side bar

if TYPE_CHECKING:
    from duodesk.core.calendar.views import CalendarEvent
    from duodesk.core.context import Services

translate = QCoreApplication.translate
CURRENT_DUOS = frozenset({DuoStatus.PROPOSED.value, DuoStatus.ACCEPTED.value,
                          DuoStatus.ACTIVE.value})


def duo_name(mentee: str, mentor: str) -> str:
    return f"{mentee} – {mentor}"


class CalendarPage(QWidget):
    """The calendar; ``open_duo(id)`` opens a duo's window (from a meeting's menu).
    ``changed`` after a meeting was moved, cancelled, created or edited here."""

    changed = Signal()

    def __init__(self, services: Services, *,
                 open_duo: Callable[[uuid.UUID], None] | None = None,
                 today: Callable[[], date] = lambda: local_now().date(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.services = services
        self._open_duo = open_duo
        self._today = today
        self.mode = ViewMode.MONTH
        self.anchor = today()
        self.events: list[CalendarEvent] = []
        self._loaded = False
        self.actions = CalendarActions(self, services, self._after_change)
        self._build()
        self.retranslate()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.today_button = QPushButton()
        self.today_button.setObjectName("calendarToday")
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("calendarCount")
        self.mode_buttons: dict[ViewMode, QToolButton] = {}
        self.mode_group = QButtonGroup(self)
        self.new_button = QPushButton()
        self.new_button.setObjectName("calendarNew")
        top = QHBoxLayout()
        for widget in (self.today_button, self.previous_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(10)
        top.addWidget(self.title)
        top.addSpacing(10)
        top.addWidget(self.count_label)
        top.addStretch(1)
        for mode in ViewMode:
            button = QToolButton()
            button.setObjectName(f"calendarMode_{mode}")
            button.setCheckable(True)
            button.setChecked(mode is self.mode)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _on, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            top.addWidget(button)
        top.addSpacing(10)
        top.addWidget(self.new_button)
        self.filters = CalendarFilters()
        self.filters.changed.connect(self.reload)
        self.notice = QLabel()  # the last move, with its undo beside it
        self.notice.setObjectName("calendarNotice")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("calendarUndo")
        self.undo_button.clicked.connect(self.undo_move)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice)
        notice_row.addWidget(self.undo_button)
        notice_row.addStretch(1)
        self.month = MonthView()
        self.week = WeekView()
        self.agenda = AgendaView()
        self.stack = QStackedWidget()
        for view in (self.month, self.week, self.agenda):
            self.stack.addWidget(view)
            view.open_requested.connect(self.open_meeting)
            view.cancel_requested.connect(self._cancel_id)
            view.context_requested.connect(self._context_menu)
        for view in (self.month, self.week):
            view.new_requested.connect(self.new_meeting)
            view.period_requested.connect(self._go_to)
        self.month.day_requested.connect(lambda day: self.show_day(day, ViewMode.WEEK))
        self.week.day_requested.connect(lambda day: self.show_day(day, ViewMode.AGENDA))
        self.week.move_requested.connect(self._move)
        self.today_button.clicked.connect(self.go_today)
        self.previous_button.clicked.connect(self.previous_period)
        self.next_button.clicked.connect(self.next_period)
        self.new_button.clicked.connect(lambda: self.new_meeting(None))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addLayout(notice_row)
        layout.addWidget(self.stack, 1)
        self._show_notice()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page Up / Page Down, T and Home, whichever view has the focus (the views pass
        on the keys they do not use themselves)."""
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self.previous_period()
        elif key == Qt.Key.Key_PageDown:
            self.next_period()
        elif key in (Qt.Key.Key_T, Qt.Key.Key_Home) and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            self.go_today()
        else:
            super().keyPressEvent(event)

    # --- reading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # Meetings (a duo's window, Today), coordinators and who I am (Settings) and the
        # current duos (Matching) may have changed elsewhere meanwhile: read again (~10 ms).
        self._read_all()
        super().showEvent(event)

    def _read_all(self) -> None:
        self._loaded = True
        self._read_choices()
        self.reload()

    def _read_choices(self) -> None:
        """The coordinators and duos offered by the filters; a choice made stays."""
        organisation = self.services.organisation
        me = organisation.current_coordinator()
        self.filters.set_coordinators([(c.id, c.name) for c in organisation.coordinators()],
                                      me.id if me else None)
        self._read_duos()

    def _read_duos(self) -> None:
        duos = self.services.duos
        rows = duos.rows(duos.ids(DuoQuery(statuses=CURRENT_DUOS, sort="mentee")))
        self.filters.set_duos([(d.id, duo_name(d.mentee_name, d.mentor_name)) for d in rows])

    def reload(self) -> None:
        """Read the period's meetings with the filters and show them in the current view."""
        if not self._loaded:
            return
        start, end = periods.period(self.mode, self.anchor)
        if self.filters.nothing_chosen():
            self.events = []
        else:
            self.events = self.services.calendar.events(
                datetime.combine(start, time()), datetime.combine(end, time()),
                self.filters.calendar_filter())
        today = self._today()
        if self.mode is ViewMode.MONTH:
            self.month.set_events(self.anchor, self.events, today)
        elif self.mode is ViewMode.WEEK:
            self.week.set_events(self.anchor, self.events, today)
        else:
            self.agenda.set_events(self.events)
        self._show_title()

    # --- navigation ------------------------------------------------------------------------
    def set_mode(self, mode: ViewMode, anchor: date | None = None) -> None:
        """Switch view (to ``anchor``, else keeping the day chosen in the month or week)."""
        if anchor is not None:
            self.anchor = anchor
        elif self.mode is ViewMode.MONTH:
            self.anchor = self.month.selected_day
        elif self.mode is ViewMode.WEEK:
            self.anchor = self.week.selected_day
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        view = {ViewMode.MONTH: self.month, ViewMode.WEEK: self.week,
                ViewMode.AGENDA: self.agenda}[mode]
        self.stack.setCurrentWidget(view)
        self.reload()
        if mode is ViewMode.MONTH:
            self.month.select(self.anchor, None)
        elif mode is ViewMode.WEEK:
            self.week.select(self.anchor, None)
        view.setFocus()

    def show_day(self, day: date, mode: ViewMode) -> None:
        """Show ``day`` in detail: in the week view, or at the top of the agenda."""
        self.set_mode(mode, day)
        if mode is ViewMode.AGENDA:
            self.agenda.select_day(day)

    def next_period(self) -> None:
        self._go_to(periods.shift(self.mode, self.anchor, 1))

    def previous_period(self) -> None:
        self._go_to(periods.shift(self.mode, self.anchor, -1))

    def go_today(self) -> None:
        self._go_to(self._today())

    def _go_to(self, day: date) -> None:
        self.anchor = day
        self.reload()
        if self.mode is ViewMode.MONTH:
            self.month.select(day, None)
        elif self.mode is ViewMode.WEEK:
            self.week.select(day, None)
        else:
            self.agenda.select_day(day)

    def show_duo(self, duo_id: uuid.UUID) -> None:
        """Show only the meetings of one duo (called from the duo's window); "Show every
        duo" goes back to all."""
        if not self._loaded:
            self._read_all()
        view = self.services.duos.get(duo_id)
        self.filters.show_duo(duo_id, duo_name(view.mentee_name, view.mentor_name))
        if not self.events:  # none in the period shown: go to the duo's next meeting, or last
            self._go_to_a_meeting_of(duo_id)

    def _go_to_a_meeting_of(self, duo_id: uuid.UUID) -> None:
        starts = sorted(m.starts_at for m in self.services.duos.meetings_of_duo(duo_id)
                        if m.status != MeetingStatus.CANCELLED)
        if starts:
            today = self._today()
            self._go_to(next((s.date() for s in starts if s.date() >= today), starts[-1].date()))

    # --- meetings --------------------------------------------------------------------------
    def current_view(self) -> MonthView | WeekView | AgendaView:
        return {ViewMode.MONTH: self.month, ViewMode.WEEK: self.week,
                ViewMode.AGENDA: self.agenda}[self.mode]

    def selected_event(self) -> CalendarEvent | None:
        return self.current_view().selected()

    def _event(self, event_id: uuid.UUID) -> CalendarEvent | None:
        return next((event for event in self.events if event.id == event_id), None)

    def open_meeting(self, event_id: uuid.UUID) -> None:
        self.actions.open(event_id)

    def new_meeting(self, starts_at: datetime | None) -> None:
        if starts_at is None:
            day = self.month.selected_day if self.mode is ViewMode.MONTH else \
                self.week.selected_day if self.mode is ViewMode.WEEK else self.anchor
            starts_at = datetime.combine(max(day, self._today()), time(10, 0))
            if starts_at <= self.services.calendar.now():
                # Planned in the evening: the next working morning, not a meeting that
                # would already be over (the dialog then took it for one that took place).
                later = starts_at.date() + timedelta(days=1)
                while later.weekday() >= 5:
                    later += timedelta(days=1)
                starts_at = datetime.combine(later, time(10, 0))
        self.actions.new(starts_at, duo_id=self.filters.duo_id())

    def _move(self, event_id: uuid.UUID, new_start: datetime) -> None:
        event = self._event(event_id)
        if event is not None and self.actions.move(event, new_start):
            self.week.select(new_start.date(), event_id)
            self._show_notice()

    def _cancel_id(self, event_id: uuid.UUID) -> None:
        event = self._event(event_id)
        if event is not None and event.status == MeetingStatus.PLANNED:
            self.actions.cancel(event)

    def undo_move(self) -> None:
        move = self.actions.last_move
        if move is not None and self.actions.undo_move():
            self._go_to(move.old_start.date())
        self._show_notice()

    def _after_change(self) -> None:
        self.reload()
        self._show_notice()
        self.changed.emit()

    def _context_menu(self, event_id: uuid.UUID, point: QPoint) -> None:
        event = self._event(event_id)
        if event is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one menu per right-click
        menu.addAction(translate("CalendarPage", "Open…"), lambda: self.open_meeting(event.id))
        if event.duo_id is not None and self._open_duo is not None:
            duo_id = event.duo_id
            menu.addAction(translate("CalendarPage", "Open the duo"),
                           lambda: self._open_duo(duo_id) if self._open_duo else None)
        if event.status == MeetingStatus.PLANNED:
            menu.addSeparator()
            menu.addAction(translate("CalendarPage", "Cancel the meeting…"),
                           lambda: self.actions.cancel(event))
        menu.popup(point)

    # --- words -----------------------------------------------------------------------------
    def _show_title(self) -> None:
        self.title.setText(periods.title(self.mode, self.anchor))
        self.current_view().setAccessibleName(self.title.text())  # painted: say what it shows
        # The meetings shown: the cancelled ones count too once the filter shows them.
        with_cancelled = self.filters.cancelled.isChecked()
        count = sum(1 for event in self.events
                    if with_cancelled or event.status != MeetingStatus.CANCELLED)
        if self.filters.nothing_chosen():
            text = translate("CalendarPage", "No kind of meeting chosen")
        elif count == 0:
            text = translate("CalendarPage", "No meetings")
        elif count == 1:
            text = translate("CalendarPage", "1 meeting")
        else:
            text = translate("CalendarPage", "{count} meetings").format(
                count=formats.number_text(count))
        self.count_label.setText(text)

    def _show_notice(self) -> None:
        move = self.actions.last_move
        self.notice.setVisible(move is not None)
        self.undo_button.setVisible(move is not None)
        if move is not None:
            self.notice.setText(translate("CalendarPage", "“{title}” moved to {when}.").format(
                title=move.title, when=when_text(move.new_start)))

    def retranslate(self) -> None:
        self.today_button.setText(translate("CalendarPage", "Today"))
        self.today_button.setToolTip(translate("CalendarPage", "Go to today (T)"))
        self.previous_button.setToolTip(translate("CalendarPage", "Previous (Page Up)"))
        self.next_button.setToolTip(translate("CalendarPage", "Next (Page Down)"))
        names = {ViewMode.MONTH: translate("CalendarPage", "Month"),
                 ViewMode.WEEK: translate("CalendarPage", "Week"),
                 ViewMode.AGENDA: translate("CalendarPage", "Agenda")}
        for mode, button in self.mode_buttons.items():
            button.setText(names[mode])
        self.new_button.setText(translate("CalendarPage", "New meeting…"))
        self.undo_button.setText(translate("CalendarPage", "Undo the move"))
        self.filters.retranslate()
        self.agenda.agenda.retranslate()
        self.agenda.size_columns()
        self._show_title()
        self._show_notice()
        self.month.update()
        self.week.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "filters"):
            self.retranslate()
        super().changeEvent(event)
