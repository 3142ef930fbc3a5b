"""Any list of the program to Excel, as shown: the rows of the current filters in the current
sort, the visible columns in the order the user arranged them, each cell's text as on screen
(numbers kept as numbers).

A :class:`LazyTableModel` holds only ids: its rows are read through the model's own source a
page at a time on a worker (never by scrolling the view, which would fill its cache), so that
100,000 rows are written behind a progress dialog with Cancel while the window keeps
answering. Any other model is small and in memory: its texts are copied on the GUI thread and
written on the worker. The workbook itself is made by :mod:`duodesk.core.xlsx`.

Reached from the context menu of every list ("Export this list to Excel…") and the File
menu's "Export the current list…".
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeGuard

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QTreeView, QWidget

from duodesk.core.progress import Progress
from duodesk.core.xlsx import Value
from duodesk.ui import messages
from duodesk.ui.tables.lazy_model import Column, LazyTableModel, RowSource
from duodesk.ui.worker import BackgroundTask, run_in_background

PAGE = 500  # ids per read: well under SQLite's bound-parameter limit, few round trips

# A list is a table, or a tree view used as a flat list (the Calendar's agenda); a tree that
# shows branches (Today's groups) is not a list and is not offered.
ListView = QTableView | QTreeView


def is_list(view: object) -> TypeGuard[QTableView | QTreeView]:
    """Whether ``view`` shows a list that can be exported."""
    if isinstance(view, QTableView):
        return True
    return isinstance(view, QTreeView) and not view.rootIsDecorated()


def _header(view: ListView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def _cell(value: Any) -> Value:
    """A shown value as written: numbers stay numbers, everything else its text; nothing
    shown is an empty cell."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return value
    return str(value)


@dataclass(frozen=True)
class TableSnapshot:
    """What an export writes, taken on the GUI thread: headers, row count, and a generator
    of the rows that is safe to run on a worker."""

    headers: list[str]
    total: int
    rows: Callable[[], Iterator[list[Value]]]


def visible_columns(view: ListView) -> list[int]:
    """The model columns shown, in the order the header shows them."""
    header = _header(view)
    count = view.model().columnCount() if view.model() is not None else 0
    shown = [header.logicalIndex(visual) for visual in range(count)]
    return [column for column in shown if column >= 0 and not view.isColumnHidden(column)]


def snapshot(view: ListView) -> TableSnapshot:
    """The list as the view shows it now."""
    model = view.model()
    columns = visible_columns(view)
    headers = [str(model.headerData(column, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.DisplayRole) or "")
               for column in columns]
    if isinstance(model, LazyTableModel):
        return _lazy_snapshot(model, columns, headers)
    while model.canFetchMore(view.rootIndex()):
        model.fetchMore(view.rootIndex())
    root = view.rootIndex()
    copied = [[_cell(model.data(model.index(row, column, root))) for column in columns]
              for row in range(model.rowCount(root)) if not _row_hidden(view, row)]
    return TableSnapshot(headers, len(copied), lambda: iter(copied))


def _row_hidden(view: ListView, row: int) -> bool:
    if isinstance(view, QTableView):
        return view.isRowHidden(row)
    return view.isRowHidden(row, view.rootIndex())


def _lazy_snapshot(model: LazyTableModel, numbers: Sequence[int],
                   headers: list[str]) -> TableSnapshot:
    ids: list[Hashable] = list(model.ids)  # the current filter and sort, frozen now
    source: RowSource = model.source
    columns: list[Column] = [model.columns[number] for number in numbers]

    def rows() -> Iterator[list[Value]]:
        for start in range(0, len(ids), PAGE):
            chunk = ids[start:start + PAGE]
            fetched = {row.id: row for row in source.rows(chunk)}
            for row_id in chunk:
                row = fetched.get(row_id)
                if row is not None:  # a row deleted since is left out, not shown empty
                    yield [_cell(column.value(row)) for column in columns]

    return TableSnapshot(headers, len(ids), rows)


# The folder of the last list exported from a window, kept on that window (not in a global)
# so that the next export proposes it again.
_FOLDER_PROPERTY = "duodeskListExportFolder"


def _default_folder(window: QWidget | None = None) -> Path:
    remembered = window.property(_FOLDER_PROPERTY) if window is not None else None
    if remembered:
        return Path(str(remembered))
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def suggested_path(title: str, folder: Path | None = None) -> Path:
    """``<title> <date>.xlsx`` in ``folder`` (the documents folder by default)."""
    safe = "".join(" " if char in '<>:"/\\|?*' else char for char in title)
    safe = " ".join(safe.split()) or "List"  # "Import / Export": one space, not three
    return (folder or _default_folder()) / f"{safe} {date.today().isoformat()}.xlsx"


def _title_for(view: ListView) -> str:
    """The name of the list: the page's title in the main window, else its window's."""
    window = view.window()
    finder = getattr(window, "page_title_for", None)
    title = finder(view) if finder is not None else None
    return title or window.windowTitle() or QCoreApplication.translate("TableExport", "List")


class ExportTexts(QObject):
    """The count of rows written in Qt's plural forms ("0 ligne enregistrée" in French):
    lupdate finds a count's forms in ``self.tr`` inside a class only."""

    def rows_written(self, count: int, path: Path) -> str:
        return self.tr("%Ln rows written to {file}.", "", count).format(file=path)


def export_table(view: ListView, title: str | None = None,
                 parent: QWidget | None = None) -> BackgroundTask[int] | None:
    """Ask where, then write the list ``view`` shows on a worker; None when cancelled."""
    translate = QCoreApplication.translate
    parent = parent or view.window()
    if view.model() is None or not visible_columns(view):
        return None
    title = title or _title_for(view)
    path = messages.save_file(
        parent, translate("TableExport", "Export this list to Excel"),
        suggested_path(title, _default_folder(parent.window())),
        translate("TableExport", "Excel workbooks (*.xlsx)"))
    if path is None:
        return None
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    parent.window().setProperty(_FOLDER_PROPERTY, str(path.parent))
    table = snapshot(view)
    record_export = getattr(parent.window(), "record_export", None)

    def work(progress: Progress) -> int:
        from duodesk.core.xlsx import write_table

        count = write_table(path, table.headers, table.rows(), total=table.total,
                            title=title, progress=progress)
        if record_export is not None:  # the main window's lists: stamped in the audit trail
            record_export(table.headers)
        return count

    def done(count: int) -> None:
        messages.information(parent, ExportTexts().rows_written(count, path))

    return run_in_background(parent, work, translate("TableExport", "Writing the list…"),
                             done)


def export_action(view: ListView, parent: QWidget) -> QAction:
    """The "Export this list to Excel…" entry of a list's menus."""
    action = QAction(QCoreApplication.translate("TableExport", "Export this list to Excel…"),
                     parent)
    action.triggered.connect(lambda: export_table(view))
    return action


def add_export_menu(view: ListView) -> None:
    """Give a plain table (not a RecordTable, which has its own) the context menu entry."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(position: QPoint) -> None:
        menu = QMenu(view)
        menu.addAction(export_action(view, menu))
        menu.popup(view.viewport().mapToGlobal(position))

    view.customContextMenuRequested.connect(show)
