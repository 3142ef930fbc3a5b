"""One data row's cells turned into clean values and the problems found (SPEC §5, issue 4
item 3). Rules a coordinator would want, each tested:

- A cell shaped like a national register number (``85.07.25-123.45``, ``85072512345``…)
  is never kept, whatever its column (SPEC §5.4): dropped with ``national_number_dropped``
  (the number cut out of free text such as notes). Told by its form, not by a checksum.
- Names trimmed, put in natural case when typed in capitals. A *full name* column follows
  the Belgian lists' "LAST First" convention: the words in capitals are the last name;
  when all or none are in capitals, the first word (with its particles: ``De Smet``,
  ``El Amrani``, ``Van der Berghe``) is the last name; ``Last, First`` with a comma too.
- Dates: see :mod:`dates`. An unreadable or implausible birth date rejects the row (it is
  what tells people apart); a bad referral date is dropped with a warning.
- Phones to E.164, or kept as typed with a warning; emails trimmed and lower-cased, an
  invalid one dropped with a warning; codes (gender, languages, sectors, education…) from
  the words of :mod:`words`, an unknown word left out with a warning.
- A cell longer than its field allows (a 100,000-character paste) is never cut silently:
  ``value_too_long`` rejects the row for a name, else drops the value with a warning.

``RowIssue.params["value"]`` holds at most the first 60 characters of the cell, for the
coordinator's report; it is never logged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from operator import itemgetter

from duodesk.core import validation
from duodesk.core.imports import fields
from duodesk.core.imports.fields import RowResult
from duodesk.core.imports.source import ImportField, NormalisedRow, SourceRow
from duodesk.core.text import fold

F = ImportField
LIMITS = {
    F.FULL_NAME: 200, F.FIRST_NAME: 100, F.LAST_NAME: 100, F.EMAIL: 254, F.PHONE: 40,
    F.POSTAL_CODE: 20, F.MUNICIPALITY: 100, F.LANGUAGES: 500, F.SECTORS: 500,
    F.EDUCATION_LEVEL: 200, F.REFERRER_CONTACT: 200, F.PROFESSIONAL_PROJECT: 5000,
    F.NOTES: 10000, F.GENDER: 40, F.BIRTH_DATE: 40, F.REFERRAL_DATE: 40,
    F.DRIVING_LICENCE: 60, F.DIPLOMA_RECOGNISED: 60, F.JOBSEEKER_SERVICE: 60,
}
_DEFAULT_LIMIT = 1000
# Tuples, not "int | float": a union in isinstance() is built again at every call.
_NUMBERS = (int, float)
_MOMENTS = (dt.datetime, dt.date, dt.time)
_NAME_FIELDS = (F.FULL_NAME, F.FIRST_NAME, F.LAST_NAME)
_FREE_TEXT = (F.NOTES, F.PROFESSIONAL_PROJECT, F.REFERRER_CONTACT)
_DATE_FIELDS = (F.BIRTH_DATE, F.REFERRAL_DATE)

# Starts with a digit, and only then looks behind it (no digit or "+" before): a pattern
# opening with a look-behind is tried at every character of a row's text, this one only at
# its digits (a third of the time; a test holds it equal to the look-behind-first form).
_NATIONAL_NUMBER = re.compile(
    r"\d(?<![\d+]\d)\d[ ./-]?(?:[024]\d|1[0-2]|[35][0-2])[ ./-]?(?:[0-2]\d|3[01])"
    r" ?[-./ ]? ?\d{3} ?[-./ ]? ?\d{2}(?!\d)")
# A mobile number whose "+" a spreadsheet dropped (32470123456) has the eleven digits of a
# national number too; read as a phone in a phone column (the national number it could be
# would belong to someone born in 1932, no mentee).
_MOBILE_WITHOUT_PLUS = re.compile(r"^324(?:5[5-9]|[6-9]\d)\d{6}$")


def _text(value: object) -> str:
    """A cell as text: numbers without a trailing ``.0`` (a postcode read as 1060.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _MOMENTS):
        return value.isoformat()
    return str(value).strip()  # numbers, booleans, durations


# --- names ------------------------------------------------------------------------------------


def split_full_name(text: str) -> tuple[str, str]:
    """``(last, first)`` from a full name written the Belgian lists' way (module doc)."""
    text = validation.clean_text(text)
    if "," in text:
        last, _, first = text.partition(",")
        return last.strip(), first.strip()
    parts = text.split(" ")
    if len(parts) == 1:
        return text, ""
    capitals = [validation.is_all_capitals(p) for p in parts]
    if any(capitals) and not all(capitals):
        last = " ".join(p for p, c in zip(parts, capitals, strict=True) if c)
        first = " ".join(p for p, c in zip(parts, capitals, strict=True) if not c)
        return last, first
    taken = 1
    while taken < len(parts) - 1 and fold(parts[taken - 1]) in validation.NAME_PARTICLES:
        taken += 1
    return " ".join(parts[:taken]), " ".join(parts[taken:])


