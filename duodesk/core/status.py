"""The status paths of mentees, mentors and duos (SPEC §3), as data, and the check of a jump.

Every status change goes through :func:`check_status_change`; any jump not in the tables
below is refused with :class:`IllegalStatusChange` and a reason code:

- ``unknown_status``: the new status is not one of the role's statuses;
- ``same_status``: the record already has that status;
- ``not_allowed``: the path does not lead from the current status to the new one;
- ``needs_date``: the new status needs a date (a mentor's pause needs its end date);
- ``date_in_past``: that date is before today;
- ``needs_reason``: the new status needs a reason (a duo declined or stopped early).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from duodesk.core.codes import DuoStatus, MenteeStatus, MentorStatus
from duodesk.core.errors import IllegalStatusChange


class StatusOwner(StrEnum):
    """What has a status path."""

    MENTEE = "mentee"
    MENTOR = "mentor"
    DUO = "duo"


_M = MenteeStatus
_BEFORE_DUO = (_M.REGISTERED, _M.INFO_SESSION, _M.INTAKE, _M.WAITING, _M.MATCHED)
_LEAVING = frozenset({_M.WITHDRAWN, _M.NOT_ELIGIBLE})

MENTEE_PATH: Mapping[str, frozenset[str]] = {
    _M.REGISTERED: frozenset({_M.INFO_SESSION}) | _LEAVING,
    _M.INFO_SESSION: frozenset({_M.INTAKE}) | _LEAVING,
    _M.INTAKE: frozenset({_M.WAITING}) | _LEAVING,
    _M.WAITING: frozenset({_M.MATCHED}) | _LEAVING,
    # A declined duo returns the mentee to the waiting list.
    _M.MATCHED: frozenset({_M.IN_DUO, _M.WAITING}) | _LEAVING,
    # An early stop: matched again (waiting), or out of the programme (stopped).
    _M.IN_DUO: frozenset({_M.FINISHED, _M.WAITING, _M.STOPPED}),
    _M.FINISHED: frozenset(),
    _M.STOPPED: frozenset(),
    _M.WITHDRAWN: frozenset(),
    _M.NOT_ELIGIBLE: frozenset(),
}

_T = MentorStatus
MENTOR_PATH: Mapping[str, frozenset[str]] = {
    _T.REGISTERED: frozenset({_T.INFO_SESSION, _T.LEFT}),
    _T.INFO_SESSION: frozenset({_T.INTAKE, _T.LEFT}),
    _T.INTAKE: frozenset({_T.TRAINING, _T.LEFT}),
    _T.TRAINING: frozenset({_T.AVAILABLE, _T.LEFT}),
    _T.AVAILABLE: frozenset({_T.IN_DUO, _T.PAUSED, _T.LEFT}),
    _T.IN_DUO: frozenset({_T.AVAILABLE, _T.LEFT}),
    _T.PAUSED: frozenset({_T.AVAILABLE, _T.LEFT}),
    _T.LEFT: frozenset(),
}

_D = DuoStatus
DUO_PATH: Mapping[str, frozenset[str]] = {
    _D.PROPOSED: frozenset({_D.ACCEPTED, _D.DECLINED}),
    _D.ACCEPTED: frozenset({_D.ACTIVE, _D.DECLINED}),
    _D.ACTIVE: frozenset({_D.FINISHED, _D.STOPPED}),
    _D.FINISHED: frozenset(),
    _D.DECLINED: frozenset(),
    _D.STOPPED: frozenset(),
}

PATHS: Mapping[StatusOwner, Mapping[str, frozenset[str]]] = {
    StatusOwner.MENTEE: MENTEE_PATH,
    StatusOwner.MENTOR: MENTOR_PATH,
    StatusOwner.DUO: DUO_PATH,
}

# New statuses that need a date (until when) or a reason (why), per owner.
NEEDS_DATE: Mapping[StatusOwner, frozenset[str]] = {
    StatusOwner.MENTEE: frozenset(),
    StatusOwner.MENTOR: frozenset({_T.PAUSED}),
    StatusOwner.DUO: frozenset(),
}
NEEDS_REASON: Mapping[StatusOwner, frozenset[str]] = {
    StatusOwner.MENTEE: frozenset(),
    StatusOwner.MENTOR: frozenset(),
    StatusOwner.DUO: frozenset({_D.DECLINED, _D.STOPPED}),
}

INITIAL_STATUS: Mapping[StatusOwner, str] = {
    StatusOwner.MENTEE: _M.REGISTERED,
    StatusOwner.MENTOR: _T.REGISTERED,
    StatusOwner.DUO: _D.PROPOSED,
}


def next_statuses(owner: StatusOwner | str, current: str) -> frozenset[str]:
    """The statuses a record of ``owner`` may move to from ``current`` (empty at the end)."""
    return PATHS[StatusOwner(owner)].get(str(current), frozenset())


def check_status_change(
    owner: StatusOwner | str,
    from_status: str,
    to_status: str,
    *,
    until: date | None = None,
    reason: str | None = None,
    today: date | None = None,
) -> None:
    """Refuse a status change the path does not allow, with :class:`IllegalStatusChange`.

    ``until`` is the date a status lasts until (a mentor's pause); ``reason`` why it
    changed (required for a duo declined or stopped). ``today`` defaults to the real date.
    """
    owner = StatusOwner(owner)
    path = PATHS[owner]
    source, target = str(from_status), str(to_status)

    def refuse(why: str) -> IllegalStatusChange:
        return IllegalStatusChange(role=owner.value, from_status=source, to_status=target,
                                   reason=why)

    if target not in path:
        raise refuse("unknown_status")
    if source == target:
        raise refuse("same_status")
    if target not in path.get(source, frozenset()):
        raise refuse("not_allowed")
    if target in NEEDS_DATE[owner]:
        if until is None:
            raise refuse("needs_date")
        if until < (today or date.today()):
            raise refuse("date_in_past")
    if target in NEEDS_REASON[owner] and not (reason or "").strip():
        raise refuse("needs_reason")
