"""The table view of every list: whole-row selection, SQL sorting by header click, a
header menu to choose the columns (remembered per table), Enter or double-click to open.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from duodesk.ui.tables.lazy_model import LazyTableModel


class RecordTable(QTableView):
    """A table over a :class:`LazyTableModel`; emits ``opened(id)`` when a row is opened."""

    opened = Signal(object)

    def __init__(self, model: LazyTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self._on_columns_changed: Callable[[list[str]], None] | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._body_menu)
        self.doubleClicked.connect(self._open_index)

    # --- columns ---------------------------------------------------------------------------
    def set_visible_columns(self, keys: Sequence[str] | None) -> None:
        """Show these columns (all default ones when ``keys`` is None)."""
        for number, column in enumerate(self._model.columns):
            visible = column.visible_by_default if keys is None else column.key in keys
            self.setColumnHidden(number, not visible)

    def visible_columns(self) -> list[str]:
        return [column.key for number, column in enumerate(self._model.columns)
                if not self.isColumnHidden(number)]

    def on_columns_changed(self, callback: Callable[[list[str]], None]) -> None:
        self._on_columns_changed = callback

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setTitle(QCoreApplication.translate("RecordTable", "Columns"))
        for number, column in enumerate(self._model.columns):
            action = QAction(column.title(), menu)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(number))
            action.toggled.connect(lambda shown, n=number: self._toggle(n, shown))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self._export_action(menu))
        menu.popup(self.horizontalHeader().mapToGlobal(position))

    def _body_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self._export_action(menu))
        menu.popup(self.viewport().mapToGlobal(position))

    def _export_action(self, menu: QMenu) -> QAction:
        # Imported when a menu opens: the Excel writer is not needed to show a list.
        from duodesk.ui.tables.export import export_action

        return export_action(self, menu)

    def _toggle(self, number: int, shown: bool) -> None:
        if not shown and len(self.visible_columns()) <= 1:
            return  # keep at least one column
        self.setColumnHidden(number, not shown)
        if self._on_columns_changed is not None:
            self._on_columns_changed(self.visible_columns())

    # --- opening -------------------------------------------------------------------------------
    def selected_ids(self) -> list[Hashable]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self._model.id_at(row) for row in rows]

    def current_id(self) -> Hashable | None:
        index = self.currentIndex()
        return self._model.id_at(index.row()) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self._model.id_at(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)
