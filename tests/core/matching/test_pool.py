"""The whole-pool proposal: an optimal assignment (not a greedy one), within each mentor's
free places, fair to those who waited longest, reporting progress, and writing nothing."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from duodesk.core.codes import DayPart, LanguageLevel, Sector
from duodesk.core.context import Services
from duodesk.core.errors import Cancelled
from duodesk.core.models import Duo, StatusChange
from duodesk.core.progress import Progress
from tests.core.matching.helpers import available_mentor, set_waiting_since, waiting_mentee

NATIVE = LanguageLevel.NATIVE


def greedy_total(services: Services, mentees: list[uuid.UUID]) -> float:
    """What taking the best remaining pair again and again would give."""
    pairs = sorted(((item.score, item.mentee_id, item.mentor_id) for mentee in mentees
                    for item in services.matching.suggestions(mentee)), reverse=True)
    taken_mentees: set[uuid.UUID] = set()
    taken_mentors: set[uuid.UUID] = set()
    total = 0.0
    for score, mentee, mentor in pairs:
        if mentee not in taken_mentees and mentor not in taken_mentors:
            taken_mentees.add(mentee)
            taken_mentors.add(mentor)
            total += score
    return total


def test_the_optimal_proposal_beats_the_greedy_one(services: Services) -> None:
    # Amal fits Xavier best of all; but Bilal fits only Xavier well, and Amal fits Yvette
    # nearly as well. Greedy takes Amal-Xavier first and leaves Bilal the poor Yvette.
    amal = waiting_mentee(services, languages=[("fr", NATIVE)], sectors=[Sector.IT],
                          postal_code="1000", availability=frozenset({("wed", DayPart.EVENING)}))
    bilal = waiting_mentee(services, languages=[("fr", NATIVE)], sectors=[Sector.CONSTRUCTION],
                           postal_code="1000")
    xavier = available_mentor(services, languages=[("fr", NATIVE)],
                              sectors=[Sector.IT, Sector.CONSTRUCTION], postal_code="1000",
                              availability=frozenset({("wed", DayPart.EVENING)}))
    yvette = available_mentor(services, languages=[("fr", LanguageLevel.GOOD)],
                              sectors=[Sector.IT], postal_code="4000")
    score = {(item.mentee_id, item.mentor_id): item.score
             for mentee in (amal, bilal) for item in services.matching.suggestions(mentee)}
    assert score[amal, xavier] > score[bilal, xavier] > score[amal, yvette] > \
        score[bilal, yvette]

    proposal = services.matching.pool_proposal()

    assert {(item.mentee_id, item.mentor_id) for item in proposal} == {
        (amal, yvette), (bilal, xavier)}
    total = sum(item.score for item in proposal)
    greedy = greedy_total(services, [amal, bilal])
    assert greedy == pytest.approx(score[amal, xavier] + score[bilal, yvette])
    assert total == pytest.approx(score[amal, yvette] + score[bilal, xavier])
    assert total > greedy + 20  # about 103 against 81 points with the default weights
    # Each proposed duo carries its names, parts and reasons like a suggestion.
    by_mentee = {item.mentee_id: item for item in proposal}
    assert by_mentee[bilal].mentor_name.startswith("Marc Testmentor")
    assert by_mentee[bilal].criteria == next(
        item.criteria for item in services.matching.suggestions(bilal)
        if item.mentor_id == xavier)
    assert {"shared_language", "sector"} <= {reason.code for reason in by_mentee[bilal].reasons}


def test_no_mentee_is_left_out_for_the_sake_of_one_excellent_pair(services: Services) -> None:
    # Amal speaks French and Arabic, Bilal only Arabic; Xavier speaks both, Yvette only
    # French. Amal with Xavier scores more than the two other pairs together, but taking it
    # would leave Bilal without the one mentor he can talk with.
    amal = waiting_mentee(services, languages=[("fr", NATIVE), ("ar", NATIVE)],
                          sectors=[Sector.IT], postal_code="1000",
                          availability=frozenset({("wed", DayPart.EVENING)}))
    bilal = waiting_mentee(services, languages=[("ar", NATIVE)], postal_code="1000")
    xavier = available_mentor(services, languages=[("fr", NATIVE), ("ar", NATIVE)],
                              sectors=[Sector.IT], postal_code="1000",
                              availability=frozenset({("wed", DayPart.EVENING)}))
    yvette = available_mentor(services, languages=[("fr", NATIVE)], postal_code="4000")
    score = {(item.mentee_id, item.mentor_id): item.score
             for mentee in (amal, bilal) for item in services.matching.suggestions(mentee)}
    assert set(score) == {(amal, xavier), (amal, yvette), (bilal, xavier)}
    assert score[amal, xavier] > score[amal, yvette] + score[bilal, xavier]

    proposal = services.matching.pool_proposal()

    assert {(item.mentee_id, item.mentor_id) for item in proposal} == {
        (amal, yvette), (bilal, xavier)}


def test_a_mentor_takes_as_many_mentees_as_their_free_places(services: Services) -> None:
    mentees = [waiting_mentee(services) for _ in range(4)]
    two_places = available_mentor(services, max_duos=2)
    one_place = available_mentor(services)

    proposal = services.matching.pool_proposal()

    mentors = [item.mentor_id for item in proposal]
    assert sorted(mentors) == sorted([two_places, two_places, one_place])
    assert len({item.mentee_id for item in proposal}) == 3
    assert {item.mentee_id for item in proposal} <= set(mentees)


def test_when_mentors_are_few_the_longest_waiting_mentee_comes_first(
        services: Services) -> None:
    recent = waiting_mentee(services)
    set_waiting_since(services, recent, 10)
    long_waiting = waiting_mentee(services)
    set_waiting_since(services, long_waiting, 150)
    mentor = available_mentor(services)

    [duo] = services.matching.pool_proposal()

    assert (duo.mentee_id, duo.mentor_id) == (long_waiting, mentor)
    assert {"code": "waiting", "days": "150"} in [
        {"code": reason.code, **reason.params} for reason in duo.reasons]


def test_the_proposal_writes_nothing(services: Services) -> None:
    for _ in range(3):
        waiting_mentee(services)
        available_mentor(services)

    def counts() -> tuple[int, int]:
        with services.db.read() as session:
            return (session.scalar(select(func.count()).select_from(Duo)) or 0,
                    session.scalar(select(func.count()).select_from(StatusChange)) or 0)

    before = counts()
    assert len(services.matching.pool_proposal()) == 3
    assert counts() == before


def test_the_proposal_reports_its_progress_and_can_be_cancelled(services: Services) -> None:
    waiting_mentee(services)
    available_mentor(services)
    steps: list[tuple[int, int]] = []
    assert len(services.matching.pool_proposal(Progress(lambda done, total: steps.append(
        (done, total))))) == 1
    assert steps[0] == (0, 4) and steps[-1] == (4, 4)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)

    progress = Progress(lambda done, total: progress.cancel() if done == 1 else None)
    with pytest.raises(Cancelled):
        services.matching.pool_proposal(progress)
