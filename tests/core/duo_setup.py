"""Helpers of the duo tests: a mentee on the waiting list and a mentor available, made
through the real services on a real migrated database, and a duo service on a clock the test
moves (``Clock``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from duodesk.core.codes import ConsentPurpose
from duodesk.core.context import Services
from duodesk.core.models import Consent
from duodesk.core.services.duos import DuoService
from duodesk.core.services.today import TodayService
from tests.factories import make_mentee, make_mentor

# A Monday, never before the real day: the person services stamp statuses with the real
# clock, and the duo services must not see them in their future.
TODAY = date.today() + timedelta(days=-date.today().weekday() % 7)
NOW = datetime.combine(TODAY, time(9, 0))


@dataclass
class Clock:
    """The date and the Brussels time the services see; tests move it."""

    now: datetime = NOW

    def today(self) -> date:
        return self.now.date()

    def at(self) -> datetime:
        return self.now

    def advance(self, **delta: Any) -> None:
        self.now += timedelta(**delta)


def duo_service(services: Services, clock: Clock) -> DuoService:
    return DuoService(services.db, today=clock.today, now=clock.at)


def today_service(services: Services, clock: Clock) -> TodayService:
    return TodayService(services.db, today=clock.today, now=clock.at)


def waiting_mentee(services: Services, **fields: Any) -> uuid.UUID:
    """A mentee who went through the information session and the intake."""
    mentee_id = make_mentee(services, **fields)
    for status in ("info_session", "intake", "waiting"):
        services.persons.change_status(mentee_id, status)
    return mentee_id


def available_mentor(services: Services, **fields: Any) -> uuid.UUID:
    """A trained mentor, available for a duo."""
    mentor_id = make_mentor(services, **fields)
    for status in ("info_session", "intake", "training", "available"):
        services.persons.change_status(mentor_id, status)
    return mentor_id


def give_followup_consent(services: Services, mentee_id: uuid.UUID, on: date) -> None:
    with services.db.write() as session:
        session.add(Consent(person_id=mentee_id, purpose=ConsentPurpose.FOLLOWUP_CONTACT,
                            given_on=on, text_version="2026-01"))


def status_of(services: Services, person_id: uuid.UUID) -> str:
    return services.persons.get(person_id, record_view=False).status
