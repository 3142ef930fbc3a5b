"""Reading duos inside the caller's session: :class:`DuoView` rows for any number of ids in
one query, a duo's timeline, and the Duos table's ids filtered and sorted in SQL (SPEC §4.4,
§13: a page of 200 rows is one query; the ids of 40,000 duos one more).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    Select,
    String,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction, DuoStatus, MeetingKind, MeetingStatus
from duodesk.core.database import Database
from duodesk.core.duo_status import actions_for, is_overdue, to_local
from duodesk.core.errors import NotFound
from duodesk.core.models import (
    Antenna,
    AuditEntry,
    Coordinator,
    Duo,
    Evaluation,
    Meeting,
    Person,
    StatusChange,
)
from duodesk.core.services.duo_data import (
    DUO_SORT_KEYS,
    DuoQuery,
    DuoTimelineEvent,
    DuoView,
    TimelineCode,
)
from duodesk.core.services.person_queries import uuids

duos = Duo.__table__
persons = Person.__table__
meetings = Meeting.__table__
ENDING_SOON_DAYS = 30

def no_index(column: Any) -> Any:
    """``column || ''``: the same text, which no index serves."""
    return type_coerce(column, String).concat(literal_column("''"))


# The latest duo meeting logged as done, per duo (index ix_meetings_duo_starts). Kind and
# status are compared as expressions (``|| ''``) so that SQLite cannot choose the index on
# (kind, status, starts_at) instead: without statistics it did, and read every done duo
# meeting for each duo (1.4 s a duo, 72 s for a page of 64 at 540,000 meetings).
_last_meeting = (
    select(func.max(meetings.c.starts_at))
    .where(meetings.c.duo_id == duos.c.id,
           no_index(meetings.c.kind) == MeetingKind.DUO_MEETING.value,
           no_index(meetings.c.status) == MeetingStatus.DONE.value)
    .correlate(duos)
    .scalar_subquery()
)


def full_name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def as_datetime(value: Any) -> datetime | None:
    """A stored date-time as read through an aggregate (SQLite hands back text)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


@cache
def _view_statement() -> Select[Any]:
    """The columns of a :class:`DuoView` for the expanding parameter ``ids``; built once."""
    mentee, mentor = persons.alias("mentee_p"), persons.alias("mentor_p")
    coordinators, antennas = Coordinator.__table__, Antenna.__table__
    return (
        select(duos, mentee.c.first_name.label("mentee_first"),
               mentee.c.last_name.label("mentee_last"),
               mentor.c.first_name.label("mentor_first"),
               mentor.c.last_name.label("mentor_last"),
               coordinators.c.name.label("coordinator_name"),
               antennas.c.code.label("antenna_code"),
               _last_meeting.label("last_meeting_at"))
        .select_from(duos.join(mentee, mentee.c.id == duos.c.mentee_id)
                     .join(mentor, mentor.c.id == duos.c.mentor_id)
                     .join(antennas, antennas.c.id == duos.c.antenna_id)
                     .outerjoin(coordinators, coordinators.c.id == duos.c.coordinator_id))
        .where(duos.c.id.in_(bindparam("ids", expanding=True)))
    )


def duo_views(session: Session, ids: Sequence[uuid.UUID], today: date,
              now: datetime) -> list[DuoView]:
    """The views of the duos ``ids`` in the order given (duos deleted meanwhile left out)."""
    if not ids:
        return []
    found: dict[uuid.UUID, DuoView] = {}
    for row in session.connection().execute(_view_statement(), {"ids": list(ids)}):
        last = as_datetime(row.last_meeting_at)
        last_on = last.date() if last else None
        status = str(row.status)
        found[row.id] = DuoView(
            id=row.id, status=status, mentee_id=row.mentee_id,
            mentee_name=full_name(row.mentee_first, row.mentee_last),
            mentor_id=row.mentor_id, mentor_name=full_name(row.mentor_first, row.mentor_last),
            coordinator_id=row.coordinator_id, coordinator_name=row.coordinator_name,
            antenna_code=row.antenna_code, agreement_language=str(row.agreement_language),
            proposed_on=row.proposed_on, first_meeting_at=row.first_meeting_at,
            decision_deadline=row.decision_deadline, mentee_accepted=row.mentee_accepted,
            mentor_accepted=row.mentor_accepted, accepted_on=row.accepted_on,
            decline_reason=_code(row.decline_reason), start_date=row.start_date,
            planned_end=row.planned_end, end_date=row.end_date,
            end_reason=_code(row.end_reason), outcome=_code(row.outcome),
            outcome_date=row.outcome_date,
            overdue=is_overdue(status, row.decision_deadline, now),
            last_meeting_on=last_on,
            days_since_last_meeting=(today - last_on).days if last_on else None,
            actions=actions_for(status),
        )
    return [found[i] for i in ids if i in found]


