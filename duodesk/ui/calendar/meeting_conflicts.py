"""The bookings a meeting clashes with, in words: "Nadia El Amrani already has “Intake
interview – Awa Diallo” from 10:00 to 11:00", one line per person or coordinator booked
twice, as the meeting dialog shows them under its fields and asks about them on saving."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from duodesk import labels
from duodesk.core.calendar.views import Conflict
from duodesk.core.codes import MeetingKind
from duodesk.ui import formats
from duodesk.ui.calendar.meeting_form import GROUP_KINDS
from duodesk.ui.calendar.texts import counts

translate = QCoreApplication.translate
CONFLICTS_SHOWN = 6


def conflict_line(conflict: Conflict, day: datetime) -> str:
    """"Nadia El Amrani already has “Intake” from 10:00 to 11:00"; the day is said when it
    is not the meeting's own (a later meeting of a series)."""
    kind = labels.label(MeetingKind(conflict.kind)) if conflict.kind else None
    if kind is None:
        title = conflict.title or translate("MeetingDialog", "a meeting")
    elif conflict.kind in GROUP_KINDS or not conflict.title:
        title = conflict.title or kind
    else:  # an intake's or a duo's title is a name: the kind says what it is
        title = f"{kind} – {conflict.title}"
    start, end = formats.time_text(conflict.starts_at), formats.time_text(conflict.ends_at)
    if conflict.starts_at.date() != day.date():
        return translate("MeetingDialog", "{who} already has “{title}” on {day}, from {start} "
                                          "to {end}").format(
            who=conflict.who, title=title, day=formats.date_text(conflict.starts_at),
            start=start, end=end)
    return translate("MeetingDialog", "{who} already has “{title}” from {start} to {end}"
                     ).format(who=conflict.who, title=title, start=start, end=end)


def conflicts_text(conflicts: list[Conflict], starts_at: datetime) -> str:
    lines = [conflict_line(c, starts_at) for c in conflicts[:CONFLICTS_SHOWN]]
    if len(conflicts) > CONFLICTS_SHOWN:
        lines.append(counts().and_more(len(conflicts) - CONFLICTS_SHOWN))
    return "\n".join("⚠ " + line for line in lines)
