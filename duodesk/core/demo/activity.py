"""Writing the duos and everything around them: their status history, the first meeting,
the signing, the meetings of the duo every one to three weeks, the follow-ups at 1, 3 and 6
months and the outcome check at 12, the evaluations, and the group sessions (information
sessions, intervision, workshops) with their attendance."""

from __future__ import annotations

import random
from collections.abc import Iterator
from itertools import groupby
from typing import Any

from duodesk.core.demo.days import (
    FRI,
    SUN,
    THU,
    add_months,
    session_day,
    sessions_every,
    weekday,
    workday,
)
from duodesk.core.demo.model import DuoPlan, PersonPlan
from duodesk.core.demo.output import Output
from duodesk.core.demo.places import ONLINE
from duodesk.core.demo.rates import RateKeeper, Weighted, choice, randint
from duodesk.core.demo.texts import (
    COMMENTS,
    FIRST_MEETING,
    FOLLOW_UP,
    INFO_SESSION,
    INTERVISION,
    JOURNAL_STOP,
    NO_SHOW,
    OUTCOME_CHECK,
    SIGNING,
    SUMMARIES,
    WORKSHOPS,
)

DUO_COLUMNS = ("id", "created_at", "updated_at", "mentee_id", "mentor_id", "coordinator_id",
               "antenna_id", "agreement_language", "status", "proposed_on", "first_meeting_at",
               "decision_deadline", "mentee_accepted", "mentor_accepted", "accepted_on",
               "decline_reason", "start_date", "planned_end", "end_date", "end_reason",
               "outcome", "outcome_date")
EVALUATION_COLUMNS = ("id", "created_at", "updated_at", "duo_id", "respondent", "stage",
                      "answered_on", "professional_project_defined", "more_confident",
                      "network_expanded", "coaching_skills_improved", "feels_useful",
                      "added_value", "comments")
MENTEE_FIELDS = ("professional_project_defined", "more_confident", "network_expanded")
MENTOR_FIELDS = ("coaching_skills_improved", "feels_useful", "added_value")
# The published shares (seeds/impact.txt) the mentees' and mentors' end answers aim at.
END_TARGETS = {"professional_project_defined": 0.70, "more_confident": 0.90,
               "network_expanded": 0.80, "coaching_skills_improved": 0.84,
               "feels_useful": 0.96, "added_value": 0.61}
MID_TARGETS = {"professional_project_defined": 0.45, "more_confident": 0.75,
               "network_expanded": 0.55, "coaching_skills_improved": 0.6,
               "feels_useful": 0.9, "added_value": 0.45}
PLACES = {"fr": ("Bibliothèque", "Café", "Chez l'employeur du mentor"),
          "nl": ("Bibliotheek", "Café", "Bij de werkgever van de mentor"),
          "en": ("Library", "Café", "At the mentor's workplace")}
SESSION_SIZE = {"info_session": 24, "intervision": 14, "workshop": 18}


