"""After an erasure on request (SPEC §9) the person's name — as typed, in capitals, with
its accents folded as the search index and the sort key keep it — their e-mail and phone
are found nowhere in the database file, its write-ahead log, or the backups made
afterwards, although they came in by a partner import, were merged from a second file
(a journal note listing the values that differed), went out in an exchange workbook, and
were written in another person's journal.
(The erasure itself, tombstones and refusals: tests/core/privacy/test_erasure.py.)"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from duodesk.core import backup
from duodesk.core.context import Services
from duodesk.core.imports.plan import DuplicateChoice, RowClass
from duodesk.core.imports.reader import read_source
from duodesk.core.models import Person
from duodesk.import_service_texts import describe_issue
from tests import imports_files as files
from tests.factories import make_mentee
from tests.imports_files import HEADER

PERSON = ("QUINTÀVALLE-ÖBERG", "Wénceslas", "03/04/2001", "0470 98 76 54",
          "wenceslas.qo@example.org", "1080", "Italien, FR")
SECOND_FILE = ("Quintàvalle-Öberg", "Wénceslas", "03/04/2001", "0470 11 22 33",
               "wenceslas.qo@example.org", "1080", "Italien, FR")
TRACES = ("Quintàvalle", "QUINTÀVALLE", "quintàvalle", "Quintavalle", "quintavalle",
          "Öberg", "öberg", "oberg", "Wénceslas", "wénceslas", "wenceslas", "Wenceslas",
          "wenceslas.qo", "470987654", "470 98 76 54", "470112233", "470 11 22 33")


def import_file(services: Services, path: Path, choice: DuplicateChoice) -> None:
    table = read_source(path)
    plan = services.imports.plan(table, services.imports.suggest_mapping(table, None),
                                 partner_id=None, source_path=path)
    assert all(row.row_class != RowClass.REJECTED for row in plan.rows)
    services.imports.commit(plan, {row.number: choice for row in plan.rows},
                            describe=describe_issue)


def traces_in(*paths: Path) -> list[str]:
    found = []
    for path in paths:
        data = path.read_bytes() if path.exists() else b""
        found += [f"{trace} in {path.name}" for trace in TRACES
                  if trace.encode("utf-8") in data]
    return found


def files_of(database: Path) -> list[Path]:
    return [database, Path(f"{database}-wal"), Path(f"{database}-shm")]


def test_an_erased_person_is_found_nowhere_in_the_file_or_later_backups(
        services: Services, tmp_path: Path) -> None:
    database = services.database_path
    folder = database.parent / "backups"
    friends = [make_mentee(services, last_name=f"Alongside{number:02d}") for number in range(20)]
    # Named in a friend's file too (the erasure blanks the name out of other files' texts).
    services.persons.add_journal_entry(
        friends[0], "Came to the session with QUINTÀVALLE-ÖBERG Wénceslas, a neighbour.")
    import_file(services, files.write_xlsx(tmp_path / "orientations.xlsx", [HEADER, PERSON]),
                DuplicateChoice.SKIP)
    import_file(services, files.write_xlsx(tmp_path / "relance.xlsx", [HEADER, SECOND_FILE]),
                DuplicateChoice.MERGE)
    services.exchange.export(tmp_path / "hq.xlsx")
    before = backup.make_backup(database, folder, "manual", datetime(2026, 11, 1, 9, 0))
    with services.db.read() as session:
        person_id = session.scalar(select(Person.id).where(
            Person.last_name == "Quintàvalle-Öberg"))
    assert person_id is not None
    # Before: the name as typed and folded (sort key, search index), the e-mail, and the
    # phone of the second file (the merge) are all in the file.
    seen = {trace.split(" in ")[0] for trace in traces_in(*files_of(database))}
    assert {"Quintàvalle", "quintavalle", "oberg", "wenceslas.qo", "470112233"} <= seen
    assert traces_in(before.path)

    assert services.erasure.erase(person_id).deleted

    assert traces_in(*files_of(database)) == []
    later = [backup.make_backup(database, folder, "manual", datetime(2026, 11, 2, 9, 0)),
             backup.daily_backup_if_due(database, folder, datetime(2026, 11, 3, 9, 0))]
    assert traces_in(*(made.path for made in later if made is not None)) == []
    assert len([made for made in later if made is not None]) == 2
    # The others are all there, and found by the search as before.
    assert len(services.persons.search("Alongside")) == 20
    assert services.persons.search("Quintavalle") == []
    assert before.made_at < later[0].made_at - timedelta(hours=1)


def test_an_erased_person_kept_as_a_tombstone_leaves_no_name_either(
        services: Services, tmp_path: Path) -> None:
    """A mentee whose duo is over stays as a tombstone (the duo's figures live on): the
    tombstone holds no name, no e-mail, no phone, nor does a backup made afterwards."""
    from duodesk.core.codes import MenteeStatus
    from duodesk.core.demo import generate_demo
    from duodesk.core.models import Duo, Mentee

    generate_demo(services, mentees=50)
    with services.db.write() as session:
        person = session.scalars(
            select(Mentee).join(Duo, Duo.mentee_id == Mentee.id)
            .where(Mentee.status == MenteeStatus.FINISHED).limit(1)).one()
        person.last_name, person.first_name = "Quintàvalle-Öberg", "Wénceslas"
        person.email, person.phone = "wenceslas.qo@example.org", "+32470987654"
        person_id = person.id
    services.persons.add_journal_entry(person_id, "Wénceslas Quintàvalle a trouvé un stage.")
    services.exchange.export(tmp_path / "hq.xlsx")
    assert "Quintàvalle" in " ".join(traces_in(*files_of(services.database_path)))

    assert not services.erasure.erase(person_id).deleted

    assert traces_in(*files_of(services.database_path)) == []
    made = backup.make_backup(services.database_path, tmp_path / "backups")
    assert traces_in(made.path) == []
    with services.db.read() as session:
        assert session.get(Person, person_id).anonymised_at is not None  # type: ignore[union-attr]
