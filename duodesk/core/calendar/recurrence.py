"""Expanding a series' rule into its meetings' start times, and the rule's stored form.

Weekly and every-two-weeks series keep the weekday and the time; monthly series keep the
day of the month and the time, falling on the month's last day when it has no such day
(31 January → 28 or 29 February → 31 March: each month is counted from the first meeting,
never from the previous one, so a short month does not pull the rest of the series back).
A series stops at its ``until`` date (inclusive) or after ``count`` meetings, and never
makes more than :data:`MAX_OCCURRENCES`.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from typing import Any

from duodesk.core.calendar.views import MAX_OCCURRENCES, Frequency, Recurrence
from duodesk.core.errors import InvalidValue


def check_rule(rule: Recurrence, first: datetime) -> Recurrence:
    """The rule with its frequency as a :class:`Frequency`; ``InvalidValue`` (field
    ``recurrence``) for an unknown frequency, both or neither of ``until`` and ``count``, a
    count below 1 or above the limit, an end before the first meeting."""
    try:
        freq = Frequency(str(rule.freq))
    except ValueError:
        raise InvalidValue(field="recurrence", reason="unknown_frequency") from None
    if (rule.until is None) == (rule.count is None):
        raise InvalidValue(field="recurrence", reason="until_or_count")
    if rule.count is not None and not 1 <= rule.count <= MAX_OCCURRENCES:
        raise InvalidValue(field="recurrence", reason="out_of_range", minimum=1,
                           maximum=MAX_OCCURRENCES)
    if rule.until is not None and rule.until < first.date():
        raise InvalidValue(field="recurrence", reason="until_before_start")
    return Recurrence(freq, rule.until, rule.count)


def nth(first: datetime, freq: Frequency, n: int) -> datetime:
    """The start of the ``n``-th meeting (0 = the first) of a series starting at ``first``."""
    if freq is Frequency.WEEKLY:
        return first + timedelta(weeks=n)
    if freq is Frequency.BIWEEKLY:
        return first + timedelta(weeks=2 * n)
    months = first.month - 1 + n
    year, month = first.year + months // 12, months % 12 + 1
    day = min(first.day, calendar.monthrange(year, month)[1])
    return first.replace(year=year, month=month, day=day)


def expand(first: datetime, rule: Recurrence) -> list[datetime]:
    """Every start of the series, first included; ``InvalidValue`` (reason ``too_many``)
    when an ``until`` rule would make more than :data:`MAX_OCCURRENCES` meetings."""
    rule = check_rule(rule, first)
    freq = Frequency(str(rule.freq))
    if rule.count is not None:
        return [nth(first, freq, n) for n in range(rule.count)]
    assert rule.until is not None
    starts: list[datetime] = []
    while (start := nth(first, freq, len(starts))).date() <= rule.until:
        if len(starts) == MAX_OCCURRENCES:
            raise InvalidValue(field="recurrence", reason="too_many", limit=MAX_OCCURRENCES)
        starts.append(start)
    return starts


def rule_to_json(rule: Recurrence) -> dict[str, Any]:
    """The stored form (``MeetingSeries.rule``)."""
    stored: dict[str, Any] = {"freq": str(rule.freq), "interval": 1}
    if rule.until is not None:
        stored["until"] = rule.until.isoformat()
    if rule.count is not None:
        stored["count"] = rule.count
    return stored


def rule_from_json(stored: dict[str, Any] | None) -> Recurrence | None:
    """The rule as stored; ``None`` for a missing or unreadable one (a series written by a
    later version is shown without its rule rather than refused)."""
    if not stored:
        return None
    freq = str(stored.get("freq", ""))
    if freq == "weekly" and int(stored.get("interval", 1)) == 2:
        freq = Frequency.BIWEEKLY.value
    if freq not in {f.value for f in Frequency}:
        return None
    until = stored.get("until")
    count = stored.get("count")
    return Recurrence(Frequency(freq), date.fromisoformat(until) if until else None,
                      int(count) if count is not None else None)
