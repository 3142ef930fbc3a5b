"""Every export is stamped in the audit trail with who and when (SPEC §9, issue 9 item 4):
the rejected-rows workbook, the calendar, agreements printed in a batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from duodesk.core.codes import AuditAction
from duodesk.core.context import Services
from duodesk.core.database import Database
from duodesk.core.documents.batch import print_agreements
from duodesk.core.imports.reader import read_source
from duodesk.core.models import AuditEntry, Duo
from duodesk.core.privacy.audit_log import record_export
from tests.core.imports.service_helpers import describe, import_service, person_row, write_csv
from tests.core.privacy.demo_data import demo  # noqa: F401
from tests.factories import use_coordinator


def _exports(db: Database) -> list[Any]:
    with db.read() as session:
        return list(session.execute(select(
            AuditEntry.record_type, AuditEntry.record_id, AuditEntry.fields,
            AuditEntry.coordinator_id).where(AuditEntry.action == AuditAction.EXPORT)
            .order_by(AuditEntry.at)))


def test_the_rejected_rows_workbook_is_an_export(db: Database, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "orientations.csv", [person_row(1), person_row(2, Nom="")])
    service = import_service(db)
    table = read_source(source)
    plan = service.plan(table, service.suggest_mapping(table, None), partner_id=None,
                        source_path=source)
    result = service.commit(plan, describe=describe)
    assert result.rejected_path is not None
    [entry] = _exports(db)
    assert tuple(entry[:3]) == (
        "rejected_rows", result.batch_id, "rejected_rows")


def test_calendar_and_batch_agreements_are_exports(demo: Services, tmp_path: Path) -> None:  # noqa: F811
    me = use_coordinator(demo, "Nadia Exporte")
    before = len(_exports(demo.db))
    demo.calendar.export_ics(tmp_path / "all.ics")
    with demo.db.read() as session:
        duo_ids = list(session.scalars(select(Duo.id).where(Duo.status == "active").limit(3)))
    print_agreements(demo.db, duo_ids, tmp_path / "agreements.pdf", separate=False)
    entries = _exports(demo.db)[before:]
    assert [(e.record_type, e.fields) for e in entries] == [
        ("calendar", "ics"), *[("duo", "agreement")] * 3]
    assert {e.record_id for e in entries[1:]} == set(duo_ids)
    assert all(e.coordinator_id == me.id for e in entries)


def test_a_list_or_report_export_names_no_record(db: Database) -> None:
    record_export(db, "report", fields=["pdf"])
    [entry] = _exports(db)
    assert tuple(entry[:3]) == ("report", None, "pdf")
