"""Planning the mentors' paths and their duos, backwards from the report day.

Each mentor gets a *fate* (their status today, dealt out in fixed shares so that every
status of SPEC §3 is present) and a number of duos; their duos are then laid out backwards
from today (the running duo, or the one that ended before they paused or left), and their
registration, information session, intake and eight training modules before the first.
Whether a mentor whose first duo ended took another is decided by a :class:`RateKeeper`
aiming at the published 82 %, and counted as it really came out.
"""

from __future__ import annotations

import random

from duodesk.core.demo.days import (
    SAT,
    WED,
    add_months,
    on_or_before,
    session_day,
    sessions_every,
    workday,
    workday_before,
)
from duodesk.core.demo.model import DuoPlan, Languages, PersonPlan
from duodesk.core.demo.names import BELGIAN_ORIGINS, Origin, mentor_origin_key
from duodesk.core.demo.rates import RateKeeper, Weighted, choice, pick, randint, spread
from duodesk.core.demo.texts import SECTOR_WEIGHTS_MENTOR

HORIZON = 3 * 365  # three years of duos up to today
MENTOR_FATES: dict[str, float] = {
    "registered": 3, "info_session": 3, "intake": 3, "training": 8, "left_early": 5,
    "in_duo": 34, "available": 14, "proposed": 4, "accepted": 4, "paused": 6, "left": 16,
}
ZERO_DUO_SHARE = {"available": 0.35, "paused": 0.2, "left": 0.4, "proposed": 0.45,
                  "accepted": 0.45}
ANOTHER_DUO_TARGET = 0.82
FIRST_MINUTES = (600, 630, 840, 900, 1020, 1080)
STOP_REASONS = (("mentee_found_job", 24), ("mentee_withdrew", 20), ("mentor_withdrew", 9),
                ("no_contact", 16), ("mismatch", 10), ("moved", 9), ("other", 12))
DECLINE_REASONS = (("mentee_declined", 40), ("mentor_declined", 25), ("no_show", 20),
                   ("other", 15))
LEVEL = Weighted((("basic", 30), ("good", 45), ("fluent", 25)))


def origin_languages(origin: Origin, rng: random.Random) -> dict[str, str]:
    """The languages a person of ``origin`` speaks, with levels (at least one native)."""
    spoken: dict[str, str] = {}
    for code, share, native in origin.languages:
        if rng.random() < share:
            spoken[code] = "native" if native else LEVEL(rng)
    if "native" not in spoken.values():
        spoken[origin.languages[0][0]] = "native"
    return spoken


def distinct(rng: random.Random, weighted: tuple[tuple[str, float], ...], count: int
             ) -> tuple[str, ...]:
    chosen: list[str] = []
    while len(chosen) < count:
        value = pick(rng, weighted)
        if value not in chosen:
            chosen.append(value)
    return tuple(chosen)


