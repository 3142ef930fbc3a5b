"""Generated partner workbooks for the reliability proofs: made-up people only, the same
at every run (a seeded random)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

HEADERS = ("Nom", "Prénom", "Date de naissance", "GSM", "E-mail", "Code postal", "Langues")
SYLLABLES = ("ba", "ke", "lou", "mi", "dra", "sa", "to", "vu", "ri", "el", "ben", "ah", "ka")
# Two halves of the list share their birth dates: their first names differ wholly.
FIRST = (("Amina", "Grâce", "Fatoumata", "Ines"), ("Youssef", "Mamadou", "Emre", "Farid"))
PLACES = ("1000", "1030", "1080", "4000", "9000", "2000", "6000")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def partner_workbook(path: Path, rows: int, *, rejected_every: int = 100) -> Path:
    """A partner list of ``rows`` different people; one row in ``rejected_every`` has no
    last name (so that the import writes a rejected-rows workbook too)."""
    from openpyxl import Workbook

    rng = random.Random(9)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Inscriptions")
    sheet.append(HEADERS)
    # Mentees are 18 to 33 (validation.py): the birth dates fit in those fifteen years.
    born = date.today().replace(month=1, day=1) - timedelta(days=32 * 365)
    spread = max(rows // 2, 1)
    for number in range(rows):
        last = "" if number % rejected_every == rejected_every - 1 else _name(rng)
        sheet.append((
            last, rng.choice(FIRST[number // spread % 2]),
            born + timedelta(days=number % spread),
            f"0486 {number // 10000:02d} {number // 100 % 100:02d} {number % 100:02d}",
            f"person{number}@example.org", rng.choice(PLACES), "FR, NL"))
    book.save(path)
    return path
