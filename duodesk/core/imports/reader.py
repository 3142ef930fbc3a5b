"""Reading a partner file into a :class:`SourceTable` (SPEC §5.1, issue 4 item 1).

The file's kind comes from its bytes (``filetype``); spreadsheets are read with
python-calamine (formulas give their cached values, dates come as dates), CSV files with
their encoding and separator found (``csvfile``). Without a chosen sheet, the first visible
sheet that has a header row is read; hidden sheets are passed over. Every non-blank row
below the header is a data row. A run of 1,000 blank rows ends the sheet, so that a sheet
claiming a million rows because of one formatted cell far below is read in a moment.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from duodesk.core.collector import collector_paused
from duodesk.core.errors import ImportFileUnreadable, NoHeaderRow, SheetNotFound
from duodesk.core.imports import csvfile, filetype
from duodesk.core.imports.columns import HEADER_SEARCH_ROWS, find_header_row
from duodesk.core.imports.source import SourceRow, SourceTable
from duodesk.core.progress import Progress

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook

EMPTY_RUN_LIMIT = 1000  # blank rows in a row after which a sheet is taken to have ended
PROGRESS_EVERY = 2000

Cells = tuple[object, ...]


def _load(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(filetype.MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImportFileUnreadable(file_name=path.name, reason="missing") from None
    except IsADirectoryError:
        raise ImportFileUnreadable(file_name=path.name, reason="not_a_spreadsheet") from None
    except OSError:
        raise ImportFileUnreadable(file_name=path.name, reason="unreadable") from None
    return data


def _clean(value: object) -> object:
    """A cell as the contract gives it: ``None`` for an empty cell, times and durations as
    text (no partner column holds them; they are shown as typed)."""
    if value == "" or value is None:
        return None
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return value


def _blank(cells: Cells) -> bool:
    for cell in cells:  # a plain loop: called for every row, and most stop at the first cell
        if cell is not None and (not isinstance(cell, str) or cell.strip()):
            return False
    return True


# --- spreadsheets ----------------------------------------------------------------------------


def _open_book(data: bytes, file_name: str) -> CalamineWorkbook:
    import io

    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except PasswordError:
        raise ImportFileUnreadable(file_name=file_name, reason="encrypted") from None
    except (CalamineError, ValueError, OSError):
        raise ImportFileUnreadable(file_name=file_name, reason="corrupt") from None


def _visible_sheets(book: CalamineWorkbook) -> tuple[str, ...]:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    return tuple(meta.name for meta in book.sheets_metadata
                 if meta.visible == SheetVisibleEnum.Visible
                 and meta.typ == SheetTypeEnum.WorkSheet)


def list_sheets(path: Path) -> tuple[str, ...]:
    """The visible sheets of a workbook, in order (empty for a CSV file)."""
    path = Path(path)
    data = _load(path)
    if filetype.sniff(data, path.name) == "csv":
        return ()
    return _visible_sheets(_open_book(data, path.name))


def _calamine_rows(book: CalamineWorkbook, sheet: str,
                   file_name: str) -> tuple[Iterator[tuple[int, Cells]], int]:
    from python_calamine import CalamineError

    try:
        grid = book.get_sheet_by_name(sheet)
    except CalamineError as error:
        # An OpenDocument cell repeated over millions of rows and columns: calamine refuses
        # to build more than its cell limit.
        reason = "too_large" if "limit" in str(error).lower() else "corrupt"
        raise ImportFileUnreadable(file_name=file_name, reason=reason) from None
    start = grid.start
    # iter_rows starts at the sheet's first row but at its first used column: put the
    # columns back where they are so that column numbers mean the same in every row.
    pad = (None,) * (start[1] if start else 0)
    ranges = grid.merged_cell_ranges or []
    down = [r for r in ranges if r[1][0] > r[0][0]]
    merged = _MergeFill(down) if down else None

    def rows() -> Iterator[tuple[int, Cells]]:
        # The hot loop of reading (a quarter of a million cells for a 10,000-row list):
        # inline, no call per cell. Times and durations, which no partner column holds, are
        # left as they come; the values module shows them as text.
        for index, row in enumerate(grid.iter_rows()):
            cells: Cells = tuple([None if v == "" else v for v in row])
            if pad:
                cells = pad + cells
            if merged is not None:
                cells = merged.fill(index, cells)
            yield index + 1, cells

    return rows(), max(int(grid.height), 1)


class _MergeFill:
    """Copies the value of a cell merged down over several rows (a referrer written once
    for a group of candidates) into each of those rows, as the coordinator sees it."""

    def __init__(self, ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
        self._ranges = ranges
        self._values: dict[tuple[int, int], object] = {}

    def fill(self, index: int, cells: Cells) -> Cells:
        changed = list(cells)
        for (top, column), (bottom, _right) in self._ranges:
            if column >= len(changed):
                continue
            if index == top:
                self._values[(top, column)] = changed[column]
            elif top < index <= bottom and changed[column] is None:
                changed[column] = self._values.get((top, column))
        return tuple(changed)


def _streamed_rows(data: bytes, sheet: str, file_name: str) -> Iterator[tuple[int, Cells]]:
    """Rows of an .xlsx sheet whose used rectangle is too big to hold at once (a value typed
    in a far corner), read one by one with openpyxl, which never allocates the rectangle."""
    import io
    import zipfile

    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        worksheet = book[sheet]
        worksheet.reset_dimensions()  # the declared size is not to be trusted (SPEC §10)
        for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
            yield number, tuple(_clean(_date_of(v)) for v in row)
        book.close()
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        raise ImportFileUnreadable(file_name=file_name, reason="corrupt") from None


def _date_of(value: object) -> object:
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    return value


# --- header and data rows -------------------------------------------------------------------


def _table_from_rows(rows: Iterable[tuple[int, Cells]], progress: Progress | None,
                     total: int) -> tuple[int, tuple[str, ...], tuple[SourceRow, ...]] | None:
    """The header row, its names and the data rows, or ``None`` when no header row."""
    iterator = iter(rows)
    head: list[tuple[int, Cells]] = []
    for number, cells in iterator:
        head.append((number, cells))
        if number >= HEADER_SEARCH_ROWS:
            break
    found = find_header_row([cells for _, cells in head])
    if found is None:
        return None
    header_number, header_cells = head[found]
    headers = tuple("" if c is None else " ".join(str(c).split()) for c in header_cells)
    data: list[SourceRow] = []
    blank_run = 0

    def remaining() -> Iterator[tuple[int, Cells]]:
        yield from head[found + 1:]
        yield from iterator

    for number, cells in remaining():
        if _blank(cells):
            blank_run += 1
            if blank_run >= EMPTY_RUN_LIMIT:
                break
            continue
        blank_run = 0
        data.append(SourceRow(number, cells))
        if progress is not None and len(data) % PROGRESS_EVERY == 0:
            # Unknown or passed totals (a streamed sheet) show as "almost done".
            progress.step(min(number, max(total, number + 1) - 1), max(total, number + 1))
    return header_number, headers, tuple(data)


def _sheet_rows(book: CalamineWorkbook, data: bytes, file_type: str, sheet: str,
                file_name: str) -> tuple[Iterator[tuple[int, Cells]], int]:
    """The rows of a sheet and how many there are (for progress; 0 when unknown)."""
    if file_type in ("xlsx", "xlsm") and (
            filetype.xlsx_sheet_cells(data, sheet, file_name) > filetype.MAX_DENSE_CELLS):
        return _streamed_rows(data, sheet, file_name), 0
    return _calamine_rows(book, sheet, file_name)


@collector_paused()  # a cell is an object: 250,000 of them in a 10,000-row file
def read_source(path: Path, *, sheet: str | None = None,
                progress: Progress | None = None) -> SourceTable:
    """Read a partner file: its sheet (``sheet``, or the first visible one with a header
    row), header row and every data row.

    Raises :class:`ImportFileUnreadable`, :class:`SheetNotFound`, :class:`NoHeaderRow`, or
    ``Cancelled`` when ``progress`` is cancelled.
    """
    path = Path(path)
    name = path.name
    data = _load(path)
    file_type = filetype.sniff(data, name)
    digest = hashlib.sha256(data).hexdigest()
    if progress is not None:
        progress.step(0, 1)
    if file_type == "csv":
        return _read_csv(data, name, digest, progress)
    if file_type == "ods" and filetype.ods_repeated_cells(data, name) > filetype.MAX_DENSE_CELLS:
        raise ImportFileUnreadable(file_name=name, reason="too_large")
    book = _open_book(data, name)
    visible = _visible_sheets(book)
    if sheet is not None and sheet not in visible:
        raise SheetNotFound(file_name=name, sheet=sheet)
    for candidate in ([sheet] if sheet is not None else list(visible)):
        rows, total = _sheet_rows(book, data, file_type, candidate, name)
        found = _table_from_rows(rows, progress, total)
        if found is not None:
            header_row, headers, data_rows = found
            if progress is not None:
                progress.step(1, 1)
            return SourceTable(name, digest, file_type, visible, candidate, header_row,
                               headers, data_rows)
    if not visible:
        raise ImportFileUnreadable(file_name=name, reason="empty")
    raise NoHeaderRow(file_name=name, sheet=sheet or "")


def _read_csv(data: bytes, name: str, digest: str,
              progress: Progress | None) -> SourceTable:
    import csv

    text = csvfile.decode(data)
    separator = csvfile.detect_separator(text)
    records = ((line, tuple(_clean(v) for v in record))
               for line, record in csvfile.iter_records(text, separator))
    try:
        found = _table_from_rows(records, progress, max(text.count("\n"), 1))
    except csv.Error:
        raise ImportFileUnreadable(file_name=name, reason="corrupt") from None
    if found is None:
        raise NoHeaderRow(file_name=name, sheet="")
    header_row, headers, rows = found
    return SourceTable(name, digest, "csv", (), None, header_row, headers, rows)
