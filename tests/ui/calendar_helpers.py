"""Helpers of the calendar views' tests: meetings planned through the real calendar
service, a Calendar page on a fixed "today", dialogs answered by a button's text, and a
mouse drag sent to a widget."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from duodesk.core.calendar.views import MeetingDraft, Recurrence
from duodesk.core.codes import MeetingKind
from duodesk.core.context import Services
from duodesk.ui.calendar.page import CalendarPage

TODAY = date(2027, 3, 10)  # a Wednesday


def plan(services: Services, starts_at: datetime, *, kind: MeetingKind = MeetingKind.INTAKE,
         minutes: int = 60, coordinator_id: uuid.UUID | None = None,
         title: str | None = None, people: tuple[uuid.UUID, ...] = (),
         recurrence: Recurrence | None = None) -> list[uuid.UUID]:
    """Plan a meeting (or a series) through the calendar service; returns the ids."""
    return services.calendar.create(MeetingDraft(
        kind=kind, starts_at=starts_at, duration_min=minutes, location="Antenne",
        coordinator_id=coordinator_id, title=title, attendee_ids=people), recurrence)


def open_page(qtbot, services: Services, today: date = TODAY, **kw: object) -> CalendarPage:
    """The Calendar page shown (so it reads) on ``today``."""
    page = CalendarPage(services, today=lambda: today, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def press(text: str) -> Callable[[QDialog], int]:
    """Answer a message box with the button showing ``text``."""

    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        for button in dialog.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return 0
        raise AssertionError(f"no button {text!r} in {[b.text() for b in dialog.buttons()]}")

    return handler


def drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    """Press the left button at ``start``, move in steps to ``end`` and release there."""
    def send(kind: QEvent.Type, point: QPoint, button: Qt.MouseButton,
             buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, QPointF(point), QPointF(widget.mapToGlobal(point)), button,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 6):
        point = start + (end - start) * (step / 5)
        send(QEvent.Type.MouseMove, point, none, left)
    send(QEvent.Type.MouseButtonRelease, end, left, none)
