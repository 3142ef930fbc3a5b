"""Keeps the ``.ts`` translation sources in step with the code.

``python -m duodesk.devtools.translations update`` runs Qt's lupdate for every area of
``resources/i18n/areas.json`` and French and Dutch, and for English the counted messages only
(``%Ln rows``: English needs its "1 row" too); ``check`` lists unfinished messages and
placeholders that a translation lost. The wheel build compiles the ``.ts`` files to ``.qm``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TARGET_LANGUAGES = ("fr", "nl")
# English is the source language: its file holds only the plural forms of counted messages.
PLURAL_ONLY_LANGUAGES = ("en",)
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|%L?n")


def areas() -> dict[str, list[str]]:
    data = json.loads((I18N / "areas.json").read_text(encoding="utf-8"))
    return {name: globs for name, globs in data.items() if not name.startswith("_")}


def sources(globs: list[str]) -> list[Path]:
    found: set[Path] = set()
    for pattern in globs:
        found.update(ROOT.glob(pattern))
    return sorted(found)


def _is_pattern(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def area_sources() -> dict[str, list[Path]]:
    """The source files of each area. A file that an area names exactly (no wildcard)
    belongs to that area only, so that a feature's own strings are translated in its own
    ``.ts`` files and not a second time in those of a wider pattern (``duodesk/*.py``)."""
    declared = areas()
    claimed = {ROOT / name for globs in declared.values() for name in globs
               if not _is_pattern(name)}
    return {area: [path for path in sources(globs)
                   if path not in claimed or str(path.relative_to(ROOT)) in globs]
            for area, globs in declared.items()}


def update(folder: Path = I18N,
           languages: tuple[str, ...] = TARGET_LANGUAGES + PLURAL_ONLY_LANGUAGES) -> None:
    """Bring the ``.ts`` files of ``folder`` in step with the sources (lupdate merges)."""
    for area, paths in area_sources().items():
        files = [str(path.relative_to(ROOT)) for path in paths]
        for language in languages:
            ts = folder / f"{area}_{language}.ts"
            plural_only = ["-pluralonly"] if language in PLURAL_ONLY_LANGUAGES else []
            subprocess.run(
                [sys.executable, "-c",
                 "import sys; from PySide6.scripts.pyside_tool import lupdate; "
                 "sys.argv[0] = 'lupdate'; sys.exit(lupdate())",
                 "-no-obsolete", "-locations", "none", *plural_only,
                 "-target-language", language, *files, "-ts", str(ts)],
                check=True, cwd=ROOT,
            )
            if plural_only and not _has_messages(ts):
                ts.unlink()  # an area that counts nothing needs no English file


def _has_messages(ts: Path) -> bool:
    return ET.parse(ts).getroot().find(".//message") is not None


@dataclass(frozen=True)
class Problem:
    file: str
    context: str
    source: str
    issue: str


def check(folder: Path = I18N) -> list[Problem]:
    """Unfinished, empty or placeholder-losing messages in every ``.ts`` file."""
    problems = []
    for ts in sorted(folder.glob("*.ts")):
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else None
                if kind in ("obsolete", "vanished"):
                    continue
                texts = _texts(message)
                if kind == "unfinished" or not texts or not all(texts):
                    problems.append(Problem(ts.name, name, source, "unfinished"))
                elif any(sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
                         for text in texts):
                    problems.append(Problem(ts.name, name, source, "placeholders"))
    return problems


def _texts(message: ET.Element) -> list[str]:
    """The translation of a message: its one text, or each plural form of a counted one
    (every form keeps the count: "%Ln mentee", "%Ln mentees")."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text] if translation.text else []


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["check"]:
        problems = check()
        for problem in problems:
            print(f"{problem.file}: [{problem.context}] {problem.source!r}: {problem.issue}")
        return 1 if problems else 0
    print("usage: python -m duodesk.devtools.translations update|check")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
