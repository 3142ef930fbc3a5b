"""The status paths of SPEC §3: every allowed jump passes, any other is refused with the
reason the coordinator will read."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from duodesk.core.codes import DuoStatus, MenteeStatus, MentorStatus
from duodesk.core.errors import IllegalStatusChange
from duodesk.core.status import (
    NEEDS_DATE,
    NEEDS_REASON,
    PATHS,
    StatusOwner,
    check_status_change,
    next_statuses,
)

TODAY = date(2026, 11, 1)
ALLOWED = [(owner, source, target)
           for owner, path in PATHS.items()
           for source, targets in path.items()
           for target in sorted(targets)]


@pytest.mark.parametrize(("owner", "source", "target"), ALLOWED)
def test_every_allowed_jump_passes(owner: StatusOwner, source: str, target: str) -> None:
    until = date(2026, 12, 31) if target in NEEDS_DATE[owner] else None
    reason = "said no after the first meeting" if target in NEEDS_REASON[owner] else None
    check_status_change(owner, source, target, until=until, reason=reason, today=TODAY)


def test_the_paths_cover_every_status_of_their_code_list() -> None:
    assert set(PATHS[StatusOwner.MENTEE]) == {s.value for s in MenteeStatus}
    assert set(PATHS[StatusOwner.MENTOR]) == {s.value for s in MentorStatus}
    assert set(PATHS[StatusOwner.DUO]) == {s.value for s in DuoStatus}


def test_the_mentee_path_of_the_spec() -> None:
    assert next_statuses("mentee", "registered") == {"info_session", "withdrawn",
                                                     "not_eligible"}
    assert next_statuses("mentee", "matched") == {"in_duo", "waiting", "withdrawn",
                                                  "not_eligible"}
    assert next_statuses("mentee", "in_duo") == {"finished", "waiting", "stopped"}
    assert next_statuses("mentee", "finished") == frozenset()


def test_a_mentor_can_leave_from_any_status_and_pause_only_when_available() -> None:
    for status in MentorStatus:
        if status != MentorStatus.LEFT:
            assert "left" in next_statuses("mentor", status)
    assert {s for s in MentorStatus if "paused" in next_statuses("mentor", s)} == {
        MentorStatus.AVAILABLE}
    assert next_statuses("mentor", "in_duo") == {"available", "left"}


def refusal(owner: str, source: str, target: str, **kwargs: Any) -> dict[str, Any]:
    with pytest.raises(IllegalStatusChange) as refused:
        check_status_change(owner, source, target, today=TODAY, **kwargs)
    return refused.value.params


@pytest.mark.parametrize(("owner", "source", "target"), [
    ("mentee", "registered", "in_duo"),
    ("mentee", "registered", "waiting"),
    ("mentee", "in_duo", "withdrawn"),
    ("mentee", "finished", "waiting"),
    ("mentor", "training", "in_duo"),
    ("mentor", "left", "available"),
    ("mentor", "in_duo", "paused"),
    ("duo", "proposed", "active"),
    ("duo", "proposed", "stopped"),
    ("duo", "finished", "active"),
])
def test_a_jump_off_the_path_is_refused(owner: str, source: str, target: str) -> None:
    assert refusal(owner, source, target) == {
        "role": owner, "from_status": source, "to_status": target, "reason": "not_allowed"}


def test_a_pause_needs_an_end_date_that_is_not_past() -> None:
    assert refusal("mentor", "available", "paused")["reason"] == "needs_date"
    assert refusal("mentor", "available", "paused",
                   until=date(2026, 10, 31))["reason"] == "date_in_past"


def test_a_declined_or_stopped_duo_needs_a_reason() -> None:
    assert refusal("duo", "proposed", "declined")["reason"] == "needs_reason"
    assert refusal("duo", "active", "stopped", reason="  ")["reason"] == "needs_reason"


def test_the_same_status_or_an_unknown_one_is_refused() -> None:
    assert refusal("mentee", "waiting", "waiting")["reason"] == "same_status"
    assert refusal("mentee", "waiting", "on_holiday")["reason"] == "unknown_status"
    assert refusal("mentor", "available", "matched")["reason"] == "unknown_status"
