"""Candidate tables benchmark: 100,000 mentees and 20,000 mentors (SPEC §13).

Fills a database with generated persons by bulk inserts (invented names made of syllables,
example.org addresses), then times what the Mentees and Mentors pages and the search field
do: count and ordered ids of a filtered, sorted table; a page of rows; a search keystroke
(search, then the table's ids and first page); opening a file.

    python benchmarks/person_tables.py [--db PATH] [--mentees 100000] [--mentors 20000]

The issue's target: a search keystroke to an updated table in 30 ms or less.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from duodesk.core.codes import (
    LanguageLevel,
    MenteeStatus,
    MentorStatus,
    PersonRole,
    Sector,
)
from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.models import (
    Antenna,
    Mentee,
    Mentor,
    Person,
    PersonLanguage,
    PersonSector,
    StatusChange,
)
from duodesk.core.services.person_data import PersonQuery
from duodesk.core.text import name_sort_key

CONSONANTS = ("b", "ç", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "ş", "t", "v",
              "w", "y", "z", "dr", "kl", "st", "tr")
VOWELS = ("a", "e", "é", "i", "o", "ou", "u", "ü")
SYLLABLES = (*(c + v for c in CONSONANTS for v in VOWELS), "dup", "ont", "van", "el", "ben")
# First names are invented too, but a few searched for below each go to 1 person in 100, a
# frequent first name's share in a real register.
SEARCHED_FIRST = ("Şükrü", "Ahmed", "Amina", "Émile")
POSTCODES = (("1000", "Bruxelles"), ("1030", "Schaerbeek"), ("1080", "Molenbeek-Saint-Jean"),
             ("2000", "Antwerpen"), ("9000", "Gent"), ("4000", "Liège"), ("2800", "Mechelen"),
             ("6000", "Charleroi"), ("4800", "Verviers"))
LANGUAGES = ("fr", "nl", "en", "ar", "tr", "es", "prs", "ber", "ful", "ro")


def invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def fill(db_path: Path, mentees: int, mentors: int) -> None:
    db = open_database(db_path)
    rng = random.Random(20261122)
    now = datetime(2026, 11, 1, 9, tzinfo=UTC)
    with db.write() as session:
        antenna_id = session.query(Antenna.id).filter(Antenna.code == "BXL").scalar()
        for role, total in ((PersonRole.MENTEE, mentees), (PersonRole.MENTOR, mentors)):
            for start in range(0, total, 5000):
                persons, details, languages, sectors, changes = [], [], [], [], []
                for n in range(start, min(total, start + 5000)):
                    person_id = uuid.uuid4()
                    last = invented_name(rng)
                    first = (rng.choice(SEARCHED_FIRST) if rng.random() < 0.04
                             else invented_name(rng))
                    postcode, municipality = rng.choice(POSTCODES)
                    age = rng.randint(18, 33) if role == PersonRole.MENTEE else rng.randint(50, 75)
                    registered = date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
                    persons.append({
                        "id": person_id, "role": role, "antenna_id": antenna_id,
                        "first_name": first, "last_name": last,
                        "sort_key": name_sort_key(last, first),
                        "birth_date": date(2026 - age, rng.randint(1, 12), rng.randint(1, 28)),
                        "email": f"{first.lower()}.{n}@example.org" if n % 4 else None,
                        "phone": f"+32470{rng.randint(0, 999999):06d}",
                        "postal_code": postcode, "municipality": municipality,
                        "availability": rng.getrandbits(21), "registered_on": registered,
                        "created_at": now, "updated_at": now,
                    })
                    if role == PersonRole.MENTEE:
                        status = rng.choice(list(MenteeStatus))
                        details.append({"id": person_id, "status": status})
                        if status == MenteeStatus.WAITING:
                            changes.append({
                                "id": uuid.uuid4(), "person_id": person_id,
                                "from_status": "intake", "to_status": "waiting",
                                "changed_at": now - timedelta(days=rng.randint(0, 300)),
                                "created_at": now, "updated_at": now})
                    else:
                        details.append({"id": person_id, "status": rng.choice(list(MentorStatus)),
                                        "max_duos": 1})
                    for code in rng.sample(LANGUAGES, 2):
                        languages.append({"person_id": person_id, "language": code,
                                          "level": rng.choice(list(LanguageLevel))})
                    sectors.append({"person_id": person_id, "sector": rng.choice(list(Sector))})
                session.execute(insert(Person.__table__), persons)
                table = Mentee.__table__ if role == PersonRole.MENTEE else Mentor.__table__
                session.execute(insert(table), details)
                session.execute(insert(PersonLanguage.__table__), languages)
                session.execute(insert(PersonSector.__table__), sectors)
                if changes:
                    session.execute(insert(StatusChange.__table__), changes)
    db.close()


def timed(action: Callable[[], Any], runs: int = 7) -> tuple[float, Any]:
    """The median time of ``action`` in milliseconds, and its last result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def measure(db_path: Path) -> None:
    db = open_database(db_path)
    persons = build_services(db).persons
    mentees = PersonQuery(role=PersonRole.MENTEE)
    queries = {
        "mentees, all, by name": mentees,
        "mentees, all, by registration date desc": PersonQuery(
            role=PersonRole.MENTEE, sort="registered_on", descending=True),
        "mentees waiting, by days waiting desc": PersonQuery(
            role=PersonRole.MENTEE, statuses=frozenset({"waiting"}), sort="days_waiting",
            descending=True),
        "mentees, IT + Arabic, by age": PersonQuery(
            role=PersonRole.MENTEE, sector=Sector.IT, language="ar", sort="age"),
        "mentees in Gent, by municipality": PersonQuery(
            role=PersonRole.MENTEE, municipality="Gent", sort="municipality"),
        "mentors available, by name": PersonQuery(
            role=PersonRole.MENTOR, statuses=frozenset({"available"})),
        "mentors, all, by status": PersonQuery(role=PersonRole.MENTOR, sort="status"),
    }
    print(f"{'query':45} {'count':>8} {'ms':>7} {'ids':>8} {'ms':>7} {'rows(200) ms':>13}")
    for label, query in queries.items():
        count_ms, count = timed(lambda q=query: persons.count(q))
        ids_ms, ids = timed(lambda q=query: persons.ids(q))
        rows_ms, _ = timed(lambda i=ids: persons.rows(i[:200]))
        print(f"{label:45} {count:8} {count_ms:7.1f} {len(ids):8} {ids_ms:7.1f} {rows_ms:13.1f}")

    print(f"\n{'search typed':12} {'search() ms':>11} {'hits':>5} "
          f"{'keystroke: ids+rows ms':>23} {'table rows':>10}")
    for typed in ("d", "du", "dup", "şük", "suk", "0470 12", "+32 470 12", "ahmed@",
                  "amina.4", "dupont ahm"):
        search_ms, hits = timed(lambda t=typed: persons.search(t, limit=20))

        def keystroke(t: str = typed) -> int:
            ids = persons.ids(PersonQuery(role=PersonRole.MENTEE, search=t))
            persons.rows(ids[:200])
            return len(ids)

        table_ms, found = timed(keystroke)
        print(f"{typed:12} {search_ms:11.1f} {len(hits):5} {table_ms:23.1f} {found:10}")

    some = persons.ids(mentees)[::20000]
    get_ms, _ = timed(lambda: [persons.get(i) for i in some], runs=5)
    quiet_ms, _ = timed(lambda: [persons.get(i, record_view=False) for i in some], runs=5)
    print(f"\nget(person_id): {get_ms / len(some):.1f} ms with the audited view of a mentee, "
          f"{quiet_ms / len(some):.1f} ms without")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--mentees", type=int, default=100_000)
    parser.add_argument("--mentors", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_path = args.db or Path(folder) / "bench.sqlite"
        if not db_path.exists():
            started = time.perf_counter()
            fill(db_path, args.mentees, args.mentors)
            print(f"filled {args.mentees} mentees and {args.mentors} mentors "
                  f"in {time.perf_counter() - started:.1f} s")
        measure(db_path)


if __name__ == "__main__":
    main()
