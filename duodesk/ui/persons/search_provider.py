"""The global search of the main window's tool bar over mentees and mentors: names, email
and phone as typed (from two characters), each hit showing the name, role and status, then
the municipality and year of birth that tell namesakes apart; the person chosen is opened by
the composition root's ``open_person``."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from duodesk import labels
from duodesk.core.codes import MenteeStatus, MentorStatus, PersonRole
from duodesk.core.services.person_data import PersonRow
from duodesk.core.services.persons import PersonService
from duodesk.ui.search import SearchHit

MIN_CHARACTERS = 2


def _told_apart(row: PersonRow) -> str:
    """What tells namesakes apart, as the mentee and mentor lists show it too: the
    municipality and the year of birth (" · Schaerbeek, 2001"), from the row already read."""
    parts = [row.municipality or "", str(row.birth_date.year) if row.birth_date else ""]
    shown = ", ".join(part for part in parts if part)
    return f" · {shown}" if shown else ""


class PersonSearchProvider:
    """A :class:`duodesk.ui.search.SearchProvider` on :meth:`PersonService.search`."""

    def __init__(self, persons: PersonService,
                 open_person: Callable[[uuid.UUID], None]) -> None:
        self._persons = persons
        self._open_person = open_person

    def search(self, text: str, limit: int) -> list[SearchHit]:
        text = text.strip()
        if len(text) < MIN_CHARACTERS:
            return []
        ids = self._persons.search(text, limit=limit)
        hits = []
        for row in self._persons.rows(ids):
            status_enum = MenteeStatus if row.role == PersonRole.MENTEE else MentorStatus
            try:
                status = labels.label(status_enum(row.status))
            except ValueError:
                status = row.status
            title = f"{row.first_name} {row.last_name}".strip()
            hits.append(SearchHit(title, f"{labels.label(row.role)} · {status}"
                                  + _told_apart(row), row.id))
        return hits

    def open(self, hit: SearchHit) -> None:
        if isinstance(hit.key, uuid.UUID):
            self._open_person(hit.key)
