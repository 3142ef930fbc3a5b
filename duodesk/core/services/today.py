"""The coordinator's work list, the page DuoDesk opens on (SPEC §4.1; issue 5 item 7).

:meth:`TodayService.items` gathers, in five indexed queries:

- mentees waiting for a mentor, with the days since they started waiting;
- decisions due (the deadline, 24 hours after the first meeting, falls within the next 24
  hours) or overdue (passed while the duo is still proposed);
- accepted duos whose agreement is still unsigned 14 days after the acceptance;
- follow-ups due this week (planned ``follow_up`` meetings up to Sunday, overdue ones
  included), the 12-month ones as outcome checks;
- active duos with no duo meeting logged for 21 days (counted from the start when none was).

Items come most urgent first (:data:`URGENCY`, then the oldest first within a kind).
Consents to renew and files due for anonymisation come with the privacy work.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, and_, case, cast, func, select
from sqlalchemy.orm import Session

from duodesk.core.codes import (
    ConsentPurpose,
    DuoStatus,
    MeetingKind,
    MeetingStatus,
    MenteeStatus,
)
from duodesk.core.database import Database
from duodesk.core.duo_status import DECISION_WINDOW, OUTCOME_CHECK_MONTH, local_now
from duodesk.core.models import Consent, Duo, Meeting, Mentee, Person, StatusChange
from duodesk.core.services.duo_data import TodayItem, TodayKind
from duodesk.core.services.duo_views import as_datetime, full_name

UNSIGNED_AFTER_DAYS = 14
NO_MEETING_DAYS = 21
URGENCY: dict[TodayKind, int] = {kind: n for n, kind in enumerate(TodayKind)}

duos, meetings, persons = Duo.__table__, Meeting.__table__, Person.__table__
mentees = Mentee.__table__


class TodayService:
    """The Today list of one database; ``today`` and ``now`` (naive Brussels time) can be
    replaced for tests."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = local_now) -> None:
        self.db = db
        self.today = today
        self.now = now

    def items(self, coordinator_id: uuid.UUID | None = None) -> list[TodayItem]:
        """Everything to do, most urgent first; only one coordinator's mentees and duos
        when ``coordinator_id`` is given."""
        today, now = self.today(), self.now()
        with self.db.read() as session:
            found = [
                *_waiting_mentees(session, today, coordinator_id),
                *_decisions(session, today, now, coordinator_id),
                *_unsigned(session, today, coordinator_id),
                *_follow_ups(session, today, coordinator_id),
                *_without_meeting(session, today, coordinator_id),
            ]
        found.sort(key=lambda item: (URGENCY[item.kind],
                                     item.due_at or datetime.combine(item.due, time())))
        return found


def end_of_week(today: date) -> date:
    """The Sunday of ``today``'s week (Monday to Sunday, as in Belgium)."""
    return today + timedelta(days=6 - today.weekday())


def _for(coordinator_id: uuid.UUID | None, column: Any) -> list[Any]:
    return [] if coordinator_id is None else [column == coordinator_id]


def _names() -> tuple[Any, Any, list[Any], Any]:
    """The mentee's and mentor's name columns of a duo, and the joined source."""
    mentee, mentor = persons.alias("mentee_p"), persons.alias("mentor_p")
    columns = [mentee.c.first_name.label("mentee_first"),
               mentee.c.last_name.label("mentee_last"),
               mentor.c.first_name.label("mentor_first"),
               mentor.c.last_name.label("mentor_last")]
    source = (duos.join(mentee, mentee.c.id == duos.c.mentee_id)
              .join(mentor, mentor.c.id == duos.c.mentor_id))
    return mentee, mentor, columns, source


def _duo_item(kind: TodayKind, row: Any, due: date, today: date, **extra: Any) -> TodayItem:
    return TodayItem(kind=kind, due=due, days=(today - due).days, duo_id=row.duo_id,
                     person_id=row.mentee_id,
                     mentee_name=full_name(row.mentee_first, row.mentee_last),
                     mentor_name=full_name(row.mentor_first, row.mentor_last),
                     coordinator_id=row.coordinator_id, **extra)


