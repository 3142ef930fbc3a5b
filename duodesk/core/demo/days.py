"""Day arithmetic of the demo generator on proleptic ordinals (``date.toordinal()``): plain
integers are what keeps planning 100,000 paths fast."""

from __future__ import annotations

from datetime import date
from functools import cache

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def weekday(day: int) -> int:
    """0 for Monday … 6 for Sunday."""
    return (day - 1) % 7


def on_or_after(day: int, wanted: int) -> int:
    """The first ``wanted`` weekday on or after ``day``."""
    return day + (wanted - weekday(day)) % 7


def on_or_before(day: int, wanted: int) -> int:
    """The last ``wanted`` weekday on or before ``day``."""
    return day - (weekday(day) - wanted) % 7


def workday(day: int) -> int:
    """``day``, or the Monday after it when it falls in a weekend."""
    shift = weekday(day) - FRI
    return day + (3 - shift) if shift > 0 else day


def workday_before(day: int) -> int:
    """``day``, or the Friday before it when it falls in a weekend."""
    shift = weekday(day) - FRI
    return day - shift if shift > 0 else day


@cache
def add_months(day: int, months: int) -> int:
    """``day`` plus calendar months, on the last day of a shorter month (31 Aug + 6 → 28 Feb)."""
    when = date.fromordinal(day)
    index = when.month - 1 + months
    year, month = when.year + index // 12, index % 12 + 1
    for last in (when.day, 30, 29, 28):
        try:
            return date(year, month, min(when.day, last)).toordinal()
        except ValueError:
            continue
    raise AssertionError("unreachable")


def years_before(day: int, years: int) -> int:
    """The same calendar day ``years`` earlier (28 February for a 29 February)."""
    when = date.fromordinal(day)
    try:
        return when.replace(year=when.year - years).toordinal()
    except ValueError:
        return when.replace(year=when.year - years, day=28).toordinal()


def sessions_every(people: float, years: float, size: int, longest: int = 4) -> int:
    """Weeks between group sessions so that about ``size`` of ``people`` joining over
    ``years`` come to each (one week at least, ``longest`` at most)."""
    return max(1, min(longest, round(52 * years * size / max(1.0, people))))


def session_day(day: int, wanted: int, every_weeks: int, *, after: bool = False) -> int:
    """The group-session day for ``day``: sessions fall on the ``wanted`` weekday every
    ``every_weeks`` weeks; the one before (or, with ``after``, the one after) ``day``."""
    if after:
        first = on_or_after(day, wanted)
        return first + 7 * (-(first // 7) % every_weeks)
    last = on_or_before(day, wanted)
    return last - 7 * ((last // 7) % every_weeks)
