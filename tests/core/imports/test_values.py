"""Each data row's values cleaned as a coordinator expects (issue 4 item 3, SPEC §5)."""

from __future__ import annotations

import datetime as dt

import pytest

from duodesk.core.codes import EducationLevel, Gender, JobseekerService, LanguageLevel, Sector
from duodesk.core.imports.dates import DateUnreadable, parse_date
from duodesk.core.imports.source import ImportField as F
from duodesk.core.imports.source import SourceRow
from duodesk.core.imports.values import normalise_row, split_full_name

TODAY = dt.date(2026, 11, 29)


def _row(mapping: dict[F, object], *, number: int = 7):
    """Normalise one row whose columns hold ``mapping``'s values (plus a name, so that a
    row about another field is not rejected for lacking one)."""
    cells = dict(mapping)
    if F.LAST_NAME not in cells and F.FULL_NAME not in cells:
        cells[F.LAST_NAME] = "Peeters"
    if F.FIRST_NAME not in cells and F.FULL_NAME not in cells:
        cells[F.FIRST_NAME] = "An"
    fields = list(cells)
    row = SourceRow(number, tuple(cells[f] for f in fields))
    return normalise_row(row, dict(enumerate(fields)), today=TODAY)


def _codes(issues) -> list[str]:
    return [issue.code for issue in issues]


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "expected"), [
    (dt.date(1999, 4, 3), dt.date(1999, 4, 3)),
    (dt.datetime(1999, 4, 3, 0, 0), dt.date(1999, 4, 3)),
    (36253, dt.date(1999, 4, 3)),  # an Excel serial number
    (36253.0, dt.date(1999, 4, 3)),
    ("36253", dt.date(1999, 4, 3)),
    ("03/04/1999", dt.date(1999, 4, 3)),
    ("3/4/1999", dt.date(1999, 4, 3)),
    ("3-4-99", dt.date(1999, 4, 3)),
    ("1999-04-03", dt.date(1999, 4, 3)),
    ("3.4.1999", dt.date(1999, 4, 3)),
    ("03 04 1999", dt.date(1999, 4, 3)),
    ("03041999", dt.date(1999, 4, 3)),
    ("19990403", dt.date(1999, 4, 3)),
    ("3 avril 1999", dt.date(1999, 4, 3)),
    ("3 april 1999", dt.date(1999, 4, 3)),
    ("1er mars 2001", dt.date(2001, 3, 1)),
    ("1999-04-03 00:00:00", dt.date(1999, 4, 3)),
    ("03/04/26", dt.date(2026, 4, 3)),  # two digits: the most recent year not in the future
    ("03/04/27", dt.date(1927, 4, 3)),
    ("", None),
    (None, None),
])
def test_dates_in_every_form_day_first(cell: object, expected: dt.date | None) -> None:
    assert parse_date(cell, TODAY) == expected


@pytest.mark.parametrize("cell", ["30/02/1999", "13/13/1999", "demain", "1999", True, -5])
def test_unreadable_dates(cell: object) -> None:
    with pytest.raises(DateUnreadable):
        parse_date(cell, TODAY)


@pytest.mark.parametrize(("cell", "code"), [
    ("30/02/1999", "date_unreadable"),
    ("01/01/1900", "date_implausible"),
    ("12/05/1850", "date_implausible"),
    ("01/01/2200", "date_implausible"),
    ("30/11/2026", "date_implausible"),  # tomorrow
])
def test_a_bad_birth_date_rejects_the_row_with_the_cell_shown(cell: str, code: str) -> None:
    result = _row({F.BIRTH_DATE: cell})
    assert _codes(result.errors) == [code]
    assert result.errors[0].field == F.BIRTH_DATE and result.errors[0].params == {"value": cell}
    assert F.BIRTH_DATE not in result.values


def test_a_bad_referral_date_is_dropped_with_a_warning_only() -> None:
    result = _row({F.REFERRAL_DATE: "31/06/2026"})
    assert not result.errors and _codes(result.warnings) == ["date_unreadable"]
    assert _row({F.REFERRAL_DATE: 45658}).values[F.REFERRAL_DATE] == dt.date(2025, 1, 1)


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("full", "last", "first"), [
    ("MBUYI Grâce", "MBUYI", "Grâce"),
    ("Grâce MBUYI", "MBUYI", "Grâce"),
    ("VAN DER BERGHE Jan Pieter", "VAN DER BERGHE", "Jan Pieter"),
    ("De Smet Jan", "De Smet", "Jan"),
    ("El Amrani Yasmina", "El Amrani", "Yasmina"),
    ("Van der Berghe Jan", "Van der Berghe", "Jan"),
    ("Peeters An", "Peeters", "An"),
    ("DIALLO AWA", "DIALLO", "AWA"),
    ("Diallo, Awa Binta", "Diallo", "Awa Binta"),
    ("Diallo", "Diallo", ""),
])
def test_full_name_split_last_first(full: str, last: str, first: str) -> None:
    assert split_full_name(full) == (last, first)


