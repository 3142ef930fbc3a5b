"""The pure rules of a duo's life (no database): who may be proposed together, what each
answer does, which step each status accepts, and the dates of six months and follow-ups."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from duodesk.core.codes import DeclineReason, DuoStatus
from duodesk.core.duo_status import (
    Candidate,
    Side,
    Step,
    actions_for,
    add_months,
    check_match,
    check_step,
    decide,
    decision_deadline,
    follow_up_day,
    is_overdue,
    planned_end,
)
from duodesk.core.errors import DuoStepRefused, MatchRefused

TODAY = date(2026, 11, 2)
WAITING = Candidate("waiting", "BXL")
AVAILABLE = Candidate("available", "BXL")


def refusal(mentee: Candidate, mentor: Candidate, already: bool = False) -> str | None:
    try:
        check_match(mentee, mentor, already_a_duo=already, today=TODAY)
    except MatchRefused as refused:
        return str(refused.params["reason"])
    return None


def test_the_hard_rules_of_a_confirmed_proposal() -> None:
    assert refusal(WAITING, AVAILABLE) is None
    assert refusal(Candidate("intake", "BXL"), AVAILABLE) == "mentee_not_waiting"
    assert refusal(WAITING, Candidate("training", "BXL")) == "mentor_not_eligible"
    assert refusal(WAITING, Candidate("left", "BXL")) == "mentor_not_eligible"
    assert refusal(WAITING, Candidate("paused", "BXL", date(2027, 1, 1))) == "mentor_paused"
    # A pause date still to come on an available mentor counts too; one passed does not.
    assert refusal(WAITING, Candidate("available", "BXL", TODAY)) == "mentor_paused"
    assert refusal(WAITING, Candidate("available", "BXL", date(2026, 11, 1))) is None
    assert refusal(WAITING, Candidate("in_duo", "BXL", None, 2, 1)) is None
    assert refusal(WAITING, Candidate("in_duo", "BXL", None, 2, 2)) == "mentor_full"
    assert refusal(WAITING, Candidate("available", "BXL", None, 1, 1)) == "mentor_full"
    assert refusal(WAITING, Candidate("available", "ANT")) == "other_antenna"
    assert refusal(WAITING, AVAILABLE, already=True) == "already_a_duo"


@pytest.mark.parametrize(("status", "mentee", "mentor", "side", "yes", "expected"), [
    ("proposed", None, None, Side.MENTEE, True, None),
    ("proposed", None, True, Side.MENTEE, True, DuoStatus.ACCEPTED),
    ("proposed", True, None, Side.MENTOR, True, DuoStatus.ACCEPTED),
    ("proposed", None, None, Side.MENTOR, False, DuoStatus.DECLINED),
    ("proposed", True, None, Side.MENTEE, False, DuoStatus.DECLINED),
    ("accepted", True, True, Side.MENTOR, False, DuoStatus.DECLINED),
])
def test_what_an_answer_does(status: str, mentee: bool | None, mentor: bool | None,
                             side: Side, yes: bool, expected: DuoStatus | None) -> None:
    assert decide(status, mentee, mentor, side, yes, None).status == expected


def test_a_no_keeps_its_reason_or_names_the_side() -> None:
    assert decide("proposed", None, None, Side.MENTOR, False, None).decline_reason == \
        DeclineReason.MENTOR_DECLINED
    assert decide("proposed", None, None, Side.MENTEE, False, None).decline_reason == \
        DeclineReason.MENTEE_DECLINED
    assert decide("proposed", None, None, Side.MENTEE, False,
                  DeclineReason.NO_SHOW).decline_reason == DeclineReason.NO_SHOW


@pytest.mark.parametrize(("status", "mentee", "side", "reason"), [
    ("proposed", True, Side.MENTEE, "already_decided"),
    ("accepted", True, Side.MENTEE, "already_decided"),
    ("declined", None, Side.MENTOR, "wrong_status"),
    ("active", True, Side.MENTOR, "wrong_status"),
])
def test_an_answer_that_cannot_be_given(status: str, mentee: bool | None, side: Side,
                                        reason: str) -> None:
    with pytest.raises(DuoStepRefused) as refused:
        decide(status, mentee, True if status == "accepted" else None, side, True, None)
    assert refused.value.params["reason"] == reason


def test_which_status_accepts_which_step() -> None:
    assert actions_for("proposed") == ("decide", "log_meeting", "plan_meeting")
    assert actions_for("active") == ("finish", "stop", "evaluate", "log_meeting",
                                     "plan_meeting")
    assert actions_for("finished") == ("outcome", "evaluate", "log_meeting")
    assert actions_for("declined") == ()
    with pytest.raises(DuoStepRefused) as refused:
        check_step(Step.SIGN, "proposed")
    assert refused.value.params == {"step": "sign", "status": "proposed",
                                    "reason": "wrong_status"}


def test_six_months_and_the_follow_up_days() -> None:
    assert planned_end(date(2026, 3, 10)) == date(2026, 9, 10)
    assert planned_end(date(2026, 8, 31)) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 12) == date(2027, 11, 15)
    # 2026-10-03 is a Saturday: a follow-up falling on a weekend moves to the Monday.
    assert follow_up_day(date(2026, 9, 3), 1) == date(2026, 10, 5)
    assert follow_up_day(date(2026, 9, 2), 1) == date(2026, 10, 2)


def test_the_decision_window_and_overdue() -> None:
    first = datetime(2026, 11, 3, 18, 30)
    deadline = decision_deadline(first)
    assert deadline == datetime(2026, 11, 4, 18, 30)
    assert not is_overdue("proposed", deadline, deadline)
    assert is_overdue("proposed", deadline, datetime(2026, 11, 4, 18, 31))
    assert not is_overdue("accepted", deadline, datetime(2026, 11, 9))
