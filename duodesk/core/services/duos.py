"""Duos from proposal to 12-month outcome (SPEC §3 Duo, §4.4; issue 5).

:class:`DuoService` is what the Matching and Duos pages, the Today list and the command line
use. Each lifecycle step is one transaction that checks the rules
(:mod:`duodesk.core.duo_status`), moves the duo along its path, moves the mentee and the
mentor along theirs (:func:`journal.record_status_change`, stamped with the duo), and writes
audit entries naming fields, never values:

    propose → record_decision (each side, within 24 h of the first meeting)
            → accepted → sign_agreement (the start; follow-ups at 1, 3, 6 and 12 months)
            → finish | stop → record_outcome

Meetings (:mod:`meetings`) and evaluations (:mod:`evaluations`) are methods of the same
service. ``today`` and ``now`` (naive Brussels time) can be replaced for tests.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duodesk.core.codes import (
    AgreementLanguage,
    AuditAction,
    DeclineReason,
    DuoStatus,
    EndReason,
    MeetingKind,
    MeetingStatus,
    MenteeStatus,
    MentorStatus,
    Outcome,
)
from duodesk.core.database import Database
from duodesk.core.duo_status import (
    CURRENT_STATUSES,
    FINISH_REASONS,
    FIRST_MEETING_MINUTES,
    FOLLOW_UP_MINUTES,
    FOLLOW_UP_MONTHS,
    MENTOR_ELIGIBLE,
    OUTCOME_CHECK_MONTH,
    STOP_REASONS,
    Candidate,
    Side,
    Step,
    check_completion,
    check_match,
    check_step,
    decide,
    decision_deadline,
    follow_up_moment,
    local_now,
    planned_end,
    to_utc,
)
from duodesk.core.errors import DuoStepRefused, InvalidValue, MatchRefused, NotFound
from duodesk.core.models import Coordinator, Duo, Meeting, Mentee, Mentor, Person, StatusChange
from duodesk.core.services import audit, journal
from duodesk.core.services.duo_data import DuoView
from duodesk.core.services.duo_views import DuoReading, no_index
from duodesk.core.services.evaluations import EvaluationActions
from duodesk.core.services.meetings import (
    MeetingActions,
    add_meeting,
    check_location,
    has_followup_consent,
)
from duodesk.core.status import StatusOwner, check_status_change


class DuoService(DuoReading, MeetingActions, EvaluationActions):
    """The duos of one database. Every method opens its own session and returns plain
    data (:class:`DuoView` and friends); every refusal is a typed error with its reason."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = local_now) -> None:
        self.db = db
        self.today = today
        self.now = now
        self._known_ids: dict[str, uuid.UUID] = {}

    # --- proposing and deciding ----------------------------------------------------------
    def propose(self, mentee_id: uuid.UUID, mentor_id: uuid.UUID, *,
                coordinator_id: uuid.UUID | None, first_meeting_at: datetime,
                agreement_language: AgreementLanguage | str,
                location: str | None = None) -> DuoView:
        """Propose a duo and plan its first meeting (naive Brussels time): the mentee moves
        to ``matched``; both sides then have 24 hours after the meeting to answer.

        Raises ``MatchRefused`` (a hard rule), ``InvalidValue`` or ``NotFound``.
        ``coordinator_id`` ``None``: the current coordinator (Settings → Who I am).
        """
        today = self.today()
        language = _code(AgreementLanguage, agreement_language, "agreement_language")
        location = check_location(location)
        _check_moment(first_meeting_at, "first_meeting_at", today)
        with self.db.write() as session:
            mentee, mentor = _person(session, mentee_id), _person(session, mentor_id)
            if not isinstance(mentee, Mentee):
                raise MatchRefused(reason="not_a_mentee")
            if not isinstance(mentor, Mentor):
                raise MatchRefused(reason="not_a_mentor")
            coordinator_id = coordinator_id or audit.current_coordinator_id(session)
            if coordinator_id is not None and session.get(Coordinator, coordinator_id) is None:
                raise NotFound(record_type="coordinator")
            current = session.scalar(select(func.count()).select_from(Duo).where(
                Duo.mentor_id == mentor_id, Duo.status.in_(CURRENT_STATUSES))) or 0
            paired = session.scalar(select(Duo.id).where(
                Duo.mentee_id == mentee_id, Duo.mentor_id == mentor_id).limit(1))
            check_match(
                Candidate(str(mentee.status), mentee.antenna_id),
                Candidate(str(mentor.status), mentor.antenna_id, mentor.paused_until,
                          mentor.max_duos or 1, current),
                already_a_duo=paired is not None, today=today)
            duo = Duo(id=uuid.uuid4(), mentee_id=mentee_id, mentor_id=mentor_id,
                      coordinator_id=coordinator_id, antenna_id=mentee.antenna_id,
                      agreement_language=language, status=DuoStatus.PROPOSED,
                      proposed_on=min(today, first_meeting_at.date()),
                      first_meeting_at=first_meeting_at,
                      decision_deadline=decision_deadline(first_meeting_at))
            session.add(duo)
            session.flush()
            self._duo_status(session, duo, None, DuoStatus.PROPOSED)
            add_meeting(session, duo, MeetingKind.DUO_MEETING, MeetingStatus.PLANNED,
                        first_meeting_at, FIRST_MEETING_MINUTES, location,
                        (mentee_id, mentor_id))
            journal.record_status_change(session, mentee, MenteeStatus.MATCHED,
                                         today=today, duo_id=duo.id)
            self._audit(session, AuditAction.CREATE, duo.id,
                        ["mentee_id", "mentor_id", "coordinator_id", "agreement_language",
                         "first_meeting_at", "decision_deadline"])
            session.flush()
            return self._view(session, duo.id)

    def record_decision(self, duo_id: uuid.UUID, side: Side | str, accepted: bool,
                        reason: DeclineReason | str | None = None, *,
                        return_mentee_to_waiting: bool | None = None) -> DuoView:
        """Record one side's answer after the first meeting. Both yes: ``accepted``. A no
        (``reason``: by default the side's own) declines the duo; the mentee then goes back
        to ``waiting`` if ``return_mentee_to_waiting``, else leaves (``withdrawn``) — the
        coordinator must say which. Planned meetings of a declined duo are cancelled.

        Raises ``DuoStepRefused`` (``wrong_status``, ``already_decided``,
        ``before_first_meeting``), ``InvalidValue`` or ``NotFound``.
        """
        side = Side(side)
        decline_reason = (_code(DeclineReason, reason, "decline_reason")
                          if reason is not None else None)
        now = self.now()
        with self.db.write() as session:
            duo = _duo(session, duo_id)
            decision = decide(str(duo.status), duo.mentee_accepted, duo.mentor_accepted,
                              side, accepted, decline_reason)
            if accepted and duo.first_meeting_at is not None and now < duo.first_meeting_at:
                raise DuoStepRefused(step=Step.DECIDE.value, status=str(duo.status),
                                     reason="before_first_meeting")
            if decision.status == DuoStatus.DECLINED and return_mentee_to_waiting is None:
                raise InvalidValue(field="return_mentee_to_waiting", reason="required")
            setattr(duo, f"{side.value}_accepted", accepted)
            fields = [f"{side.value}_accepted"]
            if decision.status == DuoStatus.ACCEPTED:
                duo.accepted_on = self.today()
                fields.append("accepted_on")
                self._close_first_meeting(session, duo, held=True)
            elif decision.status == DuoStatus.DECLINED:
                duo.decline_reason = decision.decline_reason
                fields.append("decline_reason")
                self._close_first_meeting(
                    session, duo, held=decision.decline_reason != DeclineReason.NO_SHOW)
                _cancel_planned(session, duo.id, after=None, keep_outcome_check=False)
                mentee = _person(session, duo.mentee_id)
                if isinstance(mentee, Mentee) and mentee.status == MenteeStatus.MATCHED:
                    journal.record_status_change(
                        session, mentee, MenteeStatus.WAITING if return_mentee_to_waiting
                        else MenteeStatus.WITHDRAWN, today=self.today(), duo_id=duo.id)
            if decision.status is not None:
                self._duo_status(session, duo, DuoStatus(str(duo.status)), decision.status,
                                 reason=decision.decline_reason)
                fields.append("status")
            self._audit(session, AuditAction.UPDATE, duo.id, fields)
            session.flush()
            return self._view(session, duo.id)

    # --- the six months ------------------------------------------------------------------
    def sign_agreement(self, duo_id: uuid.UUID, signed_on: date) -> DuoView:
        """The agreement signed at the second meeting: the duo starts (``active``), runs six
        months, and gets its follow-ups at 1, 3 and 6 months and the outcome check at 12
        (planned ``follow_up`` meetings). Mentee and mentor move to ``in_duo``.

        Raises ``DuoStepRefused`` (``wrong_status``, ``mentee_not_matched``,
        ``mentor_not_available``), ``InvalidValue`` (``signed_on``) or ``NotFound``.
        """
        today = self.today()
        with self.db.write() as session:
            duo = _duo(session, duo_id)
            check_step(Step.SIGN, str(duo.status))
            _check_day(signed_on, "signed_on", today, not_before=duo.accepted_on,
                       reason="before_acceptance")
            mentee, mentor = _person(session, duo.mentee_id), _person(session, duo.mentor_id)
            if not isinstance(mentee, Mentee) or mentee.status != MenteeStatus.MATCHED:
                raise DuoStepRefused(step=Step.SIGN.value, status=str(duo.status),
                                     reason="mentee_not_matched")
            if not isinstance(mentor, Mentor) or mentor.status not in MENTOR_ELIGIBLE:
                raise DuoStepRefused(step=Step.SIGN.value, status=str(duo.status),
                                     reason="mentor_not_available")
            duo.start_date, duo.planned_end = signed_on, planned_end(signed_on)
            self._duo_status(session, duo, DuoStatus.ACCEPTED, DuoStatus.ACTIVE)
            journal.record_status_change(session, mentee, MenteeStatus.IN_DUO, today=today,
                                         duo_id=duo.id)
            if mentor.status == MentorStatus.AVAILABLE:
                journal.record_status_change(session, mentor, MentorStatus.IN_DUO,
                                             today=today, duo_id=duo.id)
            for months in FOLLOW_UP_MONTHS:
                # The outcome check is with the mentee; the check-ins with both.
                people = ((duo.mentee_id,) if months == OUTCOME_CHECK_MONTH
                          else (duo.mentee_id, duo.mentor_id))
                add_meeting(session, duo, MeetingKind.FOLLOW_UP, MeetingStatus.PLANNED,
                            follow_up_moment(signed_on, months), FOLLOW_UP_MINUTES, None,
                            people, follow_up_month=months)
            self._audit(session, AuditAction.UPDATE, duo.id,
                        ["status", "start_date", "planned_end"])
            session.flush()
            return self._view(session, duo.id)

    def finish(self, duo_id: uuid.UUID, end_date: date,
               end_reason: EndReason | str = EndReason.COMPLETED) -> DuoView:
        """Close a duo that reached its end (``completed``, or ``mentee_found_job``): the
        mentee ``finished``, the mentor ``available`` again when no other duo runs.
        Follow-ups and meetings planned after ``end_date`` are cancelled, except the
        outcome check; ``completed`` from two weeks before the planned end on
        (``before_six_months``). Raises ``DuoStepRefused``, ``InvalidValue``, ``NotFound``."""
        reason = _code(EndReason, end_reason, "end_reason")
        if reason not in FINISH_REASONS:
            raise InvalidValue(field="end_reason", reason="not_for_finish")
        return self._end(duo_id, end_date, reason, Step.FINISH, MenteeStatus.FINISHED)

    def stop(self, duo_id: uuid.UUID, end_date: date, end_reason: EndReason | str,
             return_mentee_to_waiting: bool) -> DuoView:
        """Stop a running duo early with its reason; the mentee goes back to ``waiting`` (to
        be matched again) or leaves (``stopped``), as the coordinator says."""
        reason = _code(EndReason, end_reason, "end_reason")
        if reason not in STOP_REASONS:
            raise InvalidValue(field="end_reason", reason="not_for_stop")
        return self._end(duo_id, end_date, reason, Step.STOP,
                         MenteeStatus.WAITING if return_mentee_to_waiting
                         else MenteeStatus.STOPPED)

    def _end(self, duo_id: uuid.UUID, end_date: date, reason: EndReason, step: Step,
             mentee_status: MenteeStatus) -> DuoView:
        today = self.today()
        with self.db.write() as session:
            duo = _duo(session, duo_id)
            check_step(step, str(duo.status))
            _check_day(end_date, "end_date", today, not_before=duo.start_date,
                       reason="before_start")
            check_completion(reason, str(duo.status), duo.planned_end, end_date)
            duo.end_date, duo.end_reason = end_date, reason
            target = DuoStatus.FINISHED if step == Step.FINISH else DuoStatus.STOPPED
            self._duo_status(session, duo, DuoStatus.ACTIVE, target, reason=reason)
            _cancel_planned(session, duo.id, after=end_date, keep_outcome_check=True)
            mentee = _person(session, duo.mentee_id)
            if isinstance(mentee, Mentee) and mentee.status == MenteeStatus.IN_DUO:
                journal.record_status_change(session, mentee, mentee_status, today=today,
                                             duo_id=duo.id)
            mentor = _person(session, duo.mentor_id)
            others = session.scalar(select(func.count()).select_from(Duo).where(
                Duo.mentor_id == duo.mentor_id, Duo.id != duo.id,
                Duo.status == DuoStatus.ACTIVE)) or 0
            if isinstance(mentor, Mentor) and mentor.status == MentorStatus.IN_DUO \
                    and not others:
                journal.record_status_change(session, mentor, MentorStatus.AVAILABLE,
                                             today=today, duo_id=duo.id)
            self._audit(session, AuditAction.UPDATE, duo.id,
                        ["status", "end_date", "end_reason"])
            session.flush()
            return self._view(session, duo.id)

    def record_outcome(self, duo_id: uuid.UUID, outcome: Outcome | str,
                       outcome_date: date) -> DuoView:
        """The mentee's situation 12 months after the start (recorded again: replaced).
        Marks the planned outcome check done. Needs the mentee's ``followup_contact``
        consent unless they were ``unreachable`` (SPEC §9)."""
        code = _code(Outcome, outcome, "outcome")
        today = self.today()
        with self.db.write() as session:
            duo = _duo(session, duo_id)
            check_step(Step.OUTCOME, str(duo.status))
            _check_day(outcome_date, "outcome_date", today, not_before=duo.start_date,
                       reason="before_start")
            if code != Outcome.UNREACHABLE and not has_followup_consent(
                    session, duo.mentee_id, outcome_date):
                raise DuoStepRefused(step=Step.OUTCOME.value, status=str(duo.status),
                                     reason="no_followup_consent")
            duo.outcome, duo.outcome_date = code, outcome_date
            # On the duo's own index, not the (kind, status, start) one (see no_index).
            for check in session.scalars(select(Meeting).where(
                    Meeting.duo_id == duo.id,
                    no_index(Meeting.__table__.c.kind) == MeetingKind.FOLLOW_UP.value,
                    Meeting.follow_up_month == OUTCOME_CHECK_MONTH,
                    no_index(Meeting.__table__.c.status) == MeetingStatus.PLANNED.value)):
                check.status = MeetingStatus.DONE
            self._audit(session, AuditAction.UPDATE, duo.id, ["outcome", "outcome_date"])
            session.flush()
            return self._view(session, duo.id)

    # --- helpers -------------------------------------------------------------------------
    def _audit(self, session: Session, action: AuditAction, record_id: uuid.UUID,
               fields: Sequence[str], record_type: str = "duo") -> None:
        audit.record(session, action, record_type, record_id, fields, at=to_utc(self.now()))

    def _duo_status(self, session: Session, duo: Duo, old: DuoStatus | None, new: DuoStatus,
                    reason: str | None = None) -> None:
        if old is not None:
            check_status_change(StatusOwner.DUO, old, new, reason=reason, today=self.today())
        duo.status = new
        session.add(StatusChange(duo_id=duo.id, from_status=old.value if old else None,
                                 to_status=new.value, changed_at=to_utc(self.now()),
                                 coordinator_id=audit.current_coordinator_id(session),
                                 reason=str(reason) if reason else None))

    def _close_first_meeting(self, session: Session, duo: Duo, *, held: bool) -> None:
        """After the answers the first meeting is over: done (with both there) or, for a
        no-show, cancelled; one still to come when a side says no is cancelled."""
        if duo.first_meeting_at is None:
            return
        meeting = session.scalar(select(Meeting).where(
            Meeting.duo_id == duo.id, Meeting.starts_at == duo.first_meeting_at,
            no_index(Meeting.__table__.c.kind) == MeetingKind.DUO_MEETING.value,
            no_index(Meeting.__table__.c.status) == MeetingStatus.PLANNED.value).limit(1))
        if meeting is None:
            return
        if held and meeting.starts_at <= self.now():
            meeting.status = MeetingStatus.DONE
            for attendee in meeting.attendees:
                attendee.attended = True
        else:
            meeting.status = MeetingStatus.CANCELLED