def test_names_trimmed_and_capitals_put_in_natural_case() -> None:
    result = _row({F.LAST_NAME: "  VAN DEN BROECK ", F.FIRST_NAME: "JEAN-PIERRE"})
    assert result.values[F.LAST_NAME] == "Van den Broeck"
    assert result.values[F.FIRST_NAME] == "Jean-Pierre"
    full = _row({F.FULL_NAME: "EL AMRANI Yasmina"})
    assert (full.values[F.LAST_NAME], full.values[F.FIRST_NAME]) == ("El Amrani", "Yasmina")


def test_no_last_name_rejects_the_row() -> None:
    result = _row({F.LAST_NAME: "   ", F.FIRST_NAME: "Awa"})
    assert _codes(result.errors) == ["last_name_missing"]


def test_a_100000_character_cell_is_an_issue_never_a_crash() -> None:
    huge = "x" * 100_000
    name = _row({F.LAST_NAME: huge})
    assert _codes(name.errors) == ["value_too_long"]
    assert name.errors[0].params["limit"] == "100"
    assert len(name.errors[0].params["value"]) <= 61  # only the start, for the report
    notes = _row({F.NOTES: huge})
    assert not notes.errors and _codes(notes.warnings) == ["value_too_long"]
    assert F.NOTES not in notes.values


# --- national register numbers --------------------------------------------------------------


@pytest.mark.parametrize("cell", [
    "85.07.25-123.45", "85072512345", 85072512345, "850725 123 45", "85 07 25 123 45",
    "85.07.25 123-45", "01.12.12-345.67", "85-47-25-123-45",
])
def test_national_numbers_are_dropped_from_any_mapped_column(cell: object) -> None:
    for field in (F.PHONE, F.NOTES, F.POSTAL_CODE, F.REFERRER_CONTACT):
        result = _row({field: cell})
        assert _codes(result.warnings) == ["national_number_dropped"], field
        assert field not in result.values
        assert "value" not in result.warnings[0].params  # never repeated, not even here


def test_a_national_number_inside_notes_is_cut_out_and_the_rest_kept() -> None:
    result = _row({F.NOTES: "Suivie par le CPAS. NISS 85.07.25-123.45, à rappeler"})
    assert result.values[F.NOTES] == "Suivie par le CPAS. NISS , à rappeler"
    assert _codes(result.warnings) == ["national_number_dropped"]


@pytest.mark.parametrize("phone", ["0470 12 34 56", "+32 470/12.34.56", "0032470123456",
                                   "32470123456", 32470123456])
def test_phone_numbers_are_not_taken_for_national_numbers(phone: object) -> None:
    result = _row({F.PHONE: phone})
    assert result.values[F.PHONE] == "+32470123456" and not result.warnings


# --- contacts ---------------------------------------------------------------------------------


@pytest.mark.parametrize("phone", ["0470 12 34 56", "+32 470/12.34.56", "0032470123456",
                                   "0470-12-34-56", "(0470) 12 34 56", "0032 470 12 34 56"])
def test_belgian_mobiles_in_every_form(phone: str) -> None:
    assert _row({F.PHONE: phone}).values[F.PHONE] == "+32470123456"


def test_landlines_foreign_numbers_and_unreadable_phones() -> None:
    assert _row({F.PHONE: "02 512 34 56"}).values[F.PHONE] == "+3225123456"
    assert _row({F.PHONE: "+33 6 12 34 56 78"}).values[F.PHONE] == "+33612345678"
    two = _row({F.PHONE: "0470 12 34 56 / 02 512 34 56"})
    assert two.values[F.PHONE] == "+32470123456"
    assert [(i.code, i.params["value"]) for i in two.warnings] == [
        ("phone_extra_dropped", "02 512 34 56")]
    kept = _row({F.PHONE: "voir mère"})
    assert kept.values[F.PHONE] == "voir mère" and not kept.errors
    assert _codes(kept.warnings) == ["phone_unreadable"]
    assert kept.warnings[0].params == {"value": "voir mère"}


