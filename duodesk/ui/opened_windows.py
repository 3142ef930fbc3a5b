"""The windows opened from the main window (persons' files, duos' windows): found, and
closed one by one before the main window closes or its database is replaced, each asking
about its own unsaved changes through its ``closeEvent``.

The windows are found through Qt's parentage rather than the program's lists of them: a new
person's file has no id to be listed under, and a window opened from another window (a
duo's window from a person's file) is parented to that one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def opened_from(main: QWidget) -> list[QWidget]:
    """The windows on screen whose parent chain leads to ``main`` (dialogs excluded: a
    modal one is answered before anything else can be done)."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if (widget is main or not widget.isVisible()
                or widget.windowType() != Qt.WindowType.Window):
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not main:
            parent = parent.parentWidget()
        if parent is main:
            found.append(widget)
    return found


def close_opened_from(main: QWidget) -> bool:
    """Close every window opened from ``main``; False as soon as one stays open (its
    unsaved changes kept at the user's word). A window with unsaved changes (``dirty``) is
    brought to the front first, so that its question is asked beside what it is about."""
    for window in opened_from(main):
        if not window.isVisible():  # closed with the one before it
            continue
        if getattr(window, "dirty", False):
            window.raise_()
            window.activateWindow()
        if not window.close():
            return False
    return True
