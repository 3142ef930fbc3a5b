"""Scores, parts and reasons of suggestions on hand-made cases, and the weights that the
Settings page edits (stored in the database)."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from duodesk.core.codes import DayPart, LanguageLevel, Sector
from duodesk.core.context import Services
from duodesk.core.errors import InvalidValue
from duodesk.core.matching import CRITERIA, DEFAULT_WEIGHTS, MatchingWeights, Reason
from duodesk.core.matching.geo import postcode_coordinates
from tests.core.matching.helpers import available_mentor, set_waiting_since, waiting_mentee

NATIVE, GOOD, FLUENT = LanguageLevel.NATIVE, LanguageLevel.GOOD, LanguageLevel.FLUENT


def km_between(first: str, second: str) -> float:
    """Great-circle distance computed here on its own, to check the engine's."""
    (lat1, lon1), (lat2, lon2) = (postcode_coordinates()[first], postcode_coordinates()[second])
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_a_suggestion_adds_up_its_weighted_criteria_and_says_why(services: Services) -> None:
    mentee = waiting_mentee(
        services, languages=[("ar", NATIVE), ("fr", GOOD), ("nl", LanguageLevel.BASIC)],
        sectors=[Sector.IT, Sector.ADMIN], postal_code="1030",
        availability=frozenset({("wed", DayPart.EVENING), ("sat", DayPart.MORNING)}),
        interests=["Cuisine", "Football"])
    set_waiting_since(services, mentee, 90)
    mentor = available_mentor(
        services, languages=[("ar", NATIVE), ("fr", NATIVE), ("nl", NATIVE)],
        sectors=[Sector.IT, Sector.LOGISTICS], postal_code="1000",
        availability=frozenset({("wed", DayPart.EVENING), ("mon", DayPart.MORNING)}),
        interests=["cuisine", "échecs"])

    [found] = services.matching.suggestions(mentee)

    km = km_between("1030", "1000")
    raw = {"sector": 0.5,          # one of the two sectors aimed at
           "languages": 1.0,       # Arabic native on both sides (0.9) + French (0.1)
           "distance": 1 - km / 40,
           "availability": 1 / 3,  # Wednesday evening only
           "interests": 0.5,       # cuisine, whatever its capital letter
           "waiting": 90 / 180}
    scale = 100 / DEFAULT_WEIGHTS.total
    expected = {name: raw[name] * getattr(DEFAULT_WEIGHTS, name) * scale for name in CRITERIA}
    assert found.mentor_id == mentor
    assert found.criteria == pytest.approx(expected, abs=0.01)
    assert found.score == pytest.approx(sum(expected.values()), abs=0.02)
    assert found.score == pytest.approx(sum(found.criteria.values()), abs=0.02)
    assert set(found.reasons) == {
        Reason("shared_language", {"language": "ar", "level": "native"}),
        Reason("shared_language", {"language": "fr", "level": "good"}),
        Reason("sector", {"sector": "it"}),
        Reason("distance", {"km": str(round(km))}),
        Reason("availability", {"slot": "wed_evening"}),
        Reason("interest", {"interest": "Cuisine"}),
        Reason("waiting", {"days": "90"}),
    }
    # The criteria that gave the most points speak first: languages (4 of the 18 weights'
    # worth), distance (3 x 0.95), sector (5 x 0.5), availability (3 x 1/3) before waiting
    # (2 x 0.5) on a tie, as the criteria are listed, then interests.
    assert [reason.code for reason in found.reasons] == [
        "shared_language", "shared_language", "distance", "sector", "availability", "waiting",
        "interest"]


