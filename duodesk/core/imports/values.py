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
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from duodesk.core import validation
from duodesk.core.codes import LanguageLevel, Sector
from duodesk.core.errors import InvalidValue
from duodesk.core.imports import words
from duodesk.core.imports.dates import DateUnreadable, parse_date
from duodesk.core.imports.source import ImportField, NormalisedRow, RowIssue, SourceRow
from duodesk.core.text import fold

F = ImportField
SHOWN_CHARS = 60  # of a cell's text put in an issue, for the report
LIMITS = {
    F.FULL_NAME: 200, F.FIRST_NAME: 100, F.LAST_NAME: 100, F.EMAIL: 254, F.PHONE: 40,
    F.POSTAL_CODE: 20, F.MUNICIPALITY: 100, F.LANGUAGES: 500, F.SECTORS: 500,
    F.EDUCATION_LEVEL: 200, F.REFERRER_CONTACT: 200, F.PROFESSIONAL_PROJECT: 5000,
    F.NOTES: 10000, F.GENDER: 40, F.BIRTH_DATE: 40, F.REFERRAL_DATE: 40,
    F.DRIVING_LICENCE: 60, F.DIPLOMA_RECOGNISED: 60, F.JOBSEEKER_SERVICE: 60,
}
_NAME_FIELDS = (F.FULL_NAME, F.FIRST_NAME, F.LAST_NAME)
_FREE_TEXT = (F.NOTES, F.PROFESSIONAL_PROJECT, F.REFERRER_CONTACT)
_EARLIEST_BIRTH = dt.date(1900, 1, 1)

# YY.MM.DD-XXX.CC in any spelling; months 01-12, or +20 / +40 for BIS numbers.
_NATIONAL_NUMBER = re.compile(
    r"(?<![\d+])\d{2}[ ./-]?(?:[024]\d|1[0-2]|[35][0-2])[ ./-]?(?:[0-2]\d|3[01])"
    r" ?[-./ ]? ?\d{3} ?[-./ ]? ?\d{2}(?!\d)")
# A mobile number whose "+" a spreadsheet dropped (32470123456) has the eleven digits of a
# national number too; read as a phone in a phone column (the national number it could be
# would belong to someone born in 1932, no mentee).
_MOBILE_WITHOUT_PLUS = re.compile(r"^324(?:5[5-9]|[6-9]\d)\d{6}$")
_PHONE_SPACING = re.compile(r"[\s./\-()]+")
# Belgian mobile numbers, the common case, without the cost of the phonenumbers library.
_BELGIAN_MOBILE = re.compile(r"^(?:\+32|0032|0)(4(?:5[5-9]|[6-9]\d)\d{6})$")
_SIMPLE_EMAIL = re.compile(
    r"^[a-z0-9_%+\-]+(?:\.[a-z0-9_%+\-]+)*@(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,24}$")
_LIST_SEPARATORS = re.compile(r"\s*(?:[,;/+|\n•]|\s-\s|\bet\b|\ben\b|\band\b)\s*")
_REMARK = re.compile(r"\(([^)]*)\)|\[([^]]*)\]|:\s*(.+)$")


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _text(value: object) -> str:
    """A cell as text: numbers without a trailing ``.0`` (a postcode read as 1060.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


class _Row:
    """Collects one row's values and issues while its cells are cleaned."""

    def __init__(self, number: int) -> None:
        self.values: dict[ImportField, Any] = {}
        self.warnings: list[RowIssue] = []
        self.errors: list[RowIssue] = []
        self.number = number

    def warn(self, code: str, field: ImportField | None, text: str | None = None,
             **params: str) -> None:
        if text is not None:
            params["value"] = _shown(text)
        self.warnings.append(RowIssue(code, field, params))

    def reject(self, code: str, field: ImportField | None, text: str | None = None,
               **params: str) -> None:
        if text is not None:
            params["value"] = _shown(text)
        self.errors.append(RowIssue(code, field, params))


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


def _names(row: _Row, raw: dict[ImportField, str], refused: set[ImportField]) -> None:
    last = raw.get(F.LAST_NAME, "")
    first = raw.get(F.FIRST_NAME, "")
    if F.FULL_NAME in raw and not last:
        last, split_first = split_full_name(raw[F.FULL_NAME])
        first = first or split_first
    last = validation.natural_case(last)
    first = validation.natural_case(first, particles=False)
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


# --- contacts ---------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _phone(text: str) -> tuple[str, bool]:
    """The E.164 number and whether it was read (else the text as typed, cut to 32)."""
    compact = _PHONE_SPACING.sub("", text)
    mobile = _BELGIAN_MOBILE.match("+" + compact if compact.startswith("324") else compact)
    if mobile:
        return "+32" + mobile.group(1), True
    checked = validation.normalise_phone_lenient(text)
    return checked.value or "", checked.warning is None


