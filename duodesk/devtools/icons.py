"""Draws the program's icon (the two interlaced rings of the documents' logo on a white
tile) and writes it in the formats the desktop build needs.

``python -m duodesk.devtools.icons`` writes ``resources/icons/duodesk.png`` (256 px: the
window icon and the Linux desktop entry), ``duodesk.ico`` (Windows: 16 to 256 px) and
``duodesk.icns`` (macOS). The files are committed; run it again only to change the drawing.
Qt paints the picture (no font, so no display is needed); Pillow, which reportlab already
brings, writes the .ico and .icns containers.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
# The colours of resources/documents/logo.png.
BLUE = QColor(31, 94, 120)
ORANGE = QColor(230, 126, 34)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = 256) -> QImage:
    """The icon as a ``size`` × ``size`` image with a transparent margin."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = size / 256
    painter.scale(scale, scale)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("white")))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    # Thick rings: at 16 px each stroke must still be a pixel or more wide.
    left, right = QRectF(30, 70, 116, 116), QRectF(110, 70, 116, 116)
    width = 26
    for rect, colour in ((left, BLUE), (right, ORANGE)):
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    # Interlaced: the blue ring passes over the orange one at the bottom crossing.
    clip = QPainterPath()
    clip.addRect(QRectF(110, 128, 50, 70))
    painter.setClipPath(clip)
    painter.setPen(QPen(BLUE, width))
    painter.drawEllipse(left)
    painter.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_icons(folder: Path = ICONS) -> list[Path]:
    """Write the PNG, ICO and ICNS files into ``folder``; return their paths."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    big = Image.open(io.BytesIO(_png_bytes(draw(1024)))).convert("RGBA")
    png, ico, icns = (folder / f"duodesk.{ext}" for ext in ("png", "ico", "icns"))
    big.resize((256, 256), Image.Resampling.LANCZOS).save(png)
    big.save(ico, sizes=ICO_SIZES)
    big.save(icns)
    return [png, ico, icns]


if __name__ == "__main__":
    for path in write_icons():
        print(path.relative_to(ROOT))
