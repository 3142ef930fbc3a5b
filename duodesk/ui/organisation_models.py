"""Table models of the Settings page: coordinators and antennas.

Each model holds the plain views returned by :class:`OrganisationService`, answers
:data:`SORT_ROLE` with a native sort value (names with accents folded) and :data:`ROW_ROLE`
with the row's view, and is reloaded whole after a change (the lists are short).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from duodesk.core.services.organisation import AntennaView, CoordinatorView
from duodesk.core.text import fold

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class CoordinatorTableModel(QAbstractTableModel):
    """The coordinators of the database, active and inactive."""

    NAME, EMAIL, ANTENNA, STATUS = range(4)

    def __init__(self, rows: Sequence[CoordinatorView] = ()) -> None:
        super().__init__()
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[CoordinatorView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, coordinator_id: object) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == coordinator_id), -1)

    def coordinator(self, row: int) -> CoordinatorView:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            if column == self.EMAIL:
                return row.email or ""
            if column == self.ANTENNA:
                return row.antenna_code or ""
            if column == self.STATUS:
                return (QCoreApplication.translate("Coordinators", "Active") if row.active
                        else QCoreApplication.translate("Coordinators", "Inactive"))
        if role == SORT_ROLE:
            if column == self.NAME:
                return fold(row.name)
            if column == self.EMAIL:
                return row.email or ""
            if column == self.ANTENNA:
                return row.antenna_code or ""
            if column == self.STATUS:
                return 0 if row.active else 1
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("Coordinators", "Name"),
            QCoreApplication.translate("Coordinators", "Email"),
            QCoreApplication.translate("Coordinators", "Antenna"),
            QCoreApplication.translate("Coordinators", "Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        """Headers and the status column follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.STATUS),
                                  self.index(len(self._rows) - 1, self.STATUS),
                                  [Qt.ItemDataRole.DisplayRole])


class AntennaTableModel(QAbstractTableModel):
    """The antennas known to the database."""

    CODE, NAME = range(2)

    def __init__(self, rows: Sequence[AntennaView] = ()) -> None:
        super().__init__()
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[AntennaView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def antenna(self, row: int) -> AntennaView:
        return self._rows[row]

    def row_of(self, antenna_id: object) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == antenna_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return row.code if index.column() == self.CODE else row.name
        if role == SORT_ROLE:
            return row.code if index.column() == self.CODE else fold(row.name)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("Antennas", "Code"),
                  QCoreApplication.translate("Antennas", "Name"))
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
