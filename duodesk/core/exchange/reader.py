"""Reading an exchange workbook (python-calamine): every sheet of SPEC §6 with its
continuation sheets (``Meetings 2``…), columns found by name in any order, and each cell
turned into its canonical text (:mod:`.columns`) or into a problem.

A row with a problem is not applied at all (its problems are listed); nothing is guessed:
an unknown code stays unknown, a birth date the person form refuses (in the future, more than
110 years ago) is refused. A workbook from an older antenna without the Meetings' ``status``
and ``coordinator`` columns gets ``done`` for a meeting in the past, ``planned`` otherwise,
and no coordinator (SPEC §6).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from duodesk.core.errors import ExchangeFileUnreadable, InvalidValue
from duodesk.core.exchange import ExchangeProblem
from duodesk.core.exchange.columns import (
    ABOUT,
    LEVELS,
    MAX_TEXT,
    SHEETS,
    Column,
    Kind,
    Sheet,
    continuation_name,
)
from duodesk.core.exchange.records import languages_text
from duodesk.core.validation import check_birth_date

_UPDATED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_EXCEL_EPOCH = datetime(1899, 12, 30)
FIRST_YEAR, LAST_YEAR = 1900, 2199  # a date outside is a typing mistake, not a date
# Control characters (tab and line breaks excepted), which no DuoDesk writes and no
# coordinator types: removed from the texts taken in.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class BadCell(Exception):
    """A cell that cannot be read as its column says; ``code`` names the problem."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(slots=True)
class FileRecord:
    """One row of a record sheet, read: its id, the file's ``updated_at`` and its values
    (canonical text of every column but ``id`` and ``updated_at``)."""

    row: int
    sheet: str
    id: uuid.UUID
    updated_at: datetime
    values: dict[str, str]


@dataclass
class FileSheet:
    """A sheet of the workbook with its continuation sheets, read."""

    sheet: Sheet
    records: list[FileRecord] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # data rows per sheet name
    present: bool = False


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a postcode or a phone typed as a number in Excel
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        value = value.date()
    elif isinstance(value, int | float) and not isinstance(value, bool):
        value = (_EXCEL_EPOCH + timedelta(days=float(value))).date()
    elif isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise BadCell("bad_date", value=value[:80]) from None
    if not isinstance(value, date) or not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadCell("bad_date", value=_text(value)[:80])
    return value.isoformat()


