"""The rules of a duo's life (SPEC §3, issue 5), as pure functions without a database.

The duo's own status path lives with the persons' in :mod:`duodesk.core.status`; this
module holds what lies around it:

- who may be proposed together (:func:`check_match`): the mentee waiting, the mentor
  available or in a duo with room for another, not paused, both of the same antenna, and
  never twice the same pair;
- which step a duo in a given status accepts (:data:`STEP_STATUSES`, :func:`check_step`);
- what a side's answer after the first meeting does (:func:`decide`);
- the dates: the 24-hour decision window, six months of duo, the follow-ups at 1, 3 and 6
  months and the outcome check at 12 (:func:`add_months`, :func:`follow_up_day`);
- when a duo may be closed as "six months completed" (:func:`check_completion`).

Every refusal is a typed error with a reason code (:class:`MatchRefused`,
:class:`DuoStepRefused`); the GUI and the command line put it into words.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from duodesk.core.codes import DeclineReason, DuoStatus, EndReason, MenteeStatus, MentorStatus
from duodesk.core.errors import DuoStepRefused, MatchRefused

DECISION_WINDOW = timedelta(hours=24)
DUO_MONTHS = 6
# Coordinator check-ins 1, 3 and 6 months after the start; the outcome check at 12.
FOLLOW_UP_MONTHS = (1, 3, 6, 12)
OUTCOME_CHECK_MONTH = 12
FOLLOW_UP_TIME = time(10, 0)
FOLLOW_UP_MINUTES = 30
FIRST_MEETING_MINUTES = 60
# Duos that hold a mentor's place: proposed, accepted or running.
CURRENT_STATUSES = frozenset({DuoStatus.PROPOSED, DuoStatus.ACCEPTED, DuoStatus.ACTIVE})
STARTED_STATUSES = frozenset({DuoStatus.ACTIVE, DuoStatus.FINISHED, DuoStatus.STOPPED})
ENDED_STATUSES = frozenset({DuoStatus.FINISHED, DuoStatus.STOPPED})
# A duo that reaches its end: six months done, or the mentee found work on the way.
FINISH_REASONS = frozenset({EndReason.COMPLETED, EndReason.MENTEE_FOUND_JOB})
STOP_REASONS = frozenset(EndReason) - {EndReason.COMPLETED}
MENTOR_ELIGIBLE = frozenset({MentorStatus.AVAILABLE, MentorStatus.IN_DUO})
# "Six months completed" is accepted from two weeks before the planned end: the last
# meeting is often held a few days early (holidays, a job starting), and the duo is done.
COMPLETION_GRACE_DAYS = 14

try:
    BRUSSELS: ZoneInfo | None = ZoneInfo("Europe/Brussels")
except ZoneInfoNotFoundError:  # a system without time-zone data: the computer's own clock
    BRUSSELS = None


def local_now() -> datetime:
    """The naive Europe/Brussels time now, to the minute's second: meetings and decision
    deadlines are stored so (see :mod:`duodesk.core.models`)."""
    if BRUSSELS is None:
        return datetime.now().replace(microsecond=0)
    return datetime.now(BRUSSELS).replace(tzinfo=None, microsecond=0)


def to_utc(local: datetime) -> datetime:
    """The aware UTC moment of a naive Brussels time."""
    return local.replace(tzinfo=BRUSSELS).astimezone(UTC) if BRUSSELS else \
        local.astimezone(UTC)


def to_local(moment: datetime) -> datetime:
    """The naive Brussels time of an aware moment (audit and status-history stamps)."""
    return moment.astimezone(BRUSSELS).replace(tzinfo=None) if BRUSSELS else \
        moment.astimezone().replace(tzinfo=None)


class Side(StrEnum):
    """Who answers after the first meeting."""

    MENTEE = "mentee"
    MENTOR = "mentor"


class Step(StrEnum):
    """The actions a coordinator takes on a duo (the ``step`` of a refusal)."""

    DECIDE = "decide"
    SIGN = "sign"
    FINISH = "finish"
    STOP = "stop"
    OUTCOME = "outcome"
    EVALUATE = "evaluate"
    LOG_MEETING = "log_meeting"
    PLAN_MEETING = "plan_meeting"
    COMPLETE_MEETING = "complete_meeting"
    CANCEL_MEETING = "cancel_meeting"


STEP_STATUSES: Mapping[Step, frozenset[DuoStatus]] = {
    Step.DECIDE: frozenset({DuoStatus.PROPOSED, DuoStatus.ACCEPTED}),
    Step.SIGN: frozenset({DuoStatus.ACCEPTED}),
    Step.FINISH: frozenset({DuoStatus.ACTIVE}),
    Step.STOP: frozenset({DuoStatus.ACTIVE}),
    Step.OUTCOME: ENDED_STATUSES,
    Step.EVALUATE: STARTED_STATUSES,
    # Meetings are logged while the duo lives, and late for a duo that ended since.
    Step.LOG_MEETING: frozenset({DuoStatus.PROPOSED, DuoStatus.ACCEPTED}) | STARTED_STATUSES,
    Step.PLAN_MEETING: CURRENT_STATUSES,
}


def check_step(step: Step, status: str) -> None:
    """Refuse ``step`` on a duo of ``status`` when the lifecycle does not allow it."""
    if DuoStatus(status) not in STEP_STATUSES[step]:
        raise DuoStepRefused(step=step.value, status=str(status), reason="wrong_status")


def actions_for(status: str) -> tuple[str, ...]:
    """The steps a duo of ``status`` accepts, in lifecycle order (for the Duos page)."""
    return tuple(step.value for step in Step
                 if step in STEP_STATUSES and DuoStatus(status) in STEP_STATUSES[step])


# --- proposing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """What the proposal rules need to know of a mentee or a mentor."""

    status: str
    antenna_id: object
    paused_until: date | None = None
    max_duos: int = 1
    current_duos: int = 0


def check_match(mentee: Candidate, mentor: Candidate, *, already_a_duo: bool,
                today: date) -> None:
    """Refuse a proposal that breaks a hard rule, with :class:`MatchRefused` and the reason.

    The rules are those that matter once a coordinator confirms a choice (SPEC §3, §7):
    shared languages and gender preference are the matching engine's, which only proposes.
    """
    if mentee.status != MenteeStatus.WAITING:
        raise MatchRefused(reason="mentee_not_waiting", status=str(mentee.status))
    if mentor.status == MentorStatus.PAUSED or (
            mentor.paused_until is not None and mentor.paused_until >= today):
        raise MatchRefused(reason="mentor_paused", status=str(mentor.status))
    if mentor.status not in MENTOR_ELIGIBLE:
        raise MatchRefused(reason="mentor_not_eligible", status=str(mentor.status))
    if mentor.current_duos >= max(1, mentor.max_duos):
        raise MatchRefused(reason="mentor_full", status=str(mentor.status),
                           max_duos=mentor.max_duos)
    if mentee.antenna_id != mentor.antenna_id:
        raise MatchRefused(reason="other_antenna")
    if already_a_duo:
        raise MatchRefused(reason="already_a_duo")


def decision_deadline(first_meeting_at: datetime) -> datetime:
    """Both sides answer within 24 hours of the first meeting."""
    return first_meeting_at + DECISION_WINDOW


def is_overdue(status: str, deadline: datetime | None, now: datetime) -> bool:
    """A proposed duo whose decision deadline has passed (nothing is decided for them)."""
    return status == DuoStatus.PROPOSED and deadline is not None and deadline < now


# --- deciding -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """What one side's answer does to the duo: its new status (``None``: still waiting for
    the other side) and the decline reason kept."""

    status: DuoStatus | None
    decline_reason: DeclineReason | None = None


def decide(status: str, mentee_accepted: bool | None, mentor_accepted: bool | None,
           side: Side, accepted: bool, reason: DeclineReason | None) -> Decision:
    """The effect of ``side`` answering ``accepted`` on a duo in ``status``.

    A side says yes once; a yes may later turn into a no (``accepted → declined``), never
    the reverse. Both yes: accepted. A no: declined with ``reason`` (by default the side
    that said no).
    """
    check_step(Step.DECIDE, status)
    previous = mentee_accepted if side == Side.MENTEE else mentor_accepted
    if accepted and (previous is True or status == DuoStatus.ACCEPTED):
        raise DuoStepRefused(step=Step.DECIDE.value, status=str(status),
                             reason="already_decided")
    if not accepted:
        default = (DeclineReason.MENTEE_DECLINED if side == Side.MENTEE
                   else DeclineReason.MENTOR_DECLINED)
        return Decision(DuoStatus.DECLINED, DeclineReason(reason) if reason else default)
    other = mentor_accepted if side == Side.MENTEE else mentee_accepted
    return Decision(DuoStatus.ACCEPTED if other is True else None)


# --- dates ------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, the month's last day when it has no such day
    (31 August + 6 months = 28 or 29 February)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def planned_end(start: date) -> date:
    """A duo runs six months from the signing of its agreement."""
    return add_months(start, DUO_MONTHS)


def follow_up_day(start: date, months: int) -> date:
    """The working day of a follow-up: ``months`` after the start, a weekend moved to the
    Monday after (coordinators do not plan check-ins on weekends)."""
    day = add_months(start, months)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def follow_up_moment(start: date, months: int) -> datetime:
    """When a follow-up is planned: 10:00 local time on its working day."""
    return datetime.combine(follow_up_day(start, months), FOLLOW_UP_TIME)


def completion_possible_from(planned: date) -> date:
    """The first end date a duo planned to end on ``planned`` may be closed as completed."""
    return planned - timedelta(days=COMPLETION_GRACE_DAYS)


def check_completion(reason: str, status: str, planned: date | None, end_date: date) -> None:
    """Refuse closing a duo as ``completed`` with an end date more than two weeks before
    its planned end (SPEC §3: finished after six months). Other reasons are not concerned:
    a job found closes a duo on any day, and an early stop has its own reasons.

    The refusal carries ``possible_from`` (ISO day) so the message can name the day."""
    if reason != EndReason.COMPLETED or planned is None:
        return
    earliest = completion_possible_from(planned)
    if end_date < earliest:
        raise DuoStepRefused(step=Step.FINISH.value, status=str(status),
                             reason="before_six_months", possible_from=earliest.isoformat(),
                             planned_end=planned.isoformat())
