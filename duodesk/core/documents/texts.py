"""The words of the printed documents, one JSON file per document and language under
``resources/documents/`` (``agreement_fr.json``…), so that the organisation can edit them
without touching code. Read once per process: printing 200 agreements parses each file once.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from typing import Any

from duodesk.core.errors import InvalidValue
from duodesk.paths import resource_path

LANGUAGES = ("fr", "nl", "en")


def check_language(language: str) -> str:
    """``language`` if the documents exist in it; else ``InvalidValue`` (field ``language``)."""
    value = (language or "").strip().lower()
    if value not in LANGUAGES:
        raise InvalidValue(field="language", reason="unknown_language")
    return value


@cache
def document_texts(document: str, language: str) -> dict[str, Any]:
    """The texts of ``document`` (``agreement``, ``sheets``) in ``language``; cached."""
    path = resource_path("documents", f"{document}_{check_language(language)}.json")
    with path.open(encoding="utf-8") as handle:
        texts: dict[str, Any] = json.load(handle)
    return texts


def format_date(day: date, language: str) -> str:
    """``day`` as a Belgian reader writes it: "3 mars 2026", "3 maart 2026", "3 March 2026"."""
    months = document_texts("sheets", language)["months"]
    return f"{day.day} {months[day.month - 1]} {day.year}"
