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
