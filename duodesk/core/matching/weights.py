"""The weights of the soft matching criteria (SPEC §7), stored in the database.

The Settings page edits them; the engine reads them at the start of each unit of work. They
are kept as one :class:`~duodesk.core.models.AppSetting` row (key ``matching_weights``,
value ``{criterion: weight}``). A weight is a whole number from 0 (the criterion is ignored)
to :data:`MAX_WEIGHT`; only their proportions matter, since the score is the weighted mean
of the criteria scaled to 100.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from duodesk.core.errors import InvalidValue
from duodesk.core.models import AppSetting

SETTING_KEY = "matching_weights"
MAX_WEIGHT = 10

# The soft criteria, in the order screens list them.
CRITERIA = ("sector", "languages", "distance", "availability", "interests", "waiting")


@dataclass(frozen=True)
class MatchingWeights:
    """How much each soft criterion counts (0 to 10). The defaults put what makes a duo
    work (a shared language at a good level, a sector the mentor knows, being able to
    meet) before the pleasant extras (shared interests) and fairness in the queue."""

    sector: int = 5
    languages: int = 4
    distance: int = 3
    availability: int = 3
    interests: int = 1
    waiting: int = 2

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())

    def checked(self) -> MatchingWeights:
        """Return ``self``, or raise ``InvalidValue`` (``field`` = ``weight_<criterion>``,
        ``reason`` = ``out_of_range`` with ``minimum`` and ``maximum``; or ``reason`` =
        ``all_zero`` on ``weights`` when nothing would count)."""
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool) or not isinstance(value, int) \
                    or not 0 <= value <= MAX_WEIGHT:
                raise InvalidValue(field=f"weight_{item.name}", reason="out_of_range",
                                   minimum=0, maximum=MAX_WEIGHT)
        if self.total == 0:
            raise InvalidValue(field="weights", reason="all_zero")
        return self

    @classmethod
    def from_stored(cls, value: Any) -> MatchingWeights:
        """The weights of a stored value; a missing or damaged entry takes its default, so
        that a hand-edited or older setting never stops matching."""
        defaults = cls().as_dict()
        if not isinstance(value, dict):
            return cls()
        chosen = {}
        for name, default in defaults.items():
            item = value.get(name, default)
            valid = isinstance(item, int) and not isinstance(item, bool) \
                and 0 <= item <= MAX_WEIGHT
            chosen[name] = item if valid else default
        weights = cls(**chosen)
        return weights if weights.total else cls()


DEFAULT_WEIGHTS = MatchingWeights()


def load_weights(session: Session) -> MatchingWeights:
    """The weights stored in the database, or the defaults."""
    setting = session.get(AppSetting, SETTING_KEY)
    return MatchingWeights.from_stored(setting.value if setting else None)


def save_weights(session: Session, weights: MatchingWeights) -> MatchingWeights:
    """Store ``weights`` (checked first: ``InvalidValue`` leaves the stored ones as they
    were) in the caller's write session; returns them."""
    weights.checked()
    setting = session.get(AppSetting, SETTING_KEY)
    if setting is None:
        session.add(AppSetting(key=SETTING_KEY, value=weights.as_dict()))
    else:
        setting.value = weights.as_dict()
    return weights
