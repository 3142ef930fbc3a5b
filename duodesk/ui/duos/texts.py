"""Words of the duo screens: dates, statuses, flags, the evaluation questions and each
timeline event as a sentence, in the language installed when they are asked for.

The core hands codes and parameters (:mod:`duodesk.core.services.duo_data`); this module is
the one place the duo screens turn them into text, so that the Duos page, the duo's window
and the person file's tabs say the same thing the same way.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duodesk import labels
from duodesk.core.codes import (
    DeclineReason,
    DuoStatus,
    EndReason,
    EvaluationStage,
    MeetingKind,
    MeetingStatus,
    Outcome,
    Respondent,
)
from duodesk.core.duo_status import Side
from duodesk.core.services.duo_data import DuoTimelineEvent, DuoView, TimelineCode
from duodesk.ui import formats

ENDING_SOON_DAYS = 30  # as the Duos page's "ending soon" filter (duo_views.ENDING_SOON_DAYS)
NO_MEETING_DAYS = 21  # SPEC §4.1: duos with no meeting logged for three weeks
UNSIGNED_DAYS = 14  # SPEC §4.1: accepted duos still unsigned after two weeks

QUESTIONS = {
    "professional_project_defined": QT_TRANSLATE_NOOP(
        "DuoQuestions", "Has a defined professional project"),
    "more_confident": QT_TRANSLATE_NOOP("DuoQuestions", "Feels more confident"),
    "network_expanded": QT_TRANSLATE_NOOP("DuoQuestions", "Has a wider network"),
    "coaching_skills_improved": QT_TRANSLATE_NOOP(
        "DuoQuestions", "Coaching skills improved"),
    "feels_useful": QT_TRANSLATE_NOOP("DuoQuestions", "Feels useful"),
    "added_value": QT_TRANSLATE_NOOP("DuoQuestions", "Sees added value in the programme"),
}


# The same questions in a word or two, for a table's narrow cell (the tooltip says it all).
SHORT_QUESTIONS = {
    "professional_project_defined": QT_TRANSLATE_NOOP("DuoQuestions", "Project"),
    "more_confident": QT_TRANSLATE_NOOP("DuoQuestions", "Confidence"),
    "network_expanded": QT_TRANSLATE_NOOP("DuoQuestions", "Network"),
    "coaching_skills_improved": QT_TRANSLATE_NOOP("DuoQuestions", "Coaching"),
    "feels_useful": QT_TRANSLATE_NOOP("DuoQuestions", "Useful"),
    "added_value": QT_TRANSLATE_NOOP("DuoQuestions", "Added value"),
}


def day(value: date | datetime | None) -> str:
    """A day as the chosen language writes it (31/12/2026); empty for none."""
    return formats.date_text(value)


def moment(value: datetime | None) -> str:
    """A local date and time (31/12/2026 14:30); empty for none."""
    return formats.datetime_text(value)


def code_label(enum: type, code: str | None) -> str:
    """The translated label of a code, the code itself when unknown, empty for none."""
    if code is None:
        return ""
    try:
        return labels.label(enum(code))
    except ValueError:
        return str(code)


def status(code: str) -> str:
    return code_label(DuoStatus, code)


def question(code: str) -> str:
    """An evaluation question (SPEC §8) in words."""
    return QCoreApplication.translate("DuoQuestions", QUESTIONS[code]) if code in QUESTIONS \
        else code


def short_question(code: str) -> str:
    return (QCoreApplication.translate("DuoQuestions", SHORT_QUESTIONS[code])
            if code in SHORT_QUESTIONS else code)


def answer(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("DuoTexts", "Not answered")
    return (QCoreApplication.translate("DuoTexts", "Yes") if value
            else QCoreApplication.translate("DuoTexts", "No"))


def flags(duo: DuoView, today: date) -> list[str]:
    """What needs the coordinator's eye on a duo, in words (the Duos page's Flags column
    and the window's header)."""
    found = []
    if duo.overdue:
        found.append(QCoreApplication.translate("DuoTexts", "Decision overdue"))
    if (duo.status == DuoStatus.ACCEPTED and duo.accepted_on is not None
            and today - duo.accepted_on > timedelta(days=UNSIGNED_DAYS)):
        found.append(QCoreApplication.translate("DuoTexts", "Agreement unsigned"))
    if duo.status == DuoStatus.ACTIVE:
        if duo.planned_end is not None and duo.planned_end < today:
            found.append(QCoreApplication.translate("DuoTexts", "Six months passed"))
        elif (duo.planned_end is not None
              and duo.planned_end <= today + timedelta(days=ENDING_SOON_DAYS)):
            found.append(QCoreApplication.translate("DuoTexts", "Ending soon"))
        last = duo.last_meeting_on or duo.start_date
        if last is not None and (today - last).days >= NO_MEETING_DAYS:
            found.append(QCoreApplication.translate("DuoTexts", "No meeting for 3 weeks"))
    return found


