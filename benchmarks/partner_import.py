"""Partner import benchmark (issue 4 item 9, SPEC §13): a 10,000-row, 25-column partner
workbook imported into a database of 100,000 mentees (and 20,000 mentors) — read, cleaned,
checked for duplicates against every person, committed — beside pandas reading the same
file and writing it to SQLite, in the same run.

    python benchmarks/partner_import.py [--mentees 100000] [--rows 10000] [--runs 3]
                                        [--cache FOLDER]

Targets: the import in 2 s or less; faster than ``pandas.read_excel(path).to_sql(...)``
(its default engine, openpyxl) and within 1.5 times ``pandas.read_excel(path,
engine="calamine").to_sql(...)``; 300 MB of memory at most. pandas is not a DuoDesk
dependency: ``.venv/bin/python -m pip install pandas`` for this script only.

The demo database is generated once (``duodesk.core.demo``) and kept in the cache folder
(default: ``duodesk-bench`` in the temporary folder); each run imports into a fresh copy
made with SQLite's backup API. Each measurement runs in its own process, so that its peak
memory (``ru_maxrss``) counts only itself.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
# This folder holds benchmarks named like standard modules (calendar.py): never import from it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))

HEADERS = (
    "Nom", "Prénom", "Né(e) le", "Genre", "GSM", "Courriel", "CP", "Localité", "Langues",
    "Diplôme", "Métier recherché", "Conseiller", "Date d'orientation", "Permis B",
    "Remarques",
    # Columns a partner's export has and DuoDesk does not keep.
    "Référence dossier", "Statut dossier", "Code agence", "Date d'export", "Inscrit depuis",
    "Allocations", "Nombre d'enfants", "Mobilité", "Disponibilité", "Champ libre",
)
FIRST = ("Amina", "Youssef", "Grâce", "Mamadou", "Şükrü", "Fatoumata", "Emre", "Ines",
         "Farid", "Mariama", "Soufiane", "Aïcha", "Jonas", "Elif", "Kofi", "Leila")
SYLLABLES = ("ba", "ke", "lou", "mi", "dra", "sa", "to", "vu", "ri", "el", "ben", "ah",
             "ouy", "ka", "ma", "ni", "zo", "tr", "dé", "ş")
LANGUAGES = ("Français", "Arabe", "Anglais", "Néerlandais", "Dari", "Turc", "Lingala",
             "Espagnol", "FR, NL", "Frans; Engels")
DIPLOMAS = ("CESS", "Bachelier", "Master", "Primaire", "Aucun", "CEB", "Doctorat")
PLACES = (("1000", "Bruxelles"), ("1030", "Schaerbeek"), ("1080", "Molenbeek-Saint-Jean"),
          ("4000", "Liège"), ("9000", "Gent"), ("2000", "Antwerpen"), ("6000", "Charleroi"))


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _phone(rng: random.Random, n: int) -> str:
    digits = f"{n:06d}"
    return rng.choice((f"0486 {digits[:2]} {digits[2:4]} {digits[4:]}",
                       f"+32 486/{digits[:2]}.{digits[2:4]}.{digits[4:]}",
                       f"0032486{digits}"))


def make_workbook(path: Path, rows: int, known_emails: list[str]) -> None:
    """A partner export: a title row, the header, ``rows`` data rows of which about 5 %
    are people already known (their email), 1 % have no last name and 1 % an impossible
    birth date."""
    from openpyxl import Workbook

    rng = random.Random(4)
    today = date.today()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Orientations")
    sheet.append(["Le Forem — candidats orientés vers le mentorat"])
    sheet.append(list(HEADERS))
    for n in range(rows):
        birth = today - timedelta(days=rng.randint(19 * 365, 32 * 365))
        last = _name(rng)
        email = f"candidat{n}@example.org"
        roll = rng.random()
        if roll < 0.05 and known_emails:
            email = rng.choice(known_emails)
        elif roll < 0.06:
            last = ""
        born: Any = birth if n % 2 else birth.strftime("%d/%m/%Y")
        if 0.06 <= roll < 0.07:
            born = f"31/02/{birth.year}"
        postcode, town = rng.choice(PLACES)
        sheet.append([
            last.upper() if n % 3 == 0 else last, rng.choice(FIRST), born,
            rng.choice("FMHV"), _phone(rng, n), email, postcode, town,
            rng.choice(LANGUAGES), rng.choice(DIPLOMAS), rng.choice(("Vente", "Logistique",
                                                                      "Aide-soignante")),
            rng.choice(("M. Dupont", "Mme Lejeune")), today - timedelta(days=rng.randint(1, 60)),
            rng.choice(("oui", "non", "")), rng.choice(("", "Disponible le matin")),
            f"DOS-{n:07d}", "actif", f"A{n % 40:02d}", today, today.year - 1, "oui", n % 4,
            "transports en commun", "temps plein", "",
        ])
    workbook.save(path)


def demo_database(cache: Path, mentees: int) -> Path:
    """The demo database of ``mentees`` mentees, generated once and kept in ``cache``."""
    from duodesk.core.context import build_services
    from duodesk.core.database import open_database
    from duodesk.core.demo import generate_demo

    path = cache / f"demo-{mentees}.sqlite"
    if path.exists():
        _bring_up_to_date(path, cache)
        return path
    partial = cache / f"demo-{mentees}.partial.sqlite"
    for leftover in cache.glob(f"demo-{mentees}.partial.sqlite*"):
        leftover.unlink()
    started = time.perf_counter()
    services = build_services(open_database(partial))
    try:
        generate_demo(services, mentees=mentees)
        with services.db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        services.close()
    partial.rename(path)
    _bring_up_to_date(path, cache)
    for leftover in cache.glob(f"demo-{mentees}.partial.sqlite*"):
        leftover.unlink()
    print(f"demo database: {mentees} mentees in {time.perf_counter() - started:.0f} s")
    return path


def _bring_up_to_date(path: Path, cache: Path) -> None:
    """Migrate the cached database once, if the program is newer, so that its copies need
    no migration (each would leave a 1 GB "before-update" backup behind)."""
    import shutil

    from duodesk.core.database import open_database

    backups = cache / "backups"
    open_database(path, backup_folder=backups).close()
    shutil.rmtree(backups, ignore_errors=True)
    for lock in cache.glob("*.lock"):
        lock.unlink(missing_ok=True)


def fresh_copy(source: Path, target: Path) -> None:
    """A copy of a database through SQLite's backup API (never a file copy of a WAL file)."""
    for leftover in target.parent.glob(f"{target.name}*"):
        leftover.unlink()
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)


