"""Bad input through the partner import AND the exchange import (SPEC §10): a zip bomb, a
sheet claiming a million rows, a 100,000-character cell, control characters, dates in 1900
and 2200, an ``.xls`` named ``.xlsx``, a workbook protected by a password. Each ends in a
typed error with its sentence, or in rows kept or refused each with its reason; never a
crash, never a hang (each is stopped after a minute)."""

from __future__ import annotations

import shutil
import signal
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from duodesk.core.context import Services, build_services
from duodesk.core.database import open_database
from duodesk.core.demo import generate_demo
from duodesk.core.errors import DuoDeskError
from duodesk.core.imports.plan import RowClass
from duodesk.core.imports.reader import read_source
from duodesk.core.models import Mentee, Person
from duodesk.import_service_texts import describe_issue
from duodesk.messages import describe
from tests import imports_files as files
from tests.imports_files import FIXTURES, HEADER, PEOPLE, replace_in_member, zip_bomb

SECONDS = 60
SHEET_XML = r"xl/(sharedStrings|worksheets/sheet\d+)\.xml"
# The control characters that are not white space (those are spaces to a name).
CONTROL = "".join(chr(c) for c in range(32) if not chr(c).isspace()) + "\x7f"


@contextmanager
def at_most(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: an alarm interrupts the work after ``seconds``."""

    def stop(_signal: int, _frame: Any) -> None:
        raise TimeoutError(f"still working after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def refused(work: Callable[[], object]) -> DuoDeskError:
    """The typed error ``work`` ends with; its sentence is a sentence, not a code."""
    with at_most(SECONDS), pytest.raises(DuoDeskError) as caught:
        work()
    sentence = describe(caught.value)
    assert sentence and caught.value.code not in sentence, sentence
    return caught.value


# --- the partner import ---------------------------------------------------------------------


def partner_file(folder: Path, name: str, people: list[tuple[object, ...]]) -> Path:
    return files.write_xlsx(folder / name, [HEADER, *people])


def import_partner(services: Services, path: Path, tmp_path: Path) -> dict[int, Any]:
    """Read, plan and commit ``path``; return each data row's plan by row number."""
    with at_most(SECONDS):
        table = read_source(path)
        plan = services.imports.plan(table, services.imports.suggest_mapping(table, None),
                                     partner_id=None, source_path=path)
        services.imports.commit(plan, describe=describe_issue,
                                rejected_path=tmp_path / "rejected.xlsx")
    for row in plan.rows:
        for issue in row.issues:
            assert describe_issue(issue).strip(), issue  # every reason said in words
    return {row.number: row for row in plan.rows}


def last_names(services: Services) -> set[str]:
    with services.db.read() as session:
        return set(session.scalars(select(Person.last_name)))


def test_partner_import_refuses_a_zip_bomb(services: Services, tmp_path: Path) -> None:
    error = refused(lambda: read_source(zip_bomb(tmp_path / "liste.xlsx")))
    assert error.params["reason"] == "too_large"


def test_partner_import_refuses_a_workbook_with_a_password(services: Services,
                                                          tmp_path: Path) -> None:
    error = refused(lambda: read_source(FIXTURES / "encrypted.xlsx"))
    assert error.params["reason"] == "encrypted"


def test_partner_import_reads_an_xls_named_xlsx_for_what_it_is(services: Services,
                                                               tmp_path: Path) -> None:
    renamed = tmp_path / "referrals.xlsx"
    shutil.copyfile(FIXTURES / "referrals.xls", renamed)
    rows = import_partner(services, renamed, tmp_path)
    assert rows and read_source(renamed).file_type == "xls"


def test_partner_import_reads_a_sheet_claiming_a_million_rows_at_once(
        services: Services, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for row in (HEADER, *PEOPLE):
        book.active.append(row)
    book.active["XFD1000000"] = " "  # one blank typed in the last cell of the sheet
    book.save(tmp_path / "million.xlsx")
    rows = import_partner(services, tmp_path / "million.xlsx", tmp_path)
    assert sorted(rows) == [2, 3, 4]
    assert {"Dupont", "Janssens", "El Idrissi"} <= last_names(services)


def test_partner_import_refuses_a_100000_character_name_with_its_reason(
        services: Services, tmp_path: Path) -> None:
    path = partner_file(tmp_path, "long.xlsx", [("@LONG@", "Linh", "03/04/2001", "", "", "",
                                                   ""), PEOPLE[1]])
    replace_in_member(path, SHEET_XML, "@LONG@", "x" * 100_000)
    rows = import_partner(services, path, tmp_path)
    assert rows[2].row_class == RowClass.REJECTED
    assert [issue.code for issue in rows[2].issues] == ["value_too_long"]
    assert rows[3].row_class == RowClass.VALID
    assert (tmp_path / "rejected.xlsx").is_file()


def test_partner_import_keeps_names_without_their_control_characters(
        services: Services, tmp_path: Path) -> None:
    path = partner_file(tmp_path, "controls.xlsx", [("Ngo@CTRL@no", "Dieu@CTRL@donné",
                                                       "03/04/2001", "", "", "", "")])
    # Excel writes a control character as _xHHHH_; as a raw byte it would break the XML.
    replace_in_member(path, SHEET_XML, "@CTRL@", "".join(f"_x{ord(c):04X}_" for c in CONTROL))
    rows = import_partner(services, path, tmp_path)
    assert rows[2].row_class != RowClass.REJECTED
    assert "Ngono" in last_names(services)


@pytest.mark.parametrize("born", ["01/01/1900", "01/01/2200", datetime(1900, 1, 1),
                                  datetime(2200, 12, 31)])
def test_partner_import_refuses_birth_dates_in_1900_and_2200_with_a_reason(
        services: Services, tmp_path: Path, born: object) -> None:
    path = partner_file(tmp_path, "dates.xlsx", [("Diallo", "Awa", born, "", "", "", "")])
    rows = import_partner(services, path, tmp_path)
    assert rows[2].row_class == RowClass.REJECTED
    assert [issue.code for issue in rows[2].issues] == ["date_implausible"]


# --- the exchange import --------------------------------------------------------------------


@pytest.fixture(scope="module")
def exchange_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The exchange workbook of an antenna of 50 demo mentees."""
    folder = tmp_path_factory.mktemp("exchange")
    services = build_services(open_database(folder / "antenna.sqlite"))
    generate_demo(services, mentees=50)
    services.exchange.export(folder / "antenna.xlsx")
    services.close()
    return folder / "antenna.xlsx"


def changed(workbook: Path, target: Path, cells: dict[str, object]) -> Path:
    """A copy of the exchange workbook with cells of its Mentees sheet changed."""
    book = openpyxl.load_workbook(workbook)
    for address, value in cells.items():
        book["Mentees"][address] = value
    book.save(target)
    return target


def import_exchange(services: Services, path: Path) -> list[tuple[str, int, str | None, str]]:
    """The problems of importing ``path`` into a new database."""
    with at_most(SECONDS):
        result = services.exchange.import_file(path)
    from duodesk.exchange_texts import problem_text

    for found in result.problems:
        assert problem_text(found).strip()  # every problem said in words
    return [(p.sheet, p.row, p.column, p.code) for p in result.problems]


def apart_from_references(problems: list[tuple[str, int, str | None, str]]
                          ) -> list[tuple[str, int, str | None, str]]:
    """The problems but those of rows pointing at a mentee left out (its duo, meetings…)."""
    return [problem for problem in problems if problem[3] != "broken_reference"]


def test_exchange_import_refuses_a_zip_bomb(services: Services, tmp_path: Path) -> None:
    error = refused(lambda: services.exchange.import_file(zip_bomb(tmp_path / "hq.xlsx")))
    assert error.params["reason"] == "too_large"


def test_exchange_import_says_a_workbook_has_a_password(services: Services,
                                                       tmp_path: Path) -> None:
    error = refused(lambda: services.exchange.import_file(FIXTURES / "encrypted.xlsx"))
    assert error.params["reason"] == "encrypted"
    assert "password" in describe(error)


def test_exchange_import_says_an_xls_named_xlsx_is_no_exchange_workbook(
        services: Services, tmp_path: Path) -> None:
    renamed = tmp_path / "hq.xlsx"
    shutil.copyfile(FIXTURES / "referrals.xls", renamed)
    error = refused(lambda: services.exchange.import_file(renamed))
    assert error.params["reason"] == "not_a_workbook"


def test_exchange_import_refuses_a_sheet_reaching_the_last_cell_without_crashing(
        services: Services, exchange_workbook: Path, tmp_path: Path) -> None:
    """python-calamine would allocate every cell up to XFD1000000 and abort the program."""
    path = changed(exchange_workbook, tmp_path / "hq.xlsx", {"XFD1000000": " "})
    error = refused(lambda: services.exchange.import_file(path))
    assert error.params["reason"] == "sheet_too_large"


def test_exchange_import_reads_a_sheet_claiming_a_million_rows(
        services: Services, exchange_workbook: Path, tmp_path: Path) -> None:
    path = changed(exchange_workbook, tmp_path / "hq.xlsx", {"A1000000": " "})
    assert import_exchange(services, path) == []
    assert len(last_names(services)) >= 50


def test_exchange_import_refuses_a_100000_character_text_naming_the_row(
        services: Services, exchange_workbook: Path, tmp_path: Path) -> None:
    path = changed(exchange_workbook, tmp_path / "hq.xlsx", {"D2": "@LONG@"})
    replace_in_member(path, SHEET_XML, "@LONG@", "x" * 100_000)
    assert apart_from_references(import_exchange(services, path)) == [
        ("Mentees", 2, "last_name", "text_too_long")]


def test_exchange_import_removes_control_characters(
        services: Services, exchange_workbook: Path, tmp_path: Path) -> None:
    path = changed(exchange_workbook, tmp_path / "hq.xlsx", {"D2": "Ngo@CTRL@no"})
    replace_in_member(path, SHEET_XML, "@CTRL@", "".join(f"_x{ord(c):04X}_" for c in CONTROL))
    assert import_exchange(services, path) == []
    assert "Ngono" in last_names(services)


def test_exchange_import_refuses_a_date_in_2200_and_keeps_one_in_1900_as_written(
        services: Services, exchange_workbook: Path, tmp_path: Path) -> None:
    """The exchange format takes the dates another DuoDesk wrote, 1900 to 2199
    (docs/exchange-format.md); a date beyond is a typing mistake, said as such. A birth
    date is also held to the person form's rule: 1900-01-01 is a placeholder, not a birth."""
    path = changed(exchange_workbook, tmp_path / "hq.xlsx",
                   {"F2": datetime(2200, 1, 1), "F3": datetime(1900, 1, 1),
                    "O4": datetime(1900, 1, 1)})
    assert apart_from_references(import_exchange(services, path)) == [
        ("Mentees", 2, "birth_date", "bad_date"),
        ("Mentees", 3, "birth_date", "implausible_birth_date")]
    referred = openpyxl.load_workbook(path)["Mentees"]["A4"].value
    with services.db.read() as session:
        assert session.get_one(Mentee, uuid.UUID(referred)).referral_date == date(1900, 1, 1)
