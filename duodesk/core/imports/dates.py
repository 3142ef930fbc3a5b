"""Dates as partners write them (SPEC §5): date cells, Excel serial numbers, and text day
first in every common form (``03/04/1999``, ``3-4-99``, ``1999-04-03``, ``3.4.1999``,
``03 04 1999``, ``3 avril 1999``, ``03041999``). A two-digit year is the most recent year
that is not in the future: in 2026, ``26`` is 2026 and ``27`` is 1927.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from duodesk.core.text import fold

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 past Excel's 1900 leap bug
MAX_SERIAL = 2958465  # 9999-12-31

_ISO = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$")
_DAY_FIRST = re.compile(
    r"^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4}|\d{2})(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{2})(\d{2})$")
# A serial number typed as text: five digits are the days from 1927 to 2173.
_SERIAL = re.compile(r"^\d{5}(?:[.,]0+)?$")
_WORDS = re.compile(r"^(\d{1,2})(?:er|e|st|nd|rd|th)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4}|\d{2})$")

_MONTHS = {fold(name): number for number, names in enumerate((
    ("janvier", "janv", "januari", "jan", "january"),
    ("février", "fevrier", "févr", "fevr", "fev", "februari", "feb", "february"),
    ("mars", "maart", "mrt", "march", "mar"),
    ("avril", "avr", "april", "apr"),
    ("mai", "mei", "may"),
    ("juin", "juni", "jun", "june"),
    ("juillet", "juil", "juli", "jul", "july"),
    ("août", "aout", "augustus", "aug", "august"),
    ("septembre", "sept", "september", "sep"),
    ("octobre", "oct", "oktober", "okt", "october"),
    ("novembre", "nov", "november"),
    ("décembre", "decembre", "déc", "dec", "december"),
), start=1) for name in names}


class DateUnreadable(ValueError):
    """The text is not a date in any form partners use, or names a day that does not
    exist (30/02/1999)."""


def full_year(year: int, digits: int, today: dt.date) -> int:
    """A written year as a four-digit one: two digits give the most recent such year that
    is not after this year."""
    if digits > 2:
        return year
    century = today.year - today.year % 100
    candidate = century + year
    return candidate if candidate <= today.year else candidate - 100


def _make(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateUnreadable() from None


def from_serial(serial: float) -> dt.date:
    """The day of an Excel serial number (the time of day, if any, dropped)."""
    whole = int(serial)
    if whole != serial and serial - whole > 0.99999:  # float noise on a whole day
        whole += 1
    if not 1 <= whole <= MAX_SERIAL:
        raise DateUnreadable()
    return EXCEL_EPOCH + dt.timedelta(days=whole)


@lru_cache(maxsize=65536)
def _parse_text(text: str, this_year: int) -> dt.date:
    today = dt.date(this_year, 12, 31)
    match = _ISO.match(text)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3]))
    match = _DAY_FIRST.match(text)
    if match:
        year = full_year(int(match[3]), len(match[3]), today)
        return _make(year, int(match[2]), int(match[1]))
    match = _COMPACT.match(text)
    if match:
        # 19990403 (year first, as some exports write) or 03041999 (day first).
        if match[1] in ("19", "20") and 1 <= int(match[3]) <= 12 and int(match[4]) >= 1:
            return _make(int(match[1] + match[2]), int(match[3]), int(match[4]))
        return _make(int(match[3] + match[4]), int(match[2]), int(match[1]))
    if _SERIAL.match(text):
        return from_serial(float(text.replace(",", ".")))
    match = _WORDS.match(text)
    if match:
        month = _MONTHS.get(fold(match[2]))
        if month is not None:
            year = full_year(int(match[3]), len(match[3]), today)
            return _make(year, month, int(match[1]))
    raise DateUnreadable()


def parse_date(value: object, today: dt.date) -> dt.date | None:
    """The date a cell holds, ``None`` for an empty cell; raises :class:`DateUnreadable`.

    Numbers are Excel serial numbers (a date column whose cells lost their date format).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise DateUnreadable()
    if isinstance(value, int | float):
        return from_serial(value)
    text = " ".join(str(value).split())
    if not text:
        return None
    # The two-digit-year rule depends on the year only; caching on it keeps results right
    # across New Year while reusing them for a whole import.
    result = _parse_text(text, today.year)
    return result
