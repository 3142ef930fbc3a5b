"""A purpose without consent blocks what depends on it (SPEC §9): the 12-month outcome of a
duo, recorded from a contact, needs the mentee's ``followup_contact`` consent on that day;
"unreachable" needs none, so the indicators stay right."""

from __future__ import annotations

from datetime import timedelta

from duodesk.core.codes import ConsentPurpose
from duodesk.core.context import Services
from duodesk.core.errors import DuoStepRefused
from duodesk.core.privacy.consents import ConsentService
from tests.core.duo_setup import Clock, duo_service
from tests.core.test_duos import active_duo
from tests.factories import make_mentee


def test_a_withdrawn_consent_blocks_the_outcome_contact_from_its_day(
        services: Services) -> None:
    clock = Clock()
    duos = duo_service(services, clock)
    consents = ConsentService(services.db, today=clock.today)
    duo = active_duo(services, duos, clock)
    given = consents.record(duo.mentee_id, ConsentPurpose.FOLLOWUP_CONTACT, clock.today(), "v1")
    clock.advance(days=183)
    duos.finish(duo.id, clock.today())
    clock.advance(days=182)
    contacted = clock.today() - timedelta(days=2)
    consents.withdraw(given.id, clock.today() - timedelta(days=1))
    # The contact two days ago was allowed then; one today is not.
    assert duos.record_outcome(duo.id, "job_other", contacted).outcome == "job_other"
    try:
        duos.record_outcome(duo.id, "job_stable", clock.today())
    except DuoStepRefused as refused:
        assert refused.params["reason"] == "no_followup_consent"
    else:
        raise AssertionError("an outcome was recorded without the follow-up consent")
    assert duos.record_outcome(duo.id, "unreachable", clock.today()).outcome == "unreachable"


def test_only_people_still_concerned_have_consents_to_renew(services: Services) -> None:
    clock = Clock()
    duos = duo_service(services, clock)
    consents = ConsentService(services.db, today=clock.today)
    duo = active_duo(services, duos, clock)
    gone = make_mentee(services)
    services.persons.change_status(gone, "withdrawn")
    start = clock.today()
    for person in (duo.mentee_id, gone):
        for purpose in (ConsentPurpose.PROGRAMME, ConsentPurpose.FOLLOWUP_CONTACT):
            consents.record(person, purpose, start, "v1")
    clock.advance(days=183)
    duos.finish(duo.id, clock.today())
    clock.advance(days=365 * 2)
    # The mentee finished: only the follow-up consent matters, while the outcome waits.
    assert [(f.person_id, f.purpose) for f in consents.to_renew()] == [
        (duo.mentee_id, ConsentPurpose.FOLLOWUP_CONTACT)]
    duos.record_outcome(duo.id, "unreachable", clock.today())
    assert consents.to_renew() == []