def _names(row: RowResult, raw: dict[ImportField, str], refused: set[ImportField]) -> None:
    last = raw.get(F.LAST_NAME, "")
    first = raw.get(F.FIRST_NAME, "")
    if F.FULL_NAME in raw and not last:
        last, split_first = split_full_name(raw[F.FULL_NAME])
        first = first or split_first
    last = fields._last_name_case(last)
    first = fields._first_name_case(first)
    # A name refused for its length is already reported; "missing" would say it was empty.
    full_refused = F.FULL_NAME in refused
    if last:
        row.values[F.LAST_NAME] = last
    elif F.LAST_NAME not in refused and not full_refused:
        row.reject("last_name_missing", F.LAST_NAME)
    if first:
        row.values[F.FIRST_NAME] = first
    elif F.FIRST_NAME not in refused and not full_refused:
        row.reject("first_name_missing", F.FIRST_NAME)


# --- the row ----------------------------------------------------------------------------------


def _national_number(row: RowResult, field: ImportField, value: object, text: str) -> str | None:
    """The text with any national register number removed, or ``None`` when the cell was
    nothing else."""
    if field == F.PHONE and _MOBILE_WITHOUT_PLUS.match(fields._PHONE_SPACING.sub("", text)):
        return text
    if isinstance(value, _NUMBERS) and not isinstance(value, bool):
        digits = _text(value)
        if len(digits) == 11 and _NATIONAL_NUMBER.fullmatch(digits):
            row.warn("national_number_dropped", field)
            return None
        return text
    if not _NATIONAL_NUMBER.search(text):
        return text
    row.warn("national_number_dropped", field)
    if field in _FREE_TEXT:
        rest = " ".join(_NATIONAL_NUMBER.sub(" ", text).split())
        return rest or None
    return None


Column = tuple[int, ImportField, int, bool]  # index, field, length limit, is a date field


class _Plan:
    """The mapping's columns worked out once per mapping rather than once per row, and a
    getter of the mapped cells (in C: a row's other cells are never looked at)."""

    __slots__ = ("columns", "mapped_cells", "width")

    def __init__(self, mapping: Mapping[int, ImportField]) -> None:
        # A field mapped from two columns is read from the first that is filled: both are
        # planned, and the row loop skips the second once the first gave a value.
        self.columns: tuple[Column, ...] = tuple(
            (index, field, LIMITS.get(field, _DEFAULT_LIMIT), field in _DATE_FIELDS)
            for index, field in sorted(mapping.items()))
        indexes = [column[0] for column in self.columns]
        self.width = max(indexes, default=-1) + 1  # rows at least this wide: mapped_cells
        # itemgetter of two or more indexes gives a tuple; of one, the bare cell.
        self.mapped_cells: Callable[[tuple[object, ...]], tuple[object, ...]] = (
            itemgetter(*indexes) if len(indexes) > 1
            else lambda cells: tuple(cells[i] for i in indexes))

    def cells(self, cells: tuple[object, ...]) -> tuple[object, ...]:
        """The mapped cells, in the order of :attr:`columns` (``None`` past a short row's
        end)."""
        if len(cells) >= self.width:
            return self.mapped_cells(cells)
        width = len(cells)
        return tuple(cells[c[0]] if c[0] < width else None for c in self.columns)


_plan_cache: list[tuple[dict[int, ImportField], _Plan]] = []


def _plan(mapping: Mapping[int, ImportField]) -> _Plan:
    # One read of the shared entry, so that a worker thread planning another mapping at
    # the same time can never hand this one its plan.
    entry = _plan_cache[0] if _plan_cache else None
    if entry is not None and entry[0] == mapping:
        return entry[1]
    plan = _Plan(mapping)
    _plan_cache[:] = [(dict(mapping), plan)]
    return plan


def normalise_row(row: SourceRow, mapping: Mapping[int, ImportField], *,
                  today: dt.date) -> NormalisedRow:
    """The clean values of one data row under ``mapping`` (column index → field), with
    the warnings that keep it and the errors that reject it."""
    result = RowResult(row.number)
    raw: dict[ImportField, str] = {}
    cells: dict[ImportField, object] = {}
    refused: set[ImportField] = set()
    plan = _plan(mapping)
    mapped = plan.cells(row.cells)
    # One search over the row's mapped text cells tells whether any may hold a national
    # number; only then is each cell searched (most rows hold none). Cells of columns
    # left out are never stored: what they hold does not matter.
    any_suspect = _NATIONAL_NUMBER.search(
        "\x1f".join([c for c in mapped if c.__class__ is str])) is not None
    for (_index, field, limit, is_date), value in zip(plan.columns, mapped, strict=True):
        if value is None or field in raw:
            continue
        if isinstance(value, str):
            text = value.strip()
            if not text:
                continue
            suspect = any_suspect and _NATIONAL_NUMBER.search(text) is not None
        else:
            text = _text(value)
            suspect = not is_date and isinstance(value, _NUMBERS)
        if len(text) > limit:
            if field in _NAME_FIELDS:
                result.reject("value_too_long", field, text, limit=str(limit))
                refused.add(field)
            else:
                result.warn("value_too_long", field, text, limit=str(limit))
            continue
        if suspect:
            kept = _national_number(result, field, value, text)
            if kept is None:
                continue
            text = kept
        raw[field] = text
        cells[field] = value
    _names(result, raw, refused)
    fields.postal(result, raw)
    cleaners = fields.CLEANERS
    for field, text in raw.items():
        cleaners[field](result, text, cells[field], today)
    return NormalisedRow(row.number, result.values, result.warnings, result.errors)
