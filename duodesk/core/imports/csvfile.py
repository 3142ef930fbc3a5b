"""Reading a partner's CSV file: its encoding and separator found, its quoted fields kept.

Excel's "CSV (;)" is cp1252 and "CSV UTF-8" starts with a byte-order mark (SPEC §10), so
the text is decoded as UTF-8 (with or without the mark) and else as cp1252. The separator
is the one of ``;``, ``,`` and tab that splits the first lines into the most columns:
``;`` wins a tie, being what Belgian Excel writes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

SEPARATORS = (";", ",", "\t")
_SAMPLE_LINES = 30
# The csv module refuses a field over 128 KB by default; a pasted document in a cell is no
# reason to refuse the file (the cell is flagged as too long later).
_FIELD_LIMIT = 16 * 1024 * 1024


def decode(data: bytes) -> str:
    """The file's text: UTF-16 when it starts with its byte-order mark (Excel's "Unicode
    text"), UTF-8 (a byte-order mark dropped), else cp1252 (bytes cp1252 leaves undefined
    read as Latin-1, so that nothing is refused)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def detect_separator(text: str) -> str:
    """The separator that gives the most columns on the first lines (``;`` on a tie), or
    the one Excel's ``sep=`` first line names."""
    first = text[:8].lower()
    if first.startswith("sep=") and len(text) > 4 and text[4] in SEPARATORS:
        return text[4]
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_width = SEPARATORS[0], 0
    for separator in SEPARATORS:
        rows = csv.reader(io.StringIO(sample), delimiter=separator)
        width = max((len(row) for row in rows), default=0)
        if width > best_width:
            best, best_width = separator, width
    return best


def iter_records(text: str, separator: str) -> Iterator[tuple[int, list[str]]]:
    """Each record with the number of the line it starts on (1-based); a quoted field may
    hold separators and line breaks."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    line = 1
    for record in reader:
        yield line, record
        line = reader.line_num + 1
