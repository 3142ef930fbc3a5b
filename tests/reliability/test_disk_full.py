"""A disk that fills up during an import or an export (SPEC §10): the typed error and its
sentence, nothing half-written — no partial file left, the database as it was — and the
same work done in full once there is room again."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.demo import generate_demo
from duodesk.core.errors import (
    DatabaseWriteFailed,
    DiskFull,
    DocumentNotWritten,
    ExchangeFileNotWritten,
    TableExportNotWritten,
)
from duodesk.messages import describe
from tests.reliability.limits import REPO, run_command, run_script
from tests.reliability.workbooks import partner_workbook

ROWS = 500
TABLES = ("persons", "mentees", "import_batches", "audit_entries", "journal_entries",
          "exchange_states")


def rows(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in TABLES}


def files_in(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database with the demo data of 50 mentees, copied by each test."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    services = build_services(open_database(path))
    generate_demo(services, mentees=50)
    services.close()
    return path


@pytest.fixture
def database(tmp_path: Path, demo_database: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(demo_database, folder / "antenna.sqlite")
    return folder / "antenna.sqlite"


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    folder = tmp_path / "from partner"
    folder.mkdir()
    return partner_workbook(folder / "inscriptions.xlsx", ROWS)


def test_an_import_meeting_a_full_disk_says_so_and_keeps_nothing(
        database: Path, workbook: Path) -> None:
    before, beside = rows(database), files_in(workbook.parent)
    size = database.stat().st_size
    # Room for the file as it is and the write-ahead log's index, not for 500 mentees.
    done = run_command(["import-partner", str(workbook), "--db", str(database)],
                       limit=size + 64 * 1024)

    assert done.returncode == 1, done.stderr[-2000:]
    assert done.stderr.strip() == describe(DatabaseWriteFailed(path=str(database)))
    assert "Traceback" not in done.stderr
    assert rows(database) == before
    assert files_in(workbook.parent) == beside, "no rejected-rows workbook, whole or half"

    again = run_command(["import-partner", str(workbook), "--db", str(database), "--json"])
    assert again.returncode == 0, again.stderr
    assert rows(database)["mentees"] == before["mentees"] + ROWS - ROWS // 100


def test_a_database_that_reaches_its_largest_size_says_the_disk_is_full(
        database: Path, workbook: Path) -> None:
    """SQLite's own limit (``max_page_count``) is met the way a full disk is met inside
    the database file: SQLITE_FULL."""
    before = rows(database)
    with closing(sqlite3.connect(database)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    script = (
        "import sys\n"
        "from sqlalchemy import event\n"
        "from sqlalchemy.pool import Pool\n"
        "@event.listens_for(Pool, 'connect')\n"
        "def cap(connection, _record):\n"
        f"    connection.execute('PRAGMA max_page_count = {pages + 20}')\n"
        "from duodesk.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n")
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", script, "import-partner", str(workbook), "--db",
         str(database)], cwd=REPO, env={**os.environ, "DUODESK_LANG": "en"},
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-2000:]
    assert done.stderr.strip() == describe(DiskFull(path=str(database)))
    assert rows(database) == before
    assert not list(workbook.parent.glob("*rejected*"))


def test_a_list_exported_to_a_full_disk_leaves_no_file(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "Mentees.xlsx"
    target.parent.mkdir()
    work = ("    from duodesk.core.xlsx import write_table\n"
            "    rows = ([f'Person {n}', n, 'Bruxelles'] for n in range(5000))\n"
            "    write_table(target, ['Name', 'Number', 'Municipality'], rows, total=5000)\n")
    found = run_script(work, database, target, 16 * 1024)

    assert found["code"] == TableExportNotWritten.code
    assert found["message"] == describe(TableExportNotWritten(**found["params"]))
    assert found["params"]["path"] == str(target)
    assert files_in(target.parent) == set()
    assert run_script(work, database, target, 1 << 30) == {"written": True}


def test_an_exchange_workbook_exported_to_a_full_disk_leaves_no_file_and_no_record(
        database: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "exchange.xlsx"
    target.parent.mkdir()
    # Exported once while there is room: the export under test then has no stamp to write
    # and meets the full disk in the workbook (a first export may meet it in the database
    # first: that is the import's case above).
    setup = "services.exchange.export(target.parent.parent / 'first.xlsx')"
    work = "    services.exchange.export(target)\n"
    before = rows(database)
    found = run_script(work, database, target, 16 * 1024, setup)

    assert found["code"] == ExchangeFileNotWritten.code
    assert found["message"] == describe(ExchangeFileNotWritten(**found["params"]))
    assert files_in(target.parent) == set()
    after_first = rows(database)  # the first export's stamps and audit entry, nothing more
    assert after_first["exchange_states"] > before["exchange_states"]
    assert after_first["audit_entries"] == before["audit_entries"] + 1
    assert run_script(work, database, target, 1 << 30) == {"written": True}
    assert target.stat().st_size > 16 * 1024


def test_an_agreement_printed_to_a_full_disk_leaves_no_file(
        database: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(database)) as connection:
        duo_id = connection.execute("SELECT id FROM duos LIMIT 1").fetchone()[0]
    target = tmp_path / "out" / "agreement.pdf"
    target.parent.mkdir()
    # What the print command reads (and the audit entry it writes) before the disk fills.
    setup = ("import uuid\n"
             "from duodesk.core.documents.agreement import load_agreements, write_agreements\n"
             "from duodesk.core.documents.batch import atomic_pdf\n"
             f"found = load_agreements(services.db, [uuid.UUID({str(duo_id)!r})], 'fr')\n")
    work = ("    with atomic_pdf(target) as stream:\n"
            "        write_agreements(stream, found)\n")
    found = run_script(work, database, target, 4 * 1024, setup)

    assert found["code"] == DocumentNotWritten.code
    assert found["message"] == describe(DocumentNotWritten(**found["params"]))
    assert files_in(target.parent) == set()
    assert run_script(work, database, target, 1 << 30, setup) == {"written": True}
    assert target.read_bytes().startswith(b"%PDF")
