"""``duodesk export-exchange`` and ``duodesk import-exchange`` as headquarters scripts run
them (SPEC §11): real processes, JSON out, exit 3 when conflicts wait for the window, one
translated line for an error."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import update

from duodesk.core.context import Services
from duodesk.core.models import Person
from tests.core.exchange.conftest import edit, find_row
from tests.core.test_cli import compiled_translations, duodesk, one_line_error

__all__ = ["compiled_translations"]  # the session fixture that compiles the .qm files


def test_export_then_import_with_a_conflict_exits_3(antenna: Services, tmp_path: Path) -> None:
    path = str(antenna.database_path)
    antenna.close()  # the command takes the writer's lock, as beside a closed window
    out = tmp_path / "antenna.xlsx"

    done = duodesk("export-exchange", str(out), "--db", path, "--json")
    assert done.returncode == 0, done.stderr
    exported = json.loads(done.stdout)
    assert exported["path"] == str(out) and exported["pseudonymised"] is False
    assert exported["sheets"]["Mentees"] == 50

    done = duodesk("import-exchange", str(out), "--db", path)
    assert done.returncode == 0, done.stderr
    assert "0 records created, 0 updated" in done.stdout

    mentee = find_row(out, "Mentees", _first_mentee(out))
    from duodesk.core.database import open_database

    database = open_database(Path(path))
    with database.write() as session:
        session.execute(update(Person).where(Person.id == __import__("uuid").UUID(
            mentee["id"])).values(municipality="Forest"))
    database.close()
    edit(out, "Mentees", mentee["id"], municipality="Uccle", status="sleeping")
    edit(out, "Mentors", find_row(out, "Mentors", _first(out, "Mentors"))["id"],
         municipality="Ixelles")
    done = duodesk("import-exchange", str(out), "--db", path, "--json")
    result = json.loads(done.stdout)
    assert done.returncode == 0 and result["problems"][0]["code"] == "unknown_code"

    edit(out, "Mentees", mentee["id"], status=mentee["status"])
    done = duodesk("import-exchange", str(out), "--db", path)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "1 record(s) changed both here and at headquarters" in done.stdout

    french = duodesk("import-exchange", str(out), "--db", path, language="fr")
    assert french.returncode == 3
    assert "ici et au siège" in french.stdout


def test_errors_are_one_translated_line(antenna: Services, tmp_path: Path) -> None:
    path = str(antenna.database_path)
    antenna.close()
    line = one_line_error(duodesk("import-exchange", str(tmp_path / "nothing.xlsx"),
                                  "--db", path))
    assert "There is no file nothing.xlsx" in line
    line = one_line_error(duodesk("export-exchange", str(tmp_path / "none" / "a.xlsx"),
                                  "--db", path, language="nl"))
    assert "bestaat niet" in line


def _first(out: Path, sheet: str) -> str:
    from tests.core.exchange.conftest import sheets

    return str(sheets(out)[sheet][1][0])


def _first_mentee(out: Path) -> str:
    return _first(out, "Mentees")
