"""Helpers of the calendar tests: a calendar service on the duo tests' clock, a coordinator,
a few persons, and a group-session draft."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from typing import Any

from duodesk.core.calendar import CalendarService, MeetingDraft
from duodesk.core.codes import MeetingKind
from duodesk.core.context import Services
from tests.core.duo_setup import NOW, Clock

# Wednesday of the week after the clock's Monday, at ten.
NEXT_WEEK = datetime.combine(NOW.date() + timedelta(days=9), time(10, 0))


def calendar_service(services: Services, clock: Clock) -> CalendarService:
    return CalendarService(services.db, today=clock.today, now=clock.at)


def session_draft(coordinator_id: uuid.UUID | None, **fields: Any) -> MeetingDraft:
    """An intervision at NEXT_WEEK for 120 minutes at the antenna; ``fields`` override."""
    values: dict[str, Any] = {
        "kind": MeetingKind.INTERVISION, "starts_at": NEXT_WEEK, "duration_min": 120,
        "location": "Antenne Schaerbeek", "coordinator_id": coordinator_id,
        "title": "Intervision mentors",
    }
    values.update(fields)
    return MeetingDraft(**values)
