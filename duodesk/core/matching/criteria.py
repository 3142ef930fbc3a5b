"""The soft criteria of matching (SPEC §7), each scored from 0 to 1 for every pair at once,
and the reasons that explain one pair.

How each score is made (``docs/matching.md`` explains it for coordinators):

- ``sector``: the share of the mentee's sectors the mentor knows, counting at most two
  (one sector shared out of one or two aimed at is 1.0 or 0.5; out of three, 0.5);
- ``languages``: the best language both speak, at the lower of the two levels (good 0.5,
  fluent 0.75, native 0.9), plus 0.1 for each further language both speak well, at most 1;
- ``distance``: 1 at the same place, falling evenly to 0 at :data:`DISTANCE_LIMIT_KM`
  between the postcodes; 0 when a postcode is unknown;
- ``availability``: the half-days both are free in the week, three or more giving 1;
- ``interests``: interests both named (case and accents ignored), two or more giving 1;
- ``waiting``: the mentee's days on the waiting list, :data:`WAITING_FULL_DAYS` or more
  giving 1 (the same for every mentor: it decides who is served first when mentors are few).
"""

from __future__ import annotations

import numpy as np

from duodesk.core.matching.pool import GOOD, LEVEL_CODES, SECTORS, SLOTS, Pool
from duodesk.core.matching.results import Reason

DISTANCE_LIMIT_KM = 40.0
WAITING_FULL_DAYS = 180
AVAILABILITY_FULL_SLOTS = 3
INTERESTS_FULL = 2
# What the best shared language is worth, by the lower of the two levels (good, fluent,
# native); each further shared language adds LANGUAGE_EXTRA.
LANGUAGE_VALUES = {2: 0.5, 3: 0.75, 4: 0.9}
LANGUAGE_EXTRA = 0.1
# How many reasons of one kind a suggestion lists (the rest adds nothing a reader needs).
REASONS_PER_KIND = 2


def _flags(array: np.ndarray) -> np.ndarray:
    return array.astype(np.float32)


def criterion_scores(pool: Pool) -> dict[str, np.ndarray]:
    """Each criterion's score (0 to 1) for every pair, as arrays broadcasting to the pool's
    ``(mentees, mentors)`` shape; ``km`` is added with the distances (``NaN`` if unknown)."""
    left, right = pool.mentees, pool.mentors
    assert left.waiting_days is not None

    aimed = np.minimum(left.sectors.sum(axis=1), 2).astype(np.float32)[:, None]
    shared_sectors = _flags(left.sectors) @ _flags(right.sectors).T
    sector = np.minimum(1.0, np.divide(shared_sectors, aimed, where=aimed > 0,
                                       out=np.zeros_like(shared_sectors)))

    language = np.zeros((len(left), len(right)), dtype=np.float32)
    shared_count = np.zeros_like(language)
    for level, value in LANGUAGE_VALUES.items():
        both = _flags(left.languages >= level) @ _flags(right.languages >= level).T
        if level == GOOD:
            shared_count = both
        language[both > 0] = value
    language = np.minimum(1.0, language + LANGUAGE_EXTRA * np.maximum(0, shared_count - 1)
                          * (language > 0))

    km = geo_distances(pool)
    distance = np.nan_to_num(np.clip(1.0 - km / DISTANCE_LIMIT_KM, 0.0, 1.0), nan=0.0)

    slots = _flags(left.availability) @ _flags(right.availability).T
    availability = np.minimum(1.0, slots / AVAILABILITY_FULL_SLOTS)

    if pool.interest_keys:
        interests = np.minimum(
            1.0, (_flags(left.interests) @ _flags(right.interests).T) / INTERESTS_FULL)
    else:
        interests = np.zeros((len(left), len(right)), dtype=np.float32)

    waiting = np.minimum(1.0, left.waiting_days / WAITING_FULL_DAYS)[:, None]
    return {"sector": sector, "languages": language, "distance": distance,
            "availability": availability, "interests": interests, "waiting": waiting,
            "km": km}


def geo_distances(pool: Pool) -> np.ndarray:
    from duodesk.core.matching.geo import distance_km

    return distance_km(pool.mentees.places, pool.mentors.places)


def reasons_for(pool: Pool, mentee: int, mentor: int, km: float) -> dict[str, list[Reason]]:
    """The reasons of each criterion for one pair (mentee row, mentor row), best first."""
    left, right = pool.mentees, pool.mentors
    assert left.waiting_days is not None
    found: dict[str, list[Reason]] = {}

    a, b = left.languages[mentee], right.languages[mentor]
    both = np.minimum(a, b)
    spoken = [k for k in np.argsort(-both, kind="stable") if both[k] >= GOOD]
    found["languages"] = [
        Reason("shared_language", {"language": pool.language_codes[k],
                                   "level": LEVEL_CODES[int(both[k])]})
        for k in spoken[:REASONS_PER_KIND]]

    sectors = np.flatnonzero(left.sectors[mentee] & right.sectors[mentor])
    found["sector"] = [Reason("sector", {"sector": SECTORS[k]})
                       for k in sectors[:REASONS_PER_KIND]]

    found["distance"] = ([] if np.isnan(km) or km >= DISTANCE_LIMIT_KM
                         else [Reason("distance", {"km": str(round(km))})])

    slots = np.flatnonzero(left.availability[mentee] & right.availability[mentor])
    found["availability"] = [Reason("availability", {"slot": SLOTS[k]})
                             for k in slots[:REASONS_PER_KIND]]

    if pool.interest_keys:
        shared = np.flatnonzero(left.interests[mentee] & right.interests[mentor])
        found["interests"] = [Reason("interest", {"interest": pool.interest_texts[k]})
                              for k in shared[:REASONS_PER_KIND]]

    days = int(left.waiting_days[mentee])
    found["waiting"] = [Reason("waiting", {"days": str(days)})] if days > 0 else []
    return found
