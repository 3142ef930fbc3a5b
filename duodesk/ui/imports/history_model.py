"""The import history as a table model (SPEC §5.5): one row per partner file imported,
newest first, with its counts and, once undone, when.

The model holds the plain :class:`ImportHistoryEntry` values the import service returns and
is reloaded whole after an import or an undo (a history holds tens of lines, not thousands).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from duodesk.core.imports.plan import ImportHistoryEntry
from duodesk.ui import formats

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def local_moment(moment: datetime | None) -> str:
    """A UTC moment as the user reads it: local time, in the language's short format."""
    if moment is None:
        return ""
    local = moment.astimezone()  # the computer's time zone (Brussels for the coordinators)
    return formats.datetime_text(local)


def _title(column: int) -> str:
    translate = QCoreApplication.translate
    titles = (
        translate("ImportHistory", "File"),
        translate("ImportHistory", "Partner"),
        translate("ImportHistory", "Imported on"),
        translate("ImportHistory", "Coordinator"),
        translate("ImportHistory", "Rows"),
        translate("ImportHistory", "Imported"),
        translate("ImportHistory", "Merged"),
        translate("ImportHistory", "Skipped"),
        translate("ImportHistory", "Rejected"),
        translate("ImportHistory", "Undone on"),
    )
    return titles[column]


class ImportHistoryModel(QAbstractTableModel):
    """The imports of the database, as :meth:`ImportService.history` lists them."""

    FILE, PARTNER, IMPORTED_ON, COORDINATOR, ROWS, IMPORTED, MERGED, SKIPPED, REJECTED, \
        UNDONE_ON = range(10)
    COUNTS = (ROWS, IMPORTED, MERGED, SKIPPED, REJECTED)

    def __init__(self, entries: Sequence[ImportHistoryEntry] = ()) -> None:
        super().__init__()
        self._entries = list(entries)

    def set_entries(self, entries: Sequence[ImportHistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ImportHistoryEntry:
        return self._entries[row]

    def row_of(self, batch_id: object) -> int:
        return next((i for i, e in enumerate(self._entries) if e.batch_id == batch_id), -1)

    def retranslate(self) -> None:
        """Headers and dates in the new language."""
        if self._entries:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._entries) - 1, self.UNDONE_ON))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.UNDONE_ON)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 10:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _title(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and entry.undone_at is not None:
            # An undone import is history only: shown dimmed, its date says why.
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FILE:
            return entry.file_name if not entry.sheet else f"{entry.file_name} — {entry.sheet}"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PARTNER:
            return entry.partner_name or None
        return None

    def _counts(self, entry: ImportHistoryEntry) -> dict[int, int]:
        return {self.ROWS: entry.rows, self.IMPORTED: entry.imported,
                self.MERGED: entry.merged, self.SKIPPED: entry.skipped,
                self.REJECTED: entry.rejected}

    def _display(self, entry: ImportHistoryEntry, column: int) -> Any:
        counts = self._counts(entry)
        if column in counts:
            return formats.number_text(counts[column])
        if column == self.FILE:
            return entry.file_name
        if column == self.PARTNER:
            return entry.partner_name or ""
        if column == self.IMPORTED_ON:
            return local_moment(entry.imported_at)
        if column == self.COORDINATOR:
            return entry.coordinator_name or ""
        if column == self.UNDONE_ON:
            return local_moment(entry.undone_at)
        return None

    def _sort_value(self, entry: ImportHistoryEntry, column: int) -> Any:
        if column == self.IMPORTED_ON:
            return entry.imported_at.timestamp()
        if column == self.UNDONE_ON:
            return entry.undone_at.timestamp() if entry.undone_at else 0.0
        if column in self.COUNTS:
            return self._counts(entry)[column]
        return formats.sort_key(str(self._display(entry, column) or ""))
