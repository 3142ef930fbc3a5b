"""Matching's words (duodesk.matching_texts) in English, French and Dutch: reasons alone and
together, criteria and rules, and languages the programme's list does not name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from duodesk.core.matching import CRITERIA, RULES, Reason
from duodesk.i18n import install_translators
from duodesk.matching_texts import (
    criterion_name,
    language_name,
    reason_text,
    reasons_text,
    rule_text,
)

REASONS = (
    Reason("shared_language", {"language": "ar", "level": "native"}),
    Reason("shared_language", {"language": "fr", "level": "good"}),
    Reason("distance", {"km": "4"}),
    Reason("sector", {"sector": "it"}),
    Reason("availability", {"slot": "wed_evening"}),
    Reason("availability", {"slot": "sat_morning"}),
    Reason("interest", {"interest": "Cuisine"}),
    Reason("waiting", {"days": "1"}),
)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "both speak Arabic and French; 4 km apart; IT sector; both free Wednesday evening "
           "and Saturday morning; shared interest: Cuisine; waiting since yesterday"),
    ("fr", "les deux parlent arabe et français ; à 4 km l'un de l'autre ; même secteur "
           "(Informatique) ; les deux sont libres le mercredi soir et samedi matin ; intérêt "
           "commun : Cuisine ; en attente depuis hier"),
    ("nl", "spreken allebei Arabisch en Frans; 4 km van elkaar; zelfde sector (IT); allebei "
           "vrij op woensdagavond en zaterdagvoormiddag; gedeelde interesse: Cuisine; wacht "
           "sinds gisteren"),
])
def test_reasons_in_one_line(qapp: QApplication, compiled_translations: Path, language: str,
                             expected: str) -> None:
    install_translators(qapp, language)
    assert reasons_text(REASONS) == expected


def test_single_reasons_and_fallbacks(qapp: QApplication, compiled_translations: Path) -> None:
    install_translators(qapp, "nl")
    assert reason_text(Reason("distance", {"km": "0"})) == "minder dan 1 km van elkaar"
    assert reason_text(Reason("waiting", {"days": "45"})) == "wacht al 45 dagen"
    assert reason_text(Reason("availability", {"slot": "mon_afternoon"})) == (
        "allebei vrij op maandagnamiddag")
    # A language missing from the programme's list gets Qt's name, an unknown code itself.
    assert language_name("ja") == "Japanese"
    assert language_name("zzz") == "zzz"
    assert reason_text(Reason("something_new")) == "something_new"


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_criterion_and_rule_has_words(qapp: QApplication, compiled_translations: Path,
                                            language: str) -> None:
    install_translators(qapp, "en")
    english = [criterion_name(name) for name in CRITERIA] + [rule_text(code) for code in RULES]
    install_translators(qapp, language)
    translated = [criterion_name(name) for name in CRITERIA] + [rule_text(code)
                                                                 for code in RULES]
    assert all(translated) and len(set(translated)) == len(translated)
    assert [a for a, b in zip(english, translated, strict=True) if a == b] == (
        ["Distance"] if language == "fr" else ["Sector"])
