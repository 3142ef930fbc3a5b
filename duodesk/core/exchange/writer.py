"""Writing the exchange workbook as it streams (openpyxl's write-only mode).

Rows are appended as they come and never held: the header is bold and frozen, columns
sized, an autofilter set and code columns given a drop-down list. Every text is written as
a *string* cell: openpyxl would turn a text starting with ``=`` into a live formula, so such
a text is written as a cell whose type is forced to string; a text starting with ``+``,
``-``, ``@``, a tab or a carriage return is already stored as a string cell, which no
spreadsheet evaluates. Control characters a workbook cannot hold are removed; a text longer
than a cell holds (32,767 characters) is never cut: it is counted, and the caller refuses
the whole workbook (:class:`~duodesk.core.errors.ExchangeTextTooLong`). A sheet that would
pass Excel's 1,048,576 rows goes on in ``Meetings 2``, ``Meetings 3``…
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from duodesk.core.exchange.columns import MAX_ROWS, MAX_TEXT, Column, Kind, Sheet, continuation_name

# What openpyxl refuses in a cell (openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE); tab, line
# feed and carriage return are allowed and kept.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# What makes a text need more than writing as it is: a control character or carriage return
# (\x0d), an ``=`` (a formula if it comes first); and an escape look-alike (``_x``, looked for
# apart: one class of characters is searched twice as fast as an alternative).
_NEEDS_CARE = re.compile(r"[\x00-\x08\x0b-\x1f=]")
_LISTED = (Kind.CODE, Kind.BOOLEAN, Kind.AGE_BAND)
_BOLD = Font(bold=True)


# XML turns a carriage return into a line feed when the file is read: like Excel, it is
# written as the escape _x000D_, and a text that happens to hold such an escape has its
# underscore escaped (_x005F_), so that every reader gives back the text as it was.
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def clean_text(text: str) -> str:
    """``text`` without the control characters a workbook cannot hold."""
    return CONTROL.sub("", text) if CONTROL.search(text) else text


def xml_safe(text: str) -> str:
    """``text`` with carriage returns (and look-alike escapes) escaped as Excel does."""
    if "_x" in text:
        text = _ESCAPE_LIKE.sub(r"_x005F_\1", text)
    if "\r" in text:
        text = text.replace("\r", "_x000D_")
    return text


@dataclass
class TooLong:
    """The first text too long for a cell, and how many there were."""

    sheet: str
    column: str
    record_id: str
    length: int
    count: int = 1


class SheetWriter:
    """Appends rows to one sheet of the workbook, opening ``<name> 2``… when it is full."""

    def __init__(self, book: ExchangeWorkbook, sheet: Sheet, codes: dict[str, tuple[str, ...]],
                 max_rows: int = MAX_ROWS) -> None:
        self.book = book
        self.sheet = sheet
        self.codes = codes
        self.max_rows = max_rows
        self.part = 0
        self.counts: dict[str, int] = {}
        self._width = len(sheet.columns)
        self._texts = [i for i, column in enumerate(sheet.columns) if column.kind == Kind.TEXT]
        # The texts of a row as one tuple (None for a sheet without text).
        self._text_values: Callable[[Any], tuple[Any, ...]] | None = (
            None if not self._texts else
            itemgetter(*self._texts) if len(self._texts) > 1 else
            (lambda row, at=self._texts[0]: (row[at],)))
        self._open_part()

    def _open_part(self) -> None:
        if self.part:
            self._close_part()
        self.part += 1
        self.name = continuation_name(self.sheet.name, self.part)
        self.rows = 0
        self.ws = self.book.workbook.create_sheet(self.name)
        self.ws.freeze_panes = "A2"
        for index, column in enumerate(self.sheet.columns, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = column.width
        header = []
        for column in self.sheet.columns:
            cell = WriteOnlyCell(self.ws, value=column.name)
            cell.font = _BOLD
            header.append(cell)
        self.ws.append(header)

    def _close_part(self) -> None:
        last = get_column_letter(self._width)
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        if self.rows:
            for index, column in enumerate(self.sheet.columns, start=1):
                allowed = self.codes.get(column.name, column.codes)
                if column.kind in _LISTED and allowed:
                    self._validation(index, allowed)
        self.counts[self.name] = self.rows

    def _validation(self, index: int, allowed: tuple[str, ...]) -> None:
        listed = ",".join(allowed)
        if len(listed) > 255:  # Excel's limit for a list typed into the rule
            return
        rule = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
        letter = get_column_letter(index)
        rule.add(f"{letter}2:{letter}{self.rows + 1}")
        self.ws.data_validations.append(rule)

    def write(self, block: Sequence[Any]) -> None:
        """Write records (tuples in column order; values beyond the columns ignored), going
        on in ``<name> 2`` when this part is full."""
        start = 0
        while start < len(block):
            room = self.max_rows - 1 - self.rows  # data rows this part still holds
            if room <= 0:
                self._open_part()
                continue
            part = block if start == 0 and len(block) <= room else block[start:start + room]
            self._write(part)
            start += len(part)

    def _write(self, block: Sequence[Any]) -> None:
        # One loop for a whole block, every name it needs local: this runs for a million
        # rows, beside a writer whose own rate the export is measured against.
        append = self.ws.append
        width = self._width
        texts = self._text_values
        careful = _NEEDS_CARE.search
        for row in block:
            if len(row) != width:
                row = row[:width]
            if texts is not None:
                # Nearly every row needs nothing: one look at all its texts at once says so.
                joined = " ".join(filter(None, texts(row)))
                if len(joined) > MAX_TEXT or careful(joined) or "_x" in joined:
                    row = self._cared_for(row)
            append(row)
        self.rows += len(block)

    def _cared_for(self, row: Any) -> list[Any]:
        cells = list(row)
        for index in self._texts:
            text = cells[index]
            if not text:
                continue
            if CONTROL.search(text):
                text = cells[index] = CONTROL.sub("", text)
            if len(text) > MAX_TEXT:
                self.book.too_long_text(self.sheet, self.sheet.columns[index], cells[0], text)
                cells[index] = ""
                continue
            if "\r" in text or "_x" in text:
                text = cells[index] = xml_safe(text)
            if text[0] == "=":
                cell = WriteOnlyCell(self.ws, value=text)
                cell.data_type = "s"  # a string cell, never a formula
                cells[index] = cell
        return cells

    def close(self) -> dict[str, int]:
        """Finish the last part; the data rows of every part, by sheet name."""
        self._close_part()
        return self.counts


class ExchangeWorkbook:
    """One exchange workbook being written to ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.workbook = Workbook(write_only=True)
        self.too_long: TooLong | None = None

    def too_long_text(self, sheet: Sheet, column: Column, record_id: Any, text: str) -> None:
        if self.too_long is None:
            self.too_long = TooLong(sheet.name, column.name, str(record_id), len(text))
        else:
            self.too_long.count += 1

    def key_values(self, name: str, rows: Iterable[tuple[str, Any]]) -> None:
        """A two-column sheet of ``key``, ``value`` rows (About, and the like)."""
        ws = self.workbook.create_sheet(name)
        ws.freeze_panes = "A2"
        ws.column_dimensions["A"].width = 18
        ws.column_dimensions["B"].width = 28
        header = []
        for title in ("key", "value"):
            cell = WriteOnlyCell(ws, value=title)
            cell.font = _BOLD
            header.append(cell)
        ws.append(header)
        for key, value in rows:
            ws.append([key, value])

    def table(self, name: str, header: tuple[str, ...], rows: Iterable[tuple[Any, ...]],
              widths: tuple[int, ...]) -> int:
        """A small sheet of plain rows (the Aggregates); returns its data rows."""
        ws = self.workbook.create_sheet(name)
        ws.freeze_panes = "A2"
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        cells = []
        for title in header:
            cell = WriteOnlyCell(ws, value=title)
            cell.font = _BOLD
            cells.append(cell)
        ws.append(cells)
        count = 0
        for row in rows:
            ws.append(list(row))
            count += 1
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count + 1}"
        return count

    def sheet(self, sheet: Sheet, codes: dict[str, tuple[str, ...]] | None = None,
              max_rows: int = MAX_ROWS) -> SheetWriter:
        return SheetWriter(self, sheet, codes or {}, max_rows)

    def save(self) -> None:
        self.workbook.save(self.path)

    def discard(self) -> None:
        """Drop a workbook that will not be saved: each sheet's stream is closed and its
        temporary file removed (openpyxl would otherwise complain when it is collected)."""
        for ws in self.workbook.worksheets:
            try:
                if not ws.closed:
                    ws.close()
                writer = getattr(ws, "_writer", None)  # openpyxl keeps each sheet's file here
                if writer is not None and getattr(writer, "out", None):
                    Path(writer.out).unlink(missing_ok=True)
            except (OSError, ValueError):
                continue
