"""The rejected-rows workbook (SPEC §5.3): the rows an import did not store, written beside
the source with their original headers and an extra column of reasons in the user's
language, so that the coordinator can correct them and import the workbook again.

Every cell is a *string* cell: a value starting with ``=``, ``+``, ``-`` or ``@`` is never
evaluated by a spreadsheet program (a partner file is not trusted). Control characters,
which make openpyxl refuse the write, are removed, and text is cut at Excel's 32,767
characters. Dates are written day first (``17/08/2000``), as the reader reads them back.
The file is written under a temporary name (:mod:`duodesk.core.storage.tempfiles`) and moved
into place only once the import is committed, so that a failure never leaves half a workbook
and an import that did not happen leaves none.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from duodesk.core.errors import RejectedFileNotWritten
from duodesk.core.storage.tempfiles import create_temporary

MAX_CELL = 32_767
# What openpyxl refuses (ILLEGAL_CHARACTERS_RE), tab and line breaks excepted.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def default_rejected_path(source: Path) -> Path:
    """``<name>_rejected.xlsx`` beside the source; ``<name>_rejected (2).xlsx``… when a
    workbook of that name exists already (it may hold corrections under way)."""
    first = source.with_name(f"{source.stem}_rejected.xlsx")
    if not first.exists():
        return first
    number = 2
    while True:
        candidate = source.with_name(f"{source.stem}_rejected ({number}).xlsx")
        if not candidate.exists():
            return candidate
        number += 1


def cell_text(value: object) -> str:
    """A cell of the source as the text written back."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = _CONTROL.sub("", str(value))
    return text[:MAX_CELL]


@dataclass(frozen=True)
class StagedWorkbook:
    """A rejected-rows workbook written whole under its temporary name beside ``path``,
    waiting for the import to be committed before it takes its own name."""

    path: Path
    temporary: Path

    def place(self) -> str | None:
        """Give the workbook its name: None when done, else the system's reason (the
        temporary is then removed: it holds the rejected rows' personal data)."""
        try:
            os.replace(self.temporary, self.path)
        except OSError as error:
            self.discard()
            return error.strerror or type(error).__name__
        return None

    def discard(self) -> None:
        """Remove the temporary (the import was not committed)."""
        self.temporary.unlink(missing_ok=True)


def stage_rejected(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]],
                   reasons: Sequence[str], reasons_title: str) -> StagedWorkbook:
    """Write the rejected rows (cells as read) with their reasons into a temporary file
    beside ``path``, flushed to disk, for :meth:`StagedWorkbook.place` once the import is
    committed. Raises ``RejectedFileNotWritten`` (``path``, ``detail``) when the file cannot
    be made (nothing is left behind)."""
    width = len(headers)
    texts = [[cell_text(v) for v in (*headers, reasons_title)]]
    for values, reason in zip(rows, reasons, strict=True):
        padded = list(values[:width]) + [None] * (width - len(values))
        texts.append([cell_text(v) for v in (*padded, reason)])
    data = _workbook(texts)
    temporary: Path | None = None
    try:
        handle, temporary = create_temporary(path)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())  # whole on the disk before the import is committed
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise RejectedFileNotWritten(path=str(path), detail=error.strerror or "") from error
    return StagedWorkbook(path, temporary)


def write_rejected(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]],
                   reasons: Sequence[str], reasons_title: str) -> Path:
    """Write the rejected rows with their reasons to ``path`` at once; returns ``path``.
    Raises ``RejectedFileNotWritten`` (``path``, ``detail``) when the file cannot be made."""
    staged = stage_rejected(path, headers, rows, reasons, reasons_title)
    reason = staged.place()
    if reason is not None:
        raise RejectedFileNotWritten(path=str(path), detail=reason)
    return path


_SHEET = "xl/worksheets/sheet1.xml"
_EMPTY_SHEET_DATA = b"<sheetData></sheetData>"


def _workbook(rows: Sequence[Sequence[str]]) -> bytes:
    """An .xlsx of one sheet, "Rejected", holding ``rows`` as string cells.

    openpyxl makes the workbook (styles, theme, properties: what Excel expects), with the
    sheet empty; the rows are then written into the sheet's XML exactly as openpyxl's
    write-only mode writes string cells (inline strings), which a test holds byte for byte.
    Through openpyxl a cell costs 12 µs; written here, under one."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    workbook.create_sheet("Rejected")
    # Built in memory: a write-only workbook cannot be saved twice, and a failed disk write
    # must not leave it half-closed.
    empty = io.BytesIO()
    workbook.save(empty)
    result = io.BytesIO()
    with zipfile.ZipFile(empty) as source, zipfile.ZipFile(
            result, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == _SHEET:
                assert content.count(_EMPTY_SHEET_DATA) == 1, "openpyxl's empty sheet"
                content = content.replace(_EMPTY_SHEET_DATA, _sheet_data(rows))
            target.writestr(entry, content)
    return result.getvalue()


def _sheet_data(rows: Sequence[Sequence[str]]) -> bytes:
    """``<sheetData>`` of string cells, as openpyxl writes them: an empty text as an empty
    cell, ``xml:space="preserve"`` on a text with spaces around it (not on blanks alone)."""
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(n + 1) for n in range(max((len(r) for r in rows), default=0))]
    parts = ["<sheetData>"]
    for number, texts in enumerate(rows, start=1):
        parts.append(f'<row r="{number}">')
        for letter, text in zip(letters, texts, strict=False):
            if not text:
                parts.append(f'<c r="{letter}{number}" t="inlineStr" />')
                continue
            stripped = text.strip()
            space = ' xml:space="preserve"' if stripped and stripped != text else ""
            parts.append(f'<c r="{letter}{number}" t="inlineStr"><is><t{space}>'
                         f"{escape(text)}</t></is></c>")
        parts.append("</row>")
    parts.append("</sheetData>")
    return "".join(parts).encode("utf-8")
