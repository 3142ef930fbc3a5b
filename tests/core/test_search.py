"""The search field: prefixes of names, emails and phone numbers as one types, accents and
case ignored, kept in step with every change to the persons."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import delete

from duodesk.core.codes import PersonRole
from duodesk.core.context import Services
from duodesk.core.models import Person
from duodesk.core.storage import search
from tests.factories import make_mentee, make_mentor


@pytest.fixture
def people(services: Services) -> dict[str, uuid.UUID]:
    return {
        "dupont": make_mentee(services, first_name="Amina", last_name="Dupont",
                              email="amina.d@example.org", phone="0471 00 00 01"),
        "sukru": make_mentee(services, first_name="Şükrü", last_name="Yılmaz",
                             email="s.yilmaz@example.org", phone="0470 12 34 56"),
        "ahmed": make_mentor(services, first_name="Jan", last_name="Claes",
                             email="ahmed.benali@example.org", phone="02 512 34 56"),
    }


@pytest.mark.parametrize(("typed", "found"), [
    ("dup", "dupont"),
    ("DUP", "dupont"),
    ("şük", "sukru"),
    ("suk", "sukru"),
    ("yilm", "sukru"),
    ("0470 12", "sukru"),
    ("+32 470 12", "sukru"),
    ("0032470", "sukru"),
    ("470 12 34", "sukru"),
    ("02 512", "ahmed"),
    ("ahmed@", "ahmed"),
    ("benali@exam", "ahmed"),
    ("amina dup", "dupont"),
])
def test_typing_the_start_of_a_name_email_or_phone_finds_the_person(
        services: Services, people: dict[str, uuid.UUID], typed: str, found: str) -> None:
    assert services.persons.search(typed) == [people[found]]


def test_searching_nothing_or_something_absent_finds_nobody(
        services: Services, people: dict[str, uuid.UUID]) -> None:
    assert services.persons.search("") == []
    assert services.persons.search(" @ - ") == []
    assert services.persons.search("zzz") == []
    assert services.persons.search("dupont zzz") == []


def test_search_results_come_by_name_limited_and_by_role(
        services: Services, people: dict[str, uuid.UUID]) -> None:
    everyone = services.persons.search("example")
    assert everyone == [people["ahmed"], people["dupont"], people["sukru"]]
    assert services.persons.search("example", limit=2) == everyone[:2]
    assert services.persons.search("example", role=PersonRole.MENTOR) == [people["ahmed"]]


def test_the_index_follows_edits_and_deletions(services: Services,
                                               people: dict[str, uuid.UUID]) -> None:
    person_id = people["dupont"]
    data = services.persons.get(person_id).data
    services.persons.update(person_id, replace(data, last_name="Lambert",
                                               phone="0499 99 99 99"))
    assert services.persons.search("dup") == []
    assert services.persons.search("lamb") == [person_id]
    assert services.persons.search("0499") == [person_id]
    assert services.persons.search("0471") == []
    with services.db.write() as session:
        session.execute(delete(Person).where(Person.id == person_id))
    assert services.persons.search("lamb") == []


def test_the_search_terms_sent_to_the_index() -> None:
    assert search.search_terms("0470 12") == '"047012"*'
    assert search.search_terms("+32 470") == '"32470"*'
    assert search.search_terms("0032 470") == '"32470"*'
    assert search.search_terms("Şükrü  O'Brien") == '"sukru"* "o"* "brien"*'
    assert search.search_terms('dup"ont') == '"dup"* "ont"*'
    assert search.search_terms("  ") is None
    assert search.search_terms("4") == '"4"*'
    assert search.search_terms("+") is None


def test_a_rebuilt_index_keeps_no_trace_of_erased_persons(
        services: Services, people: dict[str, uuid.UUID], db_path: Path) -> None:
    with services.db.write() as session:
        # An erasure that bypassed the triggers (as a raw import undo might).
        session.connection().exec_driver_sql("DROP TRIGGER person_search_after_delete")
        session.execute(delete(Person).where(Person.id == people["sukru"]))
        services.persons.search_index.rebuild(session)
    assert services.persons.search("suk") == []
    assert services.persons.search("dup") == [people["dupont"]]
    services.db.backend.compact()
    assert b"ilmaz" not in db_path.read_bytes()


def test_lost_triggers_are_put_back_after_a_migration(services: Services,
                                                      db_path: Path) -> None:
    # A migration that rebuilds the persons table drops its triggers with it.
    with sqlite3.connect(db_path) as connection:
        for trigger in search.TRIGGERS:
            connection.execute(f"DROP TRIGGER {trigger}")
    person_id = make_mentee(services, last_name="Vermeulen")
    assert services.persons.search("vermeu") == []
    with services.db.engine.begin() as connection:
        assert search.repair(connection) is True
        assert search.repair(connection) is False
    assert services.persons.search("vermeu") == [person_id]
    later = make_mentee(services, last_name="Verbeke")
    assert services.persons.search("verb") == [later]
