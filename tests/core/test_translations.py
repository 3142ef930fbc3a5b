"""Every message of every translation area is translated in French and Dutch, keeps the
placeholders of its English source, and the .ts files are in step with the code."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from duodesk.devtools import translations

I18N = translations.I18N


def messages(ts: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def describe(problems: list[translations.Problem]) -> str:
    return "\n".join(f"{p.file} [{p.context}] {p.source!r}: {p.issue}" for p in problems[:40])


def test_the_common_area_is_translated() -> None:
    problems = [p for p in translations.check() if p.file.startswith("common_")]
    assert problems == [], describe(problems)


def test_every_area_is_translated_and_keeps_its_placeholders() -> None:
    problems = translations.check()
    assert problems == [], f"{len(problems)} messages to translate:\n{describe(problems)}"


@pytest.mark.slow
def test_translation_sources_are_in_step_with_the_code(tmp_path: Path) -> None:
    """A string added to the code but not to the .ts files would stay English."""
    translations.update(folder=tmp_path, languages=("fr",))
    stale = {}
    for area in translations.areas():
        fresh = messages(tmp_path / f"{area}_fr.ts")
        committed = I18N / f"{area}_fr.ts"
        known = messages(committed) if committed.exists() else set()
        if fresh - known:
            stale[area] = sorted(fresh - known)[:5]
    assert stale == {}, f"run python -m duodesk.devtools.translations update: {stale}"


TS = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Errors</name>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>{translation}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
'''


def test_the_check_finds_lost_placeholders_and_unfinished_messages(tmp_path: Path) -> None:
    (tmp_path / "x_fr.ts").write_text(
        TS.replace("{translation}", "La sauvegarde n'existe pas."), encoding="utf-8")
    issues = sorted((p.source, p.issue) for p in translations.check(tmp_path))
    assert issues == [("Cancelled.", "unfinished"),
                      ("The backup {path} does not exist.", "placeholders")]


def test_every_area_with_strings_has_both_languages() -> None:
    areas = translations.areas()
    assert "common" in areas
    for area, globs in areas.items():
        if not translations.sources(globs):
            continue  # declared ahead of its code
        for language in translations.TARGET_LANGUAGES:
            assert (I18N / f"{area}_{language}.ts").exists(), f"{area}_{language}.ts missing"


PLURAL_TS = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>{note} In all: %Ln duos.</source>
        <translation>
            <numerusform>{note} Au total : un duo.</numerusform>
            <numerusform>{translation}</numerusform>
        </translation>
    </message>
</context>
</TS>
'''


def test_every_plural_form_is_checked(tmp_path: Path) -> None:
    """A counted message is unfinished while one of its forms is empty, and each form keeps
    the count: French "un duo" would show no number at all."""
    (tmp_path / "x_fr.ts").write_text(PLURAL_TS.replace("{translation}", ""), encoding="utf-8")
    assert [p.issue for p in translations.check(tmp_path)] == ["unfinished"]
    (tmp_path / "x_fr.ts").write_text(
        PLURAL_TS.replace("{translation}", "{note} Au total : %Ln duos."), encoding="utf-8")
    assert [p.issue for p in translations.check(tmp_path)] == ["placeholders"]


def numerus_messages(ts: Path) -> dict[tuple[str, str], int]:
    """(context, source) → number of plural forms, of every counted message of ``ts``."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = message.findall("translation/numerusform")
                found[(context.findtext("name") or "", message.findtext("source") or "")] = \
                    len([form for form in forms if form.text])
    return found


def test_counted_messages_have_their_plural_forms_in_english_french_and_dutch() -> None:
    """English is the source language, yet "%Ln rows" needs its "1 row": each counted
    message of a French file has its English and Dutch forms too (two forms each)."""
    checked = 0
    for french in sorted(I18N.glob("*_fr.ts")):
        counted = numerus_messages(french)
        if not counted:
            continue
        area = french.name.removesuffix("_fr.ts")
        for language in ("en", "nl"):
            other = I18N / f"{area}_{language}.ts"
            assert other.exists(), f"{other.name} missing: run translations update"
            forms = numerus_messages(other)
            for key in counted:
                assert forms.get(key) == 2, f"{other.name} {key}: plural forms missing"
                checked += 1
        assert set(counted.values()) == {2}, f"{french.name}: plural forms missing"
    assert checked > 0
