"""Consents per person and purpose (SPEC §9, issue 9 item 1): recorded, withdrawn without
being deleted, checked on a day, audited by field name, and listed when to be renewed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from duodesk.core.codes import AuditAction, ConsentPurpose
from duodesk.core.context import Services
from duodesk.core.duo_status import add_months
from duodesk.core.errors import NotFound, ValidationErrors
from duodesk.core.models import AuditEntry, Consent
from duodesk.core.privacy.consents import ConsentService, ConsentSettings
from tests.factories import make_mentee, make_mentor, use_coordinator

TODAY = date(2026, 11, 20)
P = ConsentPurpose


@pytest.fixture
def consents(services: Services) -> ConsentService:
    return ConsentService(services.db, today=lambda: TODAY)


def test_a_consent_is_recorded_with_who_collected_it_and_audited(
        services: Services, consents: ConsentService) -> None:
    me = use_coordinator(services, "Nadia Test")
    mentee = make_mentee(services)
    given = consents.record(mentee, P.PROGRAMME, TODAY - timedelta(days=3), "2025-1")
    assert (given.purpose, given.given_on, given.text_version) == (
        P.PROGRAMME, TODAY - timedelta(days=3), "2025-1")
    assert (given.collected_by_id, given.collected_by_name) == (me.id, "Nadia Test")
    assert consents.consents_of(mentee) == [given]
    with services.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_id == given.id)).one()
        assert entry.action == AuditAction.CREATE and entry.coordinator_id == me.id
        # Field names only: never the version or the day.
        assert entry.fields == "collected_by_id,given_on,purpose,text_version"


def test_the_current_text_version_is_used_when_none_is_given(
        services: Services, consents: ConsentService) -> None:
    mentee = make_mentee(services)
    with pytest.raises(ValidationErrors) as refused:
        consents.record(mentee, P.MEDIA, TODAY)
    assert refused.value.for_field("text_version")[0].params["reason"] == "required"
    settings = consents.settings()
    settings.text_versions[P.MEDIA] = " 2026-media "
    consents.save_settings(settings)
    assert consents.record(mentee, P.MEDIA, TODAY).text_version == "2026-media"


@pytest.mark.parametrize(("given_on", "version", "field", "reason"), [
    (TODAY + timedelta(days=1), "v1", "given_on", "date_in_future"),
    (None, "v1", "given_on", "required"),
    (date(1900, 1, 1), "v1", "given_on", "date_implausible"),
    (TODAY, "  ", "text_version", "required"),
    (TODAY, "x" * 33, "text_version", "too_long"),
])
def test_bad_values_are_refused_and_nothing_is_stored(
        services: Services, consents: ConsentService, given_on: date | None, version: str,
        field: str, reason: str) -> None:
    mentee = make_mentee(services)
    with pytest.raises(ValidationErrors) as refused:
        consents.record(mentee, P.PROGRAMME, given_on, version)
    assert [p.params["reason"] for p in refused.value.for_field(field)] == [reason]
    assert consents.consents_of(mentee) == []


def test_unknown_person_or_purpose(services: Services, consents: ConsentService) -> None:
    import uuid

    with pytest.raises(NotFound):
        consents.record(uuid.uuid4(), P.PROGRAMME, TODAY, "v1")
    with pytest.raises(ValidationErrors) as refused:
        consents.record(make_mentee(services), "newsletter", TODAY, "v1")
    assert refused.value.for_field("purpose")


def test_withdrawing_keeps_the_row_and_ends_the_consent_that_day(
        services: Services, consents: ConsentService) -> None:
    mentee = make_mentee(services)
    given = consents.record(mentee, P.FOLLOWUP_CONTACT, date(2026, 1, 10), "v1")
    assert consents.has_consent(mentee, P.FOLLOWUP_CONTACT)
    assert not consents.has_consent(mentee, P.FOLLOWUP_CONTACT, date(2026, 1, 9))
    assert not consents.has_consent(mentee, P.MEDIA)
    withdrawn = consents.withdraw(given.id, date(2026, 6, 1))
    assert withdrawn.withdrawn_on == date(2026, 6, 1)
    assert consents.has_consent(mentee, P.FOLLOWUP_CONTACT, date(2026, 5, 31))
    assert not consents.has_consent(mentee, P.FOLLOWUP_CONTACT, date(2026, 6, 1))
    assert not consents.has_consent(mentee, P.FOLLOWUP_CONTACT)
    with services.db.read() as session:
        assert session.scalar(select(Consent.withdrawn_on).where(Consent.id == given.id)) \
            == date(2026, 6, 1)
        fields = session.scalars(select(AuditEntry.fields).where(
            AuditEntry.record_id == given.id, AuditEntry.action == AuditAction.UPDATE)).all()
    assert fields == ["withdrawn_on"]


@pytest.mark.parametrize(("day", "reason"), [
    (date(2026, 1, 9), "before_given"),
    (TODAY + timedelta(days=1), "date_in_future"),
    (None, "required"),
])
def test_a_withdrawal_is_checked(services: Services, consents: ConsentService,
                                 day: date | None, reason: str) -> None:
    given = consents.record(make_mentee(services), P.PROGRAMME, date(2026, 1, 10), "v1")
    with pytest.raises(ValidationErrors) as refused:
        consents.withdraw(given.id, day)
    assert refused.value.for_field("withdrawn_on")[0].params["reason"] == reason


def test_a_consent_is_withdrawn_once(services: Services, consents: ConsentService) -> None:
    given = consents.record(make_mentee(services), P.PROGRAMME, date(2026, 1, 10), "v1")
    consents.withdraw(given.id, date(2026, 2, 1))
    with pytest.raises(ValidationErrors) as refused:
        consents.withdraw(given.id, date(2026, 3, 1))
    assert refused.value.for_field("withdrawn_on")[0].params["reason"] == "already_withdrawn"
    assert consents.consents_of(given.person_id)[0].withdrawn_on == date(2026, 2, 1)


def test_consents_older_than_the_period_are_to_renew(
        services: Services, consents: ConsentService) -> None:
    old, recent, renewed, withdrawn = (make_mentee(services) for _ in range(4))
    mentor = make_mentor(services)
    expiry = add_months(TODAY, -24)
    due = consents.record(old, P.PROGRAMME, expiry, "v1")
    consents.record(recent, P.PROGRAMME, expiry + timedelta(days=1), "v1")
    consents.record(renewed, P.FOLLOWUP_CONTACT, expiry - timedelta(days=40), "v1")
    consents.record(renewed, P.FOLLOWUP_CONTACT, TODAY - timedelta(days=3), "v1")
    gone = consents.record(withdrawn, P.PROGRAMME, expiry - timedelta(days=1), "v1")
    consents.withdraw(gone.id, TODAY)
    # No period for media by default: an old media consent holds.
    consents.record(mentor, P.MEDIA, date(2019, 1, 1), "v1")
    found = consents.to_renew()
    assert [(f.consent_id, f.reason, f.due) for f in found] == [(due.id, "expired", TODAY)]
    assert found[0].person_id == old and found[0].person_name.startswith("Yasmine ")


def test_the_period_and_the_text_version_come_from_the_settings(
        services: Services, consents: ConsentService) -> None:
    mentee, mentor = make_mentee(services), make_mentor(services)
    media = consents.record(mentor, P.MEDIA, date(2025, 1, 5), "photo-1")
    programme = consents.record(mentee, P.PROGRAMME, date(2026, 9, 1), "2025-1")
    assert consents.to_renew() == []
    settings = ConsentSettings()
    settings.renew_months[P.MEDIA] = 12
    settings.text_versions[P.PROGRAMME] = "2026-1"
    consents.save_settings(settings)
    assert consents.settings() == settings
    found = {f.consent_id: (f.reason, f.due) for f in consents.to_renew()}
    assert found == {media.id: ("expired", date(2026, 1, 5)),
                     programme.id: ("old_text", date(2026, 9, 1))}
    # Given again under the current text: nothing left to renew for the mentee.
    consents.record(mentee, P.PROGRAMME, TODAY, "2026-1")
    assert [f.consent_id for f in consents.to_renew()] == [media.id]


def test_settings_are_checked(consents: ConsentService) -> None:
    settings = ConsentSettings()
    settings.renew_months[P.PROGRAMME] = 0
    settings.text_versions[P.MEDIA] = "x" * 40
    with pytest.raises(ValidationErrors) as refused:
        consents.save_settings(settings)
    assert refused.value.params["fields"] == ["renew_programme", "text_version_media"]
    assert consents.settings() == ConsentSettings()


def test_only_one_coordinators_renewals(services: Services, consents: ConsentService) -> None:
    colleague = services.organisation.save_coordinator("Colleague", None, None)
    me = use_coordinator(services, "Me")
    mine = make_mentee(services, coordinator_id=me.id)
    other = make_mentee(services, coordinator_id=colleague.id)
    for person in (mine, other):
        consents.record(person, P.PROGRAMME, date(2020, 1, 1), "v1")
    assert {f.person_id for f in consents.to_renew()} == {mine, other}
    assert [f.person_id for f in consents.to_renew(me.id)] == [mine]
