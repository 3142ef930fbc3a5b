"""Dates, times, numbers and the order of names follow the language chosen in Settings, not
the system's (SPEC §12)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from duodesk.i18n import install_translators
from duodesk.ui import formats
from duodesk.ui.duos import texts as duo_texts
from duodesk.ui.today import texts as today_texts

MARCH_5 = date(2026, 3, 5)


@pytest.mark.parametrize(("language", "day", "moment", "number", "score", "long"), [
    ("fr", "05/03/2026", "05/03/2026 14:30", "1\u202f234", "1\u202f234,5", "5 mars 2026"),
    ("nl", "05/03/2026", "05/03/2026 14:30", "1.234", "1.234,5", "5 maart 2026"),
    ("en", "05/03/2026", "05/03/2026 14:30", "1,234", "1,234.5", "5 March 2026"),
])
def test_dates_and_numbers_are_written_as_the_chosen_language_writes_them(
        qapp, compiled_translations, language, day, moment, number, score, long) -> None:
    install_translators(qapp, language)
    assert formats.date_text(MARCH_5) == day
    assert formats.datetime_text(datetime(2026, 3, 5, 14, 30)) == moment
    assert formats.number_text(1234) == number
    assert formats.number_text(1234.5, 1) == score
    assert formats.long_date_text(MARCH_5) == long
    # The pages' own helpers go through the same module.
    assert duo_texts.day(MARCH_5) == day
    assert duo_texts.moment(datetime(2026, 3, 5, 14, 30)) == moment
    assert today_texts.short_day(MARCH_5) == day
    assert today_texts.day_text(MARCH_5) == long


def test_nothing_is_written_for_no_value(qapp) -> None:
    assert formats.date_text(None) == ""
    assert formats.datetime_text(None) == ""
    assert formats.time_text(None) == ""
    assert formats.number_text(None) == ""


def test_names_sort_with_accents_folded_as_in_the_database() -> None:
    names = ["Zoë", "élodie", "Eric", "Çelik", "Celine", "Ödemiş", "Olivier"]
    assert sorted(names, key=formats.sort_key) == [
        "Çelik", "Celine", "élodie", "Eric", "Ödemiş", "Olivier", "Zoë"]


@pytest.mark.parametrize(("language", "none", "one", "many"), [
    ("en", "0 mentees", "1 mentee", "1,234 mentees"),
    ("fr", "0 mentee", "1 mentee", "1\u202f234 mentees"),
    ("nl", "0 mentees", "1 mentee", "1.234 mentees"),
])
def test_counts_take_the_plural_forms_and_separators_of_the_language(
        qapp, compiled_translations, language, none, one, many) -> None:
    """French says "0 mentee" (zero is singular there), English "1 mentee", not "1 mentees";
    the count is written with the language's separators."""
    from PySide6.QtCore import QCoreApplication

    install_translators(qapp, language)
    said = [QCoreApplication.translate("PersonListPage", "%Ln mentees", None, n)
            for n in (0, 1, 1234)]
    assert said == [none, one, many]
