"""The embedded font registers once and prints names in every script the mentees bring."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from duodesk.core.documents.fonts import register_fonts
from duodesk.paths import resource_path


def test_font_files_and_licence_are_shipped() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert resource_path("fonts", name).stat().st_size > 100_000
    assert "Bitstream" in resource_path("fonts", "LICENSE-DejaVu.txt").read_text()


def test_register_fonts_is_cached_and_embeds_unicode(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    fonts = register_fonts()
    assert register_fonts() is fonts
    out = tmp_path / "names.pdf"
    canvas = Canvas(str(out))
    names = "Şükrü Yılmaz — Łukasz Wiśniewski — Nguyễn Thị Ánh — Ioana Țurcanu — Ağaoğlu"
    canvas.setFont(fonts.regular, 11)
    canvas.drawString(50, 700, names)
    canvas.setFont(fonts.bold, 11)
    canvas.drawString(50, 680, "Ğ")
    canvas.save()
    data = out.read_bytes()
    assert b"/FontFile2" in data
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, check=True, text=True
    ).stdout
    for part in ("Şükrü", "Yılmaz", "Łukasz", "Nguyễn", "Țurcanu", "Ağaoğlu"):
        assert part in text