def test_the_fast_mobile_path_agrees_with_the_phone_library() -> None:
    from duodesk.core.imports.fields import _phone
    from duodesk.core.validation import normalise_phone_lenient

    for prefix in range(450, 500):
        typed = f"0{prefix} 12 34 56"
        checked = normalise_phone_lenient(typed)
        assert _phone(typed) == (checked.value, checked.warning is None), typed


def test_emails_trimmed_and_lower_cased_invalid_ones_dropped() -> None:
    assert _row({F.EMAIL: "  Amina.D@Example.ORG "}).values[F.EMAIL] == "amina.d@example.org"
    assert _row({F.EMAIL: "zoë@exemple.be"}).values[F.EMAIL] == "zoë@exemple.be"
    assert _row({F.EMAIL: "mailto:Amina@example.org"}).values[F.EMAIL] == "amina@example.org"
    two = _row({F.EMAIL: "amina@example.org / A.Diallo@work.example.be"})
    assert two.values[F.EMAIL] == "amina@example.org"
    assert _codes(two.warnings) == ["email_extra_dropped"]
    assert two.warnings[0].params == {"value": "A.Diallo@work.example.be"}
    bad = _row({F.EMAIL: "amina.example.org"})
    assert F.EMAIL not in bad.values and _codes(bad.warnings) == ["email_invalid"]


def test_postcodes_and_municipalities() -> None:
    result = _row({F.POSTAL_CODE: 1060.0, F.MUNICIPALITY: "SAINT-GILLES"})
    assert (result.values[F.POSTAL_CODE], result.values[F.MUNICIPALITY]) == (
        "1060", "Saint-Gilles")
    filled = _row({F.POSTAL_CODE: "B-9000"})
    assert filled.values[F.POSTAL_CODE] == "9000" and filled.values[F.MUNICIPALITY]
    both = _row({F.POSTAL_CODE: "B-1060 SAINT-GILLES"})
    assert (both.values[F.POSTAL_CODE], both.values[F.MUNICIPALITY]) == ("1060", "Saint-Gilles")
    assert not both.warnings
    unknown = _row({F.POSTAL_CODE: "0999", F.MUNICIPALITY: "Nulle part"})
    assert F.POSTAL_CODE not in unknown.values
    assert unknown.values[F.MUNICIPALITY] == "Nulle part"
    assert _codes(unknown.warnings) == ["postal_code_unknown"]


# --- codes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "gender"), [
    ("F", Gender.FEMALE), ("V", Gender.FEMALE), ("vrouw", Gender.FEMALE),
    ("Femme", Gender.FEMALE), ("female", Gender.FEMALE), ("Mme", Gender.FEMALE),
    ("Mevr.", Gender.FEMALE), ("M", Gender.MALE), ("H", Gender.MALE), ("homme", Gender.MALE),
    ("Man", Gender.MALE), ("male", Gender.MALE), ("M.", Gender.MALE), ("Dhr.", Gender.MALE),
    ("X", Gender.OTHER), ("autre", Gender.OTHER),
])
def test_genders(cell: str, gender: Gender) -> None:
    assert _row({F.GENDER: cell}).values[F.GENDER] == gender


def test_unknown_gender_is_a_warning() -> None:
    result = _row({F.GENDER: "?"})
    assert F.GENDER not in result.values and _codes(result.warnings) == ["gender_unknown"]


G, N, FL, B = (LanguageLevel.GOOD, LanguageLevel.NATIVE, LanguageLevel.FLUENT,
               LanguageLevel.BASIC)


@pytest.mark.parametrize(("cell", "languages"), [
    ("FR, NL, Arabe", [("fr", G), ("nl", G), ("ar", G)]),
    ("Frans; Engels", [("fr", G), ("en", G)]),
    ("Turkish", [("tr", G)]),
    ("dari / pashto", [("prs", G), ("ps", G)]),
    ("berbère, tamazight", [("ber", G)]),
    ("Peul et Wolof", [("ful", G), ("wo", G)]),
    ("Arabe (langue maternelle), FR courant", [("ar", N), ("fr", FL)]),
    ("Nederlands: basis", [("nl", B)]),
    ("NL (B1), EN (C1)", [("nl", G), ("en", FL)]),
    ("Lingala - Français", [("ln", G), ("fr", G)]),
    ("moedertaal Somali", [("so", N)]),
    ("fr, nl, en", [("fr", G), ("nl", G), ("en", G)]),  # "en" ending a list is English
    ("Frans en Engels", [("fr", G), ("en", G)]),  # ... between spaces, it joins
    ("Arabe - langue maternelle", [("ar", N)]),
])
def test_languages_as_words_to_codes_and_levels(cell: str, languages: list) -> None:
    result = _row({F.LANGUAGES: cell})
    assert result.values[F.LANGUAGES] == languages and not result.warnings


