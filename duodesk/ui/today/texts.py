"""The Today list in words: who an item is about and what is to be done, with its dates and
days, in the language installed (the core hands over codes, dates and counts only)."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from duodesk import labels
from duodesk.core.services.duo_data import TodayItem, TodayKind
from duodesk.ui import formats

translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)

# The kinds shown in red: something is late.
LATE_KINDS = frozenset({TodayKind.DECISION_OVERDUE, TodayKind.FOLLOW_UP_OVERDUE,
                        TodayKind.OUTCOME_CHECK_OVERDUE})



class TodayCounts(QObject):
    """The Today list's counts in Qt's plural forms ("0 jour", "1 day"): lupdate finds a
    count's forms in ``self.tr`` inside a class only, so the module's functions ask this
    one."""

    def days(self, count: int) -> str:
        return self.tr("%Ln days", "", count)

    def files_past_retention(self, count: int) -> str:
        return self.tr("%Ln files are past their retention period: anonymise them on the "
                       "Privacy page", "", count)


@cache
def counts() -> TodayCounts:
    """The one :class:`TodayCounts` (made on the GUI thread, at its first count)."""
    return TodayCounts()


def day_text(day: date) -> str:
    """A date as the interface language writes it in a sentence ("12 May 2026")."""
    return formats.long_date_text(day)


def short_day(day: date) -> str:
    """A date in figures as the interface language writes it (the Date column)."""
    return formats.date_text(day)


def moment_text(moment: datetime) -> str:
    """A day and a time in a sentence ("12 May 2026 at 14:00")."""
    return translate("TodayItem", "{day} at {time}").format(
        day=day_text(moment.date()), time=formats.time_text(moment))


def days_text(days: int) -> str:
    """A number of days ("1 day", "12 days")."""
    return counts().days(abs(days))


def who_text(item: TodayItem) -> str:
    """Who the item is about: the mentee, or the duo's mentee and mentor."""
    if item.kind == TodayKind.WAITING_MENTEE or not item.mentor_name:
        return item.mentee_name or ""
    return translate("TodayItem", "{mentee} with {mentor}").format(mentee=item.mentee_name,
                                                mentor=item.mentor_name)


def _when(item: TodayItem) -> str:
    return moment_text(item.due_at) if item.due_at else day_text(item.due)


def _waiting(item: TodayItem) -> str:
    if item.days <= 0:
        return translate("TodayItem", "Waiting for a mentor since today")
    if item.days == 1:
        return translate("TodayItem", "Waiting for a mentor since yesterday")
    return translate("TodayItem", "Waiting for a mentor for {days} (since {day})").format(
        days=days_text(item.days), day=day_text(item.due))


def _late(item: TodayItem) -> str:
    """How late a planned thing is: nothing today, else "N days late"."""
    if item.days <= 0:
        return ""
    return " " + translate("TodayItem", "({days} late)").format(days=days_text(item.days))


def _follow_up(item: TodayItem) -> str:
    name = labels.follow_up(item.follow_up_month)
    if item.kind in LATE_KINDS:
        text = translate("TodayItem", "{follow_up} was planned on {when}").format(
            follow_up=name, when=_when(item)) + _late(item)
    else:
        text = translate("TodayItem", "{follow_up} planned on {when}").format(
            follow_up=name, when=_when(item))
    if item.followup_consent is False:
        text += " — " + translate(
            "TodayItem", "the mentee has not agreed to be contacted after the duo")
    return text


def _anonymisation(item: TodayItem) -> str:
    return counts().files_past_retention(item.count or 0)


def _consent(item: TodayItem) -> str:
    from duodesk.core.codes import ConsentPurpose

    purpose = labels.label(ConsentPurpose(item.consent_purpose or ConsentPurpose.PROGRAMME))
    if item.consent_reason == "old_text":
        return translate(
            "TodayItem", "Consent “{purpose}” given on {day} under an older text: ask for it "
            "again").format(purpose=purpose, day=day_text(item.due))
    return translate(
        "TodayItem", "Consent “{purpose}” expired on {day}: ask for it again").format(
        purpose=purpose, day=day_text(item.due))


def what_text(item: TodayItem) -> str:
    """What is to be done, with its dates and days, in one sentence."""
    kind = item.kind
    if kind == TodayKind.WAITING_MENTEE:
        return _waiting(item)
    if kind == TodayKind.DECISION_OVERDUE:
        return translate(
            "TodayItem", "Both answers were due on {when}: no decision yet").format(
            when=_when(item)) + _late(item)
    if kind == TodayKind.DECISION_DUE:
        return translate("TodayItem", "Both answers are due by {when}").format(when=_when(item))
    if kind == TodayKind.AGREEMENT_UNSIGNED:
        return translate(
            "TodayItem", "Accepted on {day}, the agreement is still unsigned after {days}").format(
            day=day_text(item.due), days=days_text(item.days))
    if kind == TodayKind.ANONYMISATION_DUE:
        return _anonymisation(item)
    if kind == TodayKind.CONSENT_TO_RENEW:
        return _consent(item)
    if kind == TodayKind.NO_RECENT_MEETING:
        return translate("TodayItem", "No meeting logged since {day} ({days} ago)").format(
            day=day_text(item.due), days=days_text(item.days))
    return _follow_up(item)


def group_title(kind: TodayKind, count: int) -> str:
    """A group's heading: the kind and how many items it holds."""
    return translate("TodayItem", "{kind} ({count})").format(kind=labels.label(kind),
                                          count=formats.number_text(count))