# --- helpers ----------------------------------------------------------------------------

_E = TypeVar("_E", AgreementLanguage, DeclineReason, EndReason, Outcome)


def _duo(session: Session, duo_id: uuid.UUID) -> Duo:
    duo = session.get(Duo, duo_id)
    if duo is None:
        raise NotFound(record_type="duo")
    return duo


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.scalar(select(Person).where(Person.id == person_id))
    if person is None:
        raise NotFound(record_type="person")
    return person


def _code(enum: type[_E], value: object, field: str) -> _E:
    try:
        return enum(str(value))
    except ValueError:
        raise InvalidValue(field=field, reason="unknown_code") from None


def _check_moment(moment: datetime, field: str, today: date) -> None:
    """A planned moment within two years of today (a typo like 2062 is refused)."""
    if moment.tzinfo is not None:
        raise ValueError("meeting times are naive Brussels local times")
    if abs((moment.date() - today).days) > 730:
        raise InvalidValue(field=field, reason="date_implausible")


def _check_day(day: date, field: str, today: date, *, not_before: date | None,
               reason: str) -> None:
    if day > today:
        raise InvalidValue(field=field, reason="date_in_future")
    if not_before is not None and day < not_before:
        raise InvalidValue(field=field, reason=reason)


def _cancel_planned(session: Session, duo_id: uuid.UUID, *, after: date | None,
                    keep_outcome_check: bool) -> None:
    """Cancel the duo's planned meetings (those after ``after`` when given): a duo that
    ended or was declined meets no more. The outcome check stays when asked."""
    query = select(Meeting).where(Meeting.duo_id == duo_id,
                                  Meeting.status == MeetingStatus.PLANNED)
    if after is not None:
        query = query.where(Meeting.starts_at >= datetime.combine(after + timedelta(days=1),
                                                                  time()))
    for meeting in session.scalars(query):
        if keep_outcome_check and meeting.follow_up_month == OUTCOME_CHECK_MONTH:
            continue
        meeting.status = MeetingStatus.CANCELLED
