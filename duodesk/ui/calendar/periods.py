"""The periods the calendar's views show, and their titles in the user's language.

A month view shows whole weeks, Monday first as in Belgium, from the week of the 1st to the
week of the last day; a week view Monday to Sunday; the agenda four weeks from the day it is
on. Titles use the month and day names of the chosen language (``QLocale()``, set by
:func:`duodesk.i18n.install_translators`).
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate

AGENDA_DAYS = 28


class ViewMode(StrEnum):
    """The three views of the Calendar page."""

    MONTH = "month"
    WEEK = "week"
    AGENDA = "agenda"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_grid(anchor: date) -> tuple[date, int]:
    """The first day shown (a Monday) and the number of weeks of ``anchor``'s month."""
    first = anchor.replace(day=1)
    last = _add_months(first, 1) - timedelta(days=1)
    start = monday_of(first)
    return start, (monday_of(last) - start).days // 7 + 1


def period(mode: ViewMode, anchor: date) -> tuple[date, date]:
    """The first day shown and the day after the last one."""
    if mode is ViewMode.MONTH:
        start, weeks = month_grid(anchor)
        return start, start + timedelta(weeks=weeks)
    if mode is ViewMode.WEEK:
        start = monday_of(anchor)
        return start, start + timedelta(days=7)
    return anchor, anchor + timedelta(days=AGENDA_DAYS)


def shift(mode: ViewMode, anchor: date, steps: int) -> date:
    """The anchor ``steps`` periods later (earlier when negative)."""
    if mode is ViewMode.MONTH:
        return _add_months(anchor, steps)
    if mode is ViewMode.WEEK:
        return anchor + timedelta(weeks=steps)
    return anchor + timedelta(days=AGENDA_DAYS * steps)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first_next = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last_day = (first_next - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last_day))


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _capitalised(text: str) -> str:
    """French and Dutch write month names in lower case; a title starts with a capital."""
    return text[:1].upper() + text[1:]


def _range_text(first: date, last: date, locale: QLocale) -> str:
    """"23 – 29 November 2026", "30 November – 6 December 2026" or across years."""
    if first.year != last.year:
        return "{} – {}".format(locale.toString(qdate(first), "d MMM yyyy"),
                                locale.toString(qdate(last), "d MMM yyyy"))
    if first.month != last.month:
        return "{} – {}".format(locale.toString(qdate(first), "d MMM"),
                                locale.toString(qdate(last), "d MMM yyyy"))
    return "{} – {}".format(first.day, locale.toString(qdate(last), "d MMMM yyyy"))


def title(mode: ViewMode, anchor: date, locale: QLocale | None = None) -> str:
    """The period's name above the view: "November 2026", "Week 48 · 23 – 29 Nov 2026"."""
    locale = locale or QLocale()
    if mode is ViewMode.MONTH:
        month = locale.standaloneMonthName(anchor.month, QLocale.FormatType.LongFormat)
        return f"{_capitalised(month)} {anchor.year}"
    start, end = period(mode, anchor)
    text = _range_text(start, end - timedelta(days=1), locale)
    if mode is ViewMode.WEEK:
        week = translate("CalendarPage", "Week {number}").format(
            number=start.isocalendar().week)
        return f"{week} · {text}"
    return text


def day_title(day: date, locale: QLocale | None = None) -> str:
    """A day as the agenda heads it: "Monday 30 November 2026"."""
    locale = locale or QLocale()
    return _capitalised(locale.toString(qdate(day), "dddd d MMMM yyyy"))

