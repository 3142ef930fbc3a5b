"""Planning the mentees: who was proposed to which mentor, their path around each proposal,
the mentees never matched, and the outcome twelve months after the start.

The mentors' proposals are taken in date order; each goes to a mentee back on the waiting
list after a declined or early-stopped duo (when the hard matching rules of SPEC §7 allow:
shared language, gender preference, never the same pair twice) or to a new mentee whose
registration, information session and intake are laid out before it. The outcome of the
latest duo of each mentee is decided by a :class:`RateKeeper` aiming at the published 72 %.
"""

from __future__ import annotations

import heapq
import random

from duodesk.core.demo.days import TUE, session_day, sessions_every, workday, workday_before
from duodesk.core.demo.mentors import HORIZON, origin_languages
from duodesk.core.demo.model import DuoPlan, PersonPlan
from duodesk.core.demo.names import MENTEE_ORIGIN_WEIGHTS, MENTEE_ORIGINS
from duodesk.core.demo.rates import RateKeeper, Weighted, pick, randint, spread

UNMATCHED_FATES: dict[str, float] = {
    "waiting": 12, "withdrawn": 38, "not_eligible": 14, "registered": 5, "info_session": 5,
    "intake": 6,
}
POSITIVE_OUTCOME_TARGET = 0.72
UNREACHABLE_SHARE = 0.07
UNKNOWN_SHARE = 0.05
LOCAL_LEVEL = Weighted((("basic", 22), ("good", 40), ("fluent", 28), ("native", 10)))
MENTEE_ORIGIN = Weighted(MENTEE_ORIGIN_WEIGHTS)
MENTEE_GENDER = Weighted((("F", 48), ("M", 50), ("X", 2)))
RANK = {"basic": 0, "good": 1, "fluent": 2, "native": 3}
NO_RETURN_AFTER = frozenset({"mentee_found_job", "mentee_withdrew", "moved"})


class BudgetExceeded(RuntimeError):
    """More proposals than mentees to give them to (only for a handful of mentees)."""


