"""Merging into known persons, the import history and undoing a whole import (SPEC §5.2,
§5.5): a merge fills only empty fields and notes the values that differ; an undo removes
what nobody used since, keeps and lists the rest, and empties merged fields again."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select, text

from duodesk.core.codes import AgreementLanguage, DuoStatus, PartnerKind
from duodesk.core.context import Services
from duodesk.core.database import Database
from duodesk.core.errors import ImportAlreadyUndone, NotFound
from duodesk.core.imports.plan import DuplicateChoice, KeptReason, RowClass
from duodesk.core.models import (
    AuditEntry,
    Duo,
    ImportBatchRecord,
    JournalEntry,
    Mentee,
    Person,
)
from duodesk.core.services.partners import PartnerService
from tests.core.imports.service_helpers import (
    backdate,
    describe,
    import_service,
    make_table,
    person_row,
)
from tests.factories import make_mentee, make_mentor, use_coordinator


def _import(db: Database, rows: list[list[object]], choices=None, partner_id=None,
            name: str = "liste.xlsx"):
    service = import_service(db)
    table = make_table(rows, name=name)
    plan = service.plan(table, service.suggest_mapping(table, partner_id),
                        partner_id=partner_id)
    result = service.commit(plan, choices or {}, describe=describe,
                            rejected_path=db.path.parent / f"{name}_rejected.xlsx")
    backdate(db)
    return service, plan, result


def test_merge_fills_only_empty_fields_and_notes_the_differences(
        services: Services, db: Database) -> None:
    known = make_mentee(services, email="import1@example.org", phone=None, first_name="Amina",
                        postal_code=None, sectors=[])
    _, plan, result = _import(db, [person_row(1, Prénom="Aminata", CP="1000")],
                              {2: DuplicateChoice.MERGE})

    assert plan.rows[0].row_class == RowClass.DUPLICATE
    assert (result.merged, result.imported, result.merged_ids) == (1, 0, (known,))
    after = services.persons.get(known, record_view=False)
    assert after.data.first_name == "Amina"  # never overwritten
    assert after.data.phone == "+32486000001"  # was empty: filled
    assert after.data.postal_code == "1000"
    with db.read() as session:
        record = session.scalars(select(ImportBatchRecord)).one()
        assert record.action == "merged"
        assert record.filled["fields"]["phone"] == "+32486000001"
        assert "first_name" not in record.filled["fields"]
    note = after.journal[0].text
    assert "[merge_note||file_name=liste.xlsx,partner=]" in note
    assert "value_differs|first_name|known=Amina,value=Aminata" in note


def test_history_lists_imports_newest_first(services: Services, db: Database) -> None:
    coordinator = use_coordinator(services, "Nadia Coordinatrice")
    partner = PartnerService(db).save("CPAS de Liège", PartnerKind.CPAS_OCMW)
    _import(db, [person_row(1)], name="premier.xlsx")
    _import(db, [person_row(2), person_row(3, Nom="")], partner_id=partner.id,
            name="second.xlsx")

    history = import_service(db).history()

    assert [h.file_name for h in history][:2] in (["second.xlsx", "premier.xlsx"],
                                                   ["premier.xlsx", "second.xlsx"])
    second = next(h for h in history if h.file_name == "second.xlsx")
    assert (second.rows, second.imported, second.rejected) == (2, 1, 1)
    assert second.partner_name == "CPAS de Liège"
    assert second.coordinator_name == coordinator.name
    assert second.imported_at.tzinfo is not None
    assert second.unmapped_columns == ("Couleur préférée",)
    assert second.undone_at is None and len(second.sha256) == 64


def test_undo_removes_unused_files_and_keeps_used_ones(services: Services, db: Database
                                                        ) -> None:
    service, _, result = _import(db, [person_row(n) for n in range(1, 6)])
    unused, edited, noted, in_duo, status = result.created_ids
    data = services.persons.get(edited, record_view=False).data
    data.professional_project = "Aide-soignante"
    services.persons.update(edited, data)
    services.persons.add_journal_entry(noted, "Appelée pour l'entretien d'accueil.")
    services.persons.change_status(status, "info_session")
    mentor = make_mentor(services)
    with db.write() as session:
        antenna_id = session.get(Person, in_duo).antenna_id  # type: ignore[union-attr]
        session.add(Duo(mentee_id=in_duo, mentor_id=mentor, antenna_id=antenna_id,
                        agreement_language=AgreementLanguage.FR, status=DuoStatus.PROPOSED,
                        proposed_on=date.today()))

    undone = service.undo(result.batch_id)

    assert undone.removed == 1
    kept = {k.person_id: k.reasons for k in undone.kept}
    assert kept == {edited: (KeptReason.EDITED,), noted: (KeptReason.EDITED,),
                    in_duo: (KeptReason.IN_DUO,), status: (KeptReason.EDITED,)}
    with db.read() as session:
        assert session.get(Person, unused) is None
        assert session.get(Mentee, edited) is not None
        deleted = session.scalars(select(AuditEntry).where(
            AuditEntry.record_id == unused, AuditEntry.action == "delete")).one()
        assert deleted.fields is None
    assert services.persons.search("Testimport1") == []
    entry = service.history()[0]
    assert entry.undone_at is not None
    with pytest.raises(ImportAlreadyUndone):
        service.undo(result.batch_id)
    with pytest.raises(NotFound):
        service.undo(uuid.uuid4())


def test_undo_empties_merged_fields_unless_changed_since(services: Services, db: Database
                                                          ) -> None:
    quiet = make_mentee(services, email="import1@example.org", phone=None, postal_code=None)
    busy = make_mentee(services, email="import2@example.org", phone=None)
    service, _, result = _import(db, [person_row(1), person_row(2)],
                                 {2: DuplicateChoice.MERGE, 3: DuplicateChoice.MERGE})
    assert result.merged == 2
    data = services.persons.get(busy, record_view=False).data
    data.professional_project = "Magasinier"
    services.persons.update(busy, data)

    undone = service.undo(result.batch_id)

    assert undone.restored == 1 and undone.removed == 0
    assert [(k.person_id, k.merged) for k in undone.kept] == [(busy, True)]
    back = services.persons.get(quiet, record_view=False)
    assert back.data.phone is None and back.data.postal_code is None
    assert back.journal == ()  # the merge's note went with it
    kept = services.persons.get(busy, record_view=False)
    assert kept.data.phone == "+32486000002"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(JournalEntry).where(
            JournalEntry.person_id == busy)) == 1


def test_a_mentor_merged_gets_only_the_fields_mentors_have(services: Services, db: Database
                                                          ) -> None:
    mentor = make_mentor(services, email="import1@example.org", postal_code=None)
    _, plan, result = _import(db, [person_row(1, Courriel="import1@example.org")],
                              {2: DuplicateChoice.MERGE})

    assert plan.rows[0].duplicate_of is not None and plan.rows[0].duplicate_of.role == "mentor"
    assert result.merged == 1
    after = services.persons.get(mentor, record_view=False)
    assert after.role == "mentor" and after.status == "registered"
    assert after.data.postal_code == "1030"
    with db.read() as session:
        record = session.scalars(select(ImportBatchRecord)).one()
        assert "referral_date" not in record.filled["fields"]


def test_undo_leaves_the_search_index_whole(services: Services, db: Database) -> None:
    before = make_mentee(services, last_name="Alreadyhere")
    service, _, result = _import(db, [person_row(n) for n in range(1, 4)])
    service.undo(result.batch_id)

    assert services.persons.search("Testimport") == []
    assert services.persons.search("Alreadyhere") == [before]
    with db.read() as session:
        names = set(session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        orphans = session.scalar(text(
            "SELECT count(*) FROM person_search_keys AS k WHERE NOT EXISTS "
            "(SELECT 1 FROM persons AS p WHERE p.id = k.person_id)"))
    assert "person_search_after_delete" in names and orphans == 0
    # The delete trigger is back: a file removed later leaves the index too.
    with db.write() as session:
        session.execute(text("DELETE FROM persons WHERE id = :id"), {"id": before.hex})
    assert services.persons.search("Alreadyhere") == []


def test_a_repeat_of_a_row_merged_into_a_known_person_goes_to_that_person(
        services: Services, db: Database) -> None:
    known = make_mentee(services, email="import1@example.org", phone=None, postal_code=None,
                        first_name="Amina", last_name="Autrenom")
    first = person_row(1, GSM="", CP="")
    # The same person again (name and birth date), with a phone and another address.
    repeat = person_row(1, Courriel="autre@example.org", CP="1000")
    _, plan, result = _import(db, [first, repeat],
                              {2: DuplicateChoice.MERGE, 3: DuplicateChoice.MERGE})

    assert plan.rows[0].duplicate_of is not None
    assert plan.rows[1].duplicate_of is None and plan.rows[1].duplicate_of_row == 2
    assert (result.merged, result.imported, result.merged_ids) == (2, 0, (known,))
    after = services.persons.get(known, record_view=False)
    assert after.data.phone == "+32486000001" and after.data.postal_code == "1000"
    assert len(after.journal) == 2
