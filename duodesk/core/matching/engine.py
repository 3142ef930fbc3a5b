"""Scoring every pair of a :class:`Pool` at once, ranking mentors for a mentee, and the
optimal assignment of a whole waiting pool (SPEC §7).

The score of a pair is the weighted mean of its criteria scaled to 100 points; each
criterion's *part* is its share of those points, so the parts add up to the score. A pair
that breaks a hard rule gets no score at all. The whole-pool proposal gives a mentor to as
many waiting mentees as the rules allow and, among all proposals that do, takes the one with
the highest total score (``scipy.optimize.linear_sum_assignment``): a mentor with room for
*k* more duos stands for *k* columns of the score matrix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from duodesk.core.matching.criteria import criterion_scores, reasons_for
from duodesk.core.matching.pool import Pool
from duodesk.core.matching.results import Suggestion
from duodesk.core.matching.rules import allowed_pairs
from duodesk.core.matching.weights import CRITERIA, MatchingWeights

# A pair scores at most this many points.
MAX_SCORE = 100.0


@dataclass
class Scores:
    """The scores of every pair of a pool: ``total`` (points, ``NaN`` where a hard rule is
    broken), ``parts`` (each criterion's points, broadcasting to the same shape), ``allowed``
    and the distances ``km``."""

    total: np.ndarray
    parts: dict[str, np.ndarray]
    allowed: np.ndarray
    km: np.ndarray


def score_pool(pool: Pool, weights: MatchingWeights) -> Scores:
    """Score every (mentee, mentor) pair of ``pool``."""
    raw = criterion_scores(pool)
    shape = (len(pool.mentees), len(pool.mentors))
    scale = 100.0 / weights.total
    parts: dict[str, np.ndarray] = {}
    total = np.zeros(shape, dtype=np.float32)
    for name in CRITERIA:
        weight = getattr(weights, name)
        part = raw[name]
        part *= np.float32(weight * scale)  # each criterion's array becomes its part
        parts[name] = part
        total += part
    allowed = allowed_pairs(pool)
    total[~allowed] = np.nan
    return Scores(total=total, parts=parts, allowed=allowed, km=np.asarray(raw["km"]))


def suggestions_of(pool: Pool, scores: Scores,
                   pairs: Sequence[tuple[int, int]]) -> list[Suggestion]:
    """The :class:`Suggestion` of each pair (mentee row, mentor row) of a scored pool."""
    if not pairs:
        return []
    mentees = np.array([pair[0] for pair in pairs], dtype=np.int64)
    mentors = np.array([pair[1] for pair in pairs], dtype=np.int64)
    shape = scores.allowed.shape
    parts = {name: np.round(np.broadcast_to(part, shape)[mentees, mentors].astype(np.float64),
                            2).tolist()
             for name, part in scores.parts.items()}
    reasons_by_pair = reasons_for(pool, mentees, mentors, scores.km[mentees, mentors])
    found = []
    for n, (mentee, mentor) in enumerate(pairs):
        criteria = {name: parts[name][n] for name in CRITERIA}
        # The reasons of the criteria that gave the most points come first.
        order = sorted(CRITERIA, key=lambda name: (-criteria[name], CRITERIA.index(name)))
        by_kind = reasons_by_pair[n]
        found.append(Suggestion(
            mentee_id=pool.mentees.person_id(mentee), mentee_name=pool.mentees.name(mentee),
            mentor_id=pool.mentors.person_id(mentor), mentor_name=pool.mentors.name(mentor),
            score=round(sum(criteria.values()), 2), criteria=criteria,
            reasons=tuple(reason for name in order if criteria[name] > 0
                          for reason in by_kind[name])))
    return found


def suggestion(pool: Pool, scores: Scores, mentee: int, mentor: int) -> Suggestion:
    """The :class:`Suggestion` of one pair (mentee row, mentor row) of a scored pool, even
    one that breaks a hard rule (its score is then what the criteria would give)."""
    return suggestions_of(pool, scores, [(mentee, mentor)])[0]


def ranked_mentors(scores: Scores, mentee: int, limit: int) -> list[int]:
    """The mentor rows allowed for one mentee row, best score first (ties: by name, the
    pool's order), at most ``limit``."""
    row = scores.total[mentee]
    allowed = np.flatnonzero(~np.isnan(row))
    if limit < len(allowed):
        # Everything scoring at least the limit-th best, then a stable sort of those only.
        cut = -np.partition(-row[allowed], limit - 1)[limit - 1]
        allowed = allowed[row[allowed] >= cut]
    order = allowed[np.argsort(-row[allowed], kind="stable")]
    return [int(k) for k in order[:limit]]


def optimal_pairs(scores: Scores, free_places: np.ndarray) -> list[tuple[int, int]]:
    """The pairs (mentee row, mentor row) of an optimal proposal: allowed pairs only, each
    mentee at most once and each mentor at most ``free_places`` times, as many pairs as
    possible and, among those, the highest total score.

    Mentors and mentees that no allowed pair uses are left out of the matrix first: in a
    real pool many mentees wait for a language no available mentor speaks.
    """
    from scipy.optimize import linear_sum_assignment

    allowed = scores.allowed
    rows = np.flatnonzero(allowed.any(axis=1))
    useful = allowed[rows].any(axis=0) & (free_places > 0)
    mentors = np.flatnonzero(useful)
    if not len(rows) or not len(mentors):
        return []
    # A mentor with room for k more duos is k columns; nobody can take more places than
    # there are mentees, so k is capped by the number of rows.
    places = np.minimum(free_places[mentors], len(rows))
    columns = np.repeat(mentors, places)
    # Every allowed pair is worth a bonus larger than any total of scores can differ by, so
    # that one more duo always wins: a very good pair never leaves two other mentees without
    # a mentor they could have had. Among proposals with as many duos, the scores decide.
    bonus = MAX_SCORE * min(len(rows), len(columns)) + 1.0
    # float64: next to the bonus, float32 would blur the scores' hundredths.
    value = scores.total[np.ix_(rows, columns)].astype(np.float64)
    value += bonus
    value[np.isnan(value)] = 0.0  # a forbidden pair is worth no more than no pair at all
    picked_rows, picked_columns = linear_sum_assignment(value, maximize=True)
    pairs = [(int(rows[r]), int(columns[c])) for r, c in zip(picked_rows, picked_columns,
                                                                  strict=True)
             if allowed[rows[r], columns[c]]]
    return pairs
