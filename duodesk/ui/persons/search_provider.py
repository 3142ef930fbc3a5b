"""The global search of the main window's tool bar over mentees and mentors: names, email
and phone as typed (from two characters), each hit showing the name, role and status; the
person chosen is opened by the composition root's ``open_person``."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from duodesk import labels
from duodesk.core.codes import MenteeStatus, MentorStatus, PersonRole
from duodesk.core.services.persons import PersonService
from duodesk.ui.search import SearchHit

MIN_CHARACTERS = 2


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
            hits.append(SearchHit(title, f"{labels.label(row.role)} · {status}", row.id))
        return hits

    def open(self, hit: SearchHit) -> None:
        if isinstance(hit.key, uuid.UUID):
            self._open_person(hit.key)
