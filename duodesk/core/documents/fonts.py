"""The embedded Unicode font of every printed document.

reportlab's built-in Helvetica only covers Latin-1, so names such as Şükrü, Łukasz or Nguyễn
would print as black boxes. DejaVu Sans (Bitstream Vera licence, shipped with its licence in
``resources/fonts/``) covers them; reportlab embeds the subset it uses in each PDF.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from duodesk.paths import resource_path

_FILES = {
    "DuoDeskSans": "DejaVuSans.ttf",
    "DuoDeskSans-Bold": "DejaVuSans-Bold.ttf",
    "DuoDeskSans-Italic": "DejaVuSans-Oblique.ttf",
}


@dataclass(frozen=True)
class FontNames:
    """The reportlab font names to use after :func:`register_fonts`."""

    regular: str
    bold: str
    italic: str


_lock = threading.Lock()
_registered: FontNames | None = None


def register_fonts() -> FontNames:
    """Register the shipped TTF fonts with reportlab once per process and return their names.

    Parsing a TTF takes tens of milliseconds, so the result is cached; the lock keeps a
    worker thread and the GUI thread from registering twice at the same time.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            for name, file_name in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
            # The family mapping lets <b> and <i> in Paragraph markup pick the right face.
            addMapping("DuoDeskSans", 0, 0, "DuoDeskSans")
            addMapping("DuoDeskSans", 1, 0, "DuoDeskSans-Bold")
            addMapping("DuoDeskSans", 0, 1, "DuoDeskSans-Italic")
            addMapping("DuoDeskSans", 1, 1, "DuoDeskSans-Bold")
            _registered = FontNames(
                regular="DuoDeskSans", bold="DuoDeskSans-Bold", italic="DuoDeskSans-Italic"
            )
    return _registered
