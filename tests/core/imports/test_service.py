"""The partner import service on a real database: every row classified as SPEC §5.2 says
(valid, with warnings, duplicate of a known person or of an earlier row, rejected), and a
commit that stores mentees as the person form would, counts every row once and audits
without personal values."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import event, func, select

from duodesk.core.codes import Gender, MenteeStatus, PartnerKind
from duodesk.core.context import Services
from duodesk.core.database import Database
from duodesk.core.imports.plan import DuplicateChoice, RowClass
from duodesk.core.imports.source import ImportField
from duodesk.core.models import (
    AuditEntry,
    ImportBatch,
    ImportBatchRecord,
    Mentee,
    Person,
    StatusChange,
)
from duodesk.core.services.partners import PartnerService
from tests.core.imports.service_helpers import (
    HEADERS,
    TODAY,
    birth,
    describe,
    import_service,
    make_table,
    person_row,
)
from tests.factories import make_mentee, make_mentor, use_coordinator


def _plan(db: Database, rows: list[list[object]], partner_id: uuid.UUID | None = None):
    service = import_service(db)
    table = make_table(rows)
    return service, service.plan(table, service.suggest_mapping(table, partner_id),
                                 partner_id=partner_id)


def test_rows_are_classified_with_their_reasons(db: Database) -> None:
    rows = [
        person_row(1),
        person_row(2, GSM="12"),  # kept as typed: a warning
        person_row(3, Nom=""),  # no last name: rejected
        person_row(4, **{"Né(e) le": birth(45)}),  # too old for a mentee: rejected
        person_row(5, Courriel="import1@example.org", GSM=""),  # repeats row 2
    ]
    _, plan = _plan(db, rows)

    classes = {row.number: row.row_class for row in plan.rows}
    assert classes == {2: RowClass.VALID, 3: RowClass.WARNINGS, 4: RowClass.REJECTED,
                       5: RowClass.REJECTED, 6: RowClass.DUPLICATE}
    assert plan.row(6).duplicate_of_row == 2
    assert plan.row(6).issues[0].code == "duplicate_row"
    assert plan.row(6).issues[0].params["reasons"] == "email"
    age = plan.row(5).issues[0]
    assert (age.code, age.field, age.params["reason"]) == (
        "invalid_value", ImportField.BIRTH_DATE, "age_mentee")
    assert plan.row(4).issues and plan.row(4).row_class == RowClass.REJECTED
    assert plan.row(3).issues and all(i.code != "duplicate_row" for i in plan.row(3).issues)
    assert plan.unmapped_columns == ("Couleur préférée",)
    assert plan.counts()[RowClass.REJECTED] == 2
    assert plan.already_imported_on is None


def test_duplicates_of_known_persons_by_email_phone_and_close_name(
        services: Services, db: Database) -> None:
    known_email = make_mentee(services, email="known@example.org")
    known_phone = make_mentor(services, phone="+32470998877")
    born = date(TODAY.year - 26, 3, 4)
    known_name = make_mentee(services, first_name="Şükrü", last_name="Yılmaz",
                             birth_date=born, email=None, phone=None)
    rows = [
        person_row(1, Courriel="Known@Example.org"),
        person_row(2, GSM="+32 470/99.88.77"),
        person_row(3, Nom="YILMAZ", Prénom="SUKRU", **{"Né(e) le": born.strftime("%d/%m/%Y")}),
        # Same birth date, another name: not the same person.
        person_row(4, Nom="Peeters", Prénom="Jan", **{"Né(e) le": born.strftime("%d/%m/%Y")}),
    ]
    _, plan = _plan(db, rows)

    first, second, third, fourth = plan.rows
    assert first.row_class == RowClass.DUPLICATE
    assert first.duplicate_of is not None and first.duplicate_of.person_id == known_email
    assert first.duplicate_of.reasons == ("email",)
    assert second.duplicate_of is not None and second.duplicate_of.person_id == known_phone
    assert second.duplicate_of.role == "mentor"
    assert third.duplicate_of is not None and third.duplicate_of.person_id == known_name
    assert third.duplicate_of.reasons == ("name_and_birth_date",)
    assert third.duplicate_of.full_name == "Şükrü Yılmaz"
    assert fourth.row_class == RowClass.VALID


def test_the_name_threshold_setting_is_used(services: Services, db: Database) -> None:
    born = date(TODAY.year - 26, 3, 4)
    make_mentee(services, first_name="Amina", last_name="Benali", birth_date=born,
                email=None, phone=None)
    row = person_row(1, Nom="Benalia", Prénom="Amina", **{"Né(e) le": born.strftime("%d/%m/%Y")})
    _, plan = _plan(db, [row])
    assert plan.rows[0].row_class == RowClass.DUPLICATE
    services.organisation.set_setting("duplicate_name_threshold", 99)
    _, plan = _plan(db, [row])
    assert plan.rows[0].row_class == RowClass.VALID


def test_commit_creates_mentees_like_the_person_form(services: Services, db: Database) -> None:
    coordinator = use_coordinator(services)
    partner = PartnerService(db).save("Le Forem Liège", PartnerKind.EMPLOYMENT_SERVICE)
    service, plan = _plan(db, [person_row(1, Nom="VAN DER BERGHE"), person_row(2, GSM="12"),
                               person_row(3, Nom="")], partner.id)

    result = service.commit(plan, describe=describe, rejected_path=db.path.parent / "r.xlsx")

    assert (result.rows, result.imported, result.merged, result.skipped, result.rejected) == (
        3, 2, 0, 0, 1)
    assert result.as_dict() == {"rows": 3, "imported": 2, "merged": 0, "skipped": 0,
                                "rejected": 1}
    first = services.persons.get(result.created_ids[0], record_view=False)
    assert first.status == MenteeStatus.REGISTERED
    assert first.data.last_name == "Van der Berghe"
    assert first.data.phone == "+32486000001"
    assert first.data.gender == Gender.FEMALE
    assert first.data.municipality  # filled from the postcode, as the form does
    assert first.data.referral_partner_id == partner.id
    assert first.data.referral_date == TODAY
    assert first.data.registered_on == TODAY
    assert first.partner_name == "Le Forem Liège"
    assert first.antenna_code == services.organisation.antennas()[0].code
    assert first.coordinator_name == coordinator.name
    assert {code for code, _ in first.data.languages} == {"fr", "ar"}
    assert [h.action for h in first.history] == ["created"]
    second = services.persons.get(result.created_ids[1], record_view=False)
    assert second.data.phone == "12"  # kept as typed, with the warning shown in the plan
    # The search index follows the bulk insert, and its trigger is back for the next file.
    assert services.persons.search("Berghe") == [result.created_ids[0]]
    later = make_mentee(services, last_name="Aftertheimport")
    assert services.persons.search("Aftertheimp") == [later]
    with db.read() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert batch is not None
        assert (batch.rows, batch.imported, batch.rejected) == (3, 2, 1)
        assert batch.partner_id == partner.id and batch.sheet == "Liste"
        assert batch.report == {
            "mapping": {h: f for h, f in batch.report["mapping"].items()},
            "unmapped": ["Couleur préférée"],
            "rejected_path": str(db.path.parent / "r.xlsx")}
        assert batch.report["mapping"]["Nom"] == "last_name"
        records = session.scalars(select(ImportBatchRecord)).all()
        assert {r.person_id for r in records} == set(result.created_ids)
        assert {r.action for r in records} == {"created"}
        statuses = session.scalars(select(StatusChange.to_status).where(
            StatusChange.person_id.in_(result.created_ids))).all()
        assert statuses == ["registered", "registered"]
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.record_id.in_([*result.created_ids, result.batch_id]))).all()
        assert {a.action for a in audit if a.record_type != "rejected_rows"} == {"create"}
        # The rejected rows' workbook is an export of the batch (SPEC §9).
        assert [(a.action, a.record_id) for a in audit if a.record_type == "rejected_rows"
                ] == [("export", result.batch_id)]
        stored = " ".join(f"{a.record_type} {a.fields}" for a in audit)
        assert "last_name" in stored and "Testimport" not in stored and "@" not in stored


def test_duplicate_choices_skip_create_and_the_counts_add_up(
        services: Services, db: Database) -> None:
    make_mentee(services, email="import1@example.org")
    make_mentee(services, email="import2@example.org")
    service, plan = _plan(db, [person_row(1), person_row(2), person_row(3)])
    assert [r.row_class for r in plan.rows] == [RowClass.DUPLICATE, RowClass.DUPLICATE,
                                                RowClass.VALID]

    result = service.commit(plan, {3: DuplicateChoice.CREATE}, describe=describe)

    assert (result.imported, result.skipped) == (2, 1)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person).where(
            Person.email == "import2@example.org")) == 2
        assert session.scalar(select(func.count()).select_from(Person).where(
            Person.email == "import1@example.org")) == 1


def test_a_repeat_of_an_earlier_row_merged_fills_the_new_file(db: Database) -> None:
    rows = [person_row(1, GSM="", Langues=""),
            person_row(2, Courriel="import1@example.org", Prénom="Aminata")]
    service, plan = _plan(db, rows)
    assert plan.rows[1].duplicate_of_row == 2

    result = service.commit(plan, {3: DuplicateChoice.MERGE}, describe=describe)

    assert (result.imported, result.merged) == (1, 1)
    with db.read() as session:
        person = session.get(Mentee, result.created_ids[0])
        assert person is not None
        assert person.phone == "+32486000002"  # the empty phone filled by the repeat
        assert person.first_name == "Amina"  # a filled field is never overwritten
        notes = [entry.text for entry in person.journal]
    assert len(notes) == 1 and "value_differs|first_name|known=Amina,value=Aminata" in notes[0]


def test_plan_reads_known_persons_in_a_few_queries(services: Services, db: Database) -> None:
    for n in range(5):
        make_mentee(services, email=f"import{n}@example.org")
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        _, plan = _plan(db, [person_row(n) for n in range(300)])
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert sum(r.row_class == RowClass.DUPLICATE for r in plan.rows) == 5
    assert len(statements) < 20, statements


@pytest.mark.parametrize("headers", [HEADERS])
def test_a_file_imported_before_is_told(db: Database, headers: tuple[str, ...]) -> None:
    service = import_service(db)
    table = make_table([person_row(1)], headers)
    plan = service.plan(table, service.suggest_mapping(table, None), partner_id=None)
    service.commit(plan, describe=describe)

    again = service.plan(table, service.suggest_mapping(table, None), partner_id=None)

    assert again.already_imported_on is not None
    assert again.rows[0].row_class == RowClass.DUPLICATE


def test_notes_become_a_journal_entry_of_the_new_file(services: Services, db: Database
                                                      ) -> None:
    headers = (*HEADERS, "Remarques")
    service = import_service(db)
    table = make_table([[*person_row(1), "Disponible le matin, pas le mercredi."]], headers)
    plan = service.plan(table, service.suggest_mapping(table, None), partner_id=None)
    assert plan.mapping[len(HEADERS)] == ImportField.NOTES

    result = service.commit(plan, describe=describe)

    file = services.persons.get(result.created_ids[0], record_view=False)
    assert [entry.text for entry in file.journal] == ["Disponible le matin, pas le mercredi."]


def test_the_portable_insert_path_stores_the_same_files(
        services: Services, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any database but SQLite gets a Core INSERT with Python values: same result."""
    from duodesk.core.imports import writer

    rows = [person_row(1, Langues="Français, Arabe"), person_row(2, GSM="12")]
    service, plan = _plan(db, rows)
    fast = service.commit(plan, describe=describe)
    fast_files = [services.persons.get(i, record_view=False) for i in fast.created_ids]
    service.undo(fast.batch_id)

    monkeypatch.setattr(writer.BulkRows, "fast_path", False)
    service, plan = _plan(db, rows)
    portable = service.commit(plan, describe=describe)
    portable_files = [services.persons.get(i, record_view=False) for i in portable.created_ids]

    assert [f.data for f in portable_files] == [f.data for f in fast_files]
    assert [(f.status, f.antenna_code, [h.action for h in f.history]) for f in portable_files] == [
        (f.status, f.antenna_code, [h.action for h in f.history]) for f in fast_files]
    assert services.persons.search("Testimport2") == [portable.created_ids[1]]


def test_a_large_file_reads_the_birth_dates_in_one_pass_with_the_same_result(
        services: Services, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past SCAN_FROM_DATES birth dates, the persons are read in one pass over the table."""
    from duodesk.core.imports import classify

    born = date(TODAY.year - 26, 3, 4)
    known = make_mentee(services, first_name="Şükrü", last_name="Yılmaz", birth_date=born,
                        email=None, phone=None)
    rows = [person_row(3, Nom="YILMAZ", Prénom="SUKRU", **{"Né(e) le": born.strftime("%d/%m/%Y")}),
            person_row(4)]
    _, by_index = _plan(db, rows)
    monkeypatch.setattr(classify, "SCAN_FROM_DATES", 0)
    _, by_scan = _plan(db, rows)

    for plan in (by_index, by_scan):
        assert plan.rows[0].duplicate_of is not None
        assert plan.rows[0].duplicate_of.person_id == known
        assert plan.rows[1].row_class == RowClass.VALID
