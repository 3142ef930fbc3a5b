"""Cleaning one field of a data row (SPEC §5, issue 4 item 3): dates, phones, emails,
postcodes, languages, sectors, education, yes/no and the other codes. ``CLEANERS`` maps
each field to its cleaner; ``values.normalise_row`` calls them after the names.

Values repeat through a partner list (the same postcode, language list, gender letter), so
each cleaner caches what it works out from a cell's text: a 10,000-row list is cleaned in
a fraction of a second. The results returned are fresh lists, never a cached one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from email_validator import SPECIAL_USE_DOMAIN_NAMES

from duodesk.core import validation
from duodesk.core.codes import LanguageLevel, Sector
from duodesk.core.errors import InvalidValue
from duodesk.core.imports import words
from duodesk.core.imports.dates import DateUnreadable, parse_date
from duodesk.core.imports.source import ImportField, RowIssue
from duodesk.core.text import fold

F = ImportField
SHOWN_CHARS = 60  # of a cell's text put in an issue, for the report
_EARLIEST_BIRTH = dt.date(1900, 1, 1)

_PHONE_SPACING = re.compile(r"[\s./\-()]+")
# Belgian mobile numbers, the common case, without the cost of the phonenumbers library.
_BELGIAN_MOBILE = re.compile(r"^(?:\+32|0032|0)(4(?:5[5-9]|[6-9]\d)\d{6})$")
# The common address, accepted without email-validator: a strict subset of what it accepts
# (a test holds the two equal over many shapes): labels of at most 63 characters, none with
# "--" in third and fourth place (punycode and reserved forms), a top-level domain of letters
# that is no special-use name (``.local``, ``.test``… are refused by email-validator).
_SIMPLE_EMAIL = re.compile(
    r"^[a-z0-9_%+\-]+(?:\.[a-z0-9_%+\-]+)*@"
    r"(?:(?!..--)[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+([a-z]{2,24})$")
# Words join list items only between spaces: "Frans en Engels", but "fr, nl, en" ends
# with English.
_LIST_SEPARATORS = re.compile(
    r"\s*(?:[,;/+|\n•]|\s-\s)\s*|\s+(?:et|en|and|und)\s+", re.IGNORECASE)
_REMARK = re.compile(r"\(([^)]*)\)|\[([^]]*)\]|:\s*(.+)$")


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


class RowResult:
    """Collects one row's values and issues while its cells are cleaned."""

    __slots__ = ("errors", "number", "values", "warnings")

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


# Names, municipalities and code words repeat through a list: each is worked out once;
# str.isupper() (in C) passes over the names not typed in capitals before any Python loop.
@lru_cache(maxsize=65536)
def _last_name_case(text: str) -> str:
    return validation.natural_case(text) if text.isupper() else " ".join(text.split())


@lru_cache(maxsize=65536)
def _first_name_case(text: str) -> str:
    if text.isupper():
        return validation.natural_case(text, particles=False)
    return " ".join(text.split())


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """A code word as looked up: folded, without a final full stop (``M.``, ``Mevr.``)."""
    return fold(text).strip(" .!")


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


_SPECIAL_USE_DOMAINS = frozenset(SPECIAL_USE_DOMAIN_NAMES)
_EMAIL_LIST = re.compile(r"\s*[;,/\s]\s*")


@lru_cache(maxsize=65536)
def _email(text: str) -> str | None:
    lowered = text.strip().lower().removeprefix("mailto:")
    simple = _SIMPLE_EMAIL.match(lowered)
    if simple and simple.group(1) not in _SPECIAL_USE_DOMAINS:
        return lowered
    try:
        return validation.normalise_email(text)
    except InvalidValue:
        return None


@lru_cache(maxsize=16384)
def _postal_code(text: str) -> str | None:
    """The checked postcode, ``""`` when empty, ``None`` when not a Belgian postcode."""
    try:
        return validation.normalise_postal_code(text) or ""
    except InvalidValue:
        return None


# "1060 Saint-Gilles" in one cell, as many lists write the address's last line.
_CODE_AND_PLACE = re.compile(r"^(?:B|BE)?[\s-]*(\d{4})[\s,-]+(\D.*)$", re.IGNORECASE)


@lru_cache(maxsize=16384)  # a list holds a few dozen places, each on many rows
def _postal_pair(text: str, municipality: str) -> tuple[str | None, str, str]:
    """The text of a postcode not known (else ``None``), the postcode and the place."""
    both = _CODE_AND_PLACE.match(text)
    if both and _postal_code(both.group(1)):
        text, municipality = both.group(1), municipality or both.group(2).strip()
    code = _postal_code(text)
    place = _last_name_case(municipality) or validation.locality_of(code) or ""
    return (text if code is None else None), code or "", place


def _postal(row: RowResult, text: str, municipality: str) -> None:
    unknown, code, place = _postal_pair(text, municipality)
    if unknown is not None:
        row.warn("postal_code_unknown", F.POSTAL_CODE, unknown)
    elif code:
        row.values[F.POSTAL_CODE] = code
    if place:
        row.values[F.MUNICIPALITY] = place


# --- codes ------------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _languages(text: str) -> tuple[tuple[tuple[str, LanguageLevel], ...], tuple[str, ...]]:
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
        if code is None and found and fold(item) in words.LEVELS:
            # "Arabe - langue maternelle": a level alone speaks of the language before it.
            last = next(reversed(found))
            found[last] = words.LEVELS[fold(item)]
            continue
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
    return tuple((code, LanguageLevel(level)) for code, level in found.items()), tuple(unknown)


def _rank(level: str) -> int:
    return list(LanguageLevel).index(LanguageLevel(level))