def test_an_unknown_language_word_is_a_warning_the_others_kept() -> None:
    result = _row({F.LANGUAGES: "FR, Klingon"})
    assert result.values[F.LANGUAGES] == [("fr", G)]
    assert _codes(result.warnings) == ["language_unknown"]
    assert result.warnings[0].params == {"value": "Klingon"}


@pytest.mark.parametrize(("cell", "level"), [
    ("CESS", EducationLevel.UPPER_SECONDARY), ("secondaire supérieur",
                                               EducationLevel.UPPER_SECONDARY),
    ("ASO", EducationLevel.UPPER_SECONDARY), ("Diploma secundair onderwijs (TSO)",
                                              EducationLevel.UPPER_SECONDARY),
    ("bachelier", EducationLevel.HIGHER_SHORT), ("Professionele bachelor",
                                                 EducationLevel.HIGHER_SHORT),
    ("Master en droit", EducationLevel.HIGHER_LONG), ("CEB", EducationLevel.PRIMARY),
    ("Aucun", EducationLevel.NONE), ("CE1D", EducationLevel.LOWER_SECONDARY),
    ("Doctorat", EducationLevel.DOCTORATE),
])
def test_education_words_to_codes(cell: str, level: EducationLevel) -> None:
    assert _row({F.EDUCATION_LEVEL: cell}).values[F.EDUCATION_LEVEL] == level


@pytest.mark.parametrize(("cell", "sectors"), [
    ("horeca", [Sector.HOSPITALITY]),
    ("nettoyage; logistiek", [Sector.CLEANING, Sector.LOGISTICS]),
    ("Vente, Informatique", [Sector.COMMERCE_SALES, Sector.IT]),
    ("Zorg", [Sector.CARE_HEALTH]),
])
def test_sector_words_to_codes(cell: str, sectors: list) -> None:
    assert _row({F.SECTORS: cell}).values[F.SECTORS] == sectors


@pytest.mark.parametrize(("cell", "answer"), [
    ("oui", True), ("Ja", True), ("yes", True), ("B", True), ("X", True),
    ("non", False), ("nee", False), ("no", False), ("geen", False),
])
def test_driving_licence_yes_no_in_three_languages(cell: str, answer: bool) -> None:
    assert _row({F.DRIVING_LICENCE: cell}).values[F.DRIVING_LICENCE] is answer


def test_jobseeker_service_and_unknown_yes_no() -> None:
    assert _row({F.JOBSEEKER_SERVICE: "Le Forem"}).values[F.JOBSEEKER_SERVICE] == \
        JobseekerService.FOREM
    result = _row({F.DRIVING_LICENCE: "peut-être"})
    assert _codes(result.warnings) == ["yes_no_unknown"]


def test_a_row_number_and_cells_beyond_the_row_end() -> None:
    row = SourceRow(12, ("Peeters", "An"))
    result = normalise_row(row, {0: F.LAST_NAME, 1: F.FIRST_NAME, 5: F.PHONE}, today=TODAY)
    assert result.number == 12 and not result.errors and F.PHONE not in result.values


def test_a_changed_mapping_is_followed_from_one_row_to_the_next() -> None:
    row = SourceRow(3, ("Peeters", "An", "0470 12 34 56"))
    first = normalise_row(row, {0: F.LAST_NAME, 1: F.FIRST_NAME, 2: F.PHONE}, today=TODAY)
    mapping = {0: F.FIRST_NAME, 1: F.LAST_NAME}
    second = normalise_row(row, mapping, today=TODAY)
    mapping[2] = F.NOTES  # the wizard edits the mapping in place
    third = normalise_row(row, mapping, today=TODAY)
    assert first.values[F.PHONE] == "+32470123456"
    assert (second.values[F.LAST_NAME], F.PHONE in second.values) == ("An", False)
    assert third.values[F.NOTES] == "0470 12 34 56"
