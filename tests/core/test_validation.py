"""What a coordinator types is cleaned the way they expect: phones in E.164, emails in lower
case, known Belgian postcodes filling an empty municipality, the age rule per role, and
names typed in capitals shown in natural case."""

from __future__ import annotations

from datetime import date

import pytest

from duodesk.core import validation
from duodesk.core.codes import PersonRole
from duodesk.core.errors import InvalidValue


@pytest.mark.parametrize(("typed", "stored"), [
    ("0470 12 34 56", "+32470123456"),
    ("+32 470/12.34.56", "+32470123456"),
    ("0032470123456", "+32470123456"),
    ("0470/12.34.56", "+32470123456"),
    ("02 512 34 56", "+3225123456"),
    ("04/222.33.44", "+3242223344"),
    ("+33 6 12 34 56 78", "+33612345678"),
])
def test_phone_numbers_in_every_belgian_form_are_stored_in_e164(typed: str, stored: str) -> None:
    assert validation.normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["call after 6", "0470", "0470 12 34 56 78 90"])
def test_a_phone_that_cannot_be_read_is_refused_by_the_form(typed: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        validation.normalise_phone(typed)
    assert refused.value.params == {"field": "phone", "reason": "phone"}


def test_an_import_keeps_an_unreadable_phone_as_typed_with_a_warning() -> None:
    checked = validation.normalise_phone_lenient("  call  after 6 ")
    assert checked.value == "call after 6"
    assert checked.warning is not None and checked.warning.params["reason"] == "phone"
    assert validation.normalise_phone_lenient("0470 12 34 56").warning is None


def test_an_empty_phone_or_email_is_nothing() -> None:
    assert validation.normalise_phone("  ") is None
    assert validation.normalise_email("") is None


def test_emails_are_checked_and_lower_cased() -> None:
    assert validation.normalise_email(" Ahmed.Benali@Example.ORG ") == "ahmed.benali@example.org"
    for typed in ("ahmed@", "ahmed benali@example.org", "no-at-sign.example.org"):
        with pytest.raises(InvalidValue) as refused:
            validation.normalise_email(typed)
        assert refused.value.params["reason"] == "email"


def test_a_known_postcode_fills_an_empty_municipality() -> None:
    assert validation.postal_code_and_municipality("1030", "") == ("1030", "Schaerbeek")
    assert validation.postal_code_and_municipality("B-9000", None) == ("9000", "Gent")


def test_a_typed_municipality_is_never_overwritten_by_the_postcode_list() -> None:
    assert validation.postal_code_and_municipality("1030", "Schaarbeek") == (
        "1030", "Schaarbeek")
    # Only put in natural case when typed in capitals.
    assert validation.postal_code_and_municipality("7090", "BRAINE-LE-COMTE") == (
        "7090", "Braine-le-Comte")


@pytest.mark.parametrize("typed", ["9999", "12345", "10OO", "Brussels"])
def test_an_unknown_postcode_is_refused(typed: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        validation.normalise_postal_code(typed)
    assert refused.value.params == {"field": "postal_code", "reason": "postal_code"}


REGISTERED = date(2026, 3, 2)


@pytest.mark.parametrize("birth_date", [date(2008, 3, 2), date(1992, 3, 3)])
def test_mentees_of_18_to_33_at_registration_are_accepted(birth_date: date) -> None:
    assert validation.check_age_for_role(birth_date, PersonRole.MENTEE, REGISTERED) is None


@pytest.mark.parametrize("birth_date", [date(2008, 3, 3), date(1992, 3, 2)])
def test_a_mentee_of_17_or_34_is_refused_with_the_age_range(birth_date: date) -> None:
    with pytest.raises(InvalidValue) as refused:
        validation.check_age_for_role(birth_date, PersonRole.MENTEE, REGISTERED)
    assert refused.value.params == {"field": "birth_date", "reason": "age_mentee",
                                    "min_age": 18, "max_age": 33}


def test_mentors_must_be_50_unless_the_coordinator_gives_a_reason() -> None:
    assert validation.check_age_for_role(date(1976, 3, 2), PersonRole.MENTOR, REGISTERED) is None
    with pytest.raises(InvalidValue) as refused:
        validation.check_age_for_role(date(1976, 3, 3), PersonRole.MENTOR, REGISTERED)
    assert refused.value.params["reason"] == "age_mentor"
    assert validation.check_age_for_role(
        date(1976, 3, 3), PersonRole.MENTOR, REGISTERED,
        " Retired early, approved by HQ ") == "Retired early, approved by HQ"


def test_an_override_reason_is_not_kept_when_the_age_is_within_the_rule() -> None:
    assert validation.check_age_for_role(
        date(2000, 1, 1), PersonRole.MENTEE, REGISTERED, "not needed") is None


@pytest.mark.parametrize("birth_date", [date(1900, 1, 1), date(2200, 1, 1), date(2027, 1, 1)])
def test_impossible_birth_dates_are_refused(birth_date: date) -> None:
    with pytest.raises(InvalidValue) as refused:
        validation.check_birth_date(birth_date, today=date(2026, 11, 1))
    assert refused.value.params["reason"] == "date_implausible"


def test_record_dates_before_2000_or_in_the_future_are_refused() -> None:
    today = date(2026, 11, 1)
    with pytest.raises(InvalidValue) as refused:
        validation.check_record_date(date(1900, 1, 1), today, "registered_on")
    assert refused.value.params["reason"] == "date_implausible"
    with pytest.raises(InvalidValue) as refused:
        validation.check_record_date(date(2026, 11, 2), today, "registered_on")
    assert refused.value.params["reason"] == "date_in_future"


@pytest.mark.parametrize(("typed", "shown"), [
    ("DUPONT", "Dupont"),
    ("VAN DER BERGHE", "Van der Berghe"),
    ("DE SMET", "De Smet"),
    ("O'BRIEN", "O'Brien"),
    ("D'HONDT", "D'Hondt"),
    ("EL AMRANI", "El Amrani"),
    ("BEN SALAH", "Ben Salah"),
    ("JEAN-PIERRE", "Jean-Pierre"),
    ("ÇELIK", "Çelik"),
    ("ŞÜKRÜ", "Şükrü"),
    ("ÉMILE", "Émile"),
])
def test_names_typed_in_capitals_are_shown_in_natural_case(typed: str, shown: str) -> None:
    assert validation.clean_name(typed, "last_name") == shown


def test_names_typed_otherwise_are_kept_but_trimmed_and_single_spaced() -> None:
    assert validation.clean_name("  van  Damme ", "last_name") == "van Damme"
    assert validation.clean_name("McAdam", "last_name") == "McAdam"
    # First names: every part keeps its capital.
    assert validation.clean_name("ABDEL EL KADER", "first_name", particles=False) == (
        "Abdel El Kader")


def test_a_missing_or_too_long_name_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        validation.clean_name("   ", "last_name")
    assert refused.value.params == {"field": "last_name", "reason": "required"}
    with pytest.raises(InvalidValue) as refused:
        validation.clean_name("x" * 101, "last_name")
    assert refused.value.params == {"field": "last_name", "reason": "too_long", "limit": 100}
