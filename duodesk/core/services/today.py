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
Then the privacy work: one item counting the files due for anonymisation, and one item per
consent to renew (:mod:`duodesk.core.privacy.consents`), opening the person's file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, case, cast, func, select
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
from duodesk.core.services.duo_views import no_index

UNSIGNED_AFTER_DAYS = 14
NO_MEETING_DAYS = 21
URGENCY: dict[TodayKind, int] = {kind: n for n, kind in enumerate(TodayKind)}

duos, meetings, persons = Duo.__table__, Meeting.__table__, Person.__table__
# Tables, not mapped classes, in every query here: the Today list is read on the way to the
# first window, and an ORM query there would configure every mapper first (20 ms).
mentees, status_changes, consents = Mentee.__table__, StatusChange.__table__, Consent.__table__


class TodayService:
    """The Today list of one database; ``today`` and ``now`` (naive Brussels time) can be
    replaced for tests."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = local_now) -> None:
        self.db = db
        self.today = today
        self.now = now
        # The UUIDs of the ids read, made once (see person_queries.uuids).
        self._known_ids: dict[str, uuid.UUID] = {}

    def items(self, coordinator_id: uuid.UUID | None = None, *,
              whole: bool = True) -> list[TodayItem]:
        """Everything to do, most urgent first; only one coordinator's mentees and duos
        when ``coordinator_id`` is given. Without ``whole``, the privacy items are left
        out: the count of files due for anonymisation weighs every file against the
        retention rules (a second at 100,000 persons) and the consents to renew read every
        consent (0.2 s), too slow for the window's first look."""
        today, now = self.today(), self.now()
        with self.db.read() as session:
            reader = _Reader(session, today, self._known_ids)
            found = [
                *_waiting_mentees(reader, coordinator_id),
                *_decisions(reader, now, coordinator_id),
                *_unsigned(reader, coordinator_id),
                *_follow_ups(reader, coordinator_id),
                *_without_meeting(reader, now, coordinator_id),
                *(_anonymisation_due(session, today) if whole else ()),
                *(_consents_to_renew(session, today, coordinator_id) if whole else ()),
            ]
        found.sort(key=lambda item: (URGENCY[item.kind],
                                     item.due_at or datetime.combine(item.due, time())))
        return found


def end_of_week(today: date) -> date:
    """The Sunday of ``today``'s week (Monday to Sunday, as in Belgium)."""
    return today + timedelta(days=6 - today.weekday())


class _Reader:
    """Runs a query and hands back the driver's plain rows (ids as stored, dates as ISO
    text on SQLite): SQLAlchemy's result rows and type processing cost more than the
    queries themselves for the ten thousand waiting mentees of a large antenna."""

    def __init__(self, session: Session, today: date, known: dict[str, uuid.UUID]) -> None:
        self.session = session
        self.today = today
        self.known = known

    def rows(self, statement: Any) -> list[Any]:
        result = self.session.connection().execute(statement)
        try:
            return list(result.cursor.fetchall())
        finally:
            result.close()

    def uid(self, stored: Any) -> uuid.UUID | None:
        if stored is None or isinstance(stored, uuid.UUID):
            return stored
        found = self.known.get(stored)
        if found is None:
            found = self.known[stored] = uuid.UUID(stored)
        return found


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _for(coordinator_id: uuid.UUID | None, column: Any) -> list[Any]:
    return [] if coordinator_id is None else [column == coordinator_id]


def _duo_columns() -> tuple[list[Any], Any]:
    """The first columns of every duo item (duo, mentee, coordinator, the two names) and
    the joined source they come from."""
    mentee, mentor = persons.alias("mentee_p"), persons.alias("mentor_p")
    columns = [duos.c.id, duos.c.mentee_id, duos.c.coordinator_id,
               (mentee.c.first_name + " " + mentee.c.last_name),
               (mentor.c.first_name + " " + mentor.c.last_name)]
    source = (duos.join(mentee, mentee.c.id == duos.c.mentee_id)
              .join(mentor, mentor.c.id == duos.c.mentor_id))
    return columns, source