class MenteePlanner:
    """Plans ``total`` mentees around the mentors' proposals."""

    def __init__(self, rng: random.Random, today: int, region_language: str,
                 coordinators: int, mentors: list[PersonPlan], total: int) -> None:
        self.rng = rng
        self.today = today
        self.region_language = region_language
        self.coordinators = coordinators
        self.mentors = mentors
        self.total = total
        self.mentees: list[PersonPlan] = []
        self.info_every = sessions_every(total, 3.3, 20)
        self._stopped_once = False
        self.positive = RateKeeper(POSITIVE_OUTCOME_TARGET, random.Random(rng.random()))
        self.unreachable = RateKeeper(UNREACHABLE_SHARE, random.Random(rng.random()))

    def plan_all(self) -> list[PersonPlan]:
        self._match()
        fates = spread(UNMATCHED_FATES, self.total - len(self.mentees), self.rng)
        for fate in fates:
            self._unmatched(self._new_mentee(), fate)
        self._outcomes()
        return self.mentees

    # --- people ---------------------------------------------------------------------------
    def _new_mentee(self) -> PersonPlan:
        rng = self.rng
        origin = MENTEE_ORIGIN(rng)
        spoken = origin_languages(MENTEE_ORIGINS[origin], rng)
        if self.region_language == "bxl":
            local, other = ("fr", "nl") if rng.random() < 0.85 else ("nl", "fr")
        else:
            local = self.region_language
            other = "nl" if local == "fr" else "fr"
        for code, level in ((local, LOCAL_LEVEL(rng)),
                            (other, "basic" if rng.random() < 0.3 else None)):
            if level is not None and RANK[level] > RANK.get(spoken.get(code, ""), -1):
                spoken[code] = level
        mentee = PersonPlan(
            index=len(self.mentees), gender=MENTEE_GENDER(rng),
            origin=origin, languages=tuple(spoken.items()), registered=0,
            coordinator=int(rng.random() * self.coordinators),
        )
        self.mentees.append(mentee)
        return mentee

    def _path_to_waiting(self, mentee: PersonPlan, waiting: int) -> None:
        """Registration, information session and intake before joining the waiting list."""
        rng = self.rng
        mentee.intake = workday_before(waiting - randint(rng, 0, 3))
        mentee.info = session_day(mentee.intake - randint(rng, 4, 20), TUE, self.info_every)
        mentee.registered = mentee.info - randint(rng, 3, 30)
        mentee.events = [(mentee.registered, "registered"), (mentee.info, "info_session"),
                         (mentee.intake, "intake"), (waiting, "waiting")]

    # --- matching --------------------------------------------------------------------------
    def _fits(self, mentee: PersonPlan, mentor: PersonPlan) -> bool:
        if mentee.preferred_gender not in (None, mentor.gender):
            return False
        if any(duo.mentor == mentor.index for duo in mentee.duos):
            return False
        return bool(mentee.good_languages() & mentor.good_languages())

    def _fitted_newcomer(self, mentor: PersonPlan, proposed: int) -> PersonPlan:
        rng = self.rng
        if len(self.mentees) >= self.total - len(UNMATCHED_FATES):
            raise BudgetExceeded()
        mentee = self._new_mentee()
        if mentee.gender == mentor.gender == "F" and rng.random() < 0.25:
            mentee.preferred_gender = "F"
        elif mentee.gender == mentor.gender == "M" and rng.random() < 0.05:
            mentee.preferred_gender = "M"
        if not mentee.good_languages() & mentor.good_languages():
            shared = next(code for code in ("fr", "nl", "en") if code in mentor.good_languages())
            spoken = dict(mentee.languages)
            spoken[shared] = "good"
            mentee.languages = tuple(spoken.items())
        self._path_to_waiting(mentee, proposed - 5 - int(170 * rng.random() ** 2))
        return mentee

    def _match(self) -> None:
        rng = self.rng
        proposals = sorted((duo for mentor in self.mentors for duo in mentor.duos),
                           key=lambda duo: (duo.proposed, duo.mentor, duo.first_meeting))
        returning: list[tuple[int, int]] = []  # (back on the list on, mentee)
        ready: list[int] = []
        for duo in proposals:
            mentor = self.mentors[duo.mentor]
            while returning and returning[0][0] <= duo.proposed:
                ready.append(heapq.heappop(returning)[1])
            chosen = None
            if ready and rng.random() < 0.9:
                for position, index in enumerate(ready[:6]):
                    if self._fits(self.mentees[index], mentor):
                        chosen = self.mentees[ready.pop(position)]
                        break
            if chosen is None:
                chosen = self._fitted_newcomer(mentor, duo.proposed)
            back = self._live_through(chosen, duo)
            if back is not None:
                heapq.heappush(returning, (back, chosen.index))
        for day, index in [*returning, *((self.today, index) for index in ready)]:
            mentee = self.mentees[index]
            if day < self.today - 90 and rng.random() < 0.35:
                mentee.events.append((randint(rng, day + 30, self.today), "withdrawn"))

    def _live_through(self, mentee: PersonPlan, duo: DuoPlan) -> int | None:
        """Add the duo to the mentee's path; the day they are back on the list, if they are."""
        rng = self.rng
        duo.mentee = mentee.index
        mentee.duos.append(duo)
        mentee.events.append((duo.proposed, "matched"))
        if duo.status == "declined":
            assert duo.decided is not None
            if rng.random() < 0.75:
                mentee.events.append((duo.decided, "waiting"))
                return duo.decided + randint(rng, 3, 20)
            if rng.random() < 0.5:
                mentee.events.append((duo.decided, "withdrawn"))
            else:
                mentee.events.append((duo.decided, "waiting"))
                withdrawn = duo.decided + randint(rng, 5, 60)
                if withdrawn <= self.today:
                    mentee.events.append((withdrawn, "withdrawn"))
                else:
                    return withdrawn
            return None
        if duo.start is None:
            return None  # still proposed or accepted today
        mentee.events.append((duo.start, "in_duo"))
        if duo.end is None:
            return None
        if duo.status == "finished":
            mentee.events.append((duo.end, "finished"))
            return None
        # Some come back to be matched again; the first one to stop early does not, so that
        # even a small demo shows a mentee who stopped.
        if duo.end_reason not in NO_RETURN_AFTER and self._stopped_once and rng.random() < 0.4:
            mentee.events.append((duo.end, "waiting"))
            return duo.end + randint(rng, 7, 30)
        self._stopped_once = True
        mentee.events.append((duo.end, "stopped"))
        return None

    # --- never matched ---------------------------------------------------------------------
    def _unmatched(self, mentee: PersonPlan, fate: str) -> None:
        rng, today = self.rng, self.today
        end_status = None
        if fate in ("withdrawn", "not_eligible"):
            end_day = today - randint(rng, 1, HORIZON)
            end_status = fate
            if fate == "withdrawn":
                fate = pick(rng, (("registered", 35), ("info_session", 20), ("intake", 10),
                                  ("waiting", 35)))
                anchor = end_day - randint(rng, 3, 60)
            else:
                fate = pick(rng, (("registered", 10), ("info_session", 50), ("intake", 40)))
                anchor = end_day - randint(rng, 0, 7)
        else:
            end_day = None
            anchor = today - randint(rng, 0, 10)
        if fate == "waiting":
            since = anchor if end_day else today - int(200 * rng.random() ** 1.5)
            self._path_to_waiting(mentee, since)
        elif fate == "intake":
            self._path_to_waiting(mentee, anchor)
            mentee.events.pop()
        elif fate == "info_session":
            mentee.info = session_day(anchor, TUE, self.info_every)
            mentee.registered = mentee.info - randint(rng, 3, 30)
            mentee.events = [(mentee.registered, "registered"), (mentee.info, "info_session")]
            if end_day is None and rng.random() < 0.5:
                mentee.intake = workday(today + randint(rng, 1, 10))  # planned, not yet held
        else:
            mentee.registered = anchor - randint(rng, 0, 10)
            mentee.events = [(mentee.registered, "registered")]
            # Invited to a session: missed before withdrawing, or coming up.
            session = session_day(mentee.registered + randint(rng, 2, 12), TUE,
                                  self.info_every, after=True)
            if end_day is None or session < end_day:
                mentee.info = session
        if end_status is not None and end_day is not None:
            mentee.events.append((max(end_day, mentee.events[-1][0]), end_status))

    # --- twelve months on ------------------------------------------------------------------
    def _outcomes(self) -> None:
        rng, today = self.rng, self.today
        for mentee in self.mentees:
            started = [duo for duo in mentee.duos if duo.start is not None]
            mentee.followup_consent = rng.random() < 0.95
            if not started:
                continue
            latest = max(started, key=lambda duo: duo.start or 0)
            latest.latest_of_mentee = True
            assert latest.start is not None
            if latest.start + 365 > today:
                continue
            if rng.random() < UNKNOWN_SHARE or not mentee.followup_consent:
                continue  # not reached for the check, or no consent to be contacted
            day = latest.start + 365 + randint(rng, 0, 25)
            if day > today:
                continue
            latest.outcome_day = day
            if self.unreachable.decide():
                latest.outcome = "unreachable"
            elif latest.end_reason == "mentee_found_job":
                self.positive.record(True)
                latest.outcome = pick(rng, (("job_stable", 65), ("job_other", 35)))
            elif self.positive.decide():
                latest.outcome = pick(rng, (("job_stable", 40), ("job_other", 25),
                                            ("internship", 15), ("training", 20)))
            else:
                latest.outcome = pick(rng, (("none", 70), ("studies", 30)))

