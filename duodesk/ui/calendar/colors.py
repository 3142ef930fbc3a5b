"""The colour and the mark of each kind of meeting in the calendar's views.

Every kind has one hue, mixed with the palette's own base colour so that the same event reads
well on a light and on a dark palette; colour is never the only cue: each kind also has its
own shape (circle, diamond, square…) painted beside the event, shown in the kinds' filter
buttons as a legend, and the kind's name is in every tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPixmap, QPolygonF

from duodesk.core.codes import MeetingKind

# Hues chosen far apart on the wheel and of similar weight, so that no kind shouts.
KIND_HUES: dict[str, str] = {
    MeetingKind.DUO_MEETING: "#2f6fdb",
    MeetingKind.FOLLOW_UP: "#1e9a6c",
    MeetingKind.INTAKE: "#8a4fd1",
    MeetingKind.INFO_SESSION: "#d9731a",
    MeetingKind.INTERVISION: "#c73f7a",
    MeetingKind.WORKSHOP: "#9c7c10",
}
FALLBACK_HUE = "#7a7a7a"
KINDS: tuple[str, ...] = tuple(KIND_HUES)


@dataclass(frozen=True)
class EventColours:
    """How one event is painted: its background, its accent (bar, border, mark) and text."""

    fill: QColor
    accent: QColor
    text: QColor


def is_dark(palette: QPalette) -> bool:
    """True for a dark palette (light text on a dark base)."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def _mix(first: QColor, second: QColor, share_of_second: float) -> QColor:
    keep = 1.0 - share_of_second
    return QColor.fromRgbF(first.redF() * keep + second.redF() * share_of_second,
                           first.greenF() * keep + second.greenF() * share_of_second,
                           first.blueF() * keep + second.blueF() * share_of_second)


def kind_hue(kind: str) -> QColor:
    return QColor(KIND_HUES.get(kind, FALLBACK_HUE))


_made: dict[tuple[str, bool, int], EventColours] = {}


def colours_for(kind: str, palette: QPalette, *, muted: bool = False) -> EventColours:
    """The colours of an event of ``kind`` on ``palette``; ``muted`` for a cancelled or
    past-and-done event, which steps back without disappearing. Made once per palette (a
    month view asks for them a thousand times a paint)."""
    key = (kind, muted, palette.cacheKey())
    if (found := _made.get(key)) is None:
        if len(_made) > 256:  # palettes come and go (themes, tests): keep it small
            _made.clear()
        found = _made[key] = _colours(kind, palette, muted)
    return found


def _colours(kind: str, palette: QPalette, muted: bool) -> EventColours:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    hue = kind_hue(kind)
    if is_dark(palette):
        # On dark, a light accent and a deep tint keep the text (light) readable.
        accent = _mix(hue, QColor("white"), 0.25)
        fill = _mix(hue, base, 0.62)
    else:
        accent = hue
        fill = _mix(hue, base, 0.80)
    if muted:
        fill = _mix(fill, base, 0.55)
        accent = _mix(accent, base, 0.45)
        text = _mix(text, base, 0.35)
    return EventColours(fill, accent, text)


def kind_shape(kind: str, rect: QRectF) -> QPainterPath:
    """The kind's own shape inside ``rect``: the cue that does not depend on colour."""
    path = QPainterPath()
    c, r = rect.center(), min(rect.width(), rect.height()) / 2
    if kind == MeetingKind.DUO_MEETING:
        path.addEllipse(c, r, r)
    elif kind == MeetingKind.FOLLOW_UP:
        path.addPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                                   QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())]))
    elif kind == MeetingKind.INTAKE:
        side = r * 0.85
        path.addRect(QRectF(c.x() - side, c.y() - side, 2 * side, 2 * side))
    elif kind == MeetingKind.INFO_SESSION:
        path.addPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y() + r),
                                   QPointF(c.x() - r, c.y() + r)]))
    elif kind == MeetingKind.INTERVISION:
        path.addPolygon(QPolygonF([QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() - r),
                                   QPointF(c.x(), c.y() + r)]))
    else:  # workshop and anything new: a plus sign
        arm = r * 0.38
        path.addRect(QRectF(c.x() - arm, c.y() - r, 2 * arm, 2 * r))
        path.addRect(QRectF(c.x() - r, c.y() - arm, 2 * r, 2 * arm))
        path.setFillRule(Qt.FillRule.WindingFill)
    path.closeSubpath()
    return path


def paint_kind_mark(painter: QPainter, rect: QRectF, kind: str, colour: QColor) -> None:
    """Paint the kind's shape, filled with ``colour``, inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(kind_shape(kind, rect))
    painter.restore()


def kind_icon(kind: str, palette: QPalette, size: int = 14) -> QIcon:
    """The kind's mark in its colour, for buttons and lists (the legend)."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: sharp on HiDPI screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_kind_mark(painter, QRectF(1, 1, size - 2, size - 2), kind,
                    colours_for(kind, palette).accent)
    painter.end()
    return QIcon(pixmap)