def duo_view(session: Session, duo_id: uuid.UUID, today: date, now: datetime) -> DuoView:
    views = duo_views(session, [duo_id], today, now)
    if not views:
        raise NotFound(record_type="duo")
    return views[0]


def _code(value: Any) -> str | None:
    return None if value is None else str(value)


# --- the timeline -------------------------------------------------------------------------------

# Within one day: the proposal, then meetings (by their time), the answers, acceptance,
# signing, evaluations, the end, and the outcome.
_RANK = {TimelineCode.PROPOSED: 0, TimelineCode.MEETING: 1, TimelineCode.DECISION: 2,
         TimelineCode.ACCEPTED: 3, TimelineCode.DECLINED: 3, TimelineCode.SIGNED: 4,
         TimelineCode.EVALUATION: 5, TimelineCode.FINISHED: 6, TimelineCode.STOPPED: 6,
         TimelineCode.OUTCOME: 7}
_DECISION_FIELDS = {"mentee_accepted": "mentee", "mentor_accepted": "mentor"}


def timeline(session: Session, duo_id: uuid.UUID) -> list[DuoTimelineEvent]:
    """Every event of a duo from its proposal to its outcome, in date order.

    Each side's answers come from the audit trail (which names the field, never a value):
    a side says yes once and may later say no, so all its answers but the last were yes,
    and the last is the value the duo holds.
    """
    duo = session.get(Duo, duo_id)
    if duo is None:
        raise NotFound(record_type="duo")
    events: list[DuoTimelineEvent] = []
    changes = {c.to_status: to_local(c.changed_at) for c in session.scalars(
        select(StatusChange).where(StatusChange.duo_id == duo_id))}

    def add(on: date | None, code: TimelineCode, at: datetime | None = None,
            **params: Any) -> None:
        if on is not None:
            events.append(DuoTimelineEvent(on, at, code, params))

    add(duo.proposed_on, TimelineCode.PROPOSED, changes.get(DuoStatus.PROPOSED.value))
    answers = session.execute(
        select(AuditEntry.at, AuditEntry.fields)
        .where(AuditEntry.record_id == duo_id, AuditEntry.record_type == "duo",
               AuditEntry.action == AuditAction.UPDATE)
        .order_by(AuditEntry.at, AuditEntry.id)).all()
    answered = [(to_local(at), field) for at, fields in answers
                for field in (fields or "").split(",") if field in _DECISION_FIELDS]
    left = {field: sum(1 for _, f in answered if f == field) for field in _DECISION_FIELDS}
    decisions = []
    for moment, field in answered:
        left[field] -= 1
        decisions.append((moment, True if left[field] else bool(getattr(duo, field)), field))
    # A no ends the answers: within one second (the audit's precision) it comes last.
    decisions.sort(key=lambda d: (d[0], not d[1]))
    for moment, accepted, field in decisions:
        add(moment.date(), TimelineCode.DECISION, moment, side=_DECISION_FIELDS[field],
            accepted=accepted)
    add(duo.accepted_on, TimelineCode.ACCEPTED, changes.get(DuoStatus.ACCEPTED.value))
    if duo.status == DuoStatus.DECLINED and DuoStatus.DECLINED.value in changes:
        moment = changes[DuoStatus.DECLINED.value]
        add(moment.date(), TimelineCode.DECLINED, moment, reason=_code(duo.decline_reason))
    add(duo.start_date, TimelineCode.SIGNED, None, planned_end=duo.planned_end)
    first_id = _first_meeting_id(session, duo)
    for meeting in session.scalars(select(Meeting).where(Meeting.duo_id == duo_id)):
        add(meeting.starts_at.date(), TimelineCode.MEETING, meeting.starts_at,
            meeting_id=meeting.id, kind=str(meeting.kind), status=str(meeting.status),
            first=meeting.id == first_id, follow_up_month=meeting.follow_up_month)
    for evaluation in session.scalars(select(Evaluation).where(Evaluation.duo_id == duo_id)):
        add(evaluation.answered_on, TimelineCode.EVALUATION, None,
            evaluation_id=evaluation.id, respondent=str(evaluation.respondent),
            stage=str(evaluation.stage))
    if duo.status in (DuoStatus.FINISHED, DuoStatus.STOPPED):
        add(duo.end_date, TimelineCode(str(duo.status)), None,
            end_reason=_code(duo.end_reason))
    add(duo.outcome_date, TimelineCode.OUTCOME, None, outcome=_code(duo.outcome))
    events.sort(key=lambda e: (e.on, _RANK[e.code], e.at or datetime.combine(e.on, time())))
    return events


