"""A table of input widgets (one per cell) that the Tab key walks through and then leaves.

Qt's tables go round: Tab from the last cell lands on the first one again, so a form with
such a table traps the keyboard there (the person's form could not be left for the sectors,
the availability and the rest without the mouse).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget


class CellWidgetTable(QTableWidget):
    """Tab goes through the cells' widgets, then on to the next input of the form; Shift+Tab
    from the first cell goes back to the input before the table."""

    def focusNextPrevChild(self, next: bool) -> bool:
        focused = QApplication.focusWidget()
        cells = [widget for row in range(self.rowCount()) for column in range(self.columnCount())
                 if (widget := self.cellWidget(row, column)) is not None]
        edge = (cells[-1] if next else cells[0]) if cells else None
        leaving = (edge is None or edge is focused
                   or (focused is not None and edge.isAncestorOf(focused))
                   or (not next and focused is self))
        if leaving:
            target = self._outside(next)
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason if next
                                else Qt.FocusReason.BacktabFocusReason)
                return True
        return super().focusNextPrevChild(next)

    def _outside(self, forward: bool) -> QWidget | None:
        """The first input outside the table, after it (or before it) in the Tab order."""
        widget: QWidget = self
        while True:
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if widget is self:
                return None
            if self.isAncestorOf(widget):
                continue
            tab = Qt.FocusPolicy.TabFocus
            if (widget.focusPolicy() & tab) == tab and widget.isVisible() \
                    and widget.isEnabled():
                return widget