def _datetime(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = _EXCEL_EPOCH + timedelta(days=float(value))
    elif isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise BadCell("bad_datetime", value=value[:80]) from None
    elif isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if not isinstance(value, datetime) or not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadCell("bad_datetime", value=_text(value)[:80])
    # Excel keeps times as fractions of a day: round to the second it was written at.
    value = (value + timedelta(microseconds=500_000)).replace(microsecond=0, tzinfo=None)
    return value.isoformat(timespec="seconds")


def _codes(text: str, allowed: tuple[str, ...]) -> str:
    found = sorted({part.strip() for part in text.split(";") if part.strip()})
    for part in found:
        if part not in allowed:
            raise BadCell("unknown_code", value=part[:80], allowed=", ".join(allowed))
    return ";".join(found)


def _languages(text: str) -> str:
    pairs: dict[str, str] = {}
    for part in (piece.strip() for piece in text.split(";")):
        if not part:
            continue
        language, _, level = part.partition(":")
        language, level = language.strip(), (level.strip() or "good")
        if not _LANGUAGE.match(language):
            raise BadCell("unknown_code", value=part[:80], allowed="ISO 639")
        if level not in LEVELS:
            raise BadCell("unknown_code", value=level[:80], allowed=", ".join(LEVELS))
        pairs[language] = level
    return languages_text(pairs.items())


def cell_text(column: Column, value: Any, allowed: tuple[str, ...] | None = None) -> str:
    """The canonical text of one cell of ``column``; raises :class:`BadCell`."""
    if value is None or value == "":
        if column.required:
            raise BadCell("missing_id" if column.kind == Kind.ID else "missing_value")
        return ""
    kind = column.kind
    if kind == Kind.TEXT:
        text = _text(value)
        if len(text) > MAX_TEXT:  # more than a cell holds: a damaged or hand-made file
            raise BadCell("text_too_long", length=str(len(text)))
        return _CONTROL.sub("", text)
    if kind in (Kind.ID, Kind.REF):
        try:
            return str(uuid.UUID(_text(value).strip()))
        except ValueError:
            raise BadCell("bad_id", value=_text(value)[:80]) from None
    if kind == Kind.DATE:
        return _date(value)
    if kind == Kind.DATETIME:
        return _datetime(value)
    if kind == Kind.INTEGER:
        number = value if isinstance(value, int | float) else _text(value).strip()
        try:
            whole = int(float(number))
        except ValueError:
            raise BadCell("bad_number", value=_text(value)[:80]) from None
        if whole != float(number) or not 0 < whole <= 24 * 60:
            raise BadCell("bad_number", value=_text(value)[:80])
        return str(whole)
    if kind == Kind.BOOLEAN:
        if isinstance(value, bool):
            return "yes" if value else "no"
        text = _text(value).strip().lower()
        if text not in ("yes", "no"):
            raise BadCell("bad_boolean", value=_text(value)[:80])
        return text
    text = _text(value).strip()
    if kind == Kind.CODE:
        codes = allowed if allowed is not None else column.codes
        if text not in codes:
            raise BadCell("unknown_code", value=text[:80], allowed=", ".join(codes))
        return text
    if kind == Kind.CODES:
        return _codes(text, column.codes)
    if kind == Kind.LANGUAGES:
        return _languages(text)
    raise BadCell("bad_value")


def updated_at(value: Any) -> datetime:
    """The file's ``updated_at``: ISO 8601 text in UTC ending in Z (an Excel date-time is
    taken as UTC)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC, microsecond=0)
    match = _UPDATED.match(_text(value).strip())
    if not match:
        raise BadCell("bad_updated_at", value=_text(value)[:80])
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        raise BadCell("bad_updated_at", value=_text(value)[:80]) from None


# A zip bomb is refused from the sizes the archive declares, before anything is inflated:
# sheet XML compresses about tenfold, a bomb a thousandfold. The total allows the workbook
# of an antenna of a million meetings.
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024
MAX_UNCOMPRESSED = 4 * 1024**3


def check_archive(path: Path) -> None:
    """Refuse a file that is no zip archive, or one that would inflate absurdly."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except PermissionError:
        raise ExchangeFileUnreadable(file_name=path.name, reason="unreadable") from None
    except (zipfile.BadZipFile, OSError):
        reason = "encrypted" if _encrypted(path) else "not_a_workbook"
        raise ExchangeFileUnreadable(file_name=path.name, reason=reason) from None
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(
                member.compress_size, 1):
            raise ExchangeFileUnreadable(file_name=path.name, reason="too_large")
    if total > MAX_UNCOMPRESSED:
        raise ExchangeFileUnreadable(file_name=path.name, reason="too_large")


def _encrypted(path: Path) -> bool:
    """Whether the file is a workbook saved with a password: Excel then writes an OLE2
    container holding the encrypted package, not a zip archive."""
    from duodesk.core.imports.filetype import MAX_FILE_BYTES, OLE2_MAGIC

    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES)
    except OSError:
        return False
    return data.startswith(OLE2_MAGIC) and (
        "EncryptionInfo".encode("utf-16-le") in data
        or "EncryptedPackage".encode("utf-16-le") in data)


class WorkbookReader:
    """An open exchange workbook."""

    def __init__(self, path: Path) -> None:
        import zipfile

        from python_calamine import CalamineWorkbook

        from duodesk.core.exchange.extent import check_extent

        self.path = Path(path)
        if not self.path.is_file():
            raise ExchangeFileUnreadable(file_name=self.path.name, reason="missing")
        check_archive(self.path)
        try:
            check_extent(self.path)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
            raise ExchangeFileUnreadable(file_name=self.path.name,
                                         reason="not_a_workbook") from None
        try:
            self.book = CalamineWorkbook.from_path(str(self.path))
        except PermissionError:
            raise ExchangeFileUnreadable(file_name=self.path.name, reason="unreadable") from None
        except Exception:  # calamine raises its own errors for any damaged or foreign file
            raise ExchangeFileUnreadable(file_name=self.path.name,
                                         reason="not_a_workbook") from None
        self.names = list(self.book.sheet_names)
        if not any(sheet.name in self.names for sheet in SHEETS):
            raise ExchangeFileUnreadable(file_name=self.path.name,
                                         reason="not_an_exchange_workbook")

    def about(self) -> dict[str, str]:
        """The About sheet's keys and values (empty if the sheet is missing)."""
        if ABOUT not in self.names:
            return {}
        return {_text(row[0]).strip(): _text(row[1]).strip()
                for number, row in self.rows(ABOUT)
                if number > 1 and len(row) >= 2 and row[0] not in (None, "")}

    def parts(self, sheet: Sheet) -> list[str]:
        """The sheet's name and those of its continuation sheets present, in order."""
        found = []
        part = 1
        while continuation_name(sheet.name, part) in self.names:
            found.append(continuation_name(sheet.name, part))
            part += 1
        return found

    def rows(self, name: str) -> Iterator[tuple[int, list[Any]]]:
        """(spreadsheet row number, cells) of one sheet, the header (row 1) first."""
        sheet = self.book.get_sheet_by_name(name)
        yield from enumerate(sheet.iter_rows(), start=1)

    def close(self) -> None:
        self.book.close()


