"""Candidate files through PersonService on a real database: creating with every field
checked, editing, opening a whole file, the status path, the journal and the history, and
an audit trail that names fields but never holds a value."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from duodesk.core.codes import (
    Barrier,
    DayPart,
    EducationLevel,
    Gender,
    LanguageLevel,
    PersonRole,
    Sector,
)
from duodesk.core.context import Services
from duodesk.core.errors import IllegalStatusChange, InvalidValue, NotFound, ValidationErrors
from duodesk.core.models import AuditEntry, Person
from tests.factories import (
    REGISTERED_ON,
    make_mentee,
    make_mentor,
    mentee_data,
    mentor_data,
    use_coordinator,
)


def audit_rows(services: Services, person_id: uuid.UUID) -> list[tuple[str, str | None]]:
    with services.db.read() as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.fields)
                               .where(AuditEntry.record_id == person_id)
                               .order_by(AuditEntry.at)).all()
    return [(str(action), fields) for action, fields in rows]


def test_a_new_mentee_is_registered_in_the_home_antenna_by_the_current_coordinator(
        services: Services) -> None:
    coordinator = use_coordinator(services, "Nora Coordinator")
    ghent = next(a for a in services.organisation.antennas() if a.code == "GNT")
    services.organisation.set_home_antenna(ghent.id)
    person_id = make_mentee(services, registered_on=None, first_name="LÉA",
                            last_name="VAN DER BERGHE", phone="0470 12 34 56",
                            email="Lea.VDB@Example.org", postal_code="1030",
                            municipality="")

    file = services.persons.get(person_id)
    assert file.status == "registered"
    assert (file.antenna_code, file.coordinator_name) == ("GNT", "Nora Coordinator")
    assert file.data.coordinator_id == coordinator.id
    assert file.data.registered_on == date.today()
    assert (file.data.first_name, file.data.last_name) == ("Léa", "Van der Berghe")
    assert (file.data.phone, file.data.email) == ("+32470123456", "lea.vdb@example.org")
    assert (file.data.postal_code, file.data.municipality) == ("1030", "Schaerbeek")
    assert file.next_statuses == ("info_session", "withdrawn", "not_eligible")


def test_without_a_home_antenna_new_files_go_to_the_first_antenna(services: Services) -> None:
    file = services.persons.get(make_mentor(services))
    assert file.antenna_code == services.organisation.antennas()[0].code


def test_every_field_in_trouble_is_reported_and_nothing_is_saved(services: Services) -> None:
    data = mentee_data(last_name=" ", email="ahmed@", phone="call me", postal_code="9999",
                       birth_date=date(REGISTERED_ON.year - 40, 1, 1), sectors=["plumbing"],
                       languages=[("french", LanguageLevel.GOOD)])
    with pytest.raises(ValidationErrors) as refused:
        services.persons.create_mentee(data)
    reasons = {p.params["field"]: p.params["reason"] for p in refused.value.problems}
    assert reasons == {"last_name": "required", "email": "email", "phone": "phone",
                       "postal_code": "postal_code", "birth_date": "age_mentee",
                       "sectors": "unknown_code", "languages": "language_code"}
    assert refused.value.for_field("birth_date")[0].params["max_age"] == 33
    assert [p.params for p in services.persons.check(data)] == [
        p.params for p in refused.value.problems]
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_an_age_outside_the_rule_is_accepted_with_the_coordinators_reason(
        services: Services) -> None:
    reason = "Aged 35 but referred by the CPAS as an exception"
    person_id = make_mentee(services, birth_date=date(REGISTERED_ON.year - 35, 1, 1),
                            age_override_reason=reason)
    assert services.persons.get(person_id).data.age_override_reason == reason


def test_an_import_may_keep_an_unreadable_phone_as_typed(services: Services) -> None:
    person_id = services.persons.create_mentee(mentee_data(phone="ask the CPAS"),
                                               allow_unchecked_phone=True)
    assert services.persons.get(person_id).data.phone == "ask the CPAS"


def test_a_whole_mentee_file_comes_back_as_it_was_entered(services: Services) -> None:
    partner = _partner(services)
    data = mentee_data(
        gender=Gender.MALE, languages=[("ar", "native"), ("FR", LanguageLevel.GOOD)],
        sectors=[Sector.LOGISTICS, "it", Sector.IT], interests=["Football ", "football", "Chess"],
        availability=frozenset({("wed", DayPart.EVENING), ("sat", DayPart.MORNING)}),
        referral_partner_id=partner, referral_date=REGISTERED_ON - timedelta(days=5),
        referrer_contact="Counsellor at the CPAS", education_level="upper_secondary",
        diploma_recognised="in_progress", professional_project="Warehouse team leader",
        barriers=[Barrier.LANGUAGE, Barrier.NETWORK], digital_skills="basic",
        driving_licence=False, jobseeker_service="actiris", target_group_met=True,
        preferred_mentor_gender=Gender.FEMALE)
    file = services.persons.get(services.persons.create_mentee(data))
    got = file.data
    assert got.languages == [("ar", LanguageLevel.NATIVE), ("fr", LanguageLevel.GOOD)]
    assert got.sectors == [Sector.IT, Sector.LOGISTICS]
    assert sorted(got.interests) == ["Chess", "Football"]
    assert got.availability == {("wed", DayPart.EVENING), ("sat", DayPart.MORNING)}
    assert got.education_level == EducationLevel.UPPER_SECONDARY
    assert got.barriers == [Barrier.LANGUAGE, Barrier.NETWORK]
    assert (got.driving_licence, got.target_group_met) == (False, True)
    assert got.referral_partner_id == partner and file.partner_name == "CPAS Test"
    assert file.age is not None and file.age >= 24


def test_trained_on_is_the_day_the_last_of_the_eight_modules_was_completed(
        services: Services) -> None:
    seven = {n: REGISTERED_ON + timedelta(days=n) for n in range(1, 8)}
    person_id = make_mentor(services, training_modules=seven, max_duos=2)
    assert services.persons.get(person_id).trained_on is None
    file = services.persons.get(person_id)
    eight = {**seven, 8: REGISTERED_ON + timedelta(days=3)}
    services.persons.update(person_id, replace(file.data, training_modules=eight))
    file = services.persons.get(person_id)
    assert file.trained_on == REGISTERED_ON + timedelta(days=7)
    assert file.data.training_modules == eight and file.data.max_duos == 2


def test_a_module_number_outside_one_to_eight_is_refused(services: Services) -> None:
    with pytest.raises(ValidationErrors) as refused:
        make_mentor(services, training_modules={9: REGISTERED_ON}, max_duos=0)
    assert {p.params["reason"] for p in refused.value.problems} == {"training_module",
                                                                    "out_of_range"}


def test_an_edit_reports_and_audits_the_fields_that_changed(services: Services) -> None:
    use_coordinator(services)
    person_id = make_mentee(services)
    data = services.persons.get(person_id).data
    assert services.persons.update(person_id, data) == []
    changed = services.persons.update(person_id, replace(
        data, phone="0471 00 00 00", sectors=[Sector.IT, Sector.CARE_HEALTH],
        languages=[("fr", LanguageLevel.NATIVE), ("nl", LanguageLevel.GOOD)]))
    assert sorted(changed) == ["languages", "phone", "sectors"]
    actions = [(action, fields) for action, fields in audit_rows(services, person_id)
               if action != "view"]
    assert actions[0][0] == "create"
    assert actions[1:] == [("update", "languages,phone,sectors")]
    edit = services.persons.history(person_id)[0]
    assert (edit.action, edit.fields, edit.coordinator_name) == (
        "edited", ("languages", "phone", "sectors"), "Coordinator Test")


def test_the_audit_trail_holds_field_names_never_values(services: Services,
                                                         db_path: Path) -> None:
    person_id = make_mentee(services, last_name="Zyxwvut", email="zyxwvut@example.org",
                            phone="0470 98 76 54")
    data = services.persons.get(person_id).data
    services.persons.update(person_id, replace(data, first_name="Qwertyuiop"))
    services.persons.add_journal_entry(person_id, "Secret-note-text")
    with sqlite3.connect(db_path) as connection:
        dump = "\n".join(str(row) for row in connection.execute("SELECT * FROM audit_entries"))
    assert "first_name" in dump and "last_name" in dump
    for value in ("Zyxwvut", "zyxwvut", "98 76", "987654", "Qwertyuiop", "Secret-note-text"):
        assert value not in dump


def test_opening_a_mentee_file_is_audited_as_a_view_of_special_category_data(
        services: Services) -> None:
    person_id = make_mentee(services)
    services.persons.get(person_id)
    services.persons.get(person_id, record_view=False)
    assert audit_rows(services, person_id).count(("view", "target_group_met")) == 1


def test_mentor_data_cannot_be_saved_on_a_mentee(services: Services) -> None:
    person_id = make_mentee(services)
    with pytest.raises(InvalidValue) as refused:
        services.persons.update(person_id, mentor_data())
    assert refused.value.params == {"field": "role", "reason": "role_mismatch"}


def test_a_file_deleted_meanwhile_says_so(services: Services) -> None:
    with pytest.raises(NotFound):
        services.persons.get(uuid.uuid4())
    with pytest.raises(NotFound):
        services.persons.change_status(uuid.uuid4(), "info_session")


def test_status_changes_follow_the_path_and_are_stamped(services: Services) -> None:
    use_coordinator(services, "Karim Coordinator")
    person_id = make_mentee(services)
    services.persons.change_status(person_id, "info_session", reason="Came on Tuesday")
    with pytest.raises(IllegalStatusChange) as refused:
        services.persons.change_status(person_id, "in_duo")
    assert refused.value.params["reason"] == "not_allowed"
    file = services.persons.get(person_id)
    assert file.status == "info_session"
    change = file.history[0]
    assert (change.action, change.from_status, change.to_status, change.reason,
            change.coordinator_name) == ("status_changed", "registered", "info_session",
                                         "Came on Tuesday", "Karim Coordinator")
    assert [item.action for item in file.history] == ["status_changed", "created"]


def test_a_mentor_pause_keeps_its_end_date_until_the_mentor_is_available_again(
        services: Services) -> None:
    person_id = make_mentor(services)
    for status in ("info_session", "intake", "training", "available"):
        services.persons.change_status(person_id, status)
    until = date.today() + timedelta(days=30)
    services.persons.change_status(person_id, "paused", until=until)
    assert services.persons.get(person_id).paused_until == until
    services.persons.change_status(person_id, "available")
    assert services.persons.get(person_id).paused_until is None
    with pytest.raises(IllegalStatusChange) as refused:
        services.persons.change_status(person_id, "paused")
    assert refused.value.params["reason"] == "needs_date"


def test_journal_entries_are_stamped_with_the_coordinator_newest_first(
        services: Services) -> None:
    use_coordinator(services, "Ines Coordinator")
    person_id = make_mentee(services)
    first = services.persons.add_journal_entry(person_id, "  Phoned, no answer. ")
    second = services.persons.add_journal_entry(person_id, "Intake planned on Monday.")
    journal = services.persons.get(person_id).journal
    assert [e.text for e in journal] == ["Intake planned on Monday.", "Phoned, no answer."]
    assert journal[0].coordinator_name == "Ines Coordinator"
    assert first.written_at.tzinfo is not None and second.written_at >= first.written_at
    with pytest.raises(InvalidValue) as refused:
        services.persons.add_journal_entry(person_id, "   ")
    assert refused.value.params == {"field": "text", "reason": "required"}


def test_the_history_does_not_repeat_journal_entries_or_views(services: Services) -> None:
    person_id = make_mentee(services)
    services.persons.add_journal_entry(person_id, "Note")
    services.persons.get(person_id)
    assert [item.action for item in services.persons.history(person_id)] == ["created"]


def _partner(services: Services) -> uuid.UUID:
    from duodesk.core.codes import PartnerKind
    from duodesk.core.models import Partner

    with services.db.write() as session:
        partner = Partner(name="CPAS Test", kind=PartnerKind.CPAS_OCMW)
        session.add(partner)
        session.flush()
        return partner.id


def test_an_unknown_partner_or_coordinator_is_refused(services: Services) -> None:
    with pytest.raises(ValidationErrors) as refused:
        make_mentee(services, referral_partner_id=uuid.uuid4(), coordinator_id=uuid.uuid4())
    assert {(p.params["field"], p.params["reason"]) for p in refused.value.problems} == {
        ("referral_partner_id", "unknown_record"), ("coordinator_id", "unknown_record")}


def test_roles_of_files(services: Services) -> None:
    assert services.persons.get(make_mentor(services)).role == PersonRole.MENTOR
