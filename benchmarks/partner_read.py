"""Reading half of the partner import: a 10,000-row, 25-column workbook read and its rows
normalised (issue 4 item 9; the whole import is timed by ``partner_import.py``).

Writes the workbook once (invented names, example.org addresses; a few title rows above
the header, dates as date cells, serial numbers and text, phones in several Belgian forms),
then times, best of ``--repeat`` runs: ``read_source`` (file type, sheet, header, data
rows), ``guess_mapping`` + ``normalise_row`` on every row with empty caches (a new file),
and python-calamine alone on the same file, for comparison.

    python benchmarks/partner_read.py [--rows 10000] [--repeat 5] [--file PATH]

Targets: each of read and normalise well under 0.5 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl

from duodesk.core.imports import dates, fields, values
from duodesk.core.imports.columns import guess_mapping
from duodesk.core.imports.reader import read_source
from duodesk.core.text import fold

HEADER = (
    "Nom", "Prénom", "Date de naissance", "Genre", "GSM", "E-mail", "Code postal", "Commune",
    "Langues", "Secteur", "Niveau d'études", "Date d'orientation", "Référent",
    "Projet professionnel", "Permis de conduire", "Remarques", "NISS", "Dossier",
    "Statut", "Antenne", "Nationalité (non reprise)", "Compétences", "Disponibilités",
    "Contact urgence", "Divers")
SYLLABLES = ("ba", "di", "ko", "lu", "ma", "ne", "ri", "sa", "to", "vé", "za", "ou", "el")
LANGUAGES = ("FR, NL, Arabe", "Frans; Engels", "Arabe (langue maternelle), FR courant",
             "Turkish", "dari, anglais", "Peul, Wolof, Français", "NL")
PHONES = ("0470 {a} {b} {c}", "+32 470/{a}.{b}.{c}", "0032470{a}{b}{c}", "0470{a}{b}{c}")


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def write_workbook(path: Path, rows: int, seed: int = 4) -> None:
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Orientations")
    sheet.append(["Liste des candidats orientés — export du partenaire"])
    sheet.append([])
    sheet.append(list(HEADER))
    for index in range(rows):
        born = date(1993, 1, 1) + timedelta(days=rng.randrange(0, 4000))
        kind = index % 3
        birth = born if kind == 0 else (born - date(1899, 12, 30)).days if kind == 1 \
            else born.strftime("%d/%m/%Y")
        digits = {k: f"{rng.randrange(100):02d}" for k in "abc"}
        last = _name(rng, 3)
        sheet.append([
            last.upper() if index % 4 == 0 else last, _name(rng, 2), birth,
            rng.choice("FMVH"), rng.choice(PHONES).format(**digits),
            f"{fold(last).replace(' ', '')}.{index}@example.org",
            rng.choice(("1000", "1080", "9000", "4000")),
            "", rng.choice(LANGUAGES), rng.choice(("horeca", "nettoyage", "logistiek", "IT")),
            rng.choice(("CESS", "bachelier", "master", "ASO", "aucun")),
            date(2026, 9, 1) + timedelta(days=rng.randrange(60)), "Mme Lejeune",
            "Aide-soignante", rng.choice(("oui", "non", "B")), "À rappeler le matin", "",
            f"D-{index:05d}", "nouveau", "BXL", "", "Excel, permis B", "lundi matin", "", "",
        ])
    book.save(path)


def _best(action, repeat: int) -> str:
    """The best wall-clock and processor times of ``repeat`` runs, as text. On a busy
    machine the processor time says more: it leaves out the waits for a free core."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return f"{wall * 1000:7.1f} ms wall, {cpu * 1000:7.1f} ms processor"


def _clear_caches() -> None:
    for cached in (fields._phone, fields._email, fields._languages, fields._sectors,
                   fields._education, fields._key, fields._postal_code,
                   fields._last_name_case, fields._first_name_case, dates._parse_text):
        cached.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--file", type=Path)
    args = parser.parse_args()
    path = args.file or Path(tempfile.mkdtemp()) / f"partner_{args.rows}.xlsx"
    if not path.exists():
        write_workbook(path, args.rows)
    table = read_source(path)
    mapping = guess_mapping(table.headers)
    today = date(2026, 11, 29)
    values.normalise_row(table.rows[0], mapping, today=today)  # postcode list loaded once

    def normalise() -> None:
        _clear_caches()
        for row in table.rows:
            values.normalise_row(row, mapping, today=today)

    def calamine_alone() -> None:
        from python_calamine import CalamineWorkbook

        CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Orientations").to_python()

    print(f"file: {path} ({path.stat().st_size / 1e6:.1f} MB), {len(table.rows)} data rows, "
          f"{len(table.headers)} columns, {len(mapping)} mapped")
    print(f"calamine alone:   {_best(calamine_alone, args.repeat)}")
    print(f"read_source:      {_best(lambda: read_source(path), args.repeat)}")
    print(f"normalise rows:   {_best(normalise, args.repeat)}")
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    print(f"peak memory:      {peak:7.1f} MB (the whole process, workbook writing included)")


if __name__ == "__main__":
    main()