# --- measured in a child process --------------------------------------------------------------


def child_import(database: Path, workbook: Path) -> dict[str, Any]:
    from duodesk.core.context import build_services
    from duodesk.core.database import open_database
    from duodesk.core.imports.plan import DuplicateChoice, RowClass
    from duodesk.core.imports.reader import read_source
    from duodesk.core.imports.source import RowIssue

    _warm_up()
    services = build_services(open_database(database))
    try:
        # The import service's modules, loaded on first use (as pandas is imported before
        # its clock starts): a running program loads them once, not at every import.
        services.imports  # noqa: B018
        sql = _time_statements(services.db.engine.dialect)
        cpu = time.process_time()
        started = time.perf_counter()
        table = read_source(workbook)
        read = time.perf_counter()
        mapping = services.imports.suggest_mapping(table, None)
        plan = services.imports.plan(table, mapping, partner_id=None, source_path=workbook)
        planned = time.perf_counter()
        choices = {row.number: DuplicateChoice.SKIP for row in plan.rows
                   if row.row_class == RowClass.DUPLICATE}

        def describe(issue: RowIssue) -> str:
            return issue.code

        in_plan = sql[0]
        result = services.imports.commit(plan, choices, describe=describe,
                                         rejected_path=workbook.with_name("rejected.xlsx"))
        done = time.perf_counter()
        cpu = time.process_time() - cpu
        in_commit = sql[0] - in_plan
        undo_started = time.perf_counter()
        undone = services.imports.undo(result.batch_id)
        undo_seconds = time.perf_counter() - undo_started
    finally:
        services.close()
    return {"seconds": done - started, "cpu": cpu, "read": read - started,
            "plan": planned - read, "plan_sql": in_plan, "commit_sql": in_commit,
            "commit": done - planned, "undo": undo_seconds, "removed": undone.removed,
            "counts": result.as_dict(), "columns": len(table.headers),
            "mapped": len(mapping)}


def _time_statements(dialect: Any) -> list[float]:
    """Wall time spent in the driver's execute, executemany and commit calls (SQLite's own
    work: inserts into tables and indexes, look-ups, the commit's write to disk), summed
    into the returned one-item list. The pass over the known persons for the birth-date
    check goes through the driver's cursor directly and is not counted."""
    spent = [0.0]
    for name in ("do_execute", "do_executemany", "do_commit"):
        original = getattr(dialect, name)

        def timed(*args: Any, _original: Any = original) -> Any:
            started = time.perf_counter()
            try:
                return _original(*args)
            finally:
                spent[0] += time.perf_counter() - started

        setattr(dialect, name, timed)
    return spent


