"""The hard rules of matching (SPEC §7): a pair that breaks one is never proposed.

Each rule gives, for every mentee (rows) and mentor (columns) of a :class:`Pool`, whether the
pair keeps it, as a boolean array that broadcasts to the pool's ``(mentees, mentors)`` shape
(a rule about the mentee alone is one column, a rule about the mentor alone one row).
"""

from __future__ import annotations

import numpy as np

from duodesk.core.codes import MenteeStatus, MentorStatus
from duodesk.core.matching.bits import share_any
from duodesk.core.matching.pool import Pool
from duodesk.core.matching.results import RULES

MENTOR_STATUSES = np.array([MentorStatus.AVAILABLE.value, MentorStatus.IN_DUO.value])


def rule_masks(pool: Pool) -> dict[str, np.ndarray]:
    """Every rule of :data:`RULES` as a boolean array broadcasting to the pool's shape."""
    left, right = pool.mentees, pool.mentors
    assert left.preferred_gender is not None and right.free_places is not None
    assert right.paused is not None
    not_former = np.ones((len(left), len(right)), dtype=bool)
    if len(pool.former_duos):
        not_former[pool.former_duos[:, 0], pool.former_duos[:, 1]] = False
    preferred = left.preferred_gender[:, None]
    return {
        "same_antenna": left.antenna[:, None] == right.antenna[None, :],
        "mentee_waiting": (np.array(left.statuses, dtype=object)
                           == MenteeStatus.WAITING.value).astype(bool)[:, None],
        "mentor_available": np.isin(np.array(right.statuses, dtype=object),
                                    MENTOR_STATUSES)[None, :],
        "mentor_has_room": (right.free_places > 0)[None, :],
        "mentor_not_paused": ~right.paused[None, :],
        "shared_language": share_any(left.packed["good"], right.packed["good"]),
        "gender_preference": (preferred == 0) | (preferred == right.gender[None, :]),
        "not_former_duo": not_former,
    }


def allowed_pairs(pool: Pool) -> np.ndarray:
    """The ``(mentees, mentors)`` matrix of pairs that keep every hard rule."""
    shape = (len(pool.mentees), len(pool.mentors))
    allowed = np.ones(shape, dtype=bool)
    for mask in rule_masks(pool).values():
        allowed &= mask
    return allowed


def broken_rules(pool: Pool, mentee: int, mentor: int) -> tuple[str, ...]:
    """The codes of the rules the pair (mentee row, mentor row) breaks, in :data:`RULES`
    order; empty when the pair may be proposed."""
    masks = rule_masks(pool)
    shape = (len(pool.mentees), len(pool.mentors))
    return tuple(name for name in RULES
                 if not np.broadcast_to(masks[name], shape)[mentee, mentor])
