"""Dates, times and numbers as the chosen language writes them (SPEC §12).

Every page shows a date, a time or a number through this module, so that all of them
follow the language chosen in Settings, never the system's: ``install_translators`` makes
that language's ``QLocale`` the default, and each function here reads it at the moment of
the call (a language change shows at the next repaint). French and Dutch follow Belgium
(``fr_BE``, ``nl_BE``): 05/03/2026 and 1 234,5 in French, 05/03/2026 and 1.234,5 in Dutch;
English 05/03/2026 and 1,234.5. Every day in figures has two-digit days and months and
the year in full, as the date inputs show it.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from duodesk.core.text import fold


def locale() -> QLocale:
    """The chosen language's locale (set by :func:`duodesk.i18n.install_translators`)."""
    current = QLocale()
    # Before any language is chosen (a bare test, a tool) Qt's "C" locale would write
    # "8 12 2026": English as the program writes it instead.
    return QLocale("en_GB") if current.language() == QLocale.Language.C else current


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_pattern() -> str:
    """The language's numeric date pattern with two-digit days and months and the year in
    full (dd/MM/yyyy in Belgium): a two-digit year would be ambiguous next to birth dates,
    and columns of days line up. Belgium's own short forms are d/MM/yy and d/MM/yyyy."""
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "dd" not in pattern:
        pattern = pattern.replace("d", "dd", 1)
    if "MM" not in pattern:
        pattern = pattern.replace("M", "MM", 1)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_text(value: date | datetime | None) -> str:
    """A day in figures (05/03/2026 in all three languages); empty for none."""
    if value is None:
        return ""
    day = value.date() if isinstance(value, datetime) else value
    return locale().toString(_qdate(day), date_pattern())


def long_date_text(value: date | None) -> str:
    """A day in words, for a sentence (5 mars 2026, 5 maart 2026, 5 March 2026)."""
    if value is None:
        return ""
    return locale().toString(_qdate(value), "d MMMM yyyy")


def time_text(value: time | datetime | None) -> str:
    """A time on the 24-hour clock, as the language writes it (14:30); empty for none."""
    if value is None:
        return ""
    return locale().toString(QTime(value.hour, value.minute),
                             locale().timeFormat(QLocale.FormatType.ShortFormat))


def datetime_text(value: datetime | None) -> str:
    """A day and a time in figures (05/03/2026 14:30); empty for none."""
    if value is None:
        return ""
    return f"{date_text(value)} {time_text(value)}"


def number_text(value: int | float | None, decimals: int | None = None) -> str:
    """A number with the language's separators (1 234,5; 1.234,5; 1,234.5); empty for none.
    ``decimals`` fixes the figures after the comma (a score: 1 decimal)."""
    if value is None:
        return ""
    if decimals is None:
        return locale().toString(value)
    return locale().toString(float(value), "f", decimals)


def sort_key(text: str | None) -> str:
    """The key that sorts names and labels as French and Dutch readers expect: accents and
    case folded (Élodie beside Elise, not after Zoë), the same folding as the persons'
    stored sort key, so that a list sorted here agrees with one sorted in SQL."""
    return fold(text)
