"""The retention queue (SPEC §9): files past their period per status, why and since when."""

from __future__ import annotations

from datetime import date, timedelta

from duodesk.core.codes import MenteeStatus, MentorStatus, PersonRole
from duodesk.core.context import Services
from duodesk.core.duo_status import add_months
from duodesk.core.privacy.retention import RetentionBasis, RetentionService
from tests.core.privacy.demo_data import DEMO_DAY, LATER, demo  # noqa: F401
from tests.factories import make_mentee, make_mentor


def _service(services: Services, day: date) -> RetentionService:
    return RetentionService(services.db, today=lambda: day)


def test_an_applicant_is_due_twelve_months_after_the_last_activity(services: Services) -> None:
    mentee = make_mentee(services)
    today = date.today()
    assert _service(services, add_months(today, 12) - timedelta(days=1)).due() == []
    due = _service(services, add_months(today, 12)).due()
    assert [item.id for item in due] == [mentee]
    item = due[0]
    assert item.role == PersonRole.MENTEE and item.status == MenteeStatus.REGISTERED
    assert item.basis == RetentionBasis.LAST_ACTIVITY
    assert item.since == today  # registered two months ago, but created (changed) today
    assert item.due_on == add_months(today, 12)
    assert item.name.startswith("Yasmine Testmentee")


def test_a_journal_entry_is_activity(services: Services) -> None:
    mentee = make_mentee(services)
    later = add_months(date.today(), 12)
    services.persons.add_journal_entry(mentee, "Called back about the information session.")
    # Written today, like the creation: still due on the same day; the entry is read.
    assert [item.id for item in _service(services, later).due()] == [mentee]


def test_periods_are_set_per_status_and_zero_keeps_the_files(services: Services) -> None:
    mentee = make_mentee(services)
    mentor = make_mentor(services)
    retention = _service(services, add_months(date.today(), 7))
    assert retention.due() == []
    retention.save_rules({(PersonRole.MENTEE, MenteeStatus.REGISTERED.value): 6,
                          (PersonRole.MENTOR, MentorStatus.REGISTERED.value): 0})
    assert [item.id for item in retention.due()] == [mentee]
    assert mentor not in [item.id for item in
                          _service(services, add_months(date.today(), 100)).due()]
    rules = {(rule.role, rule.status): rule.months for rule in retention.rules()}
    assert rules[(PersonRole.MENTEE, "registered")] == 6
    assert rules[(PersonRole.MENTEE, "waiting")] == 12
    assert rules[(PersonRole.MENTEE, "finished")] == 24


def test_closed_files_count_from_the_outcome_and_files_in_use_never_come(
        demo: Services) -> None:  # noqa: F811
    due = _service(demo, LATER).due()
    assert due, "the demo has closed files"
    closed = [item for item in due if item.basis == RetentionBasis.CLOSED]
    assert closed
    with demo.db.read() as session:
        from sqlalchemy import func, select

        from duodesk.core.models import Duo

        for item in closed[:20]:
            side = Duo.mentee_id if item.role == PersonRole.MENTEE else Duo.mentor_id
            latest = session.scalar(select(func.max(func.coalesce(Duo.outcome_date,
                                                                   Duo.end_date)))
                                    .where(side == item.id))
            assert item.since == date.fromisoformat(str(latest)[:10])
            assert item.due_on == add_months(item.since, 24) <= LATER
    statuses = {(item.role, item.status) for item in due}
    assert (PersonRole.MENTEE, "in_duo") not in statuses
    assert (PersonRole.MENTOR, "available") not in statuses
    # On the demo's own day nothing closed there is two years past its outcome yet... but
    # the queue is ordered, the longest overdue first.
    assert [item.due_on for item in due] == sorted(item.due_on for item in due)
    assert all(item.due_on <= LATER for item in due)
    assert _service(demo, DEMO_DAY).count_due() < len(due)