def decision(accepted: bool | None) -> str:
    """One side's answer after the first meeting."""
    if accepted is None:
        return QCoreApplication.translate("DuoTexts", "no answer yet")
    return (QCoreApplication.translate("DuoTexts", "yes") if accepted
            else QCoreApplication.translate("DuoTexts", "no"))


def meeting_name(kind: str, follow_up_month: int | None, first: bool = False) -> str:
    """A meeting by what it is: the first meeting, a duo meeting or a follow-up by month."""
    if kind == MeetingKind.FOLLOW_UP:
        return labels.follow_up(follow_up_month)
    if first:
        return QCoreApplication.translate("DuoTexts", "First meeting")
    return code_label(MeetingKind, kind)


def timeline_sentence(event: DuoTimelineEvent) -> str:
    """One event of a duo's life as a sentence."""
    params = event.params
    code = event.code
    if code == TimelineCode.PROPOSED:
        return QCoreApplication.translate("DuoTexts", "Duo proposed")
    if code == TimelineCode.DECISION:
        side = code_label(Side, params.get("side"))
        text = (QCoreApplication.translate("DuoTexts", "{side} said yes after the first meeting")
                if params.get("accepted") else
                QCoreApplication.translate("DuoTexts", "{side} said no after the first meeting"))
        return text.format(side=side)
    if code == TimelineCode.ACCEPTED:
        return QCoreApplication.translate("DuoTexts", "Accepted by both sides")
    if code == TimelineCode.DECLINED:
        return QCoreApplication.translate("DuoTexts", "Duo declined: {reason}").format(
            reason=code_label(DeclineReason, params.get("reason")))
    if code == TimelineCode.SIGNED:
        return QCoreApplication.translate(
            "DuoTexts", "Agreement signed: the duo starts, planned end {date}").format(
            date=day(params.get("planned_end")))
    if code == TimelineCode.MEETING:
        name = meeting_name(str(params.get("kind")), params.get("follow_up_month"),
                            bool(params.get("first")))
        return QCoreApplication.translate("DuoTexts", "{meeting} — {status}").format(
            meeting=name, status=code_label(MeetingStatus, params.get("status")))
    if code == TimelineCode.EVALUATION:
        text = (QCoreApplication.translate("DuoTexts", "Mentor's evaluation: {stage}")
                if params.get("respondent") == Respondent.MENTOR else
                QCoreApplication.translate("DuoTexts", "Mentee's evaluation: {stage}"))
        return text.format(stage=code_label(EvaluationStage, params.get("stage")))
    if code == TimelineCode.FINISHED:
        return QCoreApplication.translate("DuoTexts", "Duo closed: {reason}").format(
            reason=code_label(EndReason, params.get("end_reason")))
    if code == TimelineCode.STOPPED:
        return QCoreApplication.translate("DuoTexts", "Duo stopped early: {reason}").format(
            reason=code_label(EndReason, params.get("end_reason")))
    if code == TimelineCode.OUTCOME:
        return QCoreApplication.translate("DuoTexts", "Outcome at 12 months: {outcome}").format(
            outcome=code_label(Outcome, params.get("outcome")))
    return str(code)


def duo_name(duo: DuoView) -> str:
    """A duo as the coordinators name it: mentee & mentor."""
    return QCoreApplication.translate("DuoTexts", "{mentee} & {mentor}").format(
        mentee=duo.mentee_name, mentor=duo.mentor_name)
