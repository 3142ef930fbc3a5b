"""Retention (SPEC §9, issue 9 item 2): how long a file is kept per status, and the files due
for anonymisation.

A period counts from one of two moments, told by :class:`RetentionBasis`:

- ``last_activity``: the latest of the file's last change, its last status change, its last
  journal entry, the last meeting it attended and the last date of any of its duos — for
  people who never took part (registered, info session, intake, waiting, withdrawn, not
  eligible; mentors still in training or who left before any duo);
- ``closed``: the 12-month outcome of the person's last duo, or its end when no outcome was
  recorded — for closed files (mentee finished or stopped, mentor who left). A closed status
  with no duo counts from the last activity instead.

Periods are months per role and status, kept in the ``retention_months`` setting (0 or
missing: kept). A file in a duo still proposed, accepted or active is never due, whatever
its status says. The queue is one query per role and basis, each moment read on an index by
person and the cheap ones first: at 100,000 persons with 30,000 files due the list takes about
3 s and the count (:func:`count_due`, for the Today page) about 1 s; once those files are
anonymised, 0.4 s (anonymised files are set aside before any moment is read).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from duodesk.core.codes import AuditAction, DuoStatus, MenteeStatus, MentorStatus, PersonRole
from duodesk.core.database import Database
from duodesk.core.duo_status import add_months
from duodesk.core.errors import InvalidValue
from duodesk.core.models import (
    AppSetting,
    Duo,
    JournalEntry,
    Meeting,
    MeetingAttendee,
    Mentee,
    Mentor,
    Person,
    StatusChange,
)
from duodesk.core.services import audit
from duodesk.core.storage import stored_day

SETTING_KEY = "retention_months"


class RetentionBasis(StrEnum):
    """The moment a retention period counts from (see the module's docstring)."""

    LAST_ACTIVITY = "last_activity"
    CLOSED = "closed"


@dataclass(frozen=True)
class RetentionRule:
    """How long files of one role and status are kept (``months`` 0: kept)."""

    role: PersonRole
    status: str
    basis: RetentionBasis
    months: int


# Never-matched applicants: 12 months after their last activity; closed files: 2 years after
# the 12-month outcome. Statuses absent here (a mentee matched or in a duo, a mentor available,
# in a duo or paused) are files in use and have no period.
_APPLICANT, _CLOSED = RetentionBasis.LAST_ACTIVITY, RetentionBasis.CLOSED
DEFAULT_RULES: tuple[RetentionRule, ...] = (
    *(RetentionRule(PersonRole.MENTEE, status.value, _APPLICANT, 12) for status in (
        MenteeStatus.REGISTERED, MenteeStatus.INFO_SESSION, MenteeStatus.INTAKE,
        MenteeStatus.WAITING, MenteeStatus.NOT_ELIGIBLE, MenteeStatus.WITHDRAWN)),
    RetentionRule(PersonRole.MENTEE, MenteeStatus.FINISHED.value, _CLOSED, 24),
    RetentionRule(PersonRole.MENTEE, MenteeStatus.STOPPED.value, _CLOSED, 24),
    *(RetentionRule(PersonRole.MENTOR, status.value, _APPLICANT, 12) for status in (
        MentorStatus.REGISTERED, MentorStatus.INFO_SESSION, MentorStatus.INTAKE,
        MentorStatus.TRAINING)),
    RetentionRule(PersonRole.MENTOR, MentorStatus.LEFT.value, _CLOSED, 24),
)
MAX_MONTHS = 240
LIVE_DUO_STATUSES = (DuoStatus.PROPOSED.value, DuoStatus.ACCEPTED.value,
                     DuoStatus.ACTIVE.value)


def setting_key(role: PersonRole, status: str) -> str:
    """The key of one period in the stored setting (``mentee:waiting``)."""
    return f"{role.value}:{status}"


def rules_from(stored: Mapping[str, Any] | None) -> list[RetentionRule]:
    """The rules with the stored periods in place of the defaults (a value that is not a
    whole number of months from 0 to 240 keeps the default)."""
    stored = stored or {}
    rules = []
    for rule in DEFAULT_RULES:
        value = stored.get(setting_key(rule.role, rule.status), rule.months)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_MONTHS:
            value = rule.months
        rules.append(RetentionRule(rule.role, rule.status, rule.basis, value))
    return rules


def read_rules(session: Session) -> list[RetentionRule]:
    stored = session.scalar(select(AppSetting.value).where(AppSetting.key == SETTING_KEY))
    return rules_from(stored if isinstance(stored, dict) else None)


@dataclass(frozen=True)
class DueFile:
    """A file due for anonymisation: who, why (``basis``) and since when.

    ``since`` is the day the period counts from (the last activity, or the outcome or end of
    the last duo); ``due_on`` the day the period ended. ``name`` is the name the coordinator
    sees in every list, shown on the Privacy page only."""

    id: uuid.UUID
    role: PersonRole
    status: str
    name: str
    basis: RetentionBasis
    since: date
    due_on: date
    months: int



class _Moments:
    """The correlated sub-queries giving a person's moments of activity (each read on an
    index by person)."""

    def __init__(self, role: PersonRole) -> None:
        p = Person.__table__.c
        duo_side = Duo.mentee_id if role == PersonRole.MENTEE else Duo.mentor_id

        def latest(column: Any, *where: Any) -> Any:
            return select(func.max(column)).where(*where).correlate(Person).scalar_subquery()

        self.changed = p.updated_at
        self.registered = p.registered_on
        self.status = latest(StatusChange.changed_at, StatusChange.person_id == p.id)
        self.journal = latest(JournalEntry.written_at, JournalEntry.person_id == p.id)
        self.meeting = latest(Meeting.starts_at, MeetingAttendee.meeting_id == Meeting.id,
                              MeetingAttendee.person_id == p.id)
        self.duo = latest(func.coalesce(Duo.outcome_date, Duo.end_date, Duo.start_date,
                                        Duo.accepted_on, Duo.proposed_on), duo_side == p.id)
        self.closed = latest(func.coalesce(Duo.outcome_date, Duo.end_date), duo_side == p.id)
        self.live_duo = (select(Duo.id).where(duo_side == p.id,
                                              Duo.status.in_(LIVE_DUO_STATUSES))
                         .correlate(Person).exists())

    def activity(self) -> list[Any]:
        return [self.changed, self.registered, self.status, self.journal, self.meeting,
                self.duo]


class RetentionService:
    """The retention periods of one database and its queue of files due; ``today`` can be
    replaced for tests."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.today = today

    def rules(self) -> list[RetentionRule]:
        with self.db.read() as session:
            return read_rules(session)

    def save_rules(self, months: Mapping[tuple[PersonRole, str], int]) -> None:
        """Store the periods (months per role and status; 0 keeps those files)."""
        known = {(rule.role, rule.status) for rule in DEFAULT_RULES}
        stored: dict[str, int] = {}
        for (role, status), value in months.items():
            if (role, status) not in known:
                raise InvalidValue(field="retention", reason="unknown_status")
            if not 0 <= int(value) <= MAX_MONTHS:
                raise InvalidValue(field="retention", reason="out_of_range", limit=MAX_MONTHS)
            stored[setting_key(role, status)] = int(value)
        with self.db.write() as session:
            current = session.get(AppSetting, SETTING_KEY)
            merged = dict(current.value) if current and isinstance(current.value, dict) else {}
            merged.update(stored)
            session.merge(AppSetting(key=SETTING_KEY, value=merged))
            audit.record(session, AuditAction.UPDATE, "setting", None, [SETTING_KEY])

    def due(self, limit: int | None = None) -> list[DueFile]:
        """Every file due for anonymisation, the longest overdue first."""
        today = self.today()
        with self.db.read() as session:
            found = due_files(session, read_rules(session), today)
        found.sort(key=lambda item: (item.due_on, item.name))
        return found[:limit] if limit is not None else found

    def count_due(self) -> int:
        with self.db.read() as session:
            return count_due(session, read_rules(session), self.today())


def due_files(session: Session, rules: list[RetentionRule], today: date) -> list[DueFile]:
    """The files due on ``today`` under ``rules`` (see the module's docstring)."""
    found: list[DueFile] = []
    for role, model in ((PersonRole.MENTEE, Mentee), (PersonRole.MENTOR, Mentor)):
        for basis in RetentionBasis:
            chosen = [rule for rule in rules
                      if rule.role == role and rule.basis == basis and rule.months > 0]
            if chosen:
                found.extend(_due_of(session, model, role, basis, chosen, today))
    return found


def _where(model: type[Mentee] | type[Mentor], role: PersonRole, basis: RetentionBasis,
           rules: list[RetentionRule], today: date) -> tuple[_Moments, Any, list[Any]]:
    """The moments of a role, the joined tables and the conditions of the files due."""
    p = Person.__table__.c
    status_column = model.__table__.c.status
    moments = _Moments(role)
    # Each status has its own cut-off: a moment before the day after it is old enough.
    cutoffs = {rule.status: add_months(today, -rule.months) + timedelta(days=1)
               for rule in rules}
    cutoff = case(*((status_column == status, day) for status, day in cutoffs.items()))
    # One condition per moment rather than the greatest of them: SQLite stops at the first
    # recent one, and most files in these statuses were changed lately. The cheap columns
    # of the row come first, the meetings attended (the costliest) last but one.
    activity_old = and_(*(or_(moment.is_(None), moment < cutoff)
                          for moment in moments.activity()))
    if basis == RetentionBasis.CLOSED:
        old = or_(and_(moments.closed.is_not(None), moments.closed < cutoff),
                  and_(moments.closed.is_(None), activity_old))
    else:
        old = activity_old
    source = model.__table__.join(Person.__table__, p.id == model.__table__.c.id)
    return moments, source, [status_column.in_(list(cutoffs)), p.anonymised_at.is_(None),
                             old, ~moments.live_duo]


def count_due(session: Session, rules: list[RetentionRule], today: date) -> int:
    """How many files are due (the Today list's item), without reading them."""
    total = 0
    for role, model in ((PersonRole.MENTEE, Mentee), (PersonRole.MENTOR, Mentor)):
        for basis in RetentionBasis:
            chosen = [rule for rule in rules
                      if rule.role == role and rule.basis == basis and rule.months > 0]
            if chosen:
                _moments, source, where = _where(model, role, basis, chosen, today)
                total += session.scalar(select(func.count()).select_from(source)
                                        .where(*where)) or 0
    return total


def _due_of(session: Session, model: type[Mentee] | type[Mentor], role: PersonRole,
            basis: RetentionBasis, rules: list[RetentionRule], today: date) -> list[DueFile]:
    p = Person.__table__.c
    status_column = model.__table__.c.status
    moments, source, where = _where(model, role, basis, rules, today)
    query = (select(p.id, status_column, p.first_name, p.last_name, moments.closed,
                    *moments.activity()).select_from(source).where(*where))
    months = {rule.status: rule.months for rule in rules}
    result = []
    result_rows = session.connection().execute(query)
    try:
        # The driver's plain rows (ids as stored, dates as text on SQLite): the type
        # processing of tens of thousands of rows would cost more than the query.
        raw = list(result_rows.cursor.fetchall())
    finally:
        result_rows.close()
    for row in raw:
        status = str(row[1])
        closed = stored_day(row[4]) if basis == RetentionBasis.CLOSED else None
        if closed is not None:
            since, why = closed, RetentionBasis.CLOSED
        else:
            since = max(day for day in (stored_day(value) for value in row[5:]) if day is not None)
            why = RetentionBasis.LAST_ACTIVITY
        person_id = row[0] if isinstance(row[0], uuid.UUID) else uuid.UUID(str(row[0]))
        result.append(DueFile(
            id=person_id, role=role, status=status, name=f"{row[2]} {row[3]}".strip(),
            basis=why, since=since, due_on=add_months(since, months[status]),
            months=months[status]))
    return result
