"""``duodesk import-partner`` when the rejected rows' workbook cannot take its name after the
import was saved: the import stands, the command says so and what to do, and doing it (the
same command again with ``--again``) writes the workbook without importing anyone twice."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from duodesk.core.database import open_database
from duodesk.core.models import Mentee
from tests.conftest import SHARED_DATA
from tests.core.test_cli import compiled_translations, duodesk  # noqa: F401

FOREM = "forem_liste_orientations.xlsx"


def _mentees(path: Path) -> int:
    database = open_database(path)
    try:
        with database.read() as session:
            return session.scalar(select(func.count()).select_from(Mentee)) or 0
    finally:
        database.close()


def test_an_import_whose_workbook_could_not_take_its_name_stands_and_says_what_to_do(
        tmp_path: Path) -> None:
    source = Path(shutil.copy(SHARED_DATA / FOREM, tmp_path / FOREM))
    db = tmp_path / "antenna.sqlite"
    target = tmp_path / "rejected.xlsx"
    # A folder of that name: the workbook is written whole beside it, then cannot be
    # renamed onto it, as a file held open by a spreadsheet program on Windows.
    (target / "inside").mkdir(parents=True)
    arguments = ("import-partner", str(source), "--db", str(db), "--partner", "Le Forem",
                 "--create-partner", "--rejected", str(target))

    done = duodesk(*arguments)

    assert done.returncode == 0, done.stderr
    assert "4 imported" in done.stdout and "1 rejected" in done.stdout
    assert (f"The import was saved, but the rejected rows could not be written to {target} ("
            in done.stdout.replace("\n", " "))
    assert "--again" in done.stdout  # no temporary left beside it:
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert _mentees(db) == 4
    assert target.is_dir()

    shutil.rmtree(target)  # the coordinator closes the file, and does as told
    again = duodesk("import-partner", str(source), "--db", str(db), "--partner", "Le Forem",
                    "--rejected", str(target), "--again")
    assert again.returncode == 0, again.stderr
    assert "0 imported" in again.stdout and "4 skipped" in again.stdout
    assert target.is_file() and _mentees(db) == 4