@lru_cache(maxsize=65536)
def _email(text: str) -> str | None:
    lowered = text.strip().lower()
    if _SIMPLE_EMAIL.match(lowered):
        return lowered
    try:
        return validation.normalise_email(text)
    except InvalidValue:
        return None


def _postal(row: _Row, text: str, municipality: str) -> None:
    code_text = text[:-2] if text.endswith(".0") else text
    try:
        code = validation.normalise_postal_code(code_text)
    except InvalidValue:
        row.warn("postal_code_unknown", F.POSTAL_CODE, text)
        code = None
    if code:
        row.values[F.POSTAL_CODE] = code
    place = validation.natural_case(municipality) or validation.locality_of(code) or ""
    if place:
        row.values[F.MUNICIPALITY] = place


# --- codes ------------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _languages(text: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """``((code, level), …)`` and the words not understood, from ``FR, NL, Arabe``,
    ``Frans; Engels``, ``Arabe (langue maternelle)``, ``FR courant``, ``NL: B1``."""
    found: dict[str, str] = {}
    unknown: list[str] = []
    for item in _LIST_SEPARATORS.split(text):
        item = item.strip(" .-")
        if not item:
            continue
        level = LanguageLevel.GOOD.value
        remark = _REMARK.search(item)
        if remark:
            said = fold(next(g for g in remark.groups() if g is not None))
            level = words.LEVELS.get(said, level)
            item = item[:remark.start()].strip()
        code = words.LANGUAGES.get(fold(item))
        if code is None:
            # "FR courant", "Arabe maternelle", "goed Nederlands": a language and a level.
            tokens = fold(item).split()
            for cut in range(len(tokens) - 1, 0, -1):
                head, tail = " ".join(tokens[:cut]), " ".join(tokens[cut:])
                if head in words.LANGUAGES and tail in words.LEVELS:
                    code, level = words.LANGUAGES[head], words.LEVELS[tail]
                    break
                if tail in words.LANGUAGES and head in words.LEVELS:
                    code, level = words.LANGUAGES[tail], words.LEVELS[head]
                    break
        if code is None:
            unknown.append(item)
        elif code not in found or _rank(level) > _rank(found[code]):
            found[code] = level
    return tuple(found.items()), tuple(unknown)


def _rank(level: str) -> int:
    return list(LanguageLevel).index(LanguageLevel(level))


@lru_cache(maxsize=4096)
def _sectors(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found: list[str] = []
    unknown: list[str] = []
    for item in _LIST_SEPARATORS.split(text):
        item = item.strip(" .-")
        if not item:
            continue
        code = words.SECTORS.get(fold(item))
        if code is None:
            code = next((words.SECTORS[w] for w in fold(item).split()
                         if w in words.SECTORS), None)
        if code is None:
            unknown.append(item)
        elif code not in found:
            found.append(code)
    return tuple(found), tuple(unknown)


_EDUCATION_PATTERNS = tuple((re.compile(r"\b" + re.escape(k)), level)
                            for k, level in words.EDUCATION_KEYWORDS)


@lru_cache(maxsize=4096)
def _education(text: str) -> str | None:
    key = fold(text)
    level = words.EDUCATION.get(key)
    if level is None:
        level = next((lv for pattern, lv in _EDUCATION_PATTERNS if pattern.search(key)), None)
    return level


def _coded(row: _Row, field: ImportField, text: str, table: Mapping[str, Any],
           code: str) -> None:
    value = table.get(fold(text).strip(" .!"))
    if value is None:
        row.warn(code, field, text)
    else:
        row.values[field] = value


# --- the row ----------------------------------------------------------------------------------


def _national_number(row: _Row, field: ImportField, value: object, text: str) -> str | None:
    """The text with any national register number removed, or ``None`` when the cell was
    nothing else."""
    if field == F.PHONE and _MOBILE_WITHOUT_PLUS.match(_PHONE_SPACING.sub("", text)):
        return text
    if isinstance(value, int | float) and not isinstance(value, bool):
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


def normalise_row(row: SourceRow, mapping: Mapping[int, ImportField], *,
                  today: dt.date) -> NormalisedRow:
    """The clean values of one data row under ``mapping`` (column index → field), with
    the warnings that keep it and the errors that reject it."""
    result = _Row(row.number)
    raw: dict[ImportField, str] = {}
    cells: dict[ImportField, object] = {}
    refused: set[ImportField] = set()
    width = len(row.cells)
    for index, field in mapping.items():
        value = row.cells[index] if index < width else None
        if value is None or field in raw:
            continue
        text = value if isinstance(value, str) else _text(value)
        text = text.strip()
        if not text:
            continue
        if len(text) > LIMITS.get(field, 1000):
            if field in _NAME_FIELDS:
                result.reject("value_too_long", field, text, limit=str(LIMITS[field]))
                refused.add(field)
            else:
                result.warn("value_too_long", field, text, limit=str(LIMITS.get(field, 1000)))
            continue
        if field not in (F.BIRTH_DATE, F.REFERRAL_DATE) or isinstance(value, str):
            kept = _national_number(result, field, value, text)
            if kept is None:
                continue
            text = kept
        raw[field] = text
        cells[field] = value
    _names(result, raw, refused)
    _fill(result, raw, cells, today)
    return NormalisedRow(row.number, result.values, result.warnings, result.errors)


def _fill(row: _Row, raw: dict[ImportField, str], cells: dict[ImportField, object],
          today: dt.date) -> None:
    if F.BIRTH_DATE in raw:
        _birth_date(row, cells[F.BIRTH_DATE], raw[F.BIRTH_DATE], today)
    if F.REFERRAL_DATE in raw:
        _referral_date(row, cells[F.REFERRAL_DATE], raw[F.REFERRAL_DATE], today)
    if F.GENDER in raw:
        _coded(row, F.GENDER, raw[F.GENDER], words.GENDERS, "gender_unknown")
    if F.PHONE in raw:
        number, read = _phone(raw[F.PHONE])
        row.values[F.PHONE] = number
        if not read:
            row.warn("phone_unreadable", F.PHONE, raw[F.PHONE])
    if F.EMAIL in raw:
        email = _email(raw[F.EMAIL])
        if email is None:
            row.warn("email_invalid", F.EMAIL, raw[F.EMAIL])
        else:
            row.values[F.EMAIL] = email
    if F.POSTAL_CODE in raw or F.MUNICIPALITY in raw:
        _postal(row, raw.get(F.POSTAL_CODE, ""), raw.get(F.MUNICIPALITY, ""))
    if F.LANGUAGES in raw:
        found, unknown = _languages(raw[F.LANGUAGES])
        row.values[F.LANGUAGES] = [(code, LanguageLevel(level)) for code, level in found]
        for word in unknown:
            row.warn("language_unknown", F.LANGUAGES, word)
    if F.SECTORS in raw:
        codes, unknown = _sectors(raw[F.SECTORS])
        row.values[F.SECTORS] = [Sector(code) for code in codes]
        for word in unknown:
            row.warn("sector_unknown", F.SECTORS, word)
    if F.EDUCATION_LEVEL in raw:
        level = _education(raw[F.EDUCATION_LEVEL])
        if level is None:
            row.warn("education_unknown", F.EDUCATION_LEVEL, raw[F.EDUCATION_LEVEL])
        else:
            row.values[F.EDUCATION_LEVEL] = level
    if F.DRIVING_LICENCE in raw:
        answer = fold(raw[F.DRIVING_LICENCE])
        if answer in words.LICENCE_YES:
            row.values[F.DRIVING_LICENCE] = True
        elif answer in words.NO:
            row.values[F.DRIVING_LICENCE] = False
        else:
            row.warn("yes_no_unknown", F.DRIVING_LICENCE, raw[F.DRIVING_LICENCE])
    if F.DIPLOMA_RECOGNISED in raw:
        _coded(row, F.DIPLOMA_RECOGNISED, raw[F.DIPLOMA_RECOGNISED],
               words.DIPLOMA_RECOGNITION, "yes_no_unknown")
    if F.JOBSEEKER_SERVICE in raw:
        _coded(row, F.JOBSEEKER_SERVICE, raw[F.JOBSEEKER_SERVICE], words.JOBSEEKER_SERVICES,
               "jobseeker_service_unknown")
    for field in (F.REFERRER_CONTACT, F.PROFESSIONAL_PROJECT):
        if field in raw:
            row.values[field] = validation.clean_text(raw[field])
    if F.NOTES in raw:
        row.values[F.NOTES] = raw[F.NOTES]


def _birth_date(row: _Row, value: object, text: str, today: dt.date) -> None:
    try:
        born = parse_date(value, today)
    except DateUnreadable:
        row.reject("date_unreadable", F.BIRTH_DATE, text)
        return
    if born is None:
        return
    try:
        validation.check_birth_date(born, today)
        if born < _EARLIEST_BIRTH:
            raise InvalidValue(field="birth_date", reason="date_implausible")
    except InvalidValue:
        row.reject("date_implausible", F.BIRTH_DATE, text)
        return
    row.values[F.BIRTH_DATE] = born


def _referral_date(row: _Row, value: object, text: str, today: dt.date) -> None:
    try:
        day = parse_date(value, today)
    except DateUnreadable:
        row.warn("date_unreadable", F.REFERRAL_DATE, text)
        return
    if day is None:
        return
    try:
        validation.check_record_date(day, today, "referral_date")
    except InvalidValue:
        row.warn("date_implausible", F.REFERRAL_DATE, text)
        return
    row.values[F.REFERRAL_DATE] = day