BIRTH_DATE = "birth_date"


def plausible_birth_date(text: str, today: date) -> bool:
    """Whether the canonical date ``text`` is a birth date the person form would take."""
    try:
        check_birth_date(date.fromisoformat(text), today)
    except InvalidValue:
        return False
    return True


def problem(sheet: str, row: int, column: str | None, bad: BadCell) -> ExchangeProblem:
    return ExchangeProblem(sheet, row, column, bad.code, dict(bad.params))


def _header(cells: list[Any]) -> dict[str, int]:
    """Column name → position, names compared trimmed and in lower case."""
    return {_text(cell).strip().lower(): index for index, cell in enumerate(cells)
            if _text(cell).strip()}


def read_sheet(book: WorkbookReader, sheet: Sheet, problems: list[ExchangeProblem], *,
               antennas: tuple[str, ...], now_local: datetime) -> FileSheet:
    """Every data row of ``sheet`` and its continuation sheets as :class:`FileRecord`
    (for Attendance: ``values`` holds ``meeting_id``, ``person_id``, ``attended`` and
    ``id`` is the meeting's). Rows with a problem are left out and their problems added."""
    out = FileSheet(sheet)
    seen: set[uuid.UUID] = set()
    # Codes, dates, booleans and the ids a row refers to repeat from row to row: each text
    # is kept once, not once per row.
    shared: dict[str, str] = {}
    attendance = sheet.record_type == "attendance"
    # The persons' sheets: each birth date held to the person form's rule, once per date.
    births: dict[str, bool] | None = {} if any(
        column.name == BIRTH_DATE for column in sheet.columns) else None
    for name in book.parts(sheet):
        out.present = True
        rows = book.rows(name)
        first = next(rows, None)
        positions = _header(first[1]) if first else {}
        missing = [column.name for column in sheet.columns
                   if column.name not in positions and not column.optional_column]
        if missing:
            problems.extend(ExchangeProblem(name, 1, column, "missing_column", {})
                            for column in missing)
            out.rows[name] = 0
            continue
        found = [(column, positions.get(column.name)) for column in sheet.columns]
        older = "status" not in positions and sheet.record_type == "meeting"
        count = 0
        for number, cells in rows:
            if not any(cell not in (None, "") for cell in cells):
                continue
            count += 1
            values: dict[str, str] = {}
            row_problems: list[ExchangeProblem] = []
            record_id = None
            stamp = None
            for column, position in found:
                raw = cells[position] if position is not None and position < len(cells) else None
                try:
                    if column.kind == Kind.UPDATED_AT:
                        stamp = updated_at(raw)
                    elif position is None:
                        values[column.name] = ""
                    else:
                        text = cell_text(column, raw,
                                         antennas if column.name == "antenna" else None)
                        if column.kind == Kind.ID:
                            record_id = uuid.UUID(text)
                        elif column.kind == Kind.TEXT:
                            values[column.name] = text
                        else:
                            values[column.name] = shared.setdefault(text, text)
                except BadCell as bad:
                    row_problems.append(problem(name, number, column.name, bad))
            if births is not None and (born := values.get(BIRTH_DATE)):
                if born not in births:
                    births[born] = plausible_birth_date(born, now_local.date())
                if not births[born]:
                    row_problems.append(ExchangeProblem(name, number, BIRTH_DATE,
                                                        "implausible_birth_date", {"value": born}))
            if attendance and not row_problems:
                record_id = uuid.UUID(values["meeting_id"])
            elif not row_problems and record_id in seen:
                row_problems.append(ExchangeProblem(name, number, "id", "duplicate_id", {}))
            if row_problems or record_id is None:
                problems.extend(row_problems)
                continue
            if older:  # SPEC §6: a workbook from before meetings had a status
                started = datetime.fromisoformat(values["starts_at"])
                values["status"] = "done" if started < now_local else "planned"
            if not attendance:
                seen.add(record_id)
            out.records.append(FileRecord(number, name, record_id,
                                          stamp or datetime.min.replace(tzinfo=UTC), values))
        out.rows[name] = count
    return out
