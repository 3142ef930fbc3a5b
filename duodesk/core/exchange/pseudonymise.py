"""The pseudonymised variant of the exchange workbook (SPEC §6), for statistics.

No names, contacts, birth dates or free text: those columns are left out
(:func:`.columns.pseudonymised`), the birth date becomes an age band on the day of the
export, and every id (of the record and of the records it names) becomes the HMAC-SHA256 of
the id with a secret kept in the database (created once, the same for every export, useless
without the database). An ``Aggregates`` sheet counts mentees, mentors and duos by status,
age band and municipality, any count below 5 shown as ``<5``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.core import codes
from duodesk.core.exchange.columns import (
    MENTEE_AGE_BANDS,
    MENTOR_AGE_BANDS,
    Kind,
    Sheet,
    pseudonymised,
)
from duodesk.core.exchange.records import Row
from duodesk.core.models import AppSetting

SECRET_KEY = "exchange_pseudonym_secret"
SMALL = 5  # a count below this is shown as "<5"
AGGREGATE_HEADER = ("population", "by", "value", "count")
UNKNOWN = "unknown"


def pseudonym_secret(session: Session) -> bytes:
    """The database's secret for pseudonyms, made the first time it is needed (write
    session)."""
    stored = session.scalar(select(AppSetting.value).where(AppSetting.key == SECRET_KEY))
    if not stored:
        stored = secrets.token_hex(32)
        session.add(AppSetting(key=SECRET_KEY, value=stored))
        session.flush()
    return bytes.fromhex(str(stored))


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_band(birth: date | None, day: date, mentor: bool) -> str | None:
    """The age band on ``day``; an age below the first band counts in the first band."""
    if birth is None:
        return None
    age = age_on(birth, day)
    if mentor:
        return MENTOR_AGE_BANDS[0 if age < 60 else 1 if age < 70 else 2]
    return MENTEE_AGE_BANDS[0 if age <= 20 else 1 if age <= 25 else 2 if age <= 30 else 3]


class Pseudonymiser:
    """Turns the rows of the ordinary sheets into the pseudonymised ones, counting the
    aggregates on the way."""

    def __init__(self, secret: bytes, today: date,
                 kept_bands: Mapping[str, str] | None = None) -> None:
        self._secret = secret
        self.today = today
        self.counts: dict[tuple[str, str], Counter[str]] = {}
        # Anonymised files (duodesk.core.privacy) have no birth date left, only the age band
        # kept at anonymisation: by id as written in the rows.
        self.kept_bands = dict(kept_bands or {})

    def pseudonym(self, key: str | None) -> str | None:
        if not key:
            return None
        return hmac.new(self._secret, key.encode("ascii"), hashlib.sha256).hexdigest()

    def sheet(self, sheet: Sheet) -> Sheet:
        return pseudonymised(sheet)

    def rows(self, sheet: Sheet, rows: Iterator[Row]) -> Iterator[Row]:
        """The pseudonymised rows of ``sheet``'s ordinary rows."""
        plan: list[tuple[int, str]] = []  # (position in the ordinary row, what to do)
        for column in pseudonymised(sheet).columns:
            if column.kind == Kind.AGE_BAND:
                plan.append((sheet.names.index("birth_date"), "band"))
            elif column.kind in (Kind.ID, Kind.REF):
                plan.append((sheet.names.index(column.name), "hash"))
            else:
                plan.append((sheet.names.index(column.name), "keep"))
        population = {"mentee": "mentees", "mentor": "mentors", "duo": "duos"}.get(
            sheet.record_type)
        status_at = sheet.names.index("status") if population else -1
        place_at = sheet.names.index("municipality") if "municipality" in sheet.names else -1
        mentor = sheet.record_type == "mentor"
        id_at = sheet.names.index("id") if "id" in sheet.names else -1
        for row in rows:
            out = []
            band: str | None = None
            for position, action in plan:
                value = row[position]
                if action == "hash":
                    value = self.pseudonym(value)
                elif action == "band":
                    value = band = self._band(row, position, id_at, mentor)
                out.append(value)
            if population:
                self._count(population, "status", row[status_at])
                if place_at >= 0:
                    self._count(population, "municipality", row[place_at] or UNKNOWN)
                    if band is None and "birth_date" in sheet.names:
                        band = self._band(row, sheet.names.index("birth_date"), id_at, mentor)
                    self._count(population, "age_band", band or UNKNOWN)
            yield tuple(out)

    def _band(self, row: Row, birth_at: int, id_at: int, mentor: bool) -> str | None:
        """The age band on the day, or the one an anonymised file kept."""
        band = age_band(row[birth_at], self.today, mentor)
        if band is None and id_at >= 0 and self.kept_bands:
            band = self.kept_bands.get(str(row[id_at]))
        return band

    def _count(self, population: str, by: str, value: str) -> None:
        self.counts.setdefault((population, by), Counter())[value] += 1

    def aggregates(self) -> Iterator[tuple[str, str, str, str | int]]:
        """The Aggregates sheet's rows: every status and age band (even at 0), every
        municipality present, counts below 5 shown as ``<5``."""
        listed = {
            ("mentees", "status"): [str(s) for s in codes.MenteeStatus],
            ("mentees", "age_band"): list(MENTEE_AGE_BANDS),
            ("mentors", "status"): [str(s) for s in codes.MentorStatus],
            ("mentors", "age_band"): list(MENTOR_AGE_BANDS),
            ("duos", "status"): [str(s) for s in codes.DuoStatus],
        }
        for population in ("mentees", "mentors", "duos"):
            for by in ("status", "age_band", "municipality"):
                if (population, by) not in listed and (population, by) not in self.counts:
                    continue
                counted = self.counts.get((population, by), Counter())
                values = listed.get((population, by), [])
                values = values + sorted(v for v in counted if v not in values)
                for value in values:
                    count = counted.get(value, 0)
                    yield population, by, value, count if count >= SMALL else f"<{SMALL}"
