"""Test factories: mentees and mentors made through the real service, with generated data
(invented names, example.org addresses, numbers from the Belgian mobile range).

    mentee_id = make_mentee(services, last_name="Dupont", languages=[("fr", "native")])
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date, timedelta
from typing import Any

from duodesk.core.codes import Gender, LanguageLevel, Sector
from duodesk.core.context import Services
from duodesk.core.services.organisation import CoordinatorView
from duodesk.core.services.person_data import MenteeData, MentorData

_numbers = itertools.count(1)

# Two months ago, so that the factories stay valid whatever the day the tests run.
REGISTERED_ON = date.today() - timedelta(days=60)


def _unique() -> int:
    return next(_numbers)


def mentee_data(**fields: Any) -> MenteeData:
    """A valid mentee form (23 or 24 at registration); ``fields`` override it."""
    n = _unique()
    values: dict[str, Any] = {
        "first_name": "Yasmine",
        "last_name": f"Testmentee{n}",
        "gender": Gender.FEMALE,
        "birth_date": date(REGISTERED_ON.year - 24, 5, 17),
        "email": f"mentee{n}@example.org",
        "phone": f"+324700{n:05d}",
        "postal_code": "1030",
        "languages": [("fr", LanguageLevel.NATIVE), ("nl", LanguageLevel.BASIC)],
        "sectors": [Sector.IT],
        "registered_on": REGISTERED_ON,
    }
    values.update(fields)
    return MenteeData(**values)


def mentor_data(**fields: Any) -> MentorData:
    """A valid mentor form (60 or 61 at registration); ``fields`` override it."""
    n = _unique()
    values: dict[str, Any] = {
        "first_name": "Marc",
        "last_name": f"Testmentor{n}",
        "gender": Gender.MALE,
        "birth_date": date(REGISTERED_ON.year - 61, 11, 3),
        "email": f"mentor{n}@example.org",
        "phone": f"+324710{n:05d}",
        "postal_code": "9000",
        "languages": [("nl", LanguageLevel.NATIVE), ("fr", LanguageLevel.GOOD)],
        "sectors": [Sector.LOGISTICS],
        "registered_on": REGISTERED_ON,
    }
    values.update(fields)
    return MentorData(**values)


def make_mentee(services: Services, **fields: Any) -> uuid.UUID:
    """Register a mentee through the service; returns its id."""
    return services.persons.create_mentee(mentee_data(**fields))


def make_mentor(services: Services, **fields: Any) -> uuid.UUID:
    """Register a mentor through the service; returns its id."""
    return services.persons.create_mentor(mentor_data(**fields))


def use_coordinator(services: Services, name: str = "Coordinator Test") -> CoordinatorView:
    """Add a coordinator and make them the user of the program (Settings → Who I am)."""
    coordinator = services.organisation.save_coordinator(name, None, None)
    services.organisation.set_current_coordinator(coordinator.id)
    return coordinator
