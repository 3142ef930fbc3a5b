"""The hard rules of matching (SPEC §7): a pair that breaks one is never proposed, neither
for one mentee nor in the whole-pool proposal."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from duodesk.core.codes import DuoStatus, Gender, LanguageLevel
from duodesk.core.context import Services
from duodesk.core.errors import MenteeNotWaiting, NotFound
from duodesk.core.models import Mentor
from tests.core.matching.helpers import (
    add_duo,
    available_mentor,
    other_antenna,
    waiting_mentee,
)
from tests.factories import make_mentee


def proposed(services: Services, mentee: uuid.UUID) -> set[uuid.UUID]:
    """The mentors suggested for ``mentee`` and those the pool proposal gives them."""
    ranked = {item.mentor_id for item in services.matching.suggestions(mentee)}
    pooled = {item.mentor_id for item in services.matching.pool_proposal()
              if item.mentee_id == mentee}
    assert pooled <= ranked
    return ranked | pooled


def test_a_mentor_sharing_no_language_at_a_good_level_is_never_proposed(
        services: Services) -> None:
    mentee = waiting_mentee(services, languages=[("ar", LanguageLevel.NATIVE),
                                                 ("fr", LanguageLevel.GOOD),
                                                 ("nl", LanguageLevel.BASIC)])
    speaks = available_mentor(services, languages=[("fr", LanguageLevel.FLUENT)])
    other_language = available_mentor(services, languages=[("en", LanguageLevel.NATIVE)])
    dutch_basic_side = available_mentor(services, languages=[("nl", LanguageLevel.NATIVE)])
    mentor_basic = available_mentor(services, languages=[("ar", LanguageLevel.BASIC)])

    assert proposed(services, mentee) == {speaks}
    checks = {mentor: services.matching.check_pair(mentee, mentor).broken_rules
              for mentor in (other_language, dutch_basic_side, mentor_basic)}
    assert checks == {mentor: ("shared_language",) for mentor in checks}
    assert services.matching.check_pair(mentee, speaks).allowed


def test_a_paused_or_full_mentor_is_never_proposed(services: Services) -> None:
    mentee = waiting_mentee(services)
    free = available_mentor(services)
    paused = available_mentor(services)
    services.persons.change_status(paused, "paused", until=date.today() + timedelta(days=30))
    # Available again in the data but with a pause still running (an edited or imported file).
    pause_running = available_mentor(services)
    full = available_mentor(services)  # max 1 duo, and in one
    add_duo(services, waiting_mentee(services), full, DuoStatus.PROPOSED)
    roomy = available_mentor(services, max_duos=2)  # in a duo, one place left
    services.persons.change_status(roomy, "in_duo")
    add_duo(services, waiting_mentee(services), roomy, DuoStatus.ACTIVE)
    pause_over = available_mentor(services)
    with services.db.write() as session:
        session.get(Mentor, pause_running).paused_until = date.today() + timedelta(days=3)
        session.get(Mentor, pause_over).paused_until = date.today() - timedelta(days=1)

    assert proposed(services, mentee) == {free, roomy, pause_over}
    assert services.matching.check_pair(mentee, paused).broken_rules == (
        "mentor_available", "mentor_not_paused")
    assert services.matching.check_pair(mentee, pause_running).broken_rules == (
        "mentor_not_paused",)
    assert services.matching.check_pair(mentee, full).broken_rules == ("mentor_has_room",)


def test_finished_and_declined_duos_free_the_mentor_but_never_pair_the_same_two_again(
        services: Services) -> None:
    mentee = waiting_mentee(services)
    declined_with_her = available_mentor(services)
    add_duo(services, mentee, declined_with_her, DuoStatus.DECLINED)
    finished_with_other = available_mentor(services)
    add_duo(services, waiting_mentee(services), finished_with_other, DuoStatus.FINISHED)

    assert proposed(services, mentee) == {finished_with_other}
    assert services.matching.check_pair(mentee, declined_with_her).broken_rules == (
        "not_former_duo",)


def test_the_mentees_preferred_mentor_gender_is_respected(services: Services) -> None:
    mentee = waiting_mentee(services, preferred_mentor_gender=Gender.FEMALE)
    woman = available_mentor(services, gender=Gender.FEMALE)
    man = available_mentor(services, gender=Gender.MALE)
    unknown = available_mentor(services, gender=None)
    no_preference = waiting_mentee(services)

    assert proposed(services, mentee) == {woman}
    assert services.matching.check_pair(mentee, man).broken_rules == ("gender_preference",)
    assert services.matching.check_pair(mentee, unknown).broken_rules == ("gender_preference",)
    assert {item.mentor_id for item in services.matching.suggestions(no_preference)} == {
        woman, man, unknown}


def test_only_mentors_of_the_mentees_antenna_are_proposed(services: Services) -> None:
    mentee = waiting_mentee(services)
    here = available_mentor(services)
    elsewhere = available_mentor(services, antenna_id=other_antenna(services))

    assert proposed(services, mentee) == {here}
    assert services.matching.check_pair(mentee, elsewhere).broken_rules == ("same_antenna",)


def test_mentors_in_training_or_gone_are_not_proposed(services: Services) -> None:
    mentee = waiting_mentee(services)
    ready = available_mentor(services)
    left = available_mentor(services)
    services.persons.change_status(left, "left")
    # Registered only: never trained.
    from tests.factories import make_mentor

    registered = make_mentor(services, languages=[("fr", LanguageLevel.GOOD)], sectors=[])

    assert proposed(services, mentee) == {ready}
    assert services.matching.check_pair(mentee, registered).broken_rules == (
        "mentor_available",)


def test_only_waiting_mentees_get_suggestions_or_a_place_in_the_pool(services: Services) -> None:
    mentor = available_mentor(services)
    in_intake = make_mentee(services, languages=[("fr", LanguageLevel.NATIVE)])
    services.persons.change_status(in_intake, "info_session")
    waiting = waiting_mentee(services)

    with pytest.raises(MenteeNotWaiting) as refused:
        services.matching.suggestions(in_intake)
    assert refused.value.params == {"status": "info_session"}
    assert [item.mentee_id for item in services.matching.pool_proposal()] == [waiting]
    assert services.matching.check_pair(in_intake, mentor).broken_rules == ("mentee_waiting",)


def test_an_unknown_mentee_or_mentor_is_named_as_such(services: Services) -> None:
    mentee = waiting_mentee(services)
    mentor = available_mentor(services)
    for wrong in (uuid.uuid4(), "not-an-id", str(mentor)):
        with pytest.raises(NotFound) as missing:
            services.matching.suggestions(wrong)
        assert missing.value.params["record_type"] == "mentee"
    for wrong in (uuid.uuid4(), "nobody", str(mentee)):
        with pytest.raises(NotFound) as missing:
            services.matching.check_pair(mentee, wrong)
        assert missing.value.params == {"record_type": "mentor", "id": str(wrong)}
    with pytest.raises(NotFound) as missing:
        services.matching.check_pair("nobody", mentor)
    assert missing.value.params == {"record_type": "mentee", "id": "nobody"}


def test_an_empty_pool_proposes_nothing(services: Services) -> None:
    assert services.matching.pool_proposal() == []
    mentee = waiting_mentee(services)
    assert services.matching.suggestions(mentee) == []
    assert services.matching.pool_proposal() == []


def test_suggestions_are_exactly_the_pairs_that_keep_every_rule(services: Services) -> None:
    """The mentors read for one mentee are narrowed in SQL first; the rules on the arrays
    decide. Both must agree with the check of each pair on its own."""
    import random

    rng = random.Random(5)
    codes = ["fr", "nl", "ar", "tr"]
    levels = list(LanguageLevel)
    mentees = [waiting_mentee(services, languages=[(code, rng.choice(levels)) for code in
                                                   rng.sample(codes, 2)],
                              preferred_mentor_gender=rng.choice([None, Gender.FEMALE]))
               for _ in range(4)]
    mentors = []
    for _ in range(16):
        mentor = available_mentor(services, gender=rng.choice([Gender.FEMALE, Gender.MALE]),
                                  languages=[(code, rng.choice(levels)) for code in
                                             rng.sample(codes, rng.randint(1, 2))])
        if rng.random() < 0.2:
            services.persons.change_status(mentor, "paused",
                                           until=date.today() + timedelta(days=9))
        mentors.append(mentor)
    add_duo(services, mentees[0], mentors[0], DuoStatus.DECLINED)

    pool = services.matching.pool_proposal()
    sizes = []
    for mentee in mentees:
        allowed = {mentor for mentor in mentors
                   if services.matching.check_pair(mentee, mentor).allowed}
        assert {item.mentor_id for item in services.matching.suggestions(mentee, limit=50)} \
            == allowed
        assert {item.mentor_id for item in pool if item.mentee_id == mentee} <= allowed
        sizes.append(len(allowed))
    # The case is a real one: some mentors fit, none fits everyone.
    assert max(sizes) > 0 and all(size < len(mentors) for size in sizes)
    assert 0 < len(pool) <= len(mentees)