class DuoWriter:
    """Writes each planned duo with its meetings and evaluations."""

    def __init__(self, out: Output, mentees: list[PersonPlan], mentors: list[PersonPlan],
                 started: int) -> None:
        self.out = out
        self.rng = out.rng
        self.mentees = mentees
        self.mentors = mentors
        self.duos = out.writer.rows("duos", DUO_COLUMNS)
        self.evaluations = out.writer.rows("evaluations", EVALUATION_COLUMNS)
        # Intervision about every two months per mentor, one workshop for most mentees.
        self.intervision_every = sessions_every(2.7 * started, 3, 12)
        self.workshop_every = sessions_every(0.6 * started, 3, 14, longest=8)
        self.keepers = {field: RateKeeper(target, random.Random(self.rng.random()))
                        for field, target in END_TARGETS.items()}
        offices = out.region.offices
        self.places = {language: Weighted((
            (ONLINE, 20), *((office, 20 / len(offices)) for office in offices),
            (places[0], 25), (places[1], 25), (places[2], 10)))
            for language, places in PLACES.items()}

    def _language(self, mentee: PersonPlan, mentor: PersonPlan) -> str:
        shared = mentee.good_languages() & mentor.good_languages()
        local = "nl" if self.out.region.language == "nl" else "fr"
        for code in (local, "nl" if local == "fr" else "fr", "en"):
            if code in shared:
                return code
        return local

    def write(self, duo: DuoPlan) -> None:
        out, values = self.out, self.out.values
        mentee, mentor = self.mentees[duo.mentee], self.mentors[duo.mentor]
        uid = values.uid(duo.uid)
        coordinator = out.coordinators[mentee.coordinator]
        language = self._language(mentee, mentor)
        events = [(duo.proposed, "proposed")]
        reasons: dict[str, str] = {}
        if duo.accepted is not None:
            events.append((duo.accepted, "accepted"))
        if duo.decided is not None and duo.decline_reason is not None:
            events.append((duo.decided, "declined"))
            reasons["declined"] = duo.decline_reason
        if duo.start is not None:
            events.append((duo.start, "active"))
            if duo.end is not None and duo.end_reason is not None:
                events.append((duo.end, duo.status))
                reasons[duo.status] = duo.end_reason
        last_day = max(events[-1][0], duo.outcome_day or 0)
        self.duos.append((
            uid, out.stamp(duo.proposed), out.stamp(last_day), values.uid(mentee.uid),
            values.uid(mentor.uid), coordinator, out.antenna, language, duo.status,
            values.day(duo.proposed), values.moment(duo.first_meeting, duo.first_minute),
            values.moment(duo.first_meeting, duo.first_minute + 1440), duo.mentee_yes,
            duo.mentor_yes, values.day(duo.accepted), duo.decline_reason, values.day(duo.start),
            values.day(duo.planned_end), values.day(duo.end), duo.end_reason, duo.outcome,
            values.day(duo.outcome_day)))
        out.status_history(uid, events, coordinator, duo=True, reasons=reasons)
        no_show = duo.decline_reason == "no_show"
        first_done = duo.first_meeting <= out.today
        pair = (values.uid(mentee.uid), values.uid(mentor.uid))
        out.meeting("duo_meeting", duo.first_meeting, duo.first_minute, 60, out.office(),
                    coordinator, uid,
                    NO_SHOW[language] if no_show else FIRST_MEETING[language] if first_done
                    else None, "cancelled" if no_show else None, people=pair)
        if duo.start is not None:
            self._running(duo, uid, coordinator, language, pair)
            self._evaluations(duo, uid, language)
            self._group_invitations(duo, values.uid(mentee.uid), values.uid(mentor.uid))
            if duo.status == "stopped" and duo.end is not None and self.rng.random() < 0.3:
                moment = out.stamp(duo.end, 1020)
                out.journal.append((out.new_id(), moment, moment, values.uid(mentee.uid),
                                    moment, coordinator, JOURNAL_STOP[
                                        "nl" if language == "nl" else "fr"]))
        out.tick()

    def _running(self, duo: DuoPlan, uid: Any, coordinator: Any, language: str,
                 pair: tuple[Any, Any]) -> None:
        out, rng, today = self.out, self.rng, self.out.today
        assert duo.start is not None and duo.planned_end is not None
        out.meeting("duo_meeting", duo.start, choice(rng, (600, 840, 1020)), 45, out.office(),
                    coordinator, uid, SIGNING[language], people=pair)
        cadence = choice(rng, (7, 10, 14, 14, 21))
        until = duo.end if duo.end is not None else min(duo.planned_end, today + 35)
        silent_from = today - randint(rng, 22, 50) if duo.quiet else None
        day = duo.start + cadence + randint(rng, -2, 2)
        places, summaries = self.places[language], SUMMARIES[language]
        while day < until:
            if weekday(day) == SUN:
                day += 1
            if silent_from is None or not silent_from < day <= today:
                status = "cancelled" if day <= today and rng.random() < 0.05 else None
                summary = choice(rng, summaries) \
                    if day <= today and status is None and rng.random() < 0.85 else None
                out.meeting("duo_meeting", day, choice(rng, (600, 840, 960, 1080)),
                            choice(rng, (60, 90, 90, 120)), places(rng), None, uid, summary,
                            status, people=pair)
            day += cadence + randint(rng, -2, 3)
        for months in (1, 3, 6):
            day = workday(add_months(duo.start, months))
            if duo.end is not None and day > duo.end:
                break
            out.meeting("follow_up", day, choice(rng, (570, 660, 900)), 30,
                        ONLINE if rng.random() < 0.6 else out.office(), coordinator, uid,
                        FOLLOW_UP[language] if day <= today else None,
                        follow_up_month=months, people=pair)
        if duo.latest_of_mentee:
            mentee = self.mentees[duo.mentee]
            # The outcome check is a call with the mentee (duodesk.core.duo_status).
            if duo.outcome_day is not None:
                out.meeting("follow_up", duo.outcome_day, 660, 30, ONLINE, coordinator, uid,
                            OUTCOME_CHECK[language], follow_up_month=12, people=pair[:1])
            elif mentee.followup_consent:
                out.meeting("follow_up", workday(duo.start + 365), 660, 30, ONLINE, coordinator,
                            uid, None, "planned", follow_up_month=12, people=pair[:1])

    def _evaluations(self, duo: DuoPlan, uid: Any, language: str) -> None:
        rng, today = self.rng, self.out.today
        assert duo.start is not None
        start_day = duo.start + randint(rng, 0, 10)
        if start_day <= today:
            self._answer(uid, "mentee", "start", start_day, language,
                         {"professional_project_defined": rng.random() < 0.3})
            self._answer(uid, "mentor", "start", start_day, language, {})
        mid_day = add_months(duo.start, 3) + randint(rng, 0, 10)
        if mid_day <= today and (duo.end is None or mid_day <= duo.end):
            for respondent, fields in (("mentee", MENTEE_FIELDS), ("mentor", MENTOR_FIELDS)):
                if rng.random() < 0.85:
                    self._answer(uid, respondent, "mid", mid_day, language,
                                 {field: rng.random() < MID_TARGETS[field] for field in fields})
        if duo.end is not None:
            end_day = duo.end + randint(rng, 0, 14)
            share = 0.9 if duo.status == "finished" else 0.45
            if end_day <= today:
                for respondent, fields in (("mentee", MENTEE_FIELDS), ("mentor", MENTOR_FIELDS)):
                    if rng.random() < share:
                        self._answer(uid, respondent, "end", end_day, language,
                                     {field: self._end_answer(duo, field) for field in fields
                                      if rng.random() < 0.97})
        if duo.outcome_day is not None and duo.outcome != "unreachable":
            self._answer(uid, "mentee", "follow_up", duo.outcome_day, language,
                         {field: rng.random() < END_TARGETS[field] for field in MENTEE_FIELDS})

    def _end_answer(self, duo: DuoPlan, field: str) -> bool:
        if duo.latest_of_mentee:
            return self.keepers[field].decide()  # the duos SPEC §8 counts
        return self.rng.random() < END_TARGETS[field]

    def _answer(self, duo_uid: Any, respondent: str, stage: str, day: int, language: str,
                answers: dict[str, bool]) -> None:
        out, rng = self.out, self.rng
        moment = out.stamp(day)
        comment = choice(rng, COMMENTS[language]) if rng.random() < 0.2 else None
        self.evaluations.append((
            out.new_id(), moment, moment, duo_uid, respondent, stage, out.values.day(day),
            *(answers.get(field) for field in (*MENTEE_FIELDS, *MENTOR_FIELDS)), comment))

    def _group_invitations(self, duo: DuoPlan, mentee: Any, mentor: Any) -> None:
        out, rng, today = self.out, self.rng, self.out.today
        assert duo.start is not None and duo.planned_end is not None
        limit = min(duo.end if duo.end is not None else duo.planned_end, today + 30)
        for offset in (45, 105, 165):
            day = session_day(duo.start + offset, THU, self.intervision_every, after=True)
            if day < limit:
                attended = (rng.random() < 0.75) if day <= today else None
                out.invitations.append((day, "intervision", "mentor", mentor, attended))
        if rng.random() < 0.6:
            day = session_day(duo.start + randint(rng, 20, 90), FRI, self.workshop_every,
                              after=True)
            if day < limit:
                attended = (rng.random() < 0.7) if day <= today else None
                out.invitations.append((day, "workshop", "mentee", mentee, attended))


