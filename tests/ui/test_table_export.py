"""Export any list to Excel as shown: the Mentees page with a filter, a sort, a hidden and a
moved column gives a workbook with exactly those rows and columns, in that order; rows are
read through the model's source a page at a time, not by scrolling."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from duodesk.core.codes import Sector
from duodesk.ui import messages
from duodesk.ui.tables.export import snapshot, suggested_path, visible_columns
from duodesk.ui.tables.lazy_model import Column, LazyTableModel
from duodesk.ui.tables.view import RecordTable
from tests.factories import REGISTERED_ON, make_mentee


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(messages, "information",
                        lambda _parent, text, title=None: seen.append(text))
    return seen


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[Path | None]:
    asked: list[Path | None] = []

    def save_file(_parent, _title, suggested=None, _filters=""):
        asked.append(suggested)
        return path

    monkeypatch.setattr(messages, "save_file", save_file)
    return asked


def shown(table: QTableView) -> list[list[str | None]]:
    """What the table shows: the visible columns in header order, every row."""
    model = table.model()
    columns = visible_columns(table)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    rows = [[model.data(model.index(r, c)) for c in columns] for r in range(model.rowCount())]
    return [header, *rows]


def workbook_rows(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_the_mentees_page_is_exported_as_shown(qtbot, program, monkeypatch, told,
                                               tmp_path: Path) -> None:
    services = program.services
    birth_years = [REGISTERED_ON.year - age for age in (19, 27, 23, 31, 25)]
    for number, year in enumerate(birth_years):
        make_mentee(services, last_name=f"Exporté{number}", birth_date=date(year, 1, 9),
                    sectors=[Sector.IT] if number != 2 else [Sector.CONSTRUCTION],
                    municipality="=HYPERLINK(\"x\")" if number == 0 else None)
    program.window.show_page("mentees")
    page = program.window.page("mentees")
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    qtbot.waitUntil(lambda: page.filters.sector_combo.findData(Sector.IT.value) >= 0)
    row = page.filters.sector_combo.findData(Sector.IT.value)
    page.filters.sector_combo.setCurrentIndex(row)
    page.filters.sector_combo.activated.emit(row)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    keys = [column.key for column in page.model.columns]
    page.table.sortByColumn(keys.index("age"), Qt.SortOrder.DescendingOrder)
    page.table.setColumnHidden(keys.index("email"), True)
    header = page.table.horizontalHeader()
    header.moveSection(header.visualIndex(keys.index("age")), 0)  # age first
    expected = shown(page.table)
    assert expected[0][0] == "Age" and "Email" not in expected[0]
    assert [r[0] for r in expected[1:]] == ["31", "27", "25", "19"]

    target = tmp_path / "mentees"  # no suffix typed: .xlsx is added
    asked = answer_save(monkeypatch, target)
    program.window.export_list_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    written = target.with_name("mentees.xlsx")
    assert told == [f"4 rows written to {written}."]
    assert asked[0] is not None and asked[0].name == f"Mentees {date.today().isoformat()}.xlsx"

    rows = workbook_rows(written)
    # Ages are numbers in the workbook and texts on screen: compare as texts.
    as_text = [[None if v is None else str(v) for v in row] for row in rows]
    assert as_text == expected
    assert isinstance(rows[1][0], int)
    assert openpyxl.load_workbook(written).active.title == "Mentees"
    municipality = expected[0].index("Municipality")
    assert "=HYPERLINK(\"x\")" in [r[municipality] for r in rows[1:]]  # text, not formula

    program.window.export_list_action.trigger()  # the next export proposes the same folder
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10_000)
    assert asked[1] is not None and asked[1].parent == tmp_path


def test_the_context_menu_exports_the_list(qtbot, program, monkeypatch, told,
                                           tmp_path: Path) -> None:
    make_mentee(program.services, last_name="Menu")
    program.window.show_page("mentees")
    page = program.window.page("mentees")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    answer_save(monkeypatch, tmp_path / "list.xlsx")
    page.table.customContextMenuRequested.emit(QPoint(10, 10))
    menu = next(m for m in page.table.findChildren(QMenu) if m.isVisible())
    action = next(a for a in menu.actions() if a.text() == "Export this list to Excel…")
    menu.hide()
    action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert workbook_rows(tmp_path / "list.xlsx")[1][0] == "Menu, Yasmine"
    # The header's menu offers it too, under the column choice.
    page.table.horizontalHeader().customContextMenuRequested.emit(QPoint(10, 10))
    header_menu = [m for m in page.table.findChildren(QMenu) if m.isVisible()][-1]
    assert header_menu.actions()[-1].text() == "Export this list to Excel…"
    header_menu.hide()


def test_cancelling_the_file_prompt_writes_nothing(qtbot, program, monkeypatch, told,
                                                   tmp_path: Path) -> None:
    program.window.show_page("mentees")
    answer_save(monkeypatch, None)
    program.window.export_list_action.trigger()
    assert told == [] and list(tmp_path.glob("*.xlsx")) == []


def test_a_page_without_a_list_says_so(qtbot, program, told) -> None:
    program.window.show_page("today")  # a work list in groups, not a table
    program.window.export_list_action.trigger()
    assert told == ["This page shows no list to export."]


@dataclass(frozen=True)
class _Row:
    id: int
    name: str


class _CountingSource:
    """A source of many rows that records each read."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.reads: list[int] = []

    def ids(self, sort_key: str | None, descending: bool) -> list[Hashable]:
        return list(range(self.count))

    def rows(self, ids: Sequence[Hashable]) -> list[_Row]:
        self.reads.append(len(ids))
        return [_Row(int(i), f"row {i}") for i in ids if int(i) != 7]  # 7: deleted since


