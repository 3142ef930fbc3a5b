"""Changing "this one and all following" meetings of a series, inside the caller's session.

The meetings of a series from one occurrence on (the planned ones; a meeting already held or
cancelled stays as it is) are taken together. When earlier meetings stay behind, the series
is split: the earlier meetings keep the old series, whose rule now ends the day before (or
counts only them), and the following ones get a new series with the rest of the rule, so that
each series' rule keeps describing its own meetings.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.calendar.recurrence import rule_from_json, rule_to_json
from duodesk.core.calendar.views import Recurrence
from duodesk.core.codes import MeetingStatus
from duodesk.core.models import Meeting, MeetingSeries


def following(session: Session, meeting: Meeting) -> list[Meeting]:
    """``meeting`` and the planned meetings of its series that start after it, by start."""
    if meeting.series_id is None:
        return [meeting]
    later = session.scalars(
        select(Meeting).where(Meeting.series_id == meeting.series_id,
                              Meeting.starts_at > meeting.starts_at,
                              Meeting.status == MeetingStatus.PLANNED,
                              Meeting.id != meeting.id)
        .order_by(Meeting.starts_at)).all()
    return [meeting, *later]


def split(session: Session, meeting: Meeting, taken: list[Meeting],
          shift: timedelta) -> uuid.UUID | None:
    """Give ``taken`` (``meeting`` and its following ones, about to move by ``shift``) a
    series of their own; returns the series they are in afterwards."""
    series_id = meeting.series_id
    if series_id is None:
        return None
    series = session.get(MeetingSeries, series_id)
    rule = rule_from_json(series.rule if series is not None else None)
    earlier = session.scalar(select(func.count()).select_from(Meeting).where(
        Meeting.series_id == series_id, Meeting.starts_at < meeting.starts_at)) or 0
    days = (meeting.starts_at + shift).date() - meeting.starts_at.date()
    if series is None or rule is None:
        return series_id
    if earlier == 0:
        # The whole series moves: it stays one series, its end moving with it.
        if rule.until is not None:
            series.rule = rule_to_json(Recurrence(rule.freq, until=rule.until + days))
        return series_id
    before_day = meeting.starts_at.date() - timedelta(days=1)
    if rule.count is not None:
        series.rule = rule_to_json(Recurrence(rule.freq, count=earlier))
        rest = Recurrence(rule.freq, count=len(taken))
    else:
        assert rule.until is not None
        series.rule = rule_to_json(Recurrence(rule.freq, until=before_day))
        rest = Recurrence(rule.freq, until=rule.until + days)
    new = MeetingSeries(id=uuid.uuid4(), rule=rule_to_json(rest))
    session.add(new)
    for each in taken:
        each.series_id = new.id
    return new.id


def truncate(session: Session, meeting: Meeting) -> None:
    """The series of ``meeting`` ends before it (its following ones were cancelled)."""
    series = session.get(MeetingSeries, meeting.series_id) if meeting.series_id else None
    rule = rule_from_json(series.rule if series is not None else None)
    if series is None or rule is None:
        return
    earlier = session.scalar(select(func.count()).select_from(Meeting).where(
        Meeting.series_id == meeting.series_id, Meeting.starts_at < meeting.starts_at)) or 0
    if rule.count is not None:
        series.rule = rule_to_json(Recurrence(rule.freq, count=max(earlier, 1)))
    else:
        until = meeting.starts_at.date() - timedelta(days=1)
        series.rule = rule_to_json(Recurrence(rule.freq, until=until))