def _warm_up() -> None:
    """What a running program has loaded before its first import: modules, the postcode
    list, the phone metadata, the ORM's mappers (set up by the first list the window
    shows; pandas, too, is imported before its clock starts)."""
    import email_validator  # noqa: F401
    import openpyxl  # noqa: F401
    import python_calamine  # noqa: F401
    from sqlalchemy.orm import configure_mappers

    from duodesk.core import validation
    from duodesk.core.imports import reader, values  # noqa: F401

    configure_mappers()

    validation.belgian_localities()
    validation.normalise_phone("02 512 34 56")
    validation.normalise_email("warm.up@example.org")


def child_floor(demo: Path, scratch: Path, workbook: Path) -> dict[str, Any]:
    """The part of the import no Python of DuoDesk's can remove: python-calamine's parse of
    the sheet, and SQLite writing the very rows DuoDesk's commit writes (its statements
    recorded, then replayed through the bare driver into a fresh copy of the database, with
    the program's connection settings), as the schema stands and with every secondary index
    of the tables written dropped (primary keys and the full-text index kept)."""
    from python_calamine import CalamineWorkbook

    from duodesk.core.context import build_services
    from duodesk.core.database import open_database
    from duodesk.core.imports.plan import DuplicateChoice, RowClass
    from duodesk.core.imports.reader import read_source
    from duodesk.core.storage.sqlite import _on_connect

    _warm_up()
    started = time.perf_counter()
    CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0).to_python()
    parse = time.perf_counter() - started

    fresh_copy(demo, scratch)
    services = build_services(open_database(scratch))
    statements: list[tuple[str, Any, bool]] = []
    try:
        table = read_source(workbook)
        plan = services.imports.plan(table, services.imports.suggest_mapping(table, None),
                                     partner_id=None, source_path=workbook)
        choices = {row.number: DuplicateChoice.SKIP for row in plan.rows
                   if row.row_class == RowClass.DUPLICATE}
        dialect = services.db.engine.dialect
        for name, many in (("do_execute", False), ("do_executemany", True)):
            original = getattr(dialect, name)

            def recorded(cursor: Any, statement: str, parameters: Any, context: Any = None,
                         _original: Any = original, _many: bool = many) -> Any:
                kept = [tuple(p) for p in parameters] if _many else tuple(parameters or ())
                statements.append((statement, kept, _many))
                return _original(cursor, statement, parameters, context)

            setattr(dialect, name, recorded)
        services.imports.commit(plan, choices, describe=lambda issue: issue.code,
                                rejected_path=workbook.with_name("rejected.xlsx"))
    finally:
        services.close()

    def replay(bare: bool) -> float:
        fresh_copy(demo, scratch)
        connection = sqlite3.connect(scratch)
        _on_connect(connection, None)
        if bare:
            written = {"persons", "mentees", "status_changes", "audit_entries",
                       "import_batch_records", "person_languages", "journal_entries"}
            for name, table in connection.execute(
                    "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' "
                    "AND sql IS NOT NULL").fetchall():
                if table in written:
                    connection.execute(f"DROP INDEX {name}")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        begun = time.perf_counter()
        for statement, parameters, many in statements:
            if many:
                connection.executemany(statement, parameters)
            else:
                connection.execute(statement, parameters)
        connection.execute("COMMIT")
        spent = time.perf_counter() - begun
        connection.close()
        return spent

    return {"parse": parse, "sqlite": replay(bare=False), "sqlite_bare": replay(bare=True)}


def child_pandas(engine: str, database: Path, workbook: Path) -> dict[str, Any]:
    import pandas

    if engine == "calamine":
        import python_calamine  # noqa: F401
    else:
        import openpyxl  # noqa: F401
    cpu = time.process_time()
    started = time.perf_counter()
    frame = (pandas.read_excel(workbook, header=1) if engine == "openpyxl"
             else pandas.read_excel(workbook, header=1, engine="calamine"))
    read = time.perf_counter()
    with sqlite3.connect(database) as connection:
        frame.to_sql("referrals", connection, index=False)
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
            "read": read - started, "rows": len(frame)}


