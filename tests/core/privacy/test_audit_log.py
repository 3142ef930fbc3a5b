"""The audit log viewer's reading (SPEC §3 Audit entry): filters, pages, labels."""

from __future__ import annotations

from datetime import date, timedelta

from duodesk.core.codes import AuditAction
from duodesk.core.context import Services
from duodesk.core.privacy.anonymise import AnonymisationService
from duodesk.core.privacy.audit_log import AuditFilter, AuditLogService, RecordState
from tests.factories import make_mentee, make_mentor, use_coordinator


def test_filters_and_labels(services: Services) -> None:
    me = use_coordinator(services, "Nadia Coordinatrice")
    mentee = make_mentee(services, first_name="Hawa", last_name="Filtertest")
    mentor = make_mentor(services)
    services.persons.get(mentee)  # a view of special-category fields
    log = AuditLogService(services.db)
    everything = log.ids(AuditFilter(), None, False)
    assert len(everything) >= 4
    rows = {row.id: row for row in log.rows(everything)}
    assert set(rows) == set(everything)
    views = log.ids(AuditFilter(action=AuditAction.VIEW), None, False)
    assert len(views) == 1
    view = log.rows(views)[0]
    assert view.record_id == mentee and view.label == "Hawa Filtertest"
    assert view.coordinator == "Nadia Coordinatrice" and view.state == RecordState.PRESENT
    assert "target_group_met" in view.fields
    assert {row.record_id for row in log.rows(log.ids(AuditFilter(person_text="filtert"),
                                                      None, False))} == {mentee}
    assert log.ids(AuditFilter(record_type="mentor"), None, False) != []
    assert all(row.record_type == "mentor"
               for row in log.rows(log.ids(AuditFilter(record_type="mentor"), None, False)))
    assert log.ids(AuditFilter(coordinator_id=me.id), None, False)
    tomorrow = date.today() + timedelta(days=1)
    assert log.ids(AuditFilter(date_from=tomorrow), None, False) == []
    assert log.ids(AuditFilter(date_to=date.today()), None, False) != []
    AnonymisationService(services.db).anonymise([mentee])
    after = {row.record_id: row for row in log.rows(log.ids(AuditFilter(), None, False))}
    assert after[mentee].state == RecordState.ANONYMISED and after[mentee].label is None
    assert after[mentor].label and after[mentor].label.startswith("Marc Testmentor")
    assert "mentee" in log.record_types() and "mentor" in log.record_types()
