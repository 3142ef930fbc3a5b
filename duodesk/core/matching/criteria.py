"""The soft criteria of matching (SPEC §7), each scored from 0 to 1 for every pair at once,
and the reasons that explain chosen pairs.

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

import math

import numpy as np

from duodesk.core.matching.bits import share_any, shared_counts
from duodesk.core.matching.geo import distance_km
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


def _shared(pool: Pool, kind: str) -> np.ndarray:
    """How many flags of ``kind`` each mentee (rows) shares with each mentor (columns), as
    ``float32``: the pairs' common languages, sectors, slots or interests counted at once."""
    return shared_counts(pool.mentees.packed[kind], pool.mentors.packed[kind]).astype(
        np.float32)


def _capped(counts: np.ndarray, full: float) -> np.ndarray:
    """``counts / full``, at most 1 (in place)."""
    counts *= np.float32(1.0 / full)
    return np.minimum(counts, np.float32(1.0), out=counts)


def criterion_scores(pool: Pool) -> dict[str, np.ndarray]:
    """Each criterion's score (0 to 1) for every pair, as ``float32`` arrays broadcasting to
    the pool's ``(mentees, mentors)`` shape; ``km`` is added with the distances (``NaN`` if
    a postcode is unknown). Every step works on whole matrices (NumPy), none per pair."""
    left, right = pool.mentees, pool.mentors
    assert left.waiting_days is not None
    shape = (len(left), len(right))

    # Shared sectors over the sectors aimed at (counting two at most).
    aimed = np.minimum(left.sectors.sum(axis=1), 2).astype(np.float32)
    per_sector = np.divide(1.0, aimed, out=np.zeros_like(aimed), where=aimed > 0)
    sector = _shared(pool, "sectors")
    sector *= per_sector[:, None]
    np.minimum(sector, np.float32(1.0), out=sector)

    # Native implies fluent implies good: the value of the best level both reach is the sum
    # of the steps reached (0.5, then +0.25, then +0.15), plus 0.1 per further language.
    good, fluent, native = (LANGUAGE_VALUES[level] for level in (2, 3, 4))
    count = _shared(pool, "good")
    language = (count > 0).astype(np.float32)
    language *= np.float32(good)
    for kind, step in (("fluent", fluent - good), ("native", native - fluent)):
        language += share_any(left.packed[kind], right.packed[kind]) * np.float32(step)
    count -= np.float32(1.0)
    np.maximum(count, np.float32(0.0), out=count)
    count *= np.float32(LANGUAGE_EXTRA)
    language += count
    np.minimum(language, np.float32(1.0), out=language)

    km = geo_distances(pool)
    distance = (1.0 - km / DISTANCE_LIMIT_KM).astype(np.float32)
    np.clip(distance, 0.0, 1.0, out=distance)
    np.nan_to_num(distance, copy=False, nan=0.0)

    availability = _capped(_shared(pool, "availability"), AVAILABILITY_FULL_SLOTS)
    if pool.interest_keys:
        interests = _capped(_shared(pool, "interests"), INTERESTS_FULL)
    else:
        interests = np.zeros(shape, dtype=np.float32)

    waiting = np.minimum(1.0, left.waiting_days / WAITING_FULL_DAYS).astype(np.float32)
    return {"sector": sector, "languages": language, "distance": distance,
            "availability": availability, "interests": interests, "waiting": waiting[:, None],
            "km": km}


def geo_distances(pool: Pool) -> np.ndarray:
    """The km between every mentee's and every mentor's postcode (``NaN`` if unknown)."""
    return distance_km(pool.mentees.places, pool.mentors.places)


def _flags_by_pair(matrix: np.ndarray) -> list[list[int]]:
    """For each row of a (pairs, columns) matrix, the columns set, in order (one NumPy call
    for all pairs, then plain lists: cheaper than NumPy calls on tiny rows)."""
    found: list[list[int]] = [[] for _ in range(len(matrix))]
    pairs, columns = np.nonzero(matrix)
    for pair, column in zip(pairs.tolist(), columns.tolist(), strict=True):
        found[pair].append(column)
    return found


def _best_first(columns: list[int], levels: list[int]) -> list[int]:
    """``columns`` by decreasing level (a stable sort: equal levels keep column order)."""
    return sorted(columns, key=lambda column: -levels[column])


def reasons_for(pool: Pool, mentees: np.ndarray, mentors: np.ndarray,
                km: np.ndarray) -> list[dict[str, list[Reason]]]:
    """The reasons of each criterion for pairs (mentee rows, mentor rows, their distances
    in km), at most :data:`REASONS_PER_KIND` of a kind, best first."""
    left, right = pool.mentees, pool.mentors
    assert left.waiting_days is not None
    both = np.minimum(left.languages[mentees], right.languages[mentors])
    # Shared languages by the lower of the two levels, best first, then in column order.
    spoken = [_best_first(columns, levels) for columns, levels in
              zip(_flags_by_pair(both >= GOOD), both.tolist(), strict=True)]
    sectors = _flags_by_pair(left.sectors[mentees] & right.sectors[mentors])
    slots = _flags_by_pair(left.availability[mentees] & right.availability[mentors])
    liked = (_flags_by_pair(left.interests[mentees] & right.interests[mentors])
             if pool.interest_keys else [[] for _ in range(len(mentees))])
    days = left.waiting_days[mentees].tolist()
    found = []
    for n, distance in enumerate(km.tolist()):
        levels = both[n]
        found.append({
            "languages": [Reason("shared_language", {"language": pool.language_codes[k],
                                                     "level": LEVEL_CODES[int(levels[k])]})
                          for k in spoken[n][:REASONS_PER_KIND]],
            "sector": [Reason("sector", {"sector": SECTORS[k]})
                       for k in sectors[n][:REASONS_PER_KIND]],
            "distance": ([] if math.isnan(distance) or distance >= DISTANCE_LIMIT_KM
                         else [Reason("distance", {"km": str(round(distance))})]),
            "availability": [Reason("availability", {"slot": SLOTS[k]})
                             for k in slots[n][:REASONS_PER_KIND]],
            "interests": [Reason("interest", {"interest": pool.interest_texts[k]})
                          for k in liked[n][:REASONS_PER_KIND]],
            "waiting": [Reason("waiting", {"days": str(days[n])})] if days[n] > 0 else [],
        })
    return found