def _first_meeting_id(session: Session, duo: Duo) -> uuid.UUID | None:
    """The first meeting: the duo meeting planned at the proposal's first-meeting time."""
    if duo.first_meeting_at is None:
        return None
    return session.scalar(
        select(Meeting.id).where(Meeting.duo_id == duo.id,
                                 Meeting.starts_at == duo.first_meeting_at,
                                 no_index(meetings.c.kind) == MeetingKind.DUO_MEETING.value)
        .order_by(Meeting.created_at).limit(1))


# --- the Duos table ----------------------------------------------------------------------------

STATUS_ORDER = [s.value for s in DuoStatus]


def _sort_expression(sort: str, mentee: Any, mentor: Any) -> Any:
    if sort == "mentee":
        return mentee.c.sort_key
    if sort == "mentor":
        return mentor.c.sort_key
    if sort == "coordinator":
        return func.lower(Coordinator.__table__.c.name)
    if sort == "status":
        return case({s: n for n, s in enumerate(STATUS_ORDER)}, value=duos.c.status,
                    else_=len(STATUS_ORDER))
    return duos.c[sort]


def duo_selection(query: DuoQuery, today: date, now: datetime,
                  columns: Sequence[Any]) -> Select[Any]:
    """``columns`` of the duos of ``query``, filtered, joined as its sort needs."""
    if query.sort not in DUO_SORT_KEYS:
        raise ValueError(f"unknown sort key {query.sort!r}")
    source: Any = duos
    mentee, mentor = persons.alias("mentee_p"), persons.alias("mentor_p")
    if query.sort == "mentee":
        source = source.join(mentee, mentee.c.id == duos.c.mentee_id)
    if query.sort == "mentor":
        source = source.join(mentor, mentor.c.id == duos.c.mentor_id)
    if query.sort == "coordinator":
        coordinators = Coordinator.__table__
        source = source.outerjoin(coordinators, coordinators.c.id == duos.c.coordinator_id)
    selection = select(*columns).select_from(source)
    if query.statuses:
        selection = selection.where(duos.c.status.in_(sorted(str(s) for s in query.statuses)))
    if query.coordinator_id is not None:
        selection = selection.where(duos.c.coordinator_id == query.coordinator_id)
    if query.person_id is not None:
        selection = selection.where(or_(duos.c.mentee_id == query.person_id,
                                        duos.c.mentor_id == query.person_id))
    if query.ending_soon:
        selection = selection.where(
            duos.c.status == DuoStatus.ACTIVE.value,
            duos.c.planned_end <= today + timedelta(days=ENDING_SOON_DAYS))
    if query.overdue:
        selection = selection.where(duos.c.status == DuoStatus.PROPOSED.value,
                                    duos.c.decision_deadline < now)
    return selection.order_by(*_order(query, mentee, mentor))


def _order(query: DuoQuery, mentee: Any, mentor: Any) -> list[Any]:
    key = _sort_expression(query.sort, mentee, mentor)
    ordered = key.desc() if query.descending else key.asc()
    if query.sort in ("coordinator", "start_date", "planned_end", "end_date"):
        ordered = ordered.nulls_last()
    return [ordered, duos.c.proposed_on.desc(), duos.c.id]


