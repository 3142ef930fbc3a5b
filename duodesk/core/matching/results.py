"""What matching hands to screens and commands: plain, frozen data (no NumPy, no ORM), so
that importing them costs nothing at start-up and they cross threads safely."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

# Hard rule codes (SPEC §7), in the order a coordinator would check them.
RULES = (
    "same_antenna",        # mentee and mentor belong to the same antenna
    "mentee_waiting",      # the mentee waits for a mentor
    "mentor_available",    # the mentor is available, or in a duo with room for another
    "mentor_has_room",     # fewer duos under way (proposed, accepted, active) than max_duos
    "mentor_not_paused",   # no pause running today
    "shared_language",     # a language both speak at level good or better
    "gender_preference",   # the mentor's gender is the one the mentee asked for, if any
    "not_former_duo",      # the two never were a duo, whatever its status
)


@dataclass(frozen=True)
class Reason:
    """Why a pair fits, as a code and its parameters (all strings); the GUI and the command
    line turn it into words (``duodesk.matching_texts``).

    Codes: ``shared_language`` (``language``, ``level``: the lower of the two levels),
    ``sector`` (``sector``), ``distance`` (``km``, whole kilometres), ``availability``
    (``slot``, e.g. ``wed_evening``), ``interest`` (``interest``, as the mentee wrote it),
    ``waiting`` (``days``).
    """

    code: str
    params: dict[str, str] = field(default_factory=dict)

    def __hash__(self) -> int:  # the parameters are a dict: hash what they hold
        return hash((self.code, tuple(sorted(self.params.items()))))


@dataclass(frozen=True)
class Suggestion:
    """A mentor proposed for a mentee: the score (0 to 100), the part each criterion gave
    (``criteria``: points, adding up to the score) and the reasons, most telling first."""

    mentee_id: uuid.UUID
    mentee_name: str
    mentor_id: uuid.UUID
    mentor_name: str
    score: float
    criteria: dict[str, float]
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class PairCheck:
    """One pair looked at on its own (a coordinator editing a proposal): its scored
    suggestion and the hard rules it breaks (codes of :data:`RULES`; empty if allowed)."""

    suggestion: Suggestion
    broken_rules: tuple[str, ...]

    @property
    def allowed(self) -> bool:
        return not self.broken_rules
