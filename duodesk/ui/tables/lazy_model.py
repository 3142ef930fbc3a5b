"""A table model for 100,000 rows: it holds only the ordered ids and fetches the rows of a
page when the view first shows them; sorting and filtering happen in SQL (the source's
``ids`` query), never in a proxy model (a QSortFilterProxyModel over 100,000 rows took
315 ms a keystroke here).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


_ROW = int(Qt.ItemDataRole.UserRole) + 1
_ID = int(Qt.ItemDataRole.UserRole) + 2
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
                       _ALIGNMENT, _ROW, _ID})


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class Column:
    """One column: a stable key (saved choices, SQL sort), a translated title and a value."""

    key: str
    title: Callable[[], str]
    value: Callable[[Any], Any]
    sortable: bool = True
    align_right: bool = False
    visible_by_default: bool = True


class RowSource(Protocol):
    """Where the rows come from: ordered ids for a sort, and the rows of some ids."""

    def ids(self, sort_key: str | None, descending: bool) -> Sequence[Hashable]: ...

    def rows(self, ids: Sequence[Hashable]) -> Sequence[Any]: ...


class LazyTableModel(QAbstractTableModel):
    """Rows fetched a page at a time by id; the rows must have an ``id`` attribute."""

    RowRole = _ROW
    IdRole = _ID

    PAGE = 64  # about two screens of rows: a keystroke fetches no more than it shows
    CACHE_LIMIT = 5000

    def __init__(self, columns: Sequence[Column], source: RowSource, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._source = source
        self._ids: list[Hashable] = []
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._sort_key: str | None = None
        self._descending = False
        self._texts: dict[Hashable, tuple[str | None, ...]] = {}
        self._alignments = [
            int((Qt.AlignmentFlag.AlignRight if column.align_right
                 else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
            for column in self.columns]

    # --- loading ---------------------------------------------------------------------------
    def set_source(self, source: RowSource) -> None:
        """Show another selection (new filters or search) with the current sort."""
        self._source = source
        self.reload()

    def set_ids(self, source: RowSource, ids: Sequence[Hashable]) -> None:
        """Show ``source`` with its ids already read (on a worker) for the current sort."""
        self._source = source
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self._texts.clear()
        self.endResetModel()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = list(self._source.ids(self._sort_key, self._descending))
        self._cache.clear()
        self._texts.clear()
        self.endResetModel()

    def refresh_rows(self, ids: Sequence[Hashable]) -> None:
        """Fetch these rows again (after an edit) and tell the views."""
        wanted = [row_id for row_id in ids if row_id in self._cache]
        for row_id in wanted:
            del self._cache[row_id]
            self._texts.pop(row_id, None)
        positions = {row_id: n for n, row_id in enumerate(self._ids)}
        for row_id in ids:
            if row_id in positions:
                row = positions[row_id]
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(self.columns) - 1))

    def _row(self, position: int) -> Any:
        row_id = self._ids[position]
        row = self._cache.get(row_id)
        if row is None:
            start = position - position % self.PAGE
            page = [i for i in self._ids[start:start + self.PAGE] if i not in self._cache]
            for fetched in self._source.rows(page):
                self._cache[fetched.id] = fetched
            while len(self._cache) > self.CACHE_LIMIT:
                dropped, _row = self._cache.popitem(last=False)
                self._texts.pop(dropped, None)
            row = self._cache.get(row_id)
        return row

    # --- access -------------------------------------------------------------------------------
    @property
    def ids(self) -> list[Hashable]:
        return self._ids

    def id_at(self, row: int) -> Hashable:
        return self._ids[row]

    def row_of(self, row_id: Hashable) -> int:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def row_object(self, row: int) -> Any:
        return self._row(row)

    @property
    def source(self) -> RowSource:
        """Where the rows come from (an export reads every row through it, off the GUI
        thread, without filling the view's cache)."""
        return self._source

    @property
    def sort_key(self) -> str | None:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    # --- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks seven roles of each visible cell at every paint: the ones this model
        # does not answer are turned away first, and a row's texts are made once, not at
        # each paint (a keystroke in the search field repaints the whole table).
        if role not in _ANSWERED or not index.isValid():
            return None
        position = index.row()
        if not 0 <= position < len(self._ids):
            return None
        if role == _ID:
            return self._ids[position]
        if role == _ALIGNMENT:
            return self._alignments[index.column()]
        row = self._row(position)
        if row is None:  # deleted since the ids were read
            return None
        if role == _ROW:
            return row
        texts = self._texts.get(row.id)
        if texts is None:
            texts = self._texts[row.id] = tuple(_text(column.value(row))
                                                for column in self.columns)
        return texts[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self._sort_key = self.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def retranslate(self) -> None:
        """Tell the views the column titles (and the texts of codes) changed language."""
        self._texts.clear()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
