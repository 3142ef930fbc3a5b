"""The French and Dutch translations keep the programme's one vocabulary
(docs/translations.md): mentee, never "mentoré"; a meeting is a "rencontre" / "ontmoeting";
Dutch says "mentors" and "je"; one apostrophe. A word from another vocabulary fails here with
the message that carries it, so that it does not creep back screen by screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from duodesk.devtools import translations

# (language, pattern, what to say instead)
FORBIDDEN = [
    ("fr", r"\bmentor[ée]e?s?\b", "mentee"),
    ("fr", r"\brendez-vous\b", "rencontre"),
    ("fr", r"\w’\w", "the straight apostrophe (')"),
    ("fr", r"[“”]", "« guillemets »"),
    ("fr", r"\bprescripteurs?\b", "orienteur (France's word is prescripteur)"),
    ("nl", r"\bafspra(ak|ken)\b", "ontmoeting"),
    ("nl", r"\bmentoren\b", "mentors"),
    ("nl", r"\bhoofdkantoor\b", "hoofdzetel"),
    ("nl", r"\b[Uu]w?\b(?! \{)", "je / jouw"),
    ("nl", r"[“”]", "‘…’"),
]


def texts(language: str, folder: Path = translations.I18N) -> list[tuple[str, str, str]]:
    """(file, source, translation) of every message of ``language``, plural forms included."""
    found = []
    for ts in sorted(folder.glob(f"*_{language}.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                found.append((ts.name, message.findtext("source") or "", text))
    return found


@pytest.mark.parametrize(("language", "pattern", "instead"), FORBIDDEN)
def test_the_translations_keep_the_programmes_vocabulary(
        language: str, pattern: str, instead: str) -> None:
    # "{hours} u" is the Flemish abbreviation of "uur", not the pronoun.
    wrong = [(file, source, text) for file, source, text in texts(language)
             if re.search(pattern, text) and not re.fullmatch(r"\{hours\} u( \{.*\})?", text)]
    assert wrong == [], f"say {instead}:\n" + "\n".join(f"{f}: {t!r}" for f, _s, t in wrong)


def test_the_vocabulary_check_catches_a_stray_word(tmp_path: Path) -> None:
    (tmp_path / "x_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr"><context>'
        "<name>A</name><message><source>3 mentees</source>"
        "<translation>3 mentorés</translation></message></context></TS>", encoding="utf-8")
    assert [text for _f, _s, text in texts("fr", tmp_path)
            if re.search(FORBIDDEN[0][1], text)] == ["3 mentorés"]
