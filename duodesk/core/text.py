"""Text helpers shared by the core: accent folding for sorting and searching."""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not decompose into a base letter and a mark.
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d",
                          "ı": "i", "þ": "th", "Æ": "ae", "Œ": "oe", "Ø": "o", "Ł": "l",
                          "Đ": "d"})


def fold(text: str | None) -> str:
    """Return ``text`` case-folded with its accents removed (``"Şükrü"`` → ``"sukru"``)."""
    if not text:
        return ""
    if text.isascii():  # nothing to decompose or translate: most names, every email
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def name_sort_key(last_name: str | None, first_name: str | None) -> str:
    """The stored sort key of a person: last name then first name, accents folded."""
    return f"{fold(last_name)}\x1f{fold(first_name)}"
