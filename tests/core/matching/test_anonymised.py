"""An anonymised file keeps its status for the figures, but a tombstone "waiting" or
"available" is nobody to match: it is out of every suggestion, the pool and the waiting list."""

from __future__ import annotations

import pytest

from duodesk.core.codes import LanguageLevel, MenteeStatus, PersonRole
from duodesk.core.context import Services
from duodesk.core.errors import MenteeNotWaiting
from duodesk.core.privacy.anonymise import AnonymisationService
from duodesk.core.services.person_data import PersonQuery
from tests.core.matching.helpers import available_mentor, waiting_mentee

NATIVE = LanguageLevel.NATIVE


def test_tombstones_are_matched_with_nobody(services: Services) -> None:
    amal = waiting_mentee(services, languages=[("fr", NATIVE)], postal_code="1000")
    gone_mentee = waiting_mentee(services, languages=[("fr", NATIVE)], postal_code="1000")
    xavier = available_mentor(services, languages=[("fr", NATIVE)], postal_code="1000")
    gone_mentor = available_mentor(services, languages=[("fr", NATIVE)], postal_code="1000")
    assert {item.mentor_id for item in services.matching.suggestions(amal)} == {
        xavier, gone_mentor}
    assert AnonymisationService(services.db).anonymise([gone_mentee, gone_mentor]) == 2

    assert [item.mentor_id for item in services.matching.suggestions(amal)] == [xavier]
    assert {(item.mentee_id, item.mentor_id)
            for item in services.matching.pool_proposal()} == {(amal, xavier)}
    with pytest.raises(MenteeNotWaiting):
        services.matching.suggestions(gone_mentee)
    waiting = PersonQuery(role=PersonRole.MENTEE, statuses=frozenset({MenteeStatus.WAITING}))
    source = services.persons.table_source(waiting)
    assert set(source.ids("name", False)) == {amal, gone_mentee}  # the lists keep it
    living = PersonQuery(role=PersonRole.MENTEE, statuses=frozenset({MenteeStatus.WAITING}),
                         without_anonymised=True)  # the Matching page's waiting list
    assert services.persons.table_source(living).ids("name", False) == [amal]
    assert (services.persons.count(waiting), services.persons.count(living)) == (2, 1)
