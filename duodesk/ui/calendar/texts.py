"""The words the calendar's views share: an event's time, place and tooltip, "+3 more"."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from duodesk import labels
from duodesk.core.codes import MeetingKind, MeetingStatus

if TYPE_CHECKING:
    from duodesk.core.calendar.views import CalendarEvent

translate = QCoreApplication.translate


class CalendarCounts(QObject):
    """The calendar's counts in Qt's plural forms ("+1 autre", "0 participant" in French,
    "1 attendee" in English): lupdate finds a count's forms in ``self.tr`` inside a class
    only, so the module's functions ask this one."""

    def more(self, count: int) -> str:
        return self.tr("+%Ln more", "", count)

    def and_more(self, count: int) -> str:
        return self.tr("…and %Ln more", "", count)

    def attendees(self, count: int) -> str:
        return self.tr("%Ln attendees", "", count)


@cache
def counts() -> CalendarCounts:
    """The one :class:`CalendarCounts` (made on the GUI thread, at its first count)."""
    return CalendarCounts()


def clock(moment: datetime) -> str:
    """A time of day as Belgians write it, 24-hour: "09:30"."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def time_range(event: CalendarEvent) -> str:
    return f"{clock(event.starts_at)}–{clock(event.ends_at)}"


def kind_name(kind: str) -> str:
    try:
        return labels.label(MeetingKind(kind))
    except ValueError:
        return kind


def event_title(event: CalendarEvent) -> str:
    """The event's own title, else its kind (a group session without a title)."""
    return event.title or kind_name(event.kind)


def place(event: CalendarEvent) -> str:
    if event.online:
        return translate("CalendarViews", "Online")
    return event.location or ""


def more_text(count: int) -> str:
    """The line standing for the meetings of a day that do not fit."""
    return counts().more(count)


def tooltip(event: CalendarEvent) -> str:
    """Everything about an event in a few lines (the colour's meaning spelt out)."""
    lines = [event_title(event), f"{kind_name(event.kind)} · {time_range(event)}"]
    if event.status != MeetingStatus.PLANNED:
        lines[1] += f" · {labels.label(MeetingStatus(event.status))}"
    if where := place(event):
        lines.append(where)
    if event.coordinator_name:
        lines.append(translate("CalendarViews", "Coordinator: {name}").format(
            name=event.coordinator_name))
    if event.attendee_count:
        lines.append(attendees_text(event.attendee_count))
    if event.series_id is not None:
        lines.append(translate("CalendarViews", "Part of a series"))
    return "\n".join(lines)


def attendees_text(count: int) -> str:
    return counts().attendees(count)
