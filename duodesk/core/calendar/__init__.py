"""The meeting calendar's core (SPEC §3 Meeting, §4.5; issue 6), without Qt.

The calendar views, the meeting dialog, attendance and the person's Meetings tab use
:class:`CalendarService` (``services.calendar``) and the plain data of
:mod:`duodesk.core.calendar.views`; see ``docs/calendar.md``.
"""

from duodesk.core.calendar.service import CalendarService
from duodesk.core.calendar.views import (
    MAX_OCCURRENCES,
    ONLINE,
    Attendee,
    CalendarEvent,
    CalendarFilter,
    Conflict,
    EditScope,
    Frequency,
    InvitationList,
    MeetingDetail,
    MeetingDraft,
    Recurrence,
)

__all__ = [
    "MAX_OCCURRENCES",
    "ONLINE",
    "Attendee",
    "CalendarEvent",
    "CalendarFilter",
    "CalendarService",
    "Conflict",
    "EditScope",
    "Frequency",
    "InvitationList",
    "MeetingDetail",
    "MeetingDraft",
    "Recurrence",
]