def _duo_item(reader: _Reader, kind: TodayKind, row: Any, due: date,
              **extra: Any) -> TodayItem:
    # An anonymised person's first name is blank: their name is the tombstone's alone.
    return TodayItem(kind=kind, due=due, days=(reader.today - due).days,
                     duo_id=reader.uid(row[0]), person_id=reader.uid(row[1]),
                     coordinator_id=reader.uid(row[2]), mentee_name=(row[3] or "").strip(),
                     mentor_name=(row[4] or "").strip(), **extra)


def _waiting_mentees(reader: _Reader, coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    # The latest move onto the waiting list (the status-history index by person and time);
    # a mentee put there without a recorded change counts from the registration.
    since = (select(status_changes.c.changed_at)
             .where(status_changes.c.person_id == persons.c.id,
                    status_changes.c.to_status == MenteeStatus.WAITING.value)
             .order_by(status_changes.c.changed_at.desc()).limit(1)
             .correlate(persons).scalar_subquery())
    query = (select(persons.c.id, persons.c.first_name + " " + persons.c.last_name,
                    persons.c.coordinator_id,
                    func.coalesce(cast(since, String), cast(persons.c.registered_on, String)))
             .select_from(mentees.join(persons, persons.c.id == mentees.c.id))
             .where(mentees.c.status == MenteeStatus.WAITING.value,
                    persons.c.anonymised_at.is_(None),  # a tombstone waits for nobody
                    *_for(coordinator_id, persons.c.coordinator_id)))
    today, uid, kind = reader.today, reader.uid, TodayKind.WAITING_MENTEE
    items = []
    for person_id, name, coordinator, since_text in reader.rows(query):
        # The day of the stored UTC moment: a change late in the evening counts from that
        # day either way, as the coordinator sees it.
        due = date.fromisoformat(since_text[:10])
        items.append(TodayItem(kind=kind, due=due, days=(today - due).days,
                               person_id=uid(person_id), mentee_name=name,
                               coordinator_id=uid(coordinator)))
    return items


def _decisions(reader: _Reader, now: datetime,
               coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    columns, source = _duo_columns()
    query = (select(*columns, duos.c.decision_deadline).select_from(source)
             .where(duos.c.status == DuoStatus.PROPOSED.value,
                    duos.c.decision_deadline <= now + DECISION_WINDOW,
                    *_for(coordinator_id, duos.c.coordinator_id)))
    items = []
    for row in reader.rows(query):
        deadline = _moment(row[5])
        kind = TodayKind.DECISION_OVERDUE if deadline < now else TodayKind.DECISION_DUE
        items.append(_duo_item(reader, kind, row, deadline.date(), due_at=deadline))
    return items


def _unsigned(reader: _Reader, coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    columns, source = _duo_columns()
    query = (select(*columns, duos.c.accepted_on).select_from(source)
             .where(duos.c.status == DuoStatus.ACCEPTED.value,
                    duos.c.accepted_on <= reader.today - timedelta(days=UNSIGNED_AFTER_DAYS),
                    *_for(coordinator_id, duos.c.coordinator_id)))
    return [_duo_item(reader, TodayKind.AGREEMENT_UNSIGNED, row, _day(row[5]))
            for row in reader.rows(query)]


def _follow_ups(reader: _Reader, coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    today = reader.today
    columns, source = _duo_columns()
    consent = (select(consents.c.id)
               .where(consents.c.person_id == duos.c.mentee_id,
                      consents.c.purpose == ConsentPurpose.FOLLOWUP_CONTACT,
                      consents.c.given_on <= today, consents.c.withdrawn_on.is_(None))
               .limit(1).correlate(duos).exists())
    limit = datetime.combine(end_of_week(today) + timedelta(days=1), time())
    query = (select(*columns, meetings.c.id, meetings.c.starts_at, meetings.c.follow_up_month,
                    case((meetings.c.follow_up_month == OUTCOME_CHECK_MONTH, consent),
                         else_=None))
             .select_from(meetings.join(source, duos.c.id == meetings.c.duo_id))
             .where(meetings.c.kind == MeetingKind.FOLLOW_UP.value,
                    meetings.c.status == MeetingStatus.PLANNED.value,
                    meetings.c.starts_at < limit,
                    *_for(coordinator_id, duos.c.coordinator_id)))
    items = []
    for row in reader.rows(query):
        starts_at, month = _moment(row[6]), row[7]
        outcome = month == OUTCOME_CHECK_MONTH
        late = starts_at.date() < today
        if outcome:
            kind = TodayKind.OUTCOME_CHECK_OVERDUE if late else TodayKind.OUTCOME_CHECK_DUE
        else:
            kind = TodayKind.FOLLOW_UP_OVERDUE if late else TodayKind.FOLLOW_UP_DUE
        items.append(_duo_item(reader, kind, row, starts_at.date(), due_at=starts_at,
                               meeting_id=reader.uid(row[5]), follow_up_month=month,
                               followup_consent=bool(row[8]) if outcome else None))
    return items


def _without_meeting(reader: _Reader, now: datetime,
                     coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    cutoff = reader.today - timedelta(days=NO_MEETING_DAYS)
    after_cutoff = datetime.combine(cutoff + timedelta(days=1), time())

    def done_meetings(*where: Any) -> Any:
        # Read on the duo's own (duo, start) index, from now backwards: the meetings planned
        # ahead are skipped by the index and the newest past ones come first. Kind and
        # status must not pick the (kind, status, start) index instead: it would read every
        # done duo meeting for each duo (see duo_views.no_index).
        return (select(meetings.c.starts_at)
                .where(meetings.c.duo_id == duos.c.id, meetings.c.starts_at <= now, *where,
                       no_index(meetings.c.kind) == MeetingKind.DUO_MEETING.value,
                       no_index(meetings.c.status) == MeetingStatus.DONE.value)
                .correlate(duos))

    last = (done_meetings().order_by(meetings.c.duo_id.desc(), meetings.c.starts_at.desc())
            .limit(1).scalar_subquery())
    # Most active duos met lately: the test of the last three weeks drops them before the
    # names are read (6,000 active duos → 600 rows at 100,000 mentees).
    recent = done_meetings(meetings.c.starts_at >= after_cutoff).exists()
    columns, source = _duo_columns()
    query = (select(*columns, duos.c.start_date, cast(last, String)).select_from(source)
             .where(duos.c.status == DuoStatus.ACTIVE.value, duos.c.start_date <= cutoff,
                    ~recent, *_for(coordinator_id, duos.c.coordinator_id)))
    items = []
    for row in reader.rows(query):
        last_day = _day(row[6]) if row[6] else _day(row[5])
        if last_day <= cutoff:
            items.append(_duo_item(reader, TodayKind.NO_RECENT_MEETING, row, last_day))
    return items


def _anonymisation_due(session: Session, today: date) -> list[TodayItem]:
    """One item counting the files past their retention period (duodesk.core.privacy)."""
    from duodesk.core.privacy.retention import count_due, read_rules

    count = count_due(session, read_rules(session), today)
    return [TodayItem(kind=TodayKind.ANONYMISATION_DUE, due=today, days=0, count=count)
            ] if count else []


def _consents_to_renew(session: Session, today: date,
                       coordinator_id: uuid.UUID | None) -> list[TodayItem]:
    """The consents to ask again (duodesk.core.privacy.consents), one item each; the day is
    the one they expired, or were given under an older text."""
    from duodesk.core.privacy.consents import to_renew

    return [TodayItem(kind=TodayKind.CONSENT_TO_RENEW, due=found.due,
                      days=(today - found.due).days, person_id=found.person_id,
                      mentee_name=found.person_name, coordinator_id=found.coordinator_id,
                      consent_purpose=found.purpose.value, consent_reason=found.reason)
            for found in to_renew(session, today, coordinator_id)]