def run_child(*arguments: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--child", *arguments], text=True,
                          capture_output=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child failed: {done.stderr}")
    return dict(json.loads(done.stdout.splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentees", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "duodesk-bench")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *paths = args.child
        if kind == "import":
            figures = child_import(Path(paths[0]), Path(paths[1]))
        elif kind == "floor":
            figures = child_floor(Path(paths[0]), Path(paths[1]), Path(paths[2]))
        else:
            figures = child_pandas(kind, Path(paths[0]), Path(paths[1]))
        figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(figures))
        return
    try:
        import pandas  # noqa: F401
    except ImportError:
        raise SystemExit("pandas is needed for the comparison: "
                         ".venv/bin/python -m pip install pandas") from None

    args.cache.mkdir(parents=True, exist_ok=True)
    demo = demo_database(args.cache, args.mentees)
    with sqlite3.connect(demo) as connection:
        people = connection.execute("SELECT count(*) FROM persons").fetchone()[0]
        emails = [row[0] for row in connection.execute(
            "SELECT email FROM persons WHERE email IS NOT NULL ORDER BY id LIMIT 2000")]
    workbook = args.cache / f"partner-{args.rows}.xlsx"
    make_workbook(workbook, args.rows, emails)
    work = args.cache / "work.sqlite"
    print(f"{args.rows} rows x {len(HEADERS)} columns into {people} persons; "
          f"{args.runs} runs each, median (best)")

    results: dict[str, list[dict[str, Any]]] = {"import": [], "openpyxl": [], "calamine": []}
    for _ in range(args.runs):
        fresh_copy(demo, work)
        results["import"].append(run_child("import", str(work), str(workbook)))
        for engine in ("openpyxl", "calamine"):
            scratch = args.cache / f"pandas-{engine}.sqlite"
            scratch.unlink(missing_ok=True)
            results[engine].append(run_child(engine, str(scratch), str(workbook)))

    floor = run_child("floor", str(demo), str(work), str(workbook))

    def median(kind: str, key: str = "seconds") -> float:
        return statistics.median(r[key] for r in results[kind])

    def best(kind: str) -> float:
        return min(r["seconds"] for r in results[kind])

    print(f"  (machine load: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; CPU time is "
          "what the process itself used)")
    first = results["import"][0]
    print(f"  counts: {first['counts']} ({first['mapped']} of {first['columns']} columns "
          "mapped)")
    print(f"  DuoDesk import        {median('import'):6.2f} s ({best('import'):.2f}), CPU "
          f"{median('import', 'cpu'):.2f} s   "
          f"read {median('import', 'read'):.2f} s, plan {median('import', 'plan'):.2f} s, "
          f"commit {median('import', 'commit'):.2f} s; peak {median('import', 'peak_mib'):.0f} "
          "MiB")
    print(f"    of which SQLite statements: plan {median('import', 'plan_sql'):.2f} s, commit "
          f"{median('import', 'commit_sql'):.2f} s (inserts, indexes, the write to disk)")
    print(f"  undo of that import   {median('import', 'undo'):6.2f} s "
          f"({first['removed']} files removed)")
    for engine in ("openpyxl", "calamine"):
        print(f"  pandas ({engine:8})   {median(engine):6.2f} s ({best(engine):.2f}), CPU "
              f"{median(engine, 'cpu'):.2f} s   read {median(engine, 'read'):.2f} s, "
              f"peak {median(engine, 'peak_mib'):.0f} MiB")
    print(f"  floor (no Python of DuoDesk's): calamine's parse {floor['parse']:.2f} s + SQLite "
          f"writing the same rows {floor['sqlite']:.2f} s = "
          f"{floor['parse'] + floor['sqlite']:.2f} s; with no secondary index on the tables "
          f"written {floor['parse'] + floor['sqlite_bare']:.2f} s; "
          f"1.5x pandas calamine = {1.5 * median('calamine'):.2f} s")
    ours, slow, fast = median("import"), median("openpyxl"), median("calamine")
    ours_cpu, slow_cpu, fast_cpu = (median(k, "cpu") for k in ("import", "openpyxl",
                                                                 "calamine"))
    print(f"  CPU time: {ours_cpu / slow_cpu:.2f}x pandas default, {ours_cpu / fast_cpu:.2f}x "
          "pandas calamine")
    print(f"  targets: import <= 2 s: {'yes' if ours <= 2 else 'NO'}; faster than pandas "
          f"default: {'yes' if ours < slow else 'NO'} ({slow / ours:.1f}x); within 1.5x of "
          f"pandas calamine: {'yes' if ours <= 1.5 * fast else 'NO'} ({ours / fast:.2f}x); "
          f"memory <= 300 MB: {'yes' if median('import', 'peak_mib') * 1.048576 <= 300 else 'NO'}")


if __name__ == "__main__":
    main()
