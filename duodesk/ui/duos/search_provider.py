"""The global search over persons and duos (SPEC §4): what is typed finds mentees and
mentors by name, email or phone, then the duos of the persons found ("Amina Diallo – Marc
Peeters", with the duo's status); choosing a duo opens its window."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from duodesk import labels
from duodesk.core.codes import DuoStatus
from duodesk.core.services.persons import PersonService
from duodesk.ui.persons.search_provider import PersonSearchProvider
from duodesk.ui.search import SearchHit

if TYPE_CHECKING:
    from duodesk.core.services.duos import DuoService

DUOS_SHOWN = 5


class DuoKey:
    """The key of a duo's line in the results (a person's line keeps the person's id)."""

    def __init__(self, duo_id: uuid.UUID) -> None:
        self.duo_id = duo_id


class PersonAndDuoSearchProvider:
    """A :class:`duodesk.ui.search.SearchProvider` finding persons, then their duos (the
    duos' service asked for at the first search: the window is given this provider at
    start-up, and the service's modules are not needed before)."""

    def __init__(self, persons: PersonService, duos: Callable[[], DuoService],
                 open_person: Callable[[uuid.UUID], None],
                 open_duo: Callable[[uuid.UUID], None]) -> None:
        self._persons = PersonSearchProvider(persons, open_person)
        self._duos = duos
        self._open_duo = open_duo

    def search(self, text: str, limit: int) -> list[SearchHit]:
        hits = self._persons.search(text, limit)
        person_ids = [hit.key for hit in hits if isinstance(hit.key, uuid.UUID)]
        duo_title = QCoreApplication.translate("DuoSearch", "Duo")
        for duo in self._duos().duos_of_persons(person_ids, DUOS_SHOWN):
            try:
                status = labels.label(DuoStatus(duo.status))
            except ValueError:
                status = duo.status
            hits.append(SearchHit(f"{duo.mentee_name} – {duo.mentor_name}",
                                  f"{duo_title} · {status}", DuoKey(duo.id)))
        return hits

    def open(self, hit: SearchHit) -> None:
        if isinstance(hit.key, DuoKey):
            self._open_duo(hit.key.duo_id)
        else:
            self._persons.open(hit)