def duo_ids(session: Session, query: DuoQuery, today: date, now: datetime,
            known_ids: dict[str, uuid.UUID] | None = None) -> list[uuid.UUID]:
    """The ids of the duos of ``query`` in display order (empty dates last)."""
    selection = duo_selection(query, today, now, [type_coerce(duos.c.id, String)])
    result = session.connection().execute(selection)
    try:
        stored = [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()
    return uuids(stored, known_ids)


def count_duos(session: Session, query: DuoQuery, today: date, now: datetime) -> int:
    selection = duo_selection(query, today, now, [duos.c.id]).order_by(None)
    return int(session.scalar(select(func.count()).select_from(selection.subquery())) or 0)


# --- the service's reading methods ---------------------------------------------------------


class DuoReading:
    """Reading duos, as methods of :class:`duodesk.core.services.duos.DuoService` (which
    provides ``db``, ``today``, ``now`` and ``_known_ids``)."""

    db: Database
    today: Callable[[], date]
    now: Callable[[], datetime]
    _known_ids: dict[str, uuid.UUID]

    def get(self, duo_id: uuid.UUID) -> DuoView:
        """One duo; raises ``NotFound``."""
        with self.db.read() as session:
            return self._view(session, duo_id)

    def timeline(self, duo_id: uuid.UUID) -> list[DuoTimelineEvent]:
        """Every event of a duo, proposal to outcome, in date order (codes + params)."""
        with self.db.read() as session:
            return timeline(session, duo_id)

    def duos_of_person(self, person_id: uuid.UUID) -> list[DuoView]:
        """The duos of a mentee or a mentor, the latest proposal first."""
        return self.rows(self.ids(DuoQuery(person_id=person_id, sort="proposed_on",
                                           descending=True)))

    def duos_of_persons(self, person_ids: Sequence[uuid.UUID], limit: int = 10
                        ) -> list[DuoView]:
        """The duos of any of these mentees or mentors, the latest proposal first, at most
        ``limit`` (one query: the global search asks it at each keystroke)."""
        if not person_ids:
            return []
        wanted = list(person_ids)
        selection = (select(type_coerce(duos.c.id, String))
                     .where(or_(duos.c.mentee_id.in_(wanted), duos.c.mentor_id.in_(wanted)))
                     .order_by(duos.c.proposed_on.desc(), duos.c.id).limit(limit))
        with self.db.read() as session:
            stored = [row[0] for row in session.connection().execute(selection)]
            return duo_views(session, uuids(stored, self._known_ids), self.today(),
                             self.now())

    def count(self, query: DuoQuery) -> int:
        """How many duos a Duos table of ``query`` shows."""
        with self.db.read() as session:
            return count_duos(session, query, self.today(), self.now())

    def ids(self, query: DuoQuery) -> list[uuid.UUID]:
        """The ids of the duos of ``query``, in display order."""
        with self.db.read() as session:
            return duo_ids(session, query, self.today(), self.now(), self._known_ids)

    def rows(self, ids: Sequence[uuid.UUID]) -> list[DuoView]:
        """The views of some duos (a page of a table), in the order given."""
        with self.db.read() as session:
            return duo_views(session, ids, self.today(), self.now())

    def table_source(self, query: DuoQuery) -> DuoTableSource:
        """What ``duodesk.ui.tables.LazyTableModel`` reads for the Duos page."""
        return DuoTableSource(self, query)

    def _view(self, session: Session, duo_id: uuid.UUID) -> DuoView:
        return duo_view(session, duo_id, self.today(), self.now())


class DuoTableSource:
    """The rows of a Duos table for ``duodesk.ui.tables.LazyTableModel``: sort keys are
    :data:`duodesk.core.services.duo_data.DUO_SORT_KEYS`; rows are :class:`DuoView`."""

    def __init__(self, service: DuoReading, query: DuoQuery) -> None:
        self.service = service
        self.query = query

    def ids(self, sort_key: str | None, descending: bool) -> list[uuid.UUID]:
        return self.service.ids(replace(self.query, sort=sort_key or self.query.sort,
                                        descending=descending))

    def rows(self, ids: Sequence[Hashable]) -> list[DuoView]:
        return self.service.rows([i for i in ids if isinstance(i, uuid.UUID)])
