"""Invitation lists for group sessions: counts by the persons' statuses, and the persons of a
list, by name, ready to invite."""

from __future__ import annotations

import pytest

from duodesk.core.calendar import CalendarService
from duodesk.core.codes import PersonRole
from duodesk.core.context import Services
from duodesk.core.errors import InvalidValue
from tests.core.calendar.setup import calendar_service, session_draft
from tests.core.duo_setup import Clock, available_mentor, waiting_mentee
from tests.factories import make_mentee, make_mentor, use_coordinator


@pytest.fixture
def cal(services: Services) -> CalendarService:
    return calendar_service(services, Clock())


def test_lists_count_and_name_the_persons_by_status(services: Services,
                                                   cal: CalendarService) -> None:
    new_mentee = make_mentee(services, last_name="Anew")
    new_mentor = make_mentor(services, last_name="Bnew")
    waiting = waiting_mentee(services)
    available = available_mentor(services)
    trainee = make_mentor(services)
    for status in ("info_session", "intake", "training"):
        services.persons.change_status(trainee, status)
    counts = {lst.code: lst.count for lst in cal.invitation_lists()}
    assert counts == {"mentors_in_duo": 0, "available_mentors": 1, "mentors_in_training": 1,
                      "new_registrations": 2, "waiting_mentees": 1, "mentees_in_duo": 0}
    new = cal.invitees("new_registrations")
    assert [(a.person_id, a.role) for a in new] == [(new_mentee, PersonRole.MENTEE),
                                                    (new_mentor, PersonRole.MENTOR)]
    assert [a.person_id for a in cal.invitees("waiting_mentees")] == [waiting]
    assert [a.person_id for a in cal.invitees("available_mentors")] == [available]
    assert [a.person_id for a in cal.invitees("mentors_in_training")] == [trainee]
    with pytest.raises(InvalidValue):
        cal.invitees("everybody")


def test_a_list_invited_to_a_session(services: Services, cal: CalendarService) -> None:
    coordinator = use_coordinator(services)
    mentors = [available_mentor(services) for _ in range(4)]
    [meeting_id] = cal.create(session_draft(coordinator.id))
    invited = cal.set_attendees(meeting_id,
                                [a.person_id for a in cal.invitees("available_mentors")])
    assert {a.person_id for a in invited.attendees} == set(mentors)
    assert invited.event.attendee_count == 4
