"""Records created or changed by a headquarters workbook are stamped in the audit trail one by
one, with the fields changed and never a value (SPEC §9, issue 9 item 4)."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import func, select

from duodesk.core.codes import AuditAction
from duodesk.core.context import Services
from duodesk.core.models import AuditEntry, Mentee, Person
from tests.core.exchange.conftest import antenna, edit, empty  # noqa: F401
from tests.factories import use_coordinator


def _entries(services: Services, action: AuditAction) -> dict[tuple[str, uuid.UUID], str]:
    with services.db.read() as session:
        return {(kind, key): fields for kind, key, fields in session.execute(
            select(AuditEntry.record_type, AuditEntry.record_id, AuditEntry.fields)
            .where(AuditEntry.action == action))}


def test_each_record_of_a_workbook_is_audited(antenna: Services, empty: Services,  # noqa: F811
                                              tmp_path: Path) -> None:
    me = use_coordinator(empty, "Nadia Siège")
    workbook = tmp_path / "antenna.xlsx"
    antenna.exchange.export(workbook)
    result = empty.exchange.import_file(workbook)
    created = _entries(empty, AuditAction.CREATE)
    assert sum(1 for kind, _key in created if kind != "coordinator") == result.created
    with empty.db.read() as session:
        mentee, first, last = session.execute(
            select(Person.id, Person.first_name, Person.last_name)
            .join(Mentee.__table__, Mentee.__table__.c.id == Person.id).limit(1)).one()
        coordinators = set(session.scalars(select(AuditEntry.coordinator_id).where(
            AuditEntry.record_type == "mentee").distinct()))
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.fields.contains(last))) == 0
    assert coordinators == {me.id}
    assert "last_name" in created[("mentee", mentee)].split(",")
    assert first not in created[("mentee", mentee)]

    edit(workbook, "Mentees", str(mentee), municipality="Anderlecht",
         updated_at="2031-01-02T03:04:05Z")
    assert empty.exchange.import_file(workbook).updated == 1
    assert _entries(empty, AuditAction.UPDATE)[("mentee", mentee)] == "municipality"
