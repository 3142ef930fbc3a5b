"""Columns recognised by their names in French, Dutch and English; the header row found as
SPEC §5.1 says; national register number columns never mapped (SPEC §5.4)."""

from __future__ import annotations

import pytest

from duodesk.core.imports.columns import (
    find_header_row,
    guess_mapping,
    is_national_number_column,
    recognise,
    unmapped_columns,
)
from duodesk.core.imports.source import ImportField as F

NAMES = {
    F.LAST_NAME: ["Nom", "Naam", "Achternaam", "Familienaam", "Last name", "Surname",
                  "NOM DE FAMILLE", "nom_de_famille"],
    F.FIRST_NAME: ["Prénom", "PRENOM", "Voornaam", "First name", "first-name", "Given name"],
    F.FULL_NAME: ["Nom complet", "Naam en voornaam", "Nom et prénom", "Full name"],
    F.BIRTH_DATE: ["Date de naissance", "Geboortedatum", "DOB", "Né(e) le", "Date naissance",
                   "Date of birth"],
    F.PHONE: ["GSM", "Téléphone", "Telefoon", "Tel.", "TÉL", "Phone", "Téléphone (GSM)"],
    F.EMAIL: ["E-mail", "Courriel", "email", "Adresse e-mail", "E-mailadres"],
    F.POSTAL_CODE: ["Code postal", "Postcode", "CP", "C.P.", "Zip", "CP + Localité",
                    "Postcode en gemeente"],
    F.MUNICIPALITY: ["Commune", "Gemeente", "Localité", "Woonplaats", "City"],
    F.LANGUAGES: ["Langues", "Talen", "Languages", "Langue(s)", "Spoken languages"],
    F.SECTORS: ["Secteur", "Sector", "Sectors", "Secteur souhaité"],
    F.EDUCATION_LEVEL: ["Niveau d'études", "Opleidingsniveau", "Diplôme", "Education level"],
    F.REFERRAL_DATE: ["Date d'orientation", "Datum aanmelding", "Referral date"],
    F.REFERRER_CONTACT: ["Référent", "Contactpersoon", "Conseiller", "Referrer"],
    F.PROFESSIONAL_PROJECT: ["Projet professionnel", "Beroepsproject", "Métier recherché"],
    F.DRIVING_LICENCE: ["Permis de conduire", "Rijbewijs", "Driving licence", "Permis B"],
    F.NOTES: ["Remarques", "Opmerkingen", "Comments", "Notes"],
    F.GENDER: ["Sexe", "Genre", "Geslacht", "Gender", "M/F"],
    F.DIPLOMA_RECOGNISED: ["Équivalence", "Diploma erkend"],
    F.JOBSEEKER_SERVICE: ["Ingeschreven bij", "Inscription"],
}


@pytest.mark.parametrize(("field", "name"),
                         [(f, n) for f, names in NAMES.items() for n in names])
def test_column_names_in_three_languages(field: F, name: str) -> None:
    assert recognise(name) == field
    assert recognise(f"  {name.upper()}  ") == field


@pytest.mark.parametrize("name", [
    "NISS", "N° NISS", "INSZ", "Rijksregisternummer", "Numéro national",
    "National number", "N° de registre national", "INSZ-nummer", "Numéro de registre national",
])
def test_national_register_columns_are_never_mapped(name: str) -> None:
    assert is_national_number_column(name)
    assert recognise(name) is None
    assert guess_mapping(["Nom", "Prénom", name]) == {0: F.LAST_NAME, 1: F.FIRST_NAME}


@pytest.mark.parametrize("name", ["", "   ", "Colonne1", "Statut du dossier", "N°"])
def test_unknown_names_are_not_mapped(name: str) -> None:
    assert recognise(name) is None


def test_guess_mapping_keeps_the_first_column_of_a_field_and_prefers_split_names() -> None:
    headers = ["Nom complet", "Nom", "Prénom", "GSM", "Téléphone", "Statut", ""]
    mapping = guess_mapping(headers)
    assert mapping == {1: F.LAST_NAME, 2: F.FIRST_NAME, 3: F.PHONE}
    assert unmapped_columns(headers, mapping) == [0, 4, 5]


def test_header_row_needs_three_known_names_one_of_them_a_name() -> None:
    rows = [
        ["Liste des orientations — CPAS de Schaerbeek"],
        ["GSM", "E-mail", "Langues"],  # three known names, but no name column
        ["Nom", "GSM"],  # a name, but only two known names
        ["Nom", "Prénom", "GSM", "Statut"],
        ["Dupont", "Amina", "0470 12 34 56", "nouveau"],
    ]
    assert find_header_row(rows) == 3
    assert find_header_row([["Nom complet", "Courriel", "Commune"]]) == 0
    assert find_header_row(rows[:3]) is None


def test_header_row_is_searched_in_the_first_30_rows_only() -> None:
    header = ["Nom", "Prénom", "GSM"]
    assert find_header_row([["titre"]] * 29 + [header]) == 29
    assert find_header_row([["titre"]] * 30 + [header]) is None
