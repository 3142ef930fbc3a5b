"""The demo data's duos follow the lifecycle of the duo services: follow-ups know their
month, duo meetings name the mentee and the mentor, dates agree with the rules, and a
coordinator can carry on with any demo duo through the services."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from duodesk.core.context import Services, build_services
from duodesk.core.database import open_database
from duodesk.core.demo import generate_demo
from duodesk.core.duo_status import DECISION_WINDOW, add_months
from duodesk.core.models import Duo, Meeting, MeetingAttendee
from duodesk.core.services.duo_data import DuoQuery, TodayKind
from duodesk.core.services.duos import DuoService
from duodesk.core.services.today import TodayService

TODAY = date(2026, 5, 15)
NOW = datetime.combine(TODAY, time(9))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder = tmp_path_factory.mktemp("duo-demo")
    database = open_database(folder / "demo.sqlite", backup_folder=folder / "backups")
    services = build_services(database)
    generate_demo(services, mentees=600, seed=3, today=TODAY)
    yield services
    database.close()


def test_demo_meetings_of_duos_follow_the_lifecycle(demo: Services) -> None:
    with demo.db.read() as session:
        duos = {d.id: d for d in session.execute(
            select(Duo.id, Duo.mentee_id, Duo.mentor_id, Duo.start_date))}
        meetings = session.execute(
            select(Meeting.id, Meeting.duo_id, Meeting.kind, Meeting.follow_up_month)
            .where(Meeting.duo_id.is_not(None))).all()
        invited: dict[object, set[object]] = defaultdict(set)
        for meeting_id, person_id in session.execute(
                select(MeetingAttendee.meeting_id, MeetingAttendee.person_id)):
            invited[meeting_id].add(person_id)
    assert meetings
    months = defaultdict(list)
    for meeting in meetings:
        duo = duos[meeting.duo_id]
        pair = {duo.mentee_id, duo.mentor_id}
        if meeting.kind == "duo_meeting":
            assert meeting.follow_up_month is None
            assert invited[meeting.id] == pair
        else:
            assert meeting.kind == "follow_up"
            assert meeting.follow_up_month in (1, 3, 6, 12)
            expected = {duo.mentee_id} if meeting.follow_up_month == 12 else pair
            assert invited[meeting.id] == expected
            months[duo.id].append(meeting.follow_up_month)
    for duo_id, found in months.items():
        assert len(found) == len(set(found)), "one follow-up of each month per duo"
        assert duos[duo_id].start_date is not None


def test_demo_duo_dates_agree_with_the_rules(demo: Services) -> None:
    with demo.db.read() as session:
        for duo in session.scalars(select(Duo)):
            assert duo.decision_deadline == duo.first_meeting_at + DECISION_WINDOW
            if duo.start_date is not None:
                assert duo.planned_end == add_months(duo.start_date, 6)
                assert duo.accepted_on is not None and duo.accepted_on <= duo.start_date
            if duo.status in ("finished", "stopped"):
                assert duo.end_date is not None and duo.end_reason is not None


def test_a_coordinator_carries_on_with_the_demo_duos(demo: Services) -> None:
    duos = DuoService(demo.db, today=lambda: TODAY, now=lambda: NOW)
    active = duos.rows(duos.ids(DuoQuery(statuses=frozenset({"active"}))))
    assert active
    view = active[0]
    assert "finish" in view.actions and view.mentee_name and view.mentor_name
    finished = duos.finish(view.id, TODAY, "mentee_found_job")
    assert finished.status == "finished"
    assert demo.persons.get(view.mentee_id, record_view=False).status == "finished"
    timeline = [e.code.value for e in duos.timeline(view.id)]
    assert timeline[0] == "proposed" and "signed" in timeline and "finished" in timeline
    items = TodayService(demo.db, today=lambda: TODAY, now=lambda: NOW).items()
    kinds = {item.kind for item in items}
    assert TodayKind.WAITING_MENTEE in kinds
    # Every item opens a duo, but those about one person (a waiting mentee, a consent to
    # renew) and the count of files due for anonymisation.
    about_a_person = {TodayKind.WAITING_MENTEE, TodayKind.CONSENT_TO_RENEW}
    assert all(item.duo_id is not None for item in items
               if item.kind not in about_a_person | {TodayKind.ANONYMISATION_DUE})
    assert all(item.person_id is not None for item in items if item.kind in about_a_person)
    assert items == sorted(items, key=lambda i: list(TodayKind).index(i.kind))
    assert all(i.due <= TODAY + timedelta(days=6 - TODAY.weekday()) for i in items)
