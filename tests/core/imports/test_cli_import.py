"""``duodesk import-partner`` as a script runs it (SPEC §11): the partners' sample files
imported with counts that add up, a file imported twice refused unless asked, an unknown
partner refused with the known ones named, a file without a header row refused with the
reason on one line, and people-readable output in the user's language."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from duodesk.core.database import open_database
from duodesk.core.models import ImportBatch, Mentee, Partner
from tests.conftest import SHARED_DATA
from tests.core.test_cli import compiled_translations, duodesk, one_line_error  # noqa: F401

FOREM = "forem_liste_orientations.xlsx"


@pytest.fixture
def forem(tmp_path: Path) -> Path:
    """The sample file copied, so that its rejected-rows workbook is written beside the
    copy and not in the shared folder."""
    return Path(shutil.copy(SHARED_DATA / FOREM, tmp_path / FOREM))


def _json(done: subprocess.CompletedProcess[str]) -> dict[str, int]:
    assert done.returncode == 0, done.stdout + done.stderr
    return dict(json.loads(done.stdout))


def test_a_partner_file_imported_then_refused_then_merged(tmp_path: Path, forem: Path) -> None:
    db = str(tmp_path / "antenna.sqlite")
    counts = _json(duodesk("import-partner", str(forem), "--db", db, "--json",
                           "--partner", "Le Forem Liège", "--create-partner"))

    assert counts == {"rows": 5, "imported": 4, "merged": 0, "skipped": 0, "rejected": 1}
    rejected = tmp_path / "forem_liste_orientations_rejected.xlsx"
    sheet = load_workbook(rejected).active
    reasons = [row[-1] for row in sheet.iter_rows(values_only=True)]
    assert reasons[0] == "Reasons" and "Birth date" in reasons[1]

    again = one_line_error(duodesk("import-partner", str(forem), "--db", db,
                                   "--partner", "le forem liège"))
    assert "already imported" in again and "--again" in again

    merged = _json(duodesk("import-partner", str(forem), "--db", db, "--json", "--again",
                           "--on-duplicate", "merge", "--partner", "Le Forem Liège",
                           "--rejected", str(tmp_path / "out.xlsx")))
    assert merged == {"rows": 5, "imported": 0, "merged": 4, "skipped": 0, "rejected": 1}
    assert (tmp_path / "out.xlsx").exists()
    database = open_database(Path(db))
    try:
        with database.read() as session:
            assert session.scalar(select(func.count()).select_from(Mentee)) == 4
            assert session.scalar(select(func.count()).select_from(ImportBatch)) == 2
            partner = session.scalars(select(Partner)).one()
            assert partner.kind == "other"
            assert partner.import_mapping["Né(e) le"] == "birth_date"
    finally:
        database.close()


def test_the_samples_of_three_partners_import(tmp_path: Path) -> None:
    db = str(tmp_path / "antenna.sqlite")
    for name, expected in (("association_referrals_en.xlsx", 2),
                           ("ocmw_gent_aanmeldingen.csv", 3)):
        source = Path(shutil.copy(SHARED_DATA / name, tmp_path / name))
        counts = _json(duodesk("import-partner", str(source), "--db", db, "--json"))
        assert counts["imported"] == expected
        assert sum(counts[k] for k in ("imported", "merged", "skipped", "rejected")) == (
            counts["rows"])


def test_an_unknown_partner_is_refused_with_the_known_ones(tmp_path: Path, forem: Path
                                                           ) -> None:
    db = str(tmp_path / "antenna.sqlite")
    csv = tmp_path / "liste.csv"
    csv.write_text("Nom;Prénom;Né(e) le\n", encoding="utf-8")
    _json(duodesk("import-partner", str(csv), "--db", db, "--json", "--partner", "Actiris",
                  "--create-partner"))

    line = one_line_error(duodesk("import-partner", str(forem), "--db", db,
                                  "--partner", "Actris"))
    assert "“Actris”" in line and "Actiris" in line


def test_a_file_without_a_header_row_says_so_on_one_line(tmp_path: Path) -> None:
    text = tmp_path / "notes.csv"
    text.write_text("Bonjour,\nvoici la liste promise.\n", encoding="utf-8")
    line = one_line_error(duodesk("import-partner", str(text), "--db",
                                  str(tmp_path / "antenna.sqlite")))
    assert "notes.csv" in line


def test_people_read_the_result_in_their_language(tmp_path: Path, forem: Path) -> None:
    done = duodesk("import-partner", str(forem), "--db", str(tmp_path / "antenna.sqlite"),
                   language="fr")
    assert done.returncode == 0, done.stderr
    # Each count agrees with its own number: in French 0 and 1 are singular.
    assert "5 lignes lues ; 4 importées, 0 fusionnée, 0 ignorée, 1 rejetée." in done.stdout
    assert "forem_liste_orientations_rejected.xlsx" in done.stdout
    sheet = load_workbook(tmp_path / "forem_liste_orientations_rejected.xlsx").active
    assert next(sheet.iter_rows(values_only=True))[-1] == "Raisons"


def test_the_summary_reads_right_in_dutch_and_english(tmp_path: Path, forem: Path) -> None:
    dutch = duodesk("import-partner", str(forem), "--db", str(tmp_path / "nl.sqlite"),
                    language="nl")
    assert dutch.returncode == 0, dutch.stderr
    assert ("5 rijen gelezen; 4 geïmporteerd, 0 samengevoegd, 0 overgeslagen, 1 geweigerd."
            in dutch.stdout)
    english = duodesk("import-partner", str(forem), "--db", str(tmp_path / "en.sqlite"),
                      language="en")
    assert english.returncode == 0, english.stderr
    assert "5 rows read; 4 imported, 0 merged, 0 skipped, 1 rejected." in english.stdout