def test_mentors_are_ranked_best_first_within_the_limit(services: Services) -> None:
    mentee = waiting_mentee(services, sectors=[Sector.CARE_HEALTH], postal_code="1000")
    near_same_sector = available_mentor(services, sectors=[Sector.CARE_HEALTH],
                                        postal_code="1000")
    far_same_sector = available_mentor(services, sectors=[Sector.CARE_HEALTH],
                                       postal_code="4000")
    near_other_sector = available_mentor(services, sectors=[Sector.IT], postal_code="1050")
    unknown_place = available_mentor(services)

    ranked = services.matching.suggestions(mentee)
    # The sector weighs more than the distance by default.
    assert [item.mentor_id for item in ranked] == [
        near_same_sector, far_same_sector, near_other_sector, unknown_place]
    assert [item.score for item in ranked] == sorted((item.score for item in ranked),
                                                     reverse=True)
    assert ranked[1].criteria["distance"] == 0  # Liège is more than 40 km from Brussels
    assert "distance" not in {reason.code for reason in ranked[1].reasons}
    assert [item.mentor_id for item in services.matching.suggestions(mentee, limit=2)] == [
        near_same_sector, far_same_sector]


def test_a_better_shared_language_level_scores_higher(services: Services) -> None:
    mentee = waiting_mentee(services, languages=[("fr", NATIVE), ("en", GOOD)])
    good = available_mentor(services, languages=[("fr", GOOD)])
    fluent = available_mentor(services, languages=[("fr", FLUENT)])
    native_and_english = available_mentor(services, languages=[("fr", NATIVE), ("en", NATIVE)])

    parts = {item.mentor_id: item.criteria["languages"]
             for item in services.matching.suggestions(mentee)}
    scale = DEFAULT_WEIGHTS.languages * 100 / DEFAULT_WEIGHTS.total
    assert parts == pytest.approx({good: 0.5 * scale, fluent: 0.75 * scale,
                                   native_and_english: 1.0 * scale}, abs=0.01)


def test_weights_are_stored_in_the_database_and_change_the_ranking(services: Services) -> None:
    mentee = waiting_mentee(services, sectors=[Sector.EDUCATION], postal_code="1000")
    same_sector_far = available_mentor(services, sectors=[Sector.EDUCATION],
                                       postal_code="1300")
    near = available_mentor(services, postal_code="1000")
    assert services.matching.weights() == DEFAULT_WEIGHTS
    assert services.matching.suggestions(mentee)[0].mentor_id == same_sector_far

    only_distance = MatchingWeights(sector=0, languages=0, distance=10, availability=0,
                                    interests=0, waiting=0)
    services.matching.save_weights(only_distance)

    assert services.matching.weights() == only_distance
    ranked = services.matching.suggestions(mentee)
    assert ranked[0].mentor_id == near
    assert ranked[0].score == pytest.approx(100.0)
    assert ranked[0].criteria["sector"] == 0


@pytest.mark.parametrize("wrong", [
    {"sector": -1}, {"distance": 11}, {"interests": 2.5}, {"waiting": True},
])
def test_a_weight_out_of_range_is_refused_and_the_stored_ones_kept(
        services: Services, wrong: dict[str, object]) -> None:
    kept = replace(DEFAULT_WEIGHTS, sector=7)
    services.matching.save_weights(kept)
    with pytest.raises(InvalidValue) as refused:
        services.matching.save_weights(replace(DEFAULT_WEIGHTS, **wrong))  # type: ignore[arg-type]
    name = next(iter(wrong))
    assert refused.value.params == {"field": f"weight_{name}", "reason": "out_of_range",
                                    "minimum": 0, "maximum": 10}
    assert services.matching.weights() == kept


def test_weights_that_would_count_nothing_are_refused(services: Services) -> None:
    with pytest.raises(InvalidValue) as refused:
        services.matching.save_weights(MatchingWeights(0, 0, 0, 0, 0, 0))
    assert refused.value.params["reason"] == "all_zero"
    assert services.matching.weights() == DEFAULT_WEIGHTS


def test_a_damaged_stored_setting_falls_back_to_the_defaults(services: Services) -> None:
    from duodesk.core.models import AppSetting

    with services.db.write() as session:
        session.add(AppSetting(key="matching_weights",
                               value={"sector": "many", "distance": 9, "bogus": 3}))
    assert services.matching.weights() == replace(DEFAULT_WEIGHTS, distance=9)
