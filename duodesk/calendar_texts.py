"""The calendar's words for the window and the command line (issue 6): sentences for its
refusals, the names of its fields and invitation lists, and an event's summary in an
.ics file. The core gives codes; this module (QtCore only) turns them into text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duodesk.core.calendar.views import CalendarEvent
from duodesk.core.errors import DuoDeskError

#: The calendar's own fields, as :mod:`duodesk.messages` names them in a sentence.
CALENDAR_FIELDS = ("recurrence", "title", "duo_id", "meeting_kind", "invitation_list")

INVITATION_LISTS = {
    "mentors_in_duo": QT_TRANSLATE_NOOP("CalendarTexts", "All mentors in a duo"),
    "available_mentors": QT_TRANSLATE_NOOP("CalendarTexts", "Mentors available for a duo"),
    "mentors_in_training": QT_TRANSLATE_NOOP("CalendarTexts", "Mentors in training"),
    "new_registrations": QT_TRANSLATE_NOOP(
        "CalendarTexts", "New registrations (mentees and mentors)"),
    "waiting_mentees": QT_TRANSLATE_NOOP("CalendarTexts", "Mentees waiting for a mentor"),
    "mentees_in_duo": QT_TRANSLATE_NOOP("CalendarTexts", "All mentees in a duo"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarTexts", text)


def invitation_list_name(code: str) -> str:
    """The name of an invitation list (its code if unknown)."""
    text = INVITATION_LISTS.get(code)
    return _tr(str(text)) if text else code


def calendar_field(name: str) -> str:
    """The name of one of :data:`CALENDAR_FIELDS` in an error sentence."""
    names = {
        "recurrence": QCoreApplication.translate("CalendarTexts", "Repeat"),
        "title": QCoreApplication.translate("CalendarTexts", "Title"),
        "duo_id": QCoreApplication.translate("CalendarTexts", "Duo"),
        "meeting_kind": QCoreApplication.translate("CalendarTexts", "Kind of meeting"),
        "invitation_list": QCoreApplication.translate("CalendarTexts", "Invitation list"),
    }
    return names.get(name, name)


def recurrence_problem(params: dict) -> str:
    """The sentence for an ``InvalidValue`` of the field ``recurrence``."""
    reason = params.get("reason")
    if reason == "until_or_count":
        return QCoreApplication.translate(
            "CalendarTexts", "Repeat: choose either an end date or a number of meetings.")
    if reason == "until_before_start":
        return QCoreApplication.translate(
            "CalendarTexts", "Repeat: the end date is before the first meeting.")
    if reason == "out_of_range":
        return QCoreApplication.translate(
            "CalendarTexts", "Repeat: from {minimum} to {maximum} meetings.").format(
            minimum=params.get("minimum", ""), maximum=params.get("maximum", ""))
    if reason == "too_many":
        return QCoreApplication.translate(
            "CalendarTexts", "Repeat: this would make more than {limit} meetings; choose an "
            "earlier end date.").format(limit=params.get("limit", ""))
    return QCoreApplication.translate(
        "CalendarTexts", "Repeat: choose weekly, every two weeks or monthly.")


def describe_calendar_error(error: DuoDeskError) -> str:
    """The sentence for ``calendar_refused``, ``calendar_not_written`` and
    ``unknown_coordinator``."""
    params = error.params
    if error.code == "calendar_not_written":
        return QCoreApplication.translate(
            "CalendarTexts", "The calendar file could not be written to {path} ({detail}). "
            "Choose another folder, then try again; nothing was left behind.").format(
            path=params.get("path", ""), detail=params.get("detail", ""))
    if error.code == "unknown_coordinator":
        return QCoreApplication.translate(
            "CalendarTexts", "No coordinator is called “{name}”. Known coordinators: "
            "{known}.").format(name=params.get("name", ""), known=params.get("known", ""))
    reason = params.get("reason")
    sentences = {
        "meeting_cancelled": QT_TRANSLATE_NOOP(
            "CalendarTexts", "This meeting was cancelled: it can no longer be changed. Plan "
            "a new one instead."),
        "meeting_done": QT_TRANSLATE_NOOP(
            "CalendarTexts", "This meeting has taken place: it cannot be cancelled."),
        "meeting_in_future": QT_TRANSLATE_NOOP(
            "CalendarTexts", "Attendance is recorded once the meeting has begun."),
        "not_invited": QT_TRANSLATE_NOOP(
            "CalendarTexts", "Attendance can only be recorded for the people invited. Add "
            "the person to the meeting first."),
        "duo_attendees_fixed": QT_TRANSLATE_NOOP(
            "CalendarTexts", "A duo's meeting is always with its mentee and its mentor."),
        "kind_fixed": QT_TRANSLATE_NOOP(
            "CalendarTexts", "A duo's meeting or follow-up keeps its kind and its duo. Cancel "
            "it and plan another meeting instead."),
        "follow_up_from_duo": QT_TRANSLATE_NOOP(
            "CalendarTexts", "Follow-ups are planned by the duo when its agreement is signed; "
            "plan a duo meeting or move an existing follow-up instead."),
    }
    text = sentences.get(str(reason))
    return _tr(str(text)) if text else QCoreApplication.translate(
        "CalendarTexts", "This change to the meeting is not possible.")


def ics_describer() -> Callable[[CalendarEvent], str]:
    """The SUMMARY of an event in an .ics file, in the user's language: the kind, and the
    title when there is one ("Intervision – Mentors of March")."""
    from duodesk.labels import label

    kinds: dict[str, str] = {}

    def describe(event: CalendarEvent) -> str:
        kind = kinds.get(event.kind.value)
        if kind is None:
            kind = kinds[event.kind.value] = label(event.kind)
        return f"{kind} – {event.title}" if event.title else kind

    return describe
