"""The meeting calendar's service (SPEC §3 Meeting, §4.5; issue 6): every meeting, session
and follow-up, read by date range, created (with recurrence), edited, moved, cancelled,
with its attendees and their attendance.

Each method is one unit of work (``db.read()`` / ``db.write()``) and returns plain data
(:mod:`duodesk.core.calendar.views`). A duo's meetings and follow-ups are the ones
:class:`duodesk.core.services.duos.DuoService` plans; they appear here and can be edited,
moved and cancelled here under the duo's rules (:mod:`editing`).

Attendance: recording it for a meeting that has begun marks the meeting ``done`` as soon as
one attendee is recorded as present or absent; a meeting still to come cannot have its
attendance recorded. A mentor's intervision sessions attended are counted from these records
(:meth:`CalendarService.intervisions_of`): the model keeps no separate count that could drift.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.core.calendar import editing, invitations, reading, series
from duodesk.core.calendar.conflicts import find_conflicts
from duodesk.core.calendar.ics import Describe, write_ics
from duodesk.core.calendar.recurrence import expand, rule_from_json, rule_to_json
from duodesk.core.calendar.views import (
    Attendee,
    CalendarEvent,
    CalendarFilter,
    Conflict,
    EditScope,
    InvitationList,
    MeetingDetail,
    MeetingDraft,
    Recurrence,
)
from duodesk.core.codes import AuditAction, MeetingKind, MeetingStatus, PersonRole
from duodesk.core.database import Database
from duodesk.core.duo_status import OUTCOME_CHECK_MONTH, Step, local_now, to_utc
from duodesk.core.errors import CalendarRefused, DuoStepRefused, NotFound
from duodesk.core.models import (
    Coordinator,
    Duo,
    Meeting,
    MeetingAttendee,
    MeetingSeries,
    Person,
)
from duodesk.core.progress import Progress
from duodesk.core.services import audit
from duodesk.core.services.meetings import has_followup_consent

#: The filter that shows every meeting but the cancelled ones.
ALL = CalendarFilter()
EDIT_FIELDS = ["kind", "starts_at", "duration_min", "location", "coordinator_id", "title",
               "summary", "topics", "attendees"]


class CalendarService:
    """The calendar of one database. ``today`` and ``now`` (naive Brussels time) can be
    replaced for tests."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = local_now) -> None:
        self.db = db
        self.today = today
        self.now = now

    # --- reading ---------------------------------------------------------------------------
    def events(self, start: datetime, end: datetime,
               filter: CalendarFilter = ALL) -> list[CalendarEvent]:
        """The meetings overlapping ``[start, end)`` (naive Brussels times), by start."""
        with self.db.read() as session:
            return reading.events_between(session, start, end, filter)

    def get(self, meeting_id: uuid.UUID) -> MeetingDetail:
        """One meeting with its notes, attendees and series rule; ``NotFound``."""
        with self.db.read() as session:
            return _detail(session, editing.get_meeting(session, meeting_id))

    def intervisions_of(self, person_id: uuid.UUID) -> list[CalendarEvent]:
        """The intervision sessions a person (a mentor) was invited to, first to last, each
        with ``attended`` (``None`` until recorded); cancelled ones left out. The number
        attended is ``sum(1 for e in … if e.attended)``."""
        with self.db.read() as session:
            chosen = CalendarFilter(person_id=person_id,
                                    kinds=frozenset({MeetingKind.INTERVISION}))
            statement = reading.filtered(reading.event_statement(), chosen).add_columns(
                MeetingAttendee.__table__.c.attended.label("person_attended")).join(
                MeetingAttendee.__table__,
                (MeetingAttendee.__table__.c.meeting_id == reading.meetings.c.id)
                & (MeetingAttendee.__table__.c.person_id == person_id)
            ).order_by(reading.meetings.c.starts_at)
            return [reading.event_from_row(row, row.person_attended)
                    for row in session.execute(statement)]

    # --- writing ---------------------------------------------------------------------------
    def create(self, draft: MeetingDraft, recurrence: Recurrence | None = None) -> list[UUID]:
        """Plan a meeting, or a series of them (at most ``MAX_OCCURRENCES``); returns the
        new meetings' ids, first to last. Raises ``InvalidValue``, ``NotFound``,
        ``CalendarRefused`` or ``DuoStepRefused`` (a duo that can no longer meet)."""
        with self.db.write() as session:
            checked = editing.check_draft(session, draft, existing=None)
            starts = expand(checked.starts_at, recurrence) if recurrence else \
                [checked.starts_at]
            if checked.duo is not None:
                for start in starts:
                    editing.check_duo_dates(checked.duo, start, self.now(), new=True)
            series_id = None
            if recurrence is not None:
                series_id = uuid.uuid4()
                session.add(MeetingSeries(id=series_id, rule=rule_to_json(recurrence)))
            made = [editing.new_meeting(checked, start, series_id) for start in starts]
            session.add_all(made)
            session.flush()
            for meeting in made:
                self._audit(session, AuditAction.CREATE, meeting.id, EDIT_FIELDS)
            return [meeting.id for meeting in made]

    def update(self, meeting_id: uuid.UUID, draft: MeetingDraft,
               scope: EditScope = EditScope.THIS) -> list[UUID]:
        """Change a meeting (``THIS``: it leaves its series) or it and the following planned
        meetings of its series (``FOLLOWING``: they move by the same time shift and take the
        new fields; the notes stay each meeting's own). Returns the ids changed."""
        with self.db.write() as session:
            meeting = editing.get_meeting(session, meeting_id)
            editing.check_open(meeting)
            checked = editing.check_draft(session, draft, existing=meeting)
            shift = checked.starts_at - meeting.starts_at
            return self._change(session, meeting, EditScope(scope), shift,
                                lambda m, start, own: editing.apply(m, checked, start, own=own))

    def move(self, meeting_id: uuid.UUID, new_start: datetime,
             scope: EditScope = EditScope.THIS) -> list[UUID]:
        """Move a meeting (or it and its following ones) to start at ``new_start``, nothing
        else changing; a follow-up keeps its month. Returns the ids moved."""
        new_start = editing.check_start(new_start)
        with self.db.write() as session:
            meeting = editing.get_meeting(session, meeting_id)
            editing.check_open(meeting)
            shift = new_start - meeting.starts_at

            def shift_only(m: Meeting, start: datetime, own: bool) -> None:
                m.starts_at = start

            return self._change(session, meeting, EditScope(scope), shift, shift_only)

    def cancel(self, meeting_id: uuid.UUID, scope: EditScope = EditScope.THIS) -> list[UUID]:
        """Cancel a planned meeting (or it and the following planned ones of its series,
        whose rule then ends before it); cancelled meetings leave their series. A meeting
        that took place cannot be cancelled. Returns the ids cancelled."""
        with self.db.write() as session:
            meeting = editing.get_meeting(session, meeting_id)
            editing.check_open(meeting)
            if meeting.status != MeetingStatus.PLANNED:
                raise CalendarRefused(reason="meeting_done")
            taken = series.following(session, meeting) if scope == EditScope.FOLLOWING \
                else [meeting]
            if len(taken) > 1 or scope == EditScope.FOLLOWING:
                series.truncate(session, meeting)
            for each in taken:
                each.status = MeetingStatus.CANCELLED
                editing.detach(session, each)
                self._audit(session, AuditAction.UPDATE, each.id, ["status"])
            return [each.id for each in taken]

    def set_attendees(self, meeting_id: uuid.UUID,
                      person_ids: Iterable[uuid.UUID]) -> MeetingDetail:
        """Who is invited to a meeting (not a duo's: its attendees are the duo's mentee and
        mentor); those kept keep their recorded attendance."""
        with self.db.write() as session:
            meeting = editing.get_meeting(session, meeting_id)
            editing.check_open(meeting)
            if meeting.duo_id is not None:
                raise CalendarRefused(reason="duo_attendees_fixed")
            editing.set_people(meeting, editing.check_people(session, person_ids))
            session.flush()
            self._audit(session, AuditAction.UPDATE, meeting.id, ["attendees"])
            return _detail(session, meeting)

    def record_attendance(self, meeting_id: uuid.UUID,
                          attended: Mapping[uuid.UUID, bool | None]) -> MeetingDetail:
        """Record who came (``True``), who did not (``False``) or unknown (``None``) for a
        meeting that has begun; the meeting becomes ``done`` once anyone is recorded.
        Raises ``CalendarRefused`` (cancelled, still to come, a person not invited) or
        ``DuoStepRefused`` (a 12-month check without the follow-up consent)."""
        with self.db.write() as session:
            meeting = editing.get_meeting(session, meeting_id)
            editing.check_open(meeting)
            if meeting.starts_at > self.now():
                raise CalendarRefused(reason="meeting_in_future")
            invited = {a.person_id: a for a in meeting.attendees}
            if any(person not in invited for person in attended):
                raise CalendarRefused(reason="not_invited")
            for person, answer in attended.items():
                invited[person].attended = answer
            if meeting.status == MeetingStatus.PLANNED and any(
                    a.attended is not None for a in meeting.attendees):
                self._check_follow_up_consent(session, meeting)
                meeting.status = MeetingStatus.DONE
            session.flush()
            self._audit(session, AuditAction.UPDATE, meeting.id, ["attended", "status"])
            return _detail(session, meeting)

    # --- invitations, conflicts, export ----------------------------------------------------
    def invitation_lists(self) -> list[InvitationList]:
        """The lists a group session can invite from, each with its count."""
        with self.db.read() as session:
            return invitations.lists(session)

    def invitees(self, list_code: str) -> list[Attendee]:
        """The persons of one list, by name; ``InvalidValue`` for an unknown list."""
        with self.db.read() as session:
            return invitations.members(session, list_code)

    def conflicts(self, draft: MeetingDraft, *, exclude_id: uuid.UUID | None = None,
                  recurrence: Recurrence | None = None) -> list[Conflict]:
        """Meetings (not cancelled) overlapping the draft — or any meeting of its series —
        for its coordinator or any of its attendees (a duo's mentee and mentor included);
        ``exclude_id``: the meeting being edited."""
        with self.db.read() as session:
            return find_conflicts(session, draft, exclude_id, recurrence)

    def export_ics(self, out: Path, *, duo_id: uuid.UUID | None = None,
                   coordinator_id: uuid.UUID | None = None,
                   meeting_id: uuid.UUID | None = None, progress: Progress | None = None,
                   describe: Describe | None = None,
                   include_cancelled: bool = True) -> int:
        """Write the meetings chosen (all, one duo's, one coordinator's, or one meeting) to
        an iCalendar file; returns how many events were written. Cancelled meetings are
        written as ``STATUS:CANCELLED`` so that a calendar that imported them removes them.
        Raises ``NotFound`` (the duo, coordinator or meeting), ``CalendarNotWritten``
        (nothing is left behind) or ``Cancelled``."""
        chosen = CalendarFilter(coordinator_id=coordinator_id, duo_id=duo_id,
                                include_cancelled=include_cancelled)
        with self.db.read() as session:
            for record_type, model, record_id in (("duo", Duo, duo_id),
                                                  ("coordinator", Coordinator, coordinator_id),
                                                  ("meeting", Meeting, meeting_id)):
                if record_id is not None and session.get(model, record_id) is None:
                    raise NotFound(record_type=record_type)
            written = write_ics(session, Path(out), chosen, meeting_id, progress or Progress(),
                                describe, stamp=to_utc(self.now()))
        from duodesk.core.privacy.audit_log import record_export

        # An export of what was chosen (SPEC §9): the meeting, the duo, else the calendar.
        kind, record_id = (("meeting", meeting_id) if meeting_id else ("duo", duo_id) if duo_id
                           else ("calendar", coordinator_id))
        record_export(self.db, kind, [record_id], ["ics"])
        return written

    # --- inside a session ------------------------------------------------------------------
    def _change(self, session: Session, meeting: Meeting, scope: EditScope, shift: timedelta,
                change: Callable[[Meeting, datetime, bool], None]) -> list[UUID]:
        if scope == EditScope.FOLLOWING and meeting.series_id is not None:
            taken = series.following(session, meeting)
            series.split(session, meeting, taken, shift)
        else:
            taken = [meeting]
            editing.detach(session, meeting)
        for each in taken:
            start = each.starts_at + shift
            if each.duo is not None:
                editing.check_duo_dates(each.duo, start, self.now(), new=False)
            change(each, start, each is meeting)
            self._audit(session, AuditAction.UPDATE, each.id, EDIT_FIELDS)
        session.flush()
        return [each.id for each in taken]

    def _check_follow_up_consent(self, session: Session, meeting: Meeting) -> None:
        if meeting.kind != MeetingKind.FOLLOW_UP or meeting.duo is None or \
                meeting.follow_up_month != OUTCOME_CHECK_MONTH:
            return
        # Done only by recording the outcome (DuoService.record_outcome), as from Today:
        # done by attendance, the duo would count as "outcome unknown" in the reports.
        if meeting.duo.outcome is None:
            raise DuoStepRefused(step=Step.COMPLETE_MEETING.value, status=str(meeting.status),
                                 reason="outcome_required")
        if not has_followup_consent(session, meeting.duo.mentee_id, self.today()):
            raise DuoStepRefused(step=Step.COMPLETE_MEETING.value, status=str(meeting.status),
                                 reason="no_followup_consent")

    def _audit(self, session: Session, action: AuditAction, meeting_id: uuid.UUID,
               fields: list[str]) -> None:
        audit.record(session, action, "meeting", meeting_id, fields, at=to_utc(self.now()))



def _detail(session: Session, meeting: Meeting) -> MeetingDetail:
    session.flush()
    event = reading.event_of(session, meeting.id)
    assert event is not None
    people = session.execute(
        select(Person.id, Person.first_name, Person.last_name, Person.role,
               MeetingAttendee.attended)
        .join(MeetingAttendee, MeetingAttendee.person_id == Person.id)
        .where(MeetingAttendee.meeting_id == meeting.id).order_by(Person.sort_key)).all()
    rule = None
    if meeting.series_id is not None:
        stored = session.get(MeetingSeries, meeting.series_id)
        rule = rule_from_json(stored.rule if stored is not None else None)
    return MeetingDetail(
        event=event, summary=meeting.summary, topics=meeting.topics,
        attendees=tuple(Attendee(p.id, f"{p.first_name} {p.last_name}".strip(),
                                 PersonRole(p.role), p.attended) for p in people),
        rule=rule)
