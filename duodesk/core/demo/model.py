"""The plan of the demo data before it is written: who is where on the programme's path, on
which day, and which duos they were in. Days are ordinals (see :mod:`.days`)."""

from __future__ import annotations

from dataclasses import dataclass, field

Languages = tuple[tuple[str, str], ...]  # (code, level)
GOOD_LEVELS = frozenset({"good", "fluent", "native"})


@dataclass(slots=True)
class DuoPlan:
    """One proposal and what became of it."""

    mentor: int
    status: str
    proposed: int
    first_meeting: int
    first_minute: int
    mentee: int = -1
    uid: int = 0
    mentee_yes: bool | None = None
    mentor_yes: bool | None = None
    accepted: int | None = None
    decided: int | None = None  # the day a declined duo was declined
    decline_reason: str | None = None
    start: int | None = None
    planned_end: int | None = None
    end: int | None = None
    end_reason: str | None = None
    outcome: str | None = None
    outcome_day: int | None = None
    latest_of_mentee: bool = False
    quiet: bool = False  # an active duo whose meetings stopped being logged

    @property
    def started(self) -> bool:
        return self.start is not None

    @property
    def free_from(self) -> int:
        """The day the mentor is free again (or would be, for a running duo)."""
        if self.end is not None:
            return self.end
        if self.decided is not None:
            return self.decided
        return 10**7


@dataclass(slots=True)
class PersonPlan:
    """A mentee's or mentor's path: dated statuses and the attributes matching depends on."""

    index: int
    gender: str
    origin: str
    languages: Languages
    registered: int
    coordinator: int
    uid: int = 0
    events: list[tuple[int, str]] = field(default_factory=list)
    duos: list[DuoPlan] = field(default_factory=list)
    info: int | None = None
    intake: int | None = None
    # Mentees
    preferred_gender: str | None = None
    followup_consent: bool = True
    # Mentors
    sectors: tuple[str, ...] = ()
    max_duos: int = 1
    modules: tuple[int, ...] = ()
    trained: int | None = None
    paused_until: int | None = None
    working: bool = False

    @property
    def status(self) -> str:
        return self.events[-1][1]

    def good_languages(self) -> set[str]:
        return {code for code, level in self.languages if level in GOOD_LEVELS}
