"""What the Calendar page does to a meeting: open it, plan a new one, move it (asking "this
one or all following" for a series and warning about the people or coordinator booked
twice), cancel it (asked first), and undo the last move.

Every question goes through :mod:`duodesk.ui.messages` (tests answer it there); errors of the
core are shown in their translated sentence and change nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from duodesk.core.errors import DuoDeskError
from duodesk.ui import messages
from duodesk.ui.calendar import texts
from duodesk.ui.calendar.periods import qdate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from duodesk.core.calendar.views import CalendarEvent, Conflict, EditScope, MeetingDraft
    from duodesk.core.context import Services

translate = QCoreApplication.translate
CONFLICTS_LISTED = 5


@dataclass(frozen=True)
class Move:
    """A move done, kept so that it can be undone."""

    meeting_id: uuid.UUID
    title: str
    old_start: datetime
    new_start: datetime
    scope: EditScope


def when_text(moment: datetime) -> str:
    """"Tuesday 1 December at 10:00" in the user's language."""
    day = QLocale().toString(qdate(moment.date()), "dddd d MMMM")
    return translate("CalendarActions", "{day} at {time}").format(day=day,
                                                                  time=texts.clock(moment))


def ask_scope(parent: QWidget | None, question: str, keep_text: str) -> EditScope | None:
    """For a meeting of a series: only this one, or it and all following? None: neither."""
    from duodesk.core.calendar.views import EditScope

    chosen = messages.ask_choice(
        parent, question, [translate("CalendarActions", "Only this meeting"),
                           translate("CalendarActions", "This and all following")], keep_text)
    return None if chosen is None else (EditScope.THIS, EditScope.FOLLOWING)[chosen]


def conflicts_text(conflicts: list[Conflict]) -> str:
    lines = [translate("CalendarActions", "At that time:")]
    for conflict in conflicts[:CONFLICTS_LISTED]:
        lines.append(translate("CalendarActions", "• {who} already has “{title}” ({start}–{end})")
                     .format(who=conflict.who, title=conflict.title,
                             start=texts.clock(conflict.starts_at),
                             end=texts.clock(conflict.ends_at)))
    if len(conflicts) > CONFLICTS_LISTED:
        lines.append(texts.counts().and_more(len(conflicts) - CONFLICTS_LISTED))
    return "\n".join(lines)


class CalendarActions:
    """The page's actions on the calendar service; ``changed()`` is called after each
    change that went through."""

    def __init__(self, parent: QWidget, services: Services,
                 changed: Callable[[], None]) -> None:
        self.parent = parent
        self.services = services
        self.changed = changed
        self.last_move: Move | None = None

    def open(self, meeting_id: uuid.UUID) -> bool:
        from duodesk.ui.calendar.meeting_dialog import edit_meeting

        if edit_meeting(self.parent, self.services, meeting_id):
            self.changed()
            return True
        return False

    def new(self, starts_at: datetime, duo_id: uuid.UUID | None = None) -> bool:
        from duodesk.ui.calendar.meeting_dialog import new_meeting

        if new_meeting(self.parent, self.services, starts_at, duo_id=duo_id):
            self.changed()
            return True
        return False

    def move(self, event: CalendarEvent, new_start: datetime) -> bool:
        """Move ``event`` to ``new_start`` after the questions it needs; True when moved."""
        from duodesk.core.calendar.views import EditScope

        scope = EditScope.THIS
        if event.series_id is not None:
            chosen = ask_scope(self.parent, translate(
                "CalendarActions", "“{title}” is one of a series. Move only this meeting, or "
                "this one and all the following ones by the same time?").format(
                    title=texts.event_title(event)),
                translate("CalendarActions", "Don't move"))
            if chosen is None:
                return False
            scope = chosen
        try:
            conflicts = self.services.calendar.conflicts(self._draft(event, new_start),
                                                         exclude_id=event.id)
            if conflicts and not messages.ask_yes_no(
                    self.parent, translate("CalendarActions", "Moved to {when}, “{title}” "
                                           "would clash with other meetings.").format(
                        when=when_text(new_start), title=texts.event_title(event))
                    + "\n\n" + conflicts_text(conflicts),
                    yes_text=translate("CalendarActions", "Move anyway")):
                return False
            self.services.calendar.move(event.id, new_start, scope)
        except DuoDeskError as error:
            messages.error(self.parent, error)
            return False
        self.last_move = Move(event.id, texts.event_title(event), event.starts_at, new_start,
                              scope)
        self.changed()
        return True

    def undo_move(self) -> bool:
        """Put the last moved meeting (or meetings) back where they were."""
        move, self.last_move = self.last_move, None
        if move is None:
            return False
        try:
            self.services.calendar.move(move.meeting_id, move.old_start, move.scope)
        except DuoDeskError as error:
            messages.error(self.parent, error)
            return False
        self.changed()
        return True

    def cancel(self, event: CalendarEvent) -> bool:
        """Cancel ``event`` (or it and the following ones of its series) once confirmed."""
        from duodesk.core.calendar.views import EditScope

        question = translate("CalendarActions", "Cancel “{title}” of {when}?").format(
            title=texts.event_title(event), when=when_text(event.starts_at))
        if event.series_id is not None:
            scope = ask_scope(self.parent, question + "\n" + translate(
                "CalendarActions", "It is one of a series."),
                translate("CalendarActions", "Keep it"))
            if scope is None:
                return False
        elif messages.ask_yes_no(self.parent, question):
            scope = EditScope.THIS
        else:
            return False
        try:
            self.services.calendar.cancel(event.id, scope)
        except DuoDeskError as error:
            messages.error(self.parent, error)
            return False
        if self.last_move is not None and self.last_move.meeting_id == event.id:
            self.last_move = None
        self.changed()
        return True

    def _draft(self, event: CalendarEvent, new_start: datetime) -> MeetingDraft:
        """The meeting as it would be at its new time, for the conflicts check."""
        from duodesk.core.calendar.views import MeetingDraft

        detail = self.services.calendar.get(event.id)
        return MeetingDraft(
            kind=event.kind, starts_at=new_start, duration_min=event.duration_min,
            location=event.location, coordinator_id=event.coordinator_id, duo_id=event.duo_id,
            title=event.title, attendee_ids=tuple(a.person_id for a in detail.attendees),
            online=event.online)
