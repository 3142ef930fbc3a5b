"""A person a duo in progress holds (mentee matched or in a duo, mentor in a duo) is moved
only by the duo's own steps: a status chosen by hand in the file is refused, so that no duo
lives on with its mentee back on the waiting list."""

from __future__ import annotations

import pytest

from duodesk.core.context import Services
from duodesk.core.errors import IllegalStatusChange
from duodesk.core.services.duos import DuoService
from tests.core.duo_setup import Clock, status_of
from tests.core.test_duos import accepted_duo, active_duo, propose


@pytest.mark.parametrize("new_status", ["waiting", "finished", "stopped"])
def test_a_mentee_in_an_active_duo_keeps_her_status_until_the_duo_ends(
        services: Services, duos: DuoService, clock: Clock, new_status: str) -> None:
    duo = active_duo(services, duos, clock)
    with pytest.raises(IllegalStatusChange) as refused:
        services.persons.change_status(duo.mentee_id, new_status)
    assert refused.value.params == {"role": "mentee", "from_status": "in_duo",
                                    "to_status": new_status, "reason": "live_duo"}
    assert status_of(services, duo.mentee_id) == "in_duo"
    assert duos.get(duo.id).status == "active"


def test_a_matched_mentee_goes_back_to_waiting_only_by_declining_the_proposal(
        services: Services, duos: DuoService) -> None:
    duo = propose(services, duos)
    with pytest.raises(IllegalStatusChange):
        services.persons.change_status(duo.mentee_id, "waiting")
    assert status_of(services, duo.mentee_id) == "matched"


def test_a_mentor_in_an_active_duo_is_not_made_available_by_hand(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = active_duo(services, duos, clock)
    with pytest.raises(IllegalStatusChange):
        services.persons.change_status(duo.mentor_id, "available")
    assert status_of(services, duo.mentor_id) == "in_duo"


def test_once_the_duo_is_over_the_file_takes_a_status_by_hand_again(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = active_duo(services, duos, clock)
    clock.advance(days=30)
    duos.stop(duo.id, clock.today(), "mentee_withdrew", return_mentee_to_waiting=True)
    services.persons.change_status(duo.mentee_id, "withdrawn")
    services.persons.change_status(duo.mentor_id, "left")
    assert status_of(services, duo.mentee_id) == "withdrawn"
    assert status_of(services, duo.mentor_id) == "left"


def test_a_mentor_still_available_with_an_accepted_duo_may_leave(
        services: Services, duos: DuoService, clock: Clock) -> None:
    duo = accepted_duo(services, duos, clock)
    services.persons.change_status(duo.mentor_id, "left")
    assert status_of(services, duo.mentor_id) == "left"
