"""Fixtures of the exchange workbook tests: a demo antenna (real services, real migrated
database), a second empty database, and helpers that read and edit workbooks as
headquarters would (openpyxl's ordinary mode, as a spreadsheet program saves)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import text

from duodesk.core.context import Services, build_services
from duodesk.core.database import open_database
from duodesk.core.demo import generate_demo


@pytest.fixture
def antenna(services: Services) -> Services:
    """A small demo antenna: 50 mentees, 10 mentors and their duos, meetings, evaluations."""
    generate_demo(services, mentees=50, seed=7)
    return services


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Services]:
    """A second, empty database (headquarters receiving the antenna's first workbook)."""
    other = build_services(open_database(tmp_path / "hq.sqlite"))
    yield other
    other.close()


def sheets(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet of a workbook as calamine reads it."""
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def without_exported_at(content: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
    content = dict(content)
    content["About"] = [row for row in content["About"] if row[0] != "exported_at"]
    return content


def find_row(path: Path, sheet: str, record_id: str) -> dict[str, Any]:
    rows = sheets(path)[sheet]
    header = rows[0]
    for row in rows[1:]:
        if row[header.index("id")] == record_id:
            return dict(zip(header, row, strict=True))
    raise KeyError(record_id)


def edit(path: Path, sheet: str, record_id: str, **changes: Any) -> None:
    """Change cells of one record in a saved workbook, as someone at headquarters would."""
    book = load_workbook(path)
    ws = book[sheet]
    header = [cell.value for cell in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[header.index("id")].value == record_id:
            for name, value in changes.items():
                row[header.index(name)].value = value
            break
    else:
        raise KeyError(record_id)
    book.save(path)


def dump(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import may touch, to tell whether anything changed."""
    tables = ("persons", "mentees", "mentors", "person_languages", "person_sectors",
              "consents", "duos", "meetings", "meeting_attendees", "evaluations",
              "status_changes", "exchange_states", "exchange_conflicts", "coordinators",
              "partners")
    with services.db.read() as session:
        return {table: sorted((tuple(row) for row in session.execute(
            text(f"SELECT * FROM {table}"))), key=repr) for table in tables}