@lru_cache(maxsize=4096)
def _sectors(text: str) -> tuple[tuple[Sector, ...], tuple[str, ...]]:
    found: list[Sector] = []
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
            found.append(Sector(code))
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


def _coded(row: RowResult, field: ImportField, text: str, table: Mapping[str, Any],
           code: str) -> None:
    value = table.get(_key(text))
    if value is None:
        row.warn(code, field, text)
    else:
        row.values[field] = value


def _birth_date(row: RowResult, text: str, value: object, today: dt.date) -> None:
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


def _referral_date(row: RowResult, text: str, value: object, today: dt.date) -> None:
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


# --- one cleaner per field --------------------------------------------------------------------

Cleaner = Callable[[RowResult, str, object, dt.date], None]


_PHONE_LIST = re.compile(r"\s*(?:[;,|\n]|\s/\s|\s(?:ou|of|or|en|et)\s)\s*", re.IGNORECASE)


def _clean_phone(row: RowResult, text: str, value: object, today: dt.date) -> None:
    number, read = _phone(text)
    if not read:
        # "0470 12 34 56 / 02 512 34 56": the first number is kept, the others reported.
        parts = [part for part in _PHONE_LIST.split(text) if part]
        first = _phone(parts[0]) if len(parts) > 1 else (number, False)
        if first[1]:
            number, read = first
            row.warn("phone_extra_dropped", F.PHONE, " ".join(parts[1:]))
    row.values[F.PHONE] = number
    if not read:
        row.warn("phone_unreadable", F.PHONE, text)


def _clean_email(row: RowResult, text: str, value: object, today: dt.date) -> None:
    email = _email(text)
    if email is None and "@" in text:
        # "perso@… / pro@…": the first address is kept, the others shown in the report.
        found = [part for part in _EMAIL_LIST.split(text) if part and _email(part)]
        if found:
            email = _email(found[0])
            rest = " ".join(found[1:])
            if rest:
                row.warn("email_extra_dropped", F.EMAIL, rest)
    if email is None:
        row.warn("email_invalid", F.EMAIL, text)
    else:
        row.values[F.EMAIL] = email


def _clean_languages(row: RowResult, text: str, value: object, today: dt.date) -> None:
    found, unknown = _languages(text)
    row.values[F.LANGUAGES] = list(found)
    for word in unknown:
        row.warn("language_unknown", F.LANGUAGES, word)


def _clean_sectors(row: RowResult, text: str, value: object, today: dt.date) -> None:
    codes, unknown = _sectors(text)
    row.values[F.SECTORS] = list(codes)
    for word in unknown:
        row.warn("sector_unknown", F.SECTORS, word)


def _clean_education(row: RowResult, text: str, value: object, today: dt.date) -> None:
    level = _education(text)
    if level is None:
        row.warn("education_unknown", F.EDUCATION_LEVEL, text)
    else:
        row.values[F.EDUCATION_LEVEL] = level


def _clean_licence(row: RowResult, text: str, value: object, today: dt.date) -> None:
    answer = _key(text)
    if answer in words.LICENCE_YES:
        row.values[F.DRIVING_LICENCE] = True
    elif answer in words.NO:
        row.values[F.DRIVING_LICENCE] = False
    else:
        row.warn("yes_no_unknown", F.DRIVING_LICENCE, text)


def _code_cleaner(field: ImportField, table: Mapping[str, Any], code: str) -> Cleaner:
    def clean(row: RowResult, text: str, value: object, today: dt.date) -> None:
        _coded(row, field, text, table, code)
    return clean


def _one_line(field: ImportField) -> Cleaner:
    def clean(row: RowResult, text: str, value: object, today: dt.date) -> None:
        row.values[field] = validation.clean_text(text)
    return clean


def _kept(row: RowResult, text: str, value: object, today: dt.date) -> None:
    row.values[F.NOTES] = text  # line breaks kept


def _nothing(row: RowResult, text: str, value: object, today: dt.date) -> None:
    """Names, postcode and municipality are cleaned together, by their own functions."""


CLEANERS: dict[ImportField, Cleaner] = {
    F.BIRTH_DATE: _birth_date,
    F.REFERRAL_DATE: _referral_date,
    F.GENDER: _code_cleaner(F.GENDER, words.GENDERS, "gender_unknown"),
    F.PHONE: _clean_phone,
    F.EMAIL: _clean_email,
    F.LANGUAGES: _clean_languages,
    F.SECTORS: _clean_sectors,
    F.EDUCATION_LEVEL: _clean_education,
    F.DRIVING_LICENCE: _clean_licence,
    F.DIPLOMA_RECOGNISED: _code_cleaner(F.DIPLOMA_RECOGNISED, words.DIPLOMA_RECOGNITION,
                                        "yes_no_unknown"),
    F.JOBSEEKER_SERVICE: _code_cleaner(F.JOBSEEKER_SERVICE, words.JOBSEEKER_SERVICES,
                                       "jobseeker_service_unknown"),
    F.REFERRER_CONTACT: _one_line(F.REFERRER_CONTACT),
    F.PROFESSIONAL_PROJECT: _one_line(F.PROFESSIONAL_PROJECT),
    F.NOTES: _kept,
    F.FULL_NAME: _nothing, F.FIRST_NAME: _nothing, F.LAST_NAME: _nothing,
    F.POSTAL_CODE: _nothing, F.MUNICIPALITY: _nothing,
}


def postal(row: RowResult, raw: Mapping[ImportField, str]) -> None:
    """The postcode and municipality, which fill each other."""
    if F.POSTAL_CODE in raw or F.MUNICIPALITY in raw:
        _postal(row, raw.get(F.POSTAL_CODE, ""), raw.get(F.MUNICIPALITY, ""))
