"""Today lists the consents to renew, one item per consent, opening the person's file; only
the coordinator's own people when asked."""

from __future__ import annotations

from datetime import date, timedelta

from duodesk.core.codes import ConsentPurpose
from duodesk.core.context import Services
from duodesk.core.duo_status import add_months
from duodesk.core.privacy.consents import ConsentService
from duodesk.core.services.duo_data import TodayKind
from duodesk.core.services.today import TodayService
from tests.factories import make_mentee, make_mentor, use_coordinator

TODAY = date(2026, 11, 20)


def test_consents_to_renew_are_on_today(services: Services) -> None:
    me = use_coordinator(services, "Me")
    consents = ConsentService(services.db, today=lambda: TODAY)
    today = TodayService(services.db, today=lambda: TODAY)
    mentee, mentor = make_mentee(services), make_mentor(services, first_name="Łukasz")
    consents.record(mentee, ConsentPurpose.PROGRAMME, add_months(TODAY, -24) + timedelta(1), "v1")
    assert [i for i in today.items() if i.kind == TodayKind.CONSENT_TO_RENEW] == []
    consents.record(mentor, ConsentPurpose.FOLLOWUP_CONTACT, date(2024, 1, 15), "v1")
    (item,) = [i for i in today.items() if i.kind == TodayKind.CONSENT_TO_RENEW]
    assert (item.person_id, item.duo_id, item.consent_purpose, item.consent_reason) == (
        mentor, None, "followup_contact", "expired")
    assert item.due == date(2026, 1, 15) and item.days == (TODAY - date(2026, 1, 15)).days
    assert item.mentee_name and item.mentee_name.startswith("Łukasz ")
    assert item.coordinator_id == me.id
    # Not in the quick first reading the window opens on: a moment later, with the rest.
    assert TodayKind.CONSENT_TO_RENEW not in {i.kind for i in today.items(whole=False)}
    other = services.organisation.save_coordinator("Other", None, None)
    assert [i.kind for i in today.items(other.id)
            if i.kind == TodayKind.CONSENT_TO_RENEW] == []
