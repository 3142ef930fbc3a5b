"""The real extent of an exchange workbook's sheets, measured before python-calamine opens
one (SPEC §10 "Known traps"): calamine holds a sheet as one dense grid, and a single cell
typed far away (``XFD1000000``) makes it allocate billions of cells and abort the whole
program. The sheets' XML is streamed, never held whole: an exchange workbook may be large.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import IO

from duodesk.core.errors import ExchangeFileUnreadable

# Exchange sheets are narrower than 26 columns: a cell beyond column Z was typed by hand.
# Such a sheet is read only when its rectangle stays within what the partner import allows.
MAX_DENSE_CELLS = 5_000_000
CHUNK = 4 * 1024 * 1024
_WIDE_CELL = re.compile(rb'c r="([A-Z]{2,3})(\d+)"')
_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def sheet_cells(stream: IO[bytes]) -> int:
    """Rows × widest column of one sheet's XML when some cell lies beyond column Z (0 when
    none does: a sheet of the format's own width)."""
    widest = last_row = 0
    tail = b""
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        text = tail + chunk
        for letters, row in _WIDE_CELL.findall(text):
            widest = max(widest, _column_number(letters))
            last_row = max(last_row, int(row))
        # Rows come in order: the last row tag of the chunk is the furthest so far.
        start = max(text.rfind(b"<row "), text.rfind(b":row "))
        found = _ROW.search(text, max(start - 1, 0)) if start >= 0 else None
        if found:
            last_row = max(last_row, int(found.group(1)))
        tail = text[-64:]  # a cell reference cut between two chunks is seen whole next time
    return last_row * widest


def check_extent(path: Path) -> None:
    """Refuse (``sheet_too_large``) a workbook with a sheet too big to hold."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not (info.filename.startswith("xl/worksheets/")
                    and info.filename.endswith(".xml")):
                continue
            with archive.open(info) as stream:
                if sheet_cells(stream) > MAX_DENSE_CELLS:
                    raise ExchangeFileUnreadable(file_name=path.name, reason="sheet_too_large")
