"""Helpers of the import service tests: partner files written by the tests themselves
(invented people, example.org addresses, numbers from the Belgian mobile range)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from duodesk.core.database import Database
from duodesk.core.imports.service import ImportService
from duodesk.core.imports.source import RowIssue, SourceRow, SourceTable

HEADERS = ("Nom", "Prénom", "Né(e) le", "Genre", "GSM", "Courriel", "CP", "Langues",
           "Couleur préférée")
TODAY = date.today()
# Moments stored by the import and the services, moved an hour back by backdate().
MOMENTS = (("persons", "created_at"), ("persons", "updated_at"),
           ("journal_entries", "written_at"), ("journal_entries", "updated_at"),
           ("status_changes", "changed_at"), ("import_batches", "imported_at"),
           ("audit_entries", "at"))


def birth(age: int = 25, n: int = 0) -> str:
    """A birth date, day first as partners type it, of someone ``age`` years old (a
    different day for each ``n``)."""
    day = date(TODAY.year - age - 1, 3, 4) - timedelta(days=n)
    return day.strftime("%d/%m/%Y")


def backdate(db: Database) -> None:
    """Move everything written so far an hour back, so that what a test does next happens
    "since the import" (times are kept to the second)."""
    with db.write() as session:
        # The audit trail is append-only (database triggers): only a test travels in time,
        # with the triggers lifted for the moment and put back in the same transaction.
        triggers = session.execute(text(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'audit_entries'")).scalars().all()
        assert len(triggers) == 2
        session.execute(text("DROP TRIGGER audit_entries_no_update"))
        session.execute(text("DROP TRIGGER audit_entries_no_delete"))
        for table, column in MOMENTS:
            session.execute(text(
                f"UPDATE {table} SET {column} = "
                f"strftime('%Y-%m-%d %H:%M:%f000', {column}, '-1 hour')"))
        for sql in triggers:
            session.execute(text(sql))


def person_row(n: int, **overrides: object) -> list[object]:
    """One valid row of :data:`HEADERS` for an invented person numbered ``n``."""
    values: dict[str, object] = {
        "Nom": f"Testimport{n}", "Prénom": "Amina", "Né(e) le": birth(n=n),
        "Genre": "F", "GSM": f"0486 {n // 10000 % 100:02d} {n // 100 % 100:02d} {n % 100:02d}",
        "Courriel": f"import{n}@example.org", "CP": "1030", "Langues": "Français, Arabe",
        "Couleur préférée": "bleu",
    }
    values.update(overrides)
    return [values[h] for h in HEADERS]


def make_table(rows: Sequence[Sequence[object]], headers: Sequence[str] = HEADERS,
               name: str = "liste.xlsx") -> SourceTable:
    """A file as the reader hands it over: header in row 1, data from row 2."""
    digest = hashlib.sha256(repr((tuple(headers), [tuple(r) for r in rows])).encode())
    return SourceTable(
        file_name=name, sha256=digest.hexdigest(), file_type="xlsx", sheets=("Liste",),
        sheet="Liste", header_row=1, headers=tuple(headers),
        rows=tuple(SourceRow(i + 2, tuple(r)) for i, r in enumerate(rows)))


def write_xlsx(path: Path, rows: Sequence[Sequence[object]],
               headers: Sequence[str] = HEADERS) -> Path:
    """A real partner workbook with a title row above the header."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Liste"
    sheet.append(["Orientations vers le mentorat"])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[object]],
              headers: Sequence[str] = HEADERS) -> Path:
    """A partner list as Excel's "CSV UTF-8" saves it (semicolons, byte-order mark)."""
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def describe(issue: RowIssue) -> str:
    """A stand-in for the translated sentences: the code, field and parameters."""
    params = ",".join(f"{k}={v}" for k, v in sorted(issue.params.items()))
    return f"[{issue.code}|{issue.field or ''}|{params}]"


def import_service(db: Database) -> ImportService:
    return ImportService(db)