def write_group_sessions(out: Output) -> int:
    """Group the invitations into sessions of a reasonable size; return how many."""
    rng = out.rng
    out.invitations.sort(key=lambda invitation: invitation[:3])
    sessions = 0
    for (day, kind, audience), group in groupby(out.invitations, key=lambda inv: inv[:3]):
        invited: dict[Any, bool | None] = {}
        for *_, person, attended in group:
            invited.setdefault(person, attended)
        people = list(invited.items())
        size = SESSION_SIZE[kind]
        for chunk in _chunks(people, size):
            if kind == "info_session":
                minute, duration = (600, 120) if audience == "mentee" else (1110, 120)
                title = INFO_SESSION[audience]
            elif kind == "intervision":
                minute, duration, title = 1080, 150, INTERVISION
            else:
                minute, duration, title = 810, 180, choice(rng, WORKSHOPS)
            meeting = out.meeting(kind, day, minute, duration, out.office(),
                                  choice(rng, out.coordinators), None, title)
            out.attendees.extend((meeting, person, attended) for person, attended in chunk)
            sessions += 1
            out.writer.maybe_flush()
    out.invitations.clear()
    return sessions


def _chunks(people: list[tuple[Any, bool | None]], size: int
            ) -> Iterator[list[tuple[Any, bool | None]]]:
    count = max(1, -(-len(people) // size))
    for index in range(count):
        yield people[index::count]
