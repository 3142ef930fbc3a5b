"""Revision 0007: the antennas seeded under English names get their local names, in a new
database and in one made before, and an antenna its users renamed keeps their name."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from duodesk.core.database import open_database
from duodesk.paths import migrations_dir


def names(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as connection:
        return dict(connection.execute("SELECT code, name FROM antennas"))


def test_a_new_database_names_its_antennas_as_their_coordinators_do(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    assert names(path) == {"BXL": "Bruxelles / Brussel", "ANT": "Antwerpen", "GNT": "Gent",
                           "LGE": "Liège", "MEC": "Mechelen", "VRV": "Verviers",
                           "CRL": "Charleroi"}


def test_an_older_database_has_its_seeds_renamed_and_its_own_names_kept(
        tmp_path: Path) -> None:
    before = tmp_path / "db-0006"
    shutil.copytree(migrations_dir(), before, ignore=shutil.ignore_patterns("__pycache__"))
    for later in (before / "versions").glob("*.py"):  # 0007 and every revision after it
        if later.name[:4].isdigit() and later.name[:4] >= "0007":
            later.unlink()
    path = tmp_path / "antenna.sqlite"
    open_database(path, script_location=before).close()  # as made by the previous program
    assert names(path)["BXL"] == "Brussels" and names(path)["ANT"] == "Antwerp"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE antennas SET name = 'Gent-Eeklo' WHERE code = 'GNT'")

    open_database(path).close()  # this program: revision 0007, after a backup

    found = names(path)
    assert found["BXL"] == "Bruxelles / Brussel" and found["ANT"] == "Antwerpen"
    assert found["GNT"] == "Gent-Eeklo"  # the users' own name stays
    assert found["LGE"] == "Liège"
