"""A list as an Excel workbook: one sheet, a bold frozen header with a filter, columns sized
to their content, one row per record, streamed (openpyxl's write-only mode) so that 100,000
rows never sit in memory as cells.

What a list shows is text typed by people and partners, so no text is ever evaluated: a text
starting with ``=`` is written as a string cell (openpyxl would make it a live formula), and
``+``, ``-``, ``@``, a tab or a line break stay plain text as every text cell is a string
cell. Control characters, which Excel refuses, are removed; a text longer than a cell holds
(32,767 characters) is cut with a visible ``…``. Numbers stay numbers, so that a column of
ages or days sorts as numbers in Excel.

The workbook is written under a temporary name beside the target and moved into place at the
end, so that a failure or a cancellation never leaves half a workbook (nor replaces a good
one).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from itertools import islice
from pathlib import Path

from duodesk.core.errors import Cancelled, TableExportNotWritten
from duodesk.core.progress import Progress
from duodesk.core.storage.tempfiles import temporary_path

MAX_CELL = 32_767
MAX_ROWS = 1_048_576  # Excel's rows per sheet, header included
SIZING_ROWS = 1_000  # column widths are measured on the header and the first rows
MIN_WIDTH, MAX_WIDTH = 6, 60  # in characters
STEP = 500  # rows between two progress reports (and cancel checks)
# What Excel and openpyxl refuse (openpyxl's ILLEGAL_CHARACTERS_RE); tab and line breaks stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

Value = str | int | float | Decimal | None


def clean_text(text: str) -> str:
    """``text`` as a cell can hold it: control characters removed, cut to 32,767
    characters with a visible ellipsis."""
    text = _CONTROL.sub("", text)
    if len(text) > MAX_CELL:
        text = text[:MAX_CELL - 1] + "…"
    return text


def sheet_name(title: str) -> str:
    """A valid sheet name from a title: no ``[]:*?/\\``, 31 characters at most."""
    name = _SHEET_NAME_FORBIDDEN.sub(" ", title).strip().strip("'")[:31].strip()
    return name or "List"


def _width(value: Value) -> int:
    if value is None:
        return 0
    text = value if isinstance(value, str) else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Value]], *,
                total: int, title: str = "List", progress: Progress | None = None) -> int:
    """Write ``headers`` and ``rows`` (``total`` of them, for the progress) to ``path`` as
    one sheet named after ``title``; returns the number of rows written.

    Raises :class:`Cancelled` when ``progress`` is cancelled (nothing written) and
    :class:`TableExportNotWritten` (``path``, ``detail``) when the file cannot be made,
    including a list longer than a sheet holds (``detail`` ``too_many_rows``).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    if total > MAX_ROWS - 1:
        raise TableExportNotWritten(path=str(path), detail="too_many_rows")
    progress = progress or Progress()
    progress.step(0, total)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name(title))
    width = len(headers)
    iterator = iter(rows)
    # The first rows are read before anything is written: write-only sheets take their
    # column widths before the first row.
    first = [list(row) for row in islice(iterator, SIZING_ROWS)]
    for number, header in enumerate(headers, start=1):
        widest = max([_width(header), *(_width(row[number - 1]) for row in first
                                         if number - 1 < len(row))])
        sheet.column_dimensions[get_column_letter(number)].width = (
            min(max(widest + 2, MIN_WIDTH), MAX_WIDTH))
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{max(total, 1) + 1}"
    bold = Font(bold=True)

    def header_cell(text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=clean_text(text))
        cell.data_type = "s"  # a header is never a formula either
        cell.font = bold
        return cell

    def cells(row: Sequence[Value]) -> list[object]:
        out: list[object] = []
        for value in row[:width]:
            if isinstance(value, str):
                value = clean_text(value)
                if value.startswith("="):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"  # a string cell, never a formula
                    out.append(cell)
                    continue
            elif isinstance(value, bool):
                value = str(value)
            out.append(value)
        return out

    sheet.append([header_cell(text) for text in headers])
    written = 0
    temporary: Path | None = None
    try:
        for row in _chain(first, iterator):
            sheet.append(cells(row))
            written += 1
            if written % STEP == 0:
                progress.step(written, total)
        progress.step(written, total)
        temporary = temporary_path(path)
        workbook.save(temporary)
        os.replace(temporary, path)
    except Cancelled:
        _discard(sheet, temporary)
        raise
    except OSError as error:
        _discard(sheet, temporary)
        raise TableExportNotWritten(path=str(path),
                                    detail=error.strerror or str(error)) from error
    return written


def _discard(sheet: object, temporary: Path | None) -> None:
    """Close an abandoned sheet's stream and remove its scratch files (left open, the
    stream complains when collected, and its temporary file stays until the program ends)."""
    writer = getattr(sheet, "_writer", None)
    if writer is not None and not getattr(sheet, "closed", True):
        try:
            sheet.close()  # type: ignore[attr-defined]
            writer.cleanup()
        except (OSError, ValueError):
            pass  # best effort: the export failed already and says so
    if temporary is not None:
        temporary.unlink(missing_ok=True)


def _chain(first: list[list[Value]], rest: Iterable[Sequence[Value]]
           ) -> Iterable[Sequence[Value]]:
    yield from first
    yield from rest
