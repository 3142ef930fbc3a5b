"""The duplicate warning on creation: a known person with the same email, the same phone,
or the same birth date and a close name (accents, case and word order ignored)."""

from __future__ import annotations

from datetime import date

from duodesk.core.context import Services
from duodesk.core.services.duplicates import THRESHOLD_KEY, name_similarity
from tests.factories import make_mentee, make_mentor, mentee_data

BORN = date(2001, 4, 9)


def reasons(services: Services, **fields: object) -> dict[str, tuple[str, ...]]:
    """The matches of a candidate: last name → reasons."""
    matches = services.persons.find_duplicates(mentee_data(**fields))
    return {m.last_name: m.reasons for m in matches}


def test_the_same_email_typed_differently_is_a_duplicate(services: Services) -> None:
    make_mentee(services, last_name="Haddad", email="samira.haddad@example.org")
    assert reasons(services, last_name="Other", email=" Samira.HADDAD@Example.org") == {
        "Haddad": ("email",)}


def test_the_same_phone_in_another_spelling_is_a_duplicate(services: Services) -> None:
    make_mentor(services, last_name="Peeters", phone="+32 470 55 44 33")
    assert reasons(services, last_name="Other", phone="0470/55.44.33") == {
        "Peeters": ("phone",)}


def test_a_close_name_born_the_same_day_is_a_duplicate_accents_and_case_folded(
        services: Services) -> None:
    make_mentee(services, first_name="Şükrü", last_name="Yılmaz", birth_date=BORN)
    assert reasons(services, first_name="SUKRU", last_name="YILMAZ", birth_date=BORN) == {
        "Yılmaz": ("name_and_birth_date",)}
    # Word order does not matter either (first and last name swapped on a partner's list).
    assert reasons(services, first_name="Yilmaz", last_name="Sukru", birth_date=BORN) == {
        "Yılmaz": ("name_and_birth_date",)}


def test_a_far_name_or_another_birth_date_is_not_a_duplicate(services: Services) -> None:
    make_mentee(services, first_name="Şükrü", last_name="Yılmaz", birth_date=BORN)
    assert reasons(services, first_name="Samira", last_name="Haddad", birth_date=BORN) == {}
    assert reasons(services, first_name="Sukru", last_name="Yilmaz",
                   birth_date=date(2001, 4, 10)) == {}


def test_every_reason_is_listed_and_the_strongest_match_comes_first(
        services: Services) -> None:
    make_mentee(services, first_name="Amina", last_name="Bakkali", birth_date=BORN,
                email="amina.b@example.org", phone="0470 11 22 33")
    make_mentee(services, first_name="Jonas", last_name="Claes", email="shared@example.org")
    matches = services.persons.find_duplicates(mentee_data(
        first_name="Amina", last_name="Bakali", birth_date=BORN, email="amina.b@example.org",
        phone="+32470112233"))
    assert [(m.last_name, m.reasons) for m in matches] == [
        ("Bakkali", ("email", "phone", "name_and_birth_date"))]
    assert matches[0].name_score >= 90


def test_the_person_being_edited_is_not_their_own_duplicate(services: Services) -> None:
    person_id = make_mentee(services, email="me@example.org")
    data = services.persons.get(person_id).data
    assert services.persons.find_duplicates(data, exclude_id=person_id) == []
    assert [m.person_id for m in services.persons.find_duplicates(data)] == [person_id]


def test_the_name_threshold_is_a_setting(services: Services) -> None:
    make_mentee(services, first_name="Amina", last_name="Bakkali", birth_date=BORN)
    candidate = {"first_name": "Amina", "last_name": "Bakali", "birth_date": BORN}
    score = name_similarity("Amina", "Bakali", "Amina", "Bakkali")
    assert 90 <= score < 100
    assert "Bakkali" in reasons(services, **candidate)
    services.organisation.set_setting(THRESHOLD_KEY, 100)
    assert reasons(services, **candidate) == {}
    # A threshold given by the caller wins over the setting.
    matches = services.persons.find_duplicates(mentee_data(**candidate), threshold=80)
    assert [m.last_name for m in matches] == ["Bakkali"]


def test_nothing_to_compare_finds_nothing(services: Services) -> None:
    make_mentee(services, email=None, phone=None, birth_date=BORN)
    assert services.persons.find_duplicates(
        mentee_data(email=None, phone=None, birth_date=None)) == []
