"""Matching mentees with mentors (SPEC §7): hard rules, weighted soft criteria, reasons, the
ranked mentors of one mentee and the optimal proposal for the whole waiting pool.

The stable interface for screens and commands::

    service = MatchingService(db)
    service.suggestions(mentee_id, limit=20)   # list[Suggestion], best first
    service.pool_proposal(progress)            # list[Suggestion], an optimal assignment
    service.check_pair(mentee_id, mentor_id)   # PairCheck: score and broken rules
    service.weights() / service.save_weights(MatchingWeights(...))

A :class:`Suggestion` carries the score (0-100), each criterion's part (``criteria``, points
adding up to the score) and :class:`Reason` codes with parameters, which
``duodesk.matching_texts`` turns into words. ``docs/matching.md`` explains the scores.
"""

from duodesk.core.matching.results import RULES, PairCheck, Reason, Suggestion
from duodesk.core.matching.service import MatchingService
from duodesk.core.matching.weights import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    MAX_WEIGHT,
    MatchingWeights,
    load_weights,
    save_weights,
)

__all__ = [
    "CRITERIA", "DEFAULT_WEIGHTS", "MAX_WEIGHT", "RULES", "MatchingService", "MatchingWeights",
    "PairCheck", "Reason", "Suggestion", "load_weights", "save_weights",
]