def _waiting_mentees(session: Session, today: date,
                     coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    # The latest move onto the waiting list (the status-history index by person and time);
    # a mentee put there without a recorded change counts from the registration.
    since = (select(StatusChange.changed_at)
             .where(StatusChange.person_id == persons.c.id,
                    StatusChange.to_status == MenteeStatus.WAITING.value)
             .order_by(StatusChange.changed_at.desc()).limit(1)
             .correlate(persons).scalar_subquery())
    query = (select(persons.c.id, persons.c.first_name, persons.c.last_name,
                    persons.c.coordinator_id, persons.c.registered_on,
                    cast(since, String).label("since"))
             .select_from(mentees.join(persons, persons.c.id == mentees.c.id))
             .where(mentees.c.status == MenteeStatus.WAITING.value,
                    *_for(coordinator_id, persons.c.coordinator_id)))
    items = []
    for row in session.connection().execute(query):
        # The stored UTC moment, to the day: a change late in the evening counts from that
        # day either way, as the coordinator sees it.
        due = date.fromisoformat(row.since[:10]) if row.since else row.registered_on
        items.append(TodayItem(kind=TodayKind.WAITING_MENTEE, due=due, days=(today - due).days,
                               person_id=row.id,
                               mentee_name=full_name(row.first_name, row.last_name),
                               coordinator_id=row.coordinator_id))
    return items


def _decisions(session: Session, today: date, now: datetime,
               coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    _, _, names, source = _names()
    query = (select(duos.c.id.label("duo_id"), duos.c.mentee_id, duos.c.coordinator_id,
                    duos.c.decision_deadline, *names)
             .select_from(source)
             .where(duos.c.status == DuoStatus.PROPOSED.value,
                    duos.c.decision_deadline <= now + DECISION_WINDOW,
                    *_for(coordinator_id, duos.c.coordinator_id)))
    items = []
    for row in session.connection().execute(query):
        deadline = row.decision_deadline
        kind = TodayKind.DECISION_OVERDUE if deadline < now else TodayKind.DECISION_DUE
        items.append(_duo_item(kind, row, deadline.date(), today, due_at=deadline))
    return items


def _unsigned(session: Session, today: date,
              coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    _, _, names, source = _names()
    query = (select(duos.c.id.label("duo_id"), duos.c.mentee_id, duos.c.coordinator_id,
                    duos.c.accepted_on, *names)
             .select_from(source)
             .where(duos.c.status == DuoStatus.ACCEPTED.value,
                    duos.c.accepted_on <= today - timedelta(days=UNSIGNED_AFTER_DAYS),
                    *_for(coordinator_id, duos.c.coordinator_id)))
    return [_duo_item(TodayKind.AGREEMENT_UNSIGNED, row, row.accepted_on, today)
            for row in session.connection().execute(query)]


def _follow_ups(session: Session, today: date,
                coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    _, _, names, source = _names()
    consent = (select(Consent.id)
               .where(Consent.person_id == duos.c.mentee_id,
                      Consent.purpose == ConsentPurpose.FOLLOWUP_CONTACT,
                      Consent.given_on <= today, Consent.withdrawn_on.is_(None))
               .limit(1).correlate(duos).exists())
    limit = datetime.combine(end_of_week(today) + timedelta(days=1), time())
    query = (select(duos.c.id.label("duo_id"), duos.c.mentee_id, duos.c.coordinator_id,
                    meetings.c.id.label("meeting_id"), meetings.c.starts_at,
                    meetings.c.follow_up_month,
                    case((meetings.c.follow_up_month == OUTCOME_CHECK_MONTH, consent),
                         else_=None).label("consent"),
                    *names)
             .select_from(meetings.join(source, duos.c.id == meetings.c.duo_id))
             .where(meetings.c.kind == MeetingKind.FOLLOW_UP.value,
                    meetings.c.status == MeetingStatus.PLANNED.value,
                    meetings.c.starts_at < limit,
                    *_for(coordinator_id, duos.c.coordinator_id)))
    items = []
    for row in session.connection().execute(query):
        starts_at = as_datetime(row.starts_at)
        assert starts_at is not None
        outcome = row.follow_up_month == OUTCOME_CHECK_MONTH
        late = starts_at.date() < today
        if outcome:
            kind = TodayKind.OUTCOME_CHECK_OVERDUE if late else TodayKind.OUTCOME_CHECK_DUE
        else:
            kind = TodayKind.FOLLOW_UP_OVERDUE if late else TodayKind.FOLLOW_UP_DUE
        items.append(_duo_item(kind, row, starts_at.date(), today, due_at=starts_at,
                               meeting_id=row.meeting_id,
                               follow_up_month=row.follow_up_month,
                               followup_consent=bool(row.consent) if outcome else None))
    return items


def _without_meeting(session: Session, today: date,
                     coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    # The latest done duo meeting, read backwards on the (duo, start) index: the newest
    # meetings come first, so only a few rows are read per duo (max() would read them all).
    last = (select(meetings.c.starts_at)
            .where(meetings.c.duo_id == duos.c.id,
                   meetings.c.kind == MeetingKind.DUO_MEETING.value,
                   meetings.c.status == MeetingStatus.DONE.value)
            .order_by(meetings.c.duo_id.desc(), meetings.c.starts_at.desc()).limit(1)
            .correlate(duos).scalar_subquery())
    _, _, names, source = _names()
    inner = (select(duos.c.id.label("duo_id"), duos.c.mentee_id, duos.c.coordinator_id,
                    duos.c.start_date, cast(last, String).label("last_meeting"), *names)
             .select_from(source)
             .where(duos.c.status == DuoStatus.ACTIVE.value,
                    duos.c.start_date <= today - timedelta(days=NO_MEETING_DAYS),
                    *_for(coordinator_id, duos.c.coordinator_id))
             .subquery())
    cutoff = (today - timedelta(days=NO_MEETING_DAYS)).isoformat()
    query = select(inner).where(and_(
        func.coalesce(func.substr(inner.c.last_meeting, 1, 10),
                      cast(inner.c.start_date, String)) <= cutoff))
    items = []
    for row in session.connection().execute(query):
        last_day = (date.fromisoformat(row.last_meeting[:10]) if row.last_meeting
                    else row.start_date)
        items.append(_duo_item(TodayKind.NO_RECENT_MEETING, row, last_day, today))
    return items
