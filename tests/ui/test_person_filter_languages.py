"""The Language filter of the Mentees and Mentors lists names each language in the user's
language ("Anglais (en)"), not in a script or a country's variant the coordinator may not
read ("American English", "العربية")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from duodesk.core.codes import PersonRole
from duodesk.i18n import install_translators
from duodesk.ui.persons.filters import FilterOptions, PersonFilters


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Arabic (ar)", "Berber (ber)", "Dutch (nl)", "English (en)"]),
    ("fr", ["Anglais (en)", "Arabe (ar)", "Berbère (ber)", "Néerlandais (nl)"]),
    ("nl", ["Arabisch (ar)", "Berbers (ber)", "Engels (en)", "Nederlands (nl)"]),
])
def test_the_language_filter_names_languages_in_the_users_language(
        qtbot, qapp: QApplication, compiled_translations, language: str,
        expected: list[str]) -> None:
    install_translators(qapp, language)
    filters = PersonFilters(PersonRole.MENTEE)
    qtbot.addWidget(filters)
    filters.set_options(FilterOptions(languages=["en", "ar", "nl", "ber"]))
    combo = filters.language_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == expected
    assert combo.itemData(combo.findText(expected[0])) in {"ar", "en"}
