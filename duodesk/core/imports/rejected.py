"""The rejected-rows workbook (SPEC §5.3): the rows an import did not store, written beside
the source with their original headers and an extra column of reasons in the user's
language, so that the coordinator can correct them and import the workbook again.

Every cell is a *string* cell: a value starting with ``=``, ``+``, ``-`` or ``@`` is never
evaluated by a spreadsheet program (a partner file is not trusted). Control characters,
which make openpyxl refuse the write, are removed, and text is cut at Excel's 32,767
characters. Dates are written day first (``17/08/2000``), as the reader reads them back.
The file is written under a temporary name and moved into place, so that a failure never
leaves half a workbook.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from duodesk.core.errors import RejectedFileNotWritten

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


def write_rejected(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]],
                   reasons: Sequence[str], reasons_title: str) -> Path:
    """Write the rejected rows (cells as read) with their reasons; returns ``path``.
    Raises ``RejectedFileNotWritten`` (``path``, ``detail``) when the file cannot be made."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Rejected")

    def cells(values: Sequence[object]) -> list[WriteOnlyCell]:
        out = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=cell_text(value))
            # A string cell whatever the text looks like: never a formula.
            cell.data_type = "s"
            out.append(cell)
        return out

    width = len(headers)
    sheet.append(cells([*headers, reasons_title]))
    for values, reason in zip(rows, reasons, strict=True):
        padded = list(values[:width]) + [None] * (width - len(values))
        sheet.append(cells([*padded, reason]))
    # Built in memory first: a write-only workbook cannot be saved twice, and a failed
    # disk write must not leave it half-closed.
    buffer = io.BytesIO()
    workbook.save(buffer)
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(buffer.getvalue())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise RejectedFileNotWritten(path=str(path), detail=error.strerror or "") from error
    return path
