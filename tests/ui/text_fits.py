"""Finds the texts a window cuts: a label, button, check box, tab, group title or column
header whose text (measured with the widget's own font, QFontMetrics.horizontalAdvance) is
wider than the space the widget gives it.

A widget that shortens its text on purpose (an ellipsis drawn by its own paint code, a
column that only fits a date) says so with the dynamic property ``ELIDED_ON_PURPOSE``:
``widget.setProperty("elidedOnPurpose", True)``. Word-wrapped labels and rich text wrap
and are not measured on one line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

ELIDED_ON_PURPOSE = "elidedOnPurpose"


@dataclass(frozen=True)
class Cut:
    """One text that does not fit: where, what, how wide it is and how wide its room."""

    where: str
    text: str
    needed: int
    given: int

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.needed} px, has {self.given}"


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and not _on_purpose(widget)


def _on_purpose(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(ELIDED_ON_PURPOSE):
            return True
        widget = widget.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> Cut | None:
    text = label.text()
    if (not text or label.wordWrap() or GuiQt.mightBeRichText(text)
            or label.textFormat() == Qt.TextFormat.RichText):
        return None
    if label.buddy() is not None:
        text = _plain(text)  # "&Langue :" shows as "Langue :", its L underlined
    metrics = QFontMetrics(label.font())
    needed = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if needed > room:
        return Cut(_name(label), text, needed, room)
    return None


def _button(button: QAbstractButton) -> Cut | None:
    text = _plain(button.text())
    if not text:
        return None
    metrics = QFontMetrics(button.font())
    needed = metrics.horizontalAdvance(text)
    if isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(button)
        indicator = button.style().pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option, button)
        spacing = button.style().pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, button)
        room = button.contentsRect().width() - indicator - spacing
    elif isinstance(button, QPushButton):
        # The style draws the text inside the bevel: what the button asks for is its hint.
        if button.width() < button.minimumSizeHint().width():
            return Cut(_name(button), text, button.minimumSizeHint().width(), button.width())
        return None
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        if button.width() < button.sizeHint().width():
            return Cut(_name(button), text, button.sizeHint().width(), button.width())
        return None
    else:
        room = button.contentsRect().width()
    if needed > room:
        return Cut(_name(button), text, needed, room)
    return None


def _tabs(bar: QTabBar) -> list[Cut]:
    cuts = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        wanted = bar.tabSizeHint(index).width()
        given = bar.tabRect(index).width()
        if given < wanted:
            cuts.append(Cut(_name(bar), _plain(bar.tabText(index)), wanted, given))
    return cuts


def _group(box: QGroupBox) -> Cut | None:
    text = _plain(box.title())
    if not text:
        return None
    needed = QFontMetrics(box.font()).horizontalAdvance(text) + 16  # the frame's indent
    if needed > box.width():
        return Cut(_name(box), text, needed, box.width())
    return None


def _header(header: QHeaderView) -> list[Cut]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    metrics = QFontMetrics(header.font())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    if not horizontal:
        return []
    count = model.columnCount(header.rootIndex())
    stretch_last = header.stretchLastSection()
    cuts = []
    for section in range(count):
        if header.isSectionHidden(section) or (stretch_last and section == count - 1):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        lines = str(text).splitlines()
        needed = max(metrics.horizontalAdvance(line) for line in lines) + margin
        given = header.sectionSize(section)
        if needed > given:
            cuts.append(Cut(_name(header), str(text), needed, given))
    return cuts


def cut_texts(window: QWidget) -> list[Cut]:
    """Every text of ``window`` (and its visible children) that is wider than its room."""
    cuts: list[Cut] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        found: Cut | None = None
        if isinstance(widget, QLabel):
            found = _label(widget)
        elif isinstance(widget, QAbstractButton):
            found = _button(widget)
        elif isinstance(widget, QGroupBox):
            found = _group(widget)
        elif isinstance(widget, QTabBar):
            cuts += _tabs(widget)
        elif isinstance(widget, QAbstractItemView):
            for header in widget.findChildren(QHeaderView):
                if header.parentWidget() is widget and _shown(header):
                    cuts += _header(header)
        if found is not None:
            cuts.append(found)
    return cuts
