"""The rejected-rows workbook (SPEC §5.3) and the all-or-nothing commit (SPEC §10): rejected
rows written beside the source as text cells with their reasons, ready to be corrected and
imported again; a cancel or a failure leaves nothing behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from duodesk.core.database import Database
from duodesk.core.errors import Cancelled, RejectedFileNotWritten
from duodesk.core.imports.plan import RowClass
from duodesk.core.imports.reader import read_source
from duodesk.core.imports.rejected import default_rejected_path
from duodesk.core.models import AuditEntry, ImportBatch, Person
from duodesk.core.progress import Progress
from duodesk.core.services import audit
from duodesk.core.storage.tempfiles import is_temporary
from tests.core.imports.service_helpers import (
    HEADERS,
    birth,
    describe,
    import_service,
    person_row,
    write_csv,
    write_xlsx,
)


def _persons(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def _plan_file(db: Database, path: Path):
    service = import_service(db)
    table = read_source(path)
    return service, service.plan(table, service.suggest_mapping(table, None), partner_id=None,
                                 source_path=path)


def test_rejected_rows_go_to_a_workbook_that_can_be_corrected_and_imported_again(
        db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "orientations.csv", [
        person_row(1),
        person_row(2, Nom="", Prénom="=HYPERLINK(\"http://example.org\")"),
        person_row(3, **{"Né(e) le": "31/02/2001", "Couleur préférée": "+32 vert\x07"}),
        person_row(4, **{"Né(e) le": birth(45, n=4)}),
    ])
    service, plan = _plan_file(db, source)
    assert plan.counts()[RowClass.REJECTED] == 3

    result = service.commit(plan, describe=describe)

    assert (result.imported, result.rejected) == (1, 3)
    assert result.rejected_path == tmp_path / "orientations_rejected.xlsx"
    sheet = load_workbook(result.rejected_path).active
    rows = [[cell for cell in row] for row in sheet.iter_rows()]
    assert [c.value for c in rows[0]] == [*HEADERS, "[reasons_column||]"]
    assert [r[0].value for r in rows[1:]] == [None, "Testimport3", "Testimport4"]
    formula = rows[1][1]
    assert formula.value == "=HYPERLINK(\"http://example.org\")" and formula.data_type == "s"
    assert rows[2][8].value == "+32 vert" and rows[2][8].data_type == "s"  # bell removed
    assert all(c.data_type == "s" for r in rows[1:] for c in r if c.value is not None)
    assert rows[3][2].value == birth(45, n=4)
    assert "age_mentee" in rows[3][-1].value
    assert "last_name" in rows[1][-1].value.lower()
    with db.read() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert batch is not None and batch.report is not None
        assert batch.report["rejected_path"] == str(result.rejected_path)

    # The coordinator corrects the two rows that can be, in the workbook itself.
    workbook = load_workbook(result.rejected_path)
    sheet = workbook.active
    sheet.cell(row=2, column=1, value="Testimport2")
    sheet.cell(row=2, column=2, value="Amina")
    sheet.cell(row=3, column=3, value="28/02/2001")
    workbook.save(result.rejected_path)

    _, again = _plan_file(db, result.rejected_path)
    assert [r.row_class for r in again.rows] == [RowClass.VALID, RowClass.VALID,
                                                 RowClass.REJECTED]
    assert again.unmapped_columns == ("Couleur préférée", "[reasons_column||]")
    second = service.commit(again, describe=describe)
    assert (second.imported, second.rejected) == (2, 1)
    assert second.rejected_path == tmp_path / "orientations_rejected_rejected.xlsx"
    assert _persons(db) == 3


def test_an_existing_rejected_workbook_is_not_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "liste.csv"
    (tmp_path / "liste_rejected.xlsx").write_bytes(b"corrections under way")
    assert default_rejected_path(source) == tmp_path / "liste_rejected (2).xlsx"


def test_a_cancel_leaves_nothing(db: Database, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "liste.xlsx",
                        [person_row(n) for n in range(1, 1200)] + [person_row(9, Nom="")])
    service, plan = _plan_file(db, source)
    progress = Progress()
    calls = 0

    def cancel_midway(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:  # after the first rows are done, before the end
            progress.cancel()

    progress._callback = cancel_midway  # the dialog's Cancel button, pressed midway
    with pytest.raises(Cancelled):
        service.commit(plan, describe=describe, progress=progress)

    assert _persons(db) == 0
    assert not (tmp_path / "liste_rejected.xlsx").exists()
    # The search index's trigger, set aside during the bulk insert, is back.
    with db.read() as session:
        triggers = session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars().all()
    assert "person_search_after_insert" in triggers
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_an_unwritable_rejected_workbook_imports_nothing(db: Database, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "liste.xlsx", [person_row(1), person_row(2, Nom="")])
    service, plan = _plan_file(db, source)
    with pytest.raises(RejectedFileNotWritten):
        service.commit(plan, describe=describe,
                       rejected_path=tmp_path / "missing-folder" / "out.xlsx")
    assert _persons(db) == 0


def test_the_workbook_appears_only_once_the_import_is_committed(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "partner"
    folder.mkdir()
    source = write_xlsx(folder / "liste.xlsx", [person_row(1), person_row(2, Nom="")])
    service, plan = _plan_file(db, source)
    seen: list[set[str]] = []
    real_record = audit.record

    def look_inside_the_transaction(*args: object, **kwargs: object) -> object:
        seen.append({path.name for path in folder.iterdir()})
        return real_record(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audit, "record", look_inside_the_transaction)
    result = service.commit(plan, describe=describe)

    assert seen and all("liste_rejected.xlsx" not in names for names in seen)
    assert any(is_temporary(name) for name in seen[-1])  # written whole, not yet named
    assert result.rejected_path == folder / "liste_rejected.xlsx"
    assert result.rejected_path.is_file() and result.rejected_not_written is None
    assert sorted(p.name for p in folder.iterdir()) == ["liste.xlsx", "liste_rejected.xlsx"]


def test_a_workbook_that_cannot_take_its_name_after_the_commit_leaves_the_import_done(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "partner"
    folder.mkdir()
    source = write_xlsx(folder / "liste.xlsx", [person_row(1), person_row(2, Nom="")])
    service, plan = _plan_file(db, source)
    target = folder / "liste_rejected.xlsx"
    real_replace = os.replace

    def locked(source_path: object, destination: object) -> None:
        if Path(str(destination)) == target:  # open in a spreadsheet program, say
            raise PermissionError(13, "Permission denied")
        real_replace(source_path, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", locked)
    result = service.commit(plan, describe=describe)

    assert (result.imported, result.rejected) == (1, 1)
    assert result.rejected_not_written == "Permission denied" and result.rejected_path == target
    assert not target.exists()
    assert _persons(db) == 1
    assert sorted(p.name for p in folder.iterdir()) == ["liste.xlsx"]  # no temporary kept
    (entry,) = service.history()
    assert entry.rejected_path is None and entry.rejected == 1