class MentorPlanner:
    """Plans every mentor of the antenna and the duos they were proposed."""

    def __init__(self, rng: random.Random, today: int, region_language: str,
                 coordinators: int) -> None:
        self.rng = rng
        self.today = today
        self.region_language = region_language
        self.coordinators = coordinators
        self.earliest = today - HORIZON - 240
        self.another_duo = RateKeeper(ANOTHER_DUO_TARGET, random.Random(rng.random()))
        self._finished_share = RateKeeper(0.76, random.Random(rng.random()))
        self.info_every = 1

    def plan_all(self, count: int) -> list[PersonPlan]:
        self.info_every = sessions_every(count, 3.5, 15)
        fates = spread(MENTOR_FATES, count, self.rng)
        return [self.plan(index, fate) for index, fate in enumerate(fates)]

    # --- one mentor --------------------------------------------------------------------
    def plan(self, index: int, fate: str) -> PersonPlan:
        rng = self.rng
        origin_key = mentor_origin_key(self.region_language, rng)
        spoken = origin_languages(BELGIAN_ORIGINS[origin_key], rng)
        local = "fr" if self.region_language == "fr" else "nl" if self.region_language == "nl" \
            else ("fr" if rng.random() < 0.7 else "nl")
        if spoken.get(local) in (None, "basic"):
            spoken[local] = "fluent"
        languages: Languages = tuple(spoken.items())
        mentor = PersonPlan(
            index=index, gender=pick(rng, (("F", 45), ("M", 54), ("X", 1))), origin=origin_key,
            languages=languages, registered=0, coordinator=int(rng.random() * self.coordinators),
            sectors=distinct(rng, SECTOR_WEIGHTS_MENTOR, pick(rng, ((1, 45), (2, 40), (3, 15)))),
            max_duos=2 if rng.random() < 0.08 else 1,
        )
        if fate in ("registered", "info_session", "intake", "training", "left_early"):
            self._before_training(mentor, fate)
        else:
            self._trained(mentor, fate)
        return mentor

    def _before_training(self, mentor: PersonPlan, fate: str) -> None:
        rng, today = self.rng, self.today
        left = None
        if fate == "left_early":
            left = today - randint(rng, 1, HORIZON)
            fate = pick(rng, (("registered", 35), ("info_session", 25), ("intake", 15),
                              ("training", 25)))
            anchor = left - randint(rng, 3, 40)
        else:
            anchor = today - randint(rng, 0, 12)
        events: list[tuple[int, str]] = []
        if fate == "registered":
            mentor.registered = anchor - randint(rng, 0, 5)
        else:
            if fate == "training":
                start = on_or_before(anchor - randint(rng, 0, 30), SAT)
                limit = left if left is not None else today + 1
                # Seven modules at most: the eighth would make them trained.
                mentor.modules = tuple(start + 7 * i for i in range(7) if start + 7 * i < limit)
                mentor.intake = workday_before(start - randint(rng, 5, 25))
                events.append((start, "training"))
            elif fate == "intake":
                mentor.intake = workday_before(anchor)
            if mentor.intake is not None:
                events.insert(0, (mentor.intake, "intake"))
                mentor.info = session_day(mentor.intake - randint(rng, 4, 18), WED,
                                          self.info_every)
            else:
                mentor.info = session_day(anchor, WED, self.info_every)
            events.insert(0, (mentor.info, "info_session"))
            mentor.registered = mentor.info - randint(rng, 4, 28)
            if fate == "info_session" and left is None and rng.random() < 0.5:
                mentor.intake = workday(today + randint(rng, 1, 14))  # planned, not yet held
        mentor.events = [(mentor.registered, "registered"), *events]
        if left is not None:
            mentor.events.append((left, "left"))

    def _trained(self, mentor: PersonPlan, fate: str) -> None:
        rng, today = self.rng, self.today
        if fate == "in_duo":
            started = 1 + pick(rng, ((0, 40), (1, 32), (2, 20), (3, 8)))
        elif rng.random() < ZERO_DUO_SHARE[fate]:
            started = 0
        else:
            another = self.another_duo.propose()
            started = 2 + pick(rng, ((0, 60), (1, 30), (2, 10))) if another else 1
        fate_day = None
        cycles: list[DuoPlan] = []
        if fate == "in_duo":
            start = workday_before(today - randint(rng, 1, 190))
            cycles.append(self._running(mentor.index, start))
            started -= 1
        elif fate in ("proposed", "accepted"):
            cycles.append(self._pending(mentor.index, fate))
        elif started:
            if fate == "available":
                free = today - randint(rng, 1, 240)
            else:
                fate_day = today - randint(rng, 5, 150 if fate == "paused" else 500)
                free = fate_day - randint(rng, 0, 40)
            cycles.append(self._ended(mentor.index, free))
            started -= 1
        self._maybe_declined_before(cycles)
        while started > 0:
            cycles.insert(0, self._ended(mentor.index, cycles[0].proposed - randint(rng, 10, 60)))
            started -= 1
            self._maybe_declined_before(cycles)
        while True:
            if cycles:
                trained = on_or_before(cycles[0].proposed - randint(rng, 7, 70), SAT)
            elif fate == "available":
                trained = on_or_before(today - randint(rng, 1, 150), SAT)
            else:
                trained = on_or_before(today - randint(rng, 40, 700), SAT)
            if self._training_before(mentor, trained) >= self.earliest or not cycles:
                break
            cycles.pop(0)
        if fate_day is None and fate in ("paused", "left"):
            fate_day = trained + randint(rng, 10, max(11, min(400, today - trained - 1)))
            fate_day = min(fate_day, today)
        if mentor.max_duos == 2 and rng.random() < 0.6:
            self._add_overlapping(mentor.index, cycles, fate, fate_day)
        mentor.duos = sorted(cycles, key=lambda duo: duo.proposed)
        mentor.events = self._events(mentor, fate, fate_day)
        if fate == "paused":
            mentor.paused_until = today + randint(rng, 14, 150)
        self._count_another_duo(mentor.duos)

    def _training_before(self, mentor: PersonPlan, trained: int) -> int:
        """Lay out the eight modules ending on ``trained`` and the steps before; return the
        registration day."""
        rng = self.rng
        modules = [trained]
        for _ in range(7):
            modules.append(modules[-1] - (14 if rng.random() < 0.1 else 7))
        mentor.modules = tuple(reversed(modules))
        mentor.trained = trained
        mentor.intake = workday_before(mentor.modules[0] - randint(rng, 5, 25))
        mentor.info = session_day(mentor.intake - randint(rng, 4, 18), WED, self.info_every)
        mentor.registered = mentor.info - randint(rng, 4, 28)
        return mentor.registered

    def _maybe_declined_before(self, cycles: list[DuoPlan]) -> None:
        if cycles and self.rng.random() < 0.14:
            free = cycles[0].proposed - randint(self.rng, 3, 20)
            cycles.insert(0, self._declined(cycles[0].mentor, free))

    def _events(self, mentor: PersonPlan, fate: str, fate_day: int | None
                ) -> list[tuple[int, str]]:
        assert mentor.info is not None and mentor.intake is not None
        assert mentor.trained is not None
        events = [(mentor.registered, "registered"), (mentor.info, "info_session"),
                  (mentor.intake, "intake"), (mentor.modules[0], "training"),
                  (mentor.trained, "available")]
        changes: list[tuple[int, int]] = []
        for duo in mentor.duos:
            if duo.start is not None:
                changes.append((duo.start, 1))
                if duo.end is not None:
                    changes.append((duo.end, -1))
        running = 0
        for day, change in sorted(changes):
            before, running = running, running + change
            if before == 0 and running > 0:
                events.append((day, "in_duo"))
            elif before > 0 and running == 0:
                events.append((day, "available"))
        if fate_day is not None:
            events.append((fate_day, "paused" if fate == "paused" else "left"))
        return events

    def _count_another_duo(self, duos: list[DuoPlan]) -> None:
        """Count the mentor in the 82 % share as SPEC §8 will: first duo ended, another one
        started after it."""
        started = sorted((duo for duo in duos if duo.start is not None),
                         key=lambda duo: duo.start or 0)
        if started and started[0].end is not None:
            first = started[0].start or 0
            self.another_duo.record(any((duo.start or 0) > first for duo in started[1:]))

    # --- duos ------------------------------------------------------------------------------
    def _lead(self, duo: DuoPlan, start: int) -> None:
        """First meeting, acceptance and proposal before an agreement signed on ``start``."""
        rng = self.rng
        duo.first_meeting = workday_before(start - randint(rng, 5, 20))
        duo.accepted = duo.first_meeting + (0 if rng.random() < 0.6 else 1)
        duo.proposed = workday_before(duo.first_meeting - randint(rng, 3, 12))
        duo.mentee_yes = duo.mentor_yes = True
        duo.start = start
        duo.planned_end = add_months(start, 6)

    def _new(self, mentor: int, status: str) -> DuoPlan:
        return DuoPlan(mentor=mentor, status=status, proposed=0, first_meeting=0,
                       first_minute=choice(self.rng, FIRST_MINUTES))

    def _running(self, mentor: int, start: int) -> DuoPlan:
        duo = self._new(mentor, "active")
        self._lead(duo, start)
        duo.quiet = start <= self.today - 40 and self.rng.random() < 0.08
        return duo

    def _ended(self, mentor: int, free: int) -> DuoPlan:
        """A duo that finished or stopped on or before ``free``."""
        rng = self.rng
        if self._finished_share.decide():
            duo = self._new(mentor, "finished")
            delta = randint(rng, 0, 14)
            self._lead(duo, workday_before(free - delta - 186))
            assert duo.planned_end is not None
            duo.end = duo.planned_end + delta
            duo.end_reason = "mentee_found_job" if rng.random() < 0.12 else "completed"
        else:
            duo = self._new(mentor, "stopped")
            self._lead(duo, workday_before(free - randint(rng, 21, 160)))
            duo.end = free
            duo.end_reason = pick(rng, STOP_REASONS)
        return duo

    def _pending(self, mentor: int, status: str) -> DuoPlan:
        """A proposal still open today: awaiting the decision, or accepted and unsigned."""
        rng, today = self.rng, self.today
        if status == "proposed":
            duo = self._new(mentor, "proposed")
            duo.proposed = workday_before(today - randint(rng, 0, 14))
            duo.first_meeting = workday(duo.proposed + randint(rng, 3, 12))
            if duo.first_meeting < today and rng.random() < 0.5:
                duo.mentee_yes = True  # the mentor has not answered: overdue after 24 h
        else:
            duo = self._new(mentor, "accepted")
            duo.accepted = today - randint(rng, 1, 35)
            duo.first_meeting = duo.accepted - (0 if rng.random() < 0.6 else 1)
            duo.proposed = workday_before(duo.first_meeting - randint(rng, 3, 12))
            duo.mentee_yes = duo.mentor_yes = True
        return duo

    def _declined(self, mentor: int, free: int) -> DuoPlan:
        rng = self.rng
        duo = self._new(mentor, "declined")
        duo.decided = free
        duo.decline_reason = reason = pick(rng, DECLINE_REASONS)
        if reason != "no_show" and rng.random() < 0.15:
            duo.accepted = free - randint(rng, 3, 14)  # accepted, then declined before signing
            duo.first_meeting = duo.accepted - (0 if rng.random() < 0.6 else 1)
            duo.mentee_yes = duo.mentor_yes = True
        else:
            duo.first_meeting = free - (0 if reason == "no_show" or rng.random() < 0.5 else 1)
            if reason == "mentee_declined":
                duo.mentee_yes, duo.mentor_yes = False, rng.random() < 0.7 or None
            elif reason == "mentor_declined":
                duo.mentor_yes, duo.mentee_yes = False, rng.random() < 0.7 or None
            elif reason == "other":
                duo.mentee_yes = False
        duo.proposed = workday_before(duo.first_meeting - randint(rng, 3, 12))
        return duo

    def _add_overlapping(self, mentor: int, cycles: list[DuoPlan], fate: str,
                         fate_day: int | None) -> None:
        """A second duo alongside one of the others, for a mentor who takes two at a time."""
        rng, today = self.rng, self.today
        bases = [duo for duo in cycles if duo.start is not None]
        if not bases:
            return
        base = choice(rng, bases)
        assert base.start is not None
        limit = fate_day if fate_day is not None else today
        ends = [duo.end for duo in cycles if duo.end is not None]
        if fate in ("available", "paused", "left") and ends:
            limit = min(limit, max(ends))
        duo = self._new(mentor, "finished")
        proposed = workday_before(base.start + randint(rng, 14, 60))
        self._lead(duo, workday(proposed + randint(rng, 15, 30)))
        duo.proposed = min(duo.proposed, proposed)
        assert duo.start is not None and duo.planned_end is not None
        if duo.start >= today:
            return
        if rng.random() < 0.75:
            duo.end, duo.end_reason = duo.planned_end + randint(rng, 0, 10), "completed"
        else:
            duo.status = "stopped"
            duo.end, duo.end_reason = duo.start + randint(rng, 21, 150), pick(rng, STOP_REASONS)
        if duo.end > today:
            if fate != "in_duo":
                return
            duo.status, duo.end, duo.end_reason = "active", None, None
        elif duo.end > limit:
            return
        cycles.append(duo)