def test_rows_are_read_in_pages_through_the_source(qtbot, qtmodeltester) -> None:
    source = _CountingSource(1_234)
    model = LazyTableModel([Column("name", lambda: "Name", lambda row: row.name)], source)
    qtmodeltester.check(model)
    model.reload()
    table = RecordTable(model)
    qtbot.addWidget(table)
    source.reads.clear()
    taken = snapshot(table)
    assert source.reads == []  # nothing read on the GUI thread
    rows = list(taken.rows())
    assert taken.total == 1_234 and len(rows) == 1_233
    assert rows[0] == ["row 0"] and ["row 7"] not in rows
    assert source.reads == [500, 500, 234]


def test_suggested_name_is_a_valid_file_name(tmp_path: Path) -> None:
    path = suggested_path("Import / Export", tmp_path)
    assert path == tmp_path / f"Import Export {date.today().isoformat()}.xlsx"


def test_a_plain_table_is_exported_as_its_proxy_sorts_it(qtbot, monkeypatch, told,
                                                         tmp_path: Path) -> None:
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from duodesk.ui.tables.export import add_export_menu

    source = QStandardItemModel(0, 3)
    source.setHorizontalHeaderLabels(["Mentor", "Score", "Hidden"])
    for name, score in (("Peeters", 71), ("Aydin", 88), ("Lambert", 64)):
        score_item = QStandardItem()
        score_item.setData(score, Qt.ItemDataRole.DisplayRole)
        source.appendRow([QStandardItem(name), score_item, QStandardItem("secret")])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    table = QTableView()
    table.setModel(proxy)
    table.setColumnHidden(2, True)
    table.setRowHidden(2, True)  # Lambert, last by score: not shown, not written
    add_export_menu(table)
    qtbot.addWidget(table)
    table.show()
    answer_save(monkeypatch, tmp_path / "suggestions.xlsx")
    table.customContextMenuRequested.emit(QPoint(5, 5))
    menu = next(m for m in table.findChildren(QMenu) if m.isVisible())
    menu.actions()[0].trigger()
    menu.hide()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert workbook_rows(tmp_path / "suggestions.xlsx") == [
        ["Mentor", "Score"], ["Aydin", 88], ["Peeters", 71]]


def test_the_duos_page_is_exported_from_the_file_menu(qtbot, program, monkeypatch, told,
                                                      tmp_path: Path) -> None:
    program.window.show_page("duos")
    page = program.window.page("duos")
    answer_save(monkeypatch, tmp_path / "duos.xlsx")
    program.window.export_list_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert told == [f"0 rows written to {tmp_path / 'duos.xlsx'}."]
    assert workbook_rows(tmp_path / "duos.xlsx") == [shown(page.table)[0]]


def test_cancelling_the_export_leaves_no_file(qtbot, monkeypatch, told, tmp_path: Path) -> None:
    import threading

    from duodesk.ui.tables.export import export_table

    release = threading.Event()

    class _HeldSource(_CountingSource):
        def rows(self, ids: Sequence[Hashable]) -> list[_Row]:
            release.wait(10)  # the first page waits until the user has pressed Cancel
            return super().rows(ids)

    model = LazyTableModel([Column("name", lambda: "Name", lambda row: row.name)],
                           _HeldSource(5_000))
    model.reload()
    table = RecordTable(model)
    qtbot.addWidget(table)
    answer_save(monkeypatch, tmp_path / "held.xlsx")
    task = export_table(table, "Held")
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.cancel()  # what the progress dialog's Cancel does
        release.set()
    assert told == []  # a cancellation is not reported as a success, nor as an error
    assert list(tmp_path.glob("*held.xlsx*")) == []


def test_the_calendar_agenda_is_exported_day_by_day(qtbot, services, monkeypatch, told,
                                                    tmp_path: Path) -> None:
    from datetime import datetime

    from duodesk.core.codes import MeetingKind
    from duodesk.ui.calendar.periods import ViewMode
    from duodesk.ui.tables.export import export_table, is_list
    from tests.ui.calendar_helpers import open_page, plan

    plan(services, datetime(2027, 3, 12, 9, 30))
    plan(services, datetime(2027, 3, 10, 14), kind=MeetingKind.INFO_SESSION,
         title="Information session, Schaerbeek")
    page = open_page(qtbot, services)
    page.set_mode(ViewMode.AGENDA)
    assert is_list(page.agenda)  # a flat list in a tree view, unlike Today's groups
    answer_save(monkeypatch, tmp_path / "agenda.xlsx")
    export_table(page.agenda, "Calendar")
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    rows = workbook_rows(tmp_path / "agenda.xlsx")
    # An empty text is an empty cell.
    assert rows == [[None if v == "" else v for v in row] for row in shown(page.agenda)]
    assert rows[1][0] == "Wednesday 10 March 2027" and rows[2][2] == (
        "Information session, Schaerbeek")
