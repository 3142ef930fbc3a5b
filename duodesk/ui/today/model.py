"""The Today list as a two-level Qt model: one group per kind of item (most urgent first,
with its count), the items under it. Texts are made when a row is shown, so ten thousand
waiting mentees cost nothing until scrolled to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from duodesk.core.services.duo_data import TodayItem, TodayKind
from duodesk.ui.today import texts

Index = QModelIndex | QPersistentModelIndex

# internalId of a group row; an item row carries its group's number + 1.
_GROUP = 0
LATE_COLOUR = QColor("#b3261e")

COLUMN_WHO, COLUMN_WHAT, COLUMN_DATE = range(3)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TodayModel(QAbstractItemModel):
    """Groups of Today items. ``ItemRole`` gives an item row's :class:`TodayItem` (None on a
    group row); ``KindRole`` the kind of either."""

    ItemRole = int(Qt.ItemDataRole.UserRole) + 1
    KindRole = int(Qt.ItemDataRole.UserRole) + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[TodayKind, list[TodayItem]]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: Sequence[TodayItem]) -> None:
        """Show ``items`` (most urgent first, as the service orders them)."""
        groups: dict[TodayKind, list[TodayItem]] = {}
        for item in items:
            groups.setdefault(item.kind, []).append(item)
        order = list(TodayKind)
        self.beginResetModel()
        self._groups = sorted(groups.items(), key=lambda group: order.index(group[0]))
        self.endResetModel()

    def groups(self) -> list[tuple[TodayKind, int]]:
        """The kinds shown and their counts, in order."""
        return [(kind, len(items)) for kind, items in self._groups]

    def item_count(self) -> int:
        return sum(len(items) for _kind, items in self._groups)

    def group_index(self, kind: TodayKind) -> QModelIndex:
        for row, (shown, _items) in enumerate(self._groups):
            if shown == kind:
                return self.index(row, 0)
        return QModelIndex()

    def find(self, key: tuple[Any, ...]) -> QModelIndex:
        """The item whose :func:`item_key` is ``key``, or an invalid index."""
        for group_row, (_kind, items) in enumerate(self._groups):
            for row, item in enumerate(items):
                if item_key(item) == key:
                    return self.index(row, 0, self.index(group_row, 0))
        return QModelIndex()

    # --- the model's interface -------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 3 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP) if row < len(self._groups) \
                else QModelIndex()
        if parent.internalId() != _GROUP or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if group >= len(self._groups) or row >= len(self._groups[group][1]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("TodayPage", "Who"),
                QCoreApplication.translate("TodayPage", "What to do"),
                QCoreApplication.translate("TodayPage", "Date"))[section] \
            if 0 <= section < 3 else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every row when a group opens: one constant, not an enum sum each time.
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        kind, items = self._groups[index.internalId() - 1]
        item = items[index.row()]
        if role == self.ItemRole:
            return item
        if role == self.KindRole:
            return kind.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == COLUMN_WHO:
                return texts.who_text(item)
            if index.column() == COLUMN_WHAT:
                return texts.what_text(item)
            return texts.short_day(item.due)
        if role == Qt.ItemDataRole.ForegroundRole and kind in texts.LATE_KINDS \
                and index.column() == COLUMN_DATE:
            return QBrush(LATE_COLOUR)
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        kind, items = self._groups[index.row()]
        if role == self.KindRole:
            return kind.value
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # A count item (files due for anonymisation) counts the files, not itself.
            count = items[0].count if len(items) == 1 and items[0].count else len(items)
            return texts.group_title(kind, count)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and kind in texts.LATE_KINDS:
            return QBrush(LATE_COLOUR)
        return None

    def retranslate(self) -> None:
        """Texts follow the language: every row is shown again, the selection kept."""
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)


def item_key(item: TodayItem) -> tuple[Any, ...]:
    """What identifies an item across readings (to keep the selection on a refresh)."""
    return (item.kind, item.person_id, item.duo_id, item.meeting_id)
