"""The mentee and mentor tables: filters and sorts done in SQL, names sorted with accents
folded, ids first and the display columns of a page of rows."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import delete

from duodesk.core.codes import LanguageLevel, PersonRole, Sector
from duodesk.core.context import Services
from duodesk.core.models import Person
from duodesk.core.services.person_data import SORT_KEYS, PersonQuery
from duodesk.core.validation import age_on
from tests.factories import REGISTERED_ON, make_mentee, make_mentor, use_coordinator

MENTEES = PersonQuery(role=PersonRole.MENTEE)


def names(services: Services, query: PersonQuery) -> list[str]:
    return [row.last_name for row in services.persons.rows(services.persons.ids(query))]


def to_waiting(services: Services, person_id: uuid.UUID) -> None:
    for status in ("info_session", "intake", "waiting"):
        services.persons.change_status(person_id, status)


def test_names_sort_with_accents_folded(services: Services) -> None:
    for last_name in ("Dubois", "Émile", "Çelik", "bakker", "Evrard", "Ceulemans", "Özdemir"):
        make_mentee(services, last_name=last_name)
    make_mentor(services, last_name="Aerts")
    assert names(services, MENTEES) == [
        "bakker", "Çelik", "Ceulemans", "Dubois", "Émile", "Evrard", "Özdemir"]
    assert names(services, PersonQuery(role=PersonRole.MENTEE, descending=True)) == [
        "Özdemir", "Evrard", "Émile", "Dubois", "Ceulemans", "Çelik", "bakker"]


def test_the_same_last_name_sorts_by_first_name(services: Services) -> None:
    for first_name in ("Zoë", "Émile", "Ahmed"):
        make_mentee(services, last_name="Martin", first_name=first_name)
    rows = services.persons.rows(services.persons.ids(MENTEES))
    assert [r.first_name for r in rows] == ["Ahmed", "Émile", "Zoë"]
    by_first = PersonQuery(role=PersonRole.MENTEE, sort="first_name", descending=True)
    assert [r.first_name for r in services.persons.rows(services.persons.ids(by_first))] == [
        "Zoë", "Émile", "Ahmed"]


def test_filters_combine_and_count_agrees(services: Services) -> None:
    colleague = services.organisation.save_coordinator("Colleague", None, None)
    me = use_coordinator(services, "Me")
    ghent = next(a for a in services.organisation.antennas() if a.code == "GNT")
    make_mentee(services, last_name="Arabic IT Schaerbeek", postal_code="1030",
                sectors=[Sector.IT], languages=[("ar", LanguageLevel.NATIVE)])
    make_mentee(services, last_name="Arabic care Gent", postal_code="9000",
                sectors=[Sector.CARE_HEALTH], languages=[("ar", LanguageLevel.GOOD)],
                antenna_id=ghent.id)
    make_mentee(services, last_name="Dutch IT Gent", postal_code="9000", sectors=[Sector.IT],
                languages=[("nl", LanguageLevel.NATIVE)], coordinator_id=colleague.id)
    waiting = make_mentee(services, last_name="Waiting IT", sectors=[Sector.IT],
                          postal_code="1030")
    to_waiting(services, waiting)
    make_mentor(services, last_name="Mentor IT", sectors=[Sector.IT])

    def check(expected: list[str], **filters: Any) -> None:
        query = PersonQuery(role=PersonRole.MENTEE, **filters)
        assert names(services, query) == expected
        assert services.persons.count(query) == len(expected)

    check(["Arabic IT Schaerbeek", "Dutch IT Gent", "Waiting IT"], sector=Sector.IT)
    check(["Arabic care Gent", "Arabic IT Schaerbeek"], language="AR")
    check(["Arabic IT Schaerbeek"], sector=Sector.IT, language="ar")
    check(["Arabic care Gent", "Dutch IT Gent"], municipality="Gent")
    check(["Waiting IT"], statuses=frozenset({"waiting"}))
    check(["Arabic care Gent"], antenna_id=ghent.id)
    check(["Arabic care Gent", "Arabic IT Schaerbeek", "Waiting IT"], coordinator_id=me.id)
    check(["Dutch IT Gent"], coordinator_id=colleague.id)
    check(["Dutch IT Gent"], search="dut", sector=Sector.IT)
    check([], search="dut", statuses=frozenset({"waiting"}))
    check([], search="-")
    assert services.persons.municipalities(PersonRole.MENTEE) == ["Gent", "Schaerbeek"]
    assert services.persons.languages_spoken(PersonRole.MENTEE) == ["ar", "fr", "nl"]


def test_sorting_by_age_status_and_empty_values_last(services: Services) -> None:
    year = REGISTERED_ON.year
    make_mentee(services, last_name="Older", birth_date=date(year - 30, 1, 1))
    make_mentee(services, last_name="Younger", birth_date=date(year - 20, 1, 1))
    make_mentee(services, last_name="Unknown age", birth_date=None, postal_code=None)
    waiting = make_mentee(services, last_name="Waiting", birth_date=date(year - 25, 1, 1))
    to_waiting(services, waiting)
    by_age = PersonQuery(role=PersonRole.MENTEE, sort="age")
    assert names(services, by_age) == ["Younger", "Waiting", "Older", "Unknown age"]
    assert names(services, PersonQuery(role=PersonRole.MENTEE, sort="age", descending=True)) \
        == ["Older", "Waiting", "Younger", "Unknown age"]
    by_status = PersonQuery(role=PersonRole.MENTEE, sort="status", descending=True)
    assert names(services, by_status)[0] == "Waiting"
    by_place = PersonQuery(role=PersonRole.MENTEE, sort="municipality")
    assert names(services, by_place)[-1] == "Unknown age"


def test_every_sort_key_works_both_ways(services: Services) -> None:
    make_mentee(services)
    make_mentee(services)
    for key in SORT_KEYS:
        for descending in (False, True):
            query = PersonQuery(role=PersonRole.MENTEE, sort=key, descending=descending)
            assert len(services.persons.ids(query)) == 2
    with pytest.raises(ValueError):
        services.persons.ids(PersonQuery(role=PersonRole.MENTEE, sort="nickname"))


def test_rows_carry_the_display_columns_in_the_order_asked(services: Services) -> None:
    use_coordinator(services, "Sofie Coordinator")
    first = make_mentee(services, last_name="First", birth_date=date(2000, 6, 1),
                        languages=[("nl", "good"), ("ar", "native")],
                        sectors=[Sector.LOGISTICS, Sector.IT], phone="0470 12 34 56")
    second = make_mentee(services, last_name="Second")
    to_waiting(services, second)
    mentor = make_mentor(services, last_name="Mentor", max_duos=2)
    services.persons.today = lambda: date.today() + timedelta(days=10)
    rows = services.persons.rows([mentor, second, first, uuid.uuid4()])
    assert [r.id for r in rows] == [mentor, second, first]
    mentor_row, second_row, first_row = rows
    assert first_row.languages == (("ar", "native"), ("nl", "good"))
    assert first_row.sectors == ("it", "logistics")
    assert first_row.phone == "+32470123456"
    assert first_row.age == age_on(date(2000, 6, 1), date.today() + timedelta(days=10))
    assert first_row.coordinator_name == "Sofie Coordinator"
    assert first_row.municipality == "Schaerbeek" and first_row.antenna_code
    assert (first_row.status, first_row.days_waiting) == ("registered", None)
    assert (second_row.status, second_row.waiting_since) == ("waiting", date.today())
    assert second_row.days_waiting == 10
    assert (mentor_row.role, mentor_row.max_duos, mentor_row.current_duos) == (
        PersonRole.MENTOR, 2, 0)


def test_longest_waiting_mentees_first(services: Services) -> None:
    early, late = make_mentee(services, last_name="Early"), make_mentee(services, last_name="Late")
    to_waiting(services, early)
    to_waiting(services, late)
    with services.db.write() as session:  # Early joined the list 30 days ago
        session.connection().exec_driver_sql(
            "UPDATE status_changes SET changed_at = datetime(changed_at, '-30 days') "
            "WHERE person_id = ? AND to_status = 'waiting'", (early.hex,))
    make_mentee(services, last_name="Not waiting")
    query = PersonQuery(role=PersonRole.MENTEE, sort="days_waiting", descending=True)
    assert names(services, query) == ["Early", "Late", "Not waiting"]
    rows = services.persons.rows([early, late])
    assert [r.days_waiting for r in rows] == [30, 0]


def test_a_table_source_for_the_lazy_model(services: Services) -> None:
    a, b = make_mentee(services, last_name="Aa"), make_mentee(services, last_name="Bb")
    source = services.persons.table_source(MENTEES)
    assert source.ids(None, False) == [a, b]
    assert source.ids("name", True) == [b, a]
    assert [row.id for row in source.rows([b])] == [b]


def test_deleted_persons_drop_out_of_ids_and_rows(services: Services) -> None:
    gone, kept = make_mentee(services), make_mentee(services)
    with services.db.write() as session:
        session.execute(delete(Person).where(Person.id == gone))
    assert services.persons.ids(MENTEES) == [kept]
    assert [r.id for r in services.persons.rows([gone, kept])] == [kept]
