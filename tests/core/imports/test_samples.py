"""The partners' sample files read and cleaned end to end: what each row becomes."""

from __future__ import annotations

import datetime as dt

import pytest

from duodesk.core.codes import EducationLevel, Gender, LanguageLevel
from duodesk.core.imports.columns import guess_mapping
from duodesk.core.imports.reader import read_source
from duodesk.core.imports.source import ImportField as F
from duodesk.core.imports.source import NormalisedRow
from duodesk.core.imports.values import normalise_row
from tests.conftest import SHARED_DATA

SAMPLES = SHARED_DATA
TODAY = dt.date(2026, 11, 29)
G = LanguageLevel.GOOD


def _rows(name: str) -> list[NormalisedRow]:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"the partners' sample file {name} is not beside the project")
    table = read_source(path)
    mapping = guess_mapping(table.headers)
    return [normalise_row(row, mapping, today=TODAY) for row in table.rows]


def test_forem_list_every_date_kind_and_the_impossible_date_rejected() -> None:
    rows = _rows("forem_liste_orientations.xlsx")
    mbuyi, karimi, sow, ozturk, tahiri = rows
    assert (mbuyi.values[F.LAST_NAME], mbuyi.values[F.FIRST_NAME]) == ("Mbuyi", "Grâce")
    assert mbuyi.values[F.BIRTH_DATE] == dt.date(2000, 8, 17)  # a date cell
    assert karimi.values[F.BIRTH_DATE] == dt.date(1997, 11, 5)  # text, day first
    assert sow.values[F.BIRTH_DATE] == dt.date(2001, 5, 4)  # an Excel serial number
    assert ozturk.values[F.BIRTH_DATE] == dt.date(1996, 2, 29)  # ISO text
    assert [i.code for i in tahiri.errors] == ["date_unreadable"]  # 30/02/1999
    assert [r.values[F.PHONE] for r in rows] == [
        "+32493214365", "+32493214366", "+32493214367", "+32493214368", "+32493214369"]
    assert karimi.values[F.LANGUAGES] == [("prs", G), ("en", G)]
    assert sow.values[F.LANGUAGES] == [("fr", G), ("ful", G), ("wo", G)]
    assert [r.values[F.EDUCATION_LEVEL] for r in rows] == [
        EducationLevel.UPPER_SECONDARY, EducationLevel.HIGHER_SHORT, EducationLevel.NONE,
        EducationLevel.HIGHER_LONG, EducationLevel.UPPER_SECONDARY]
    assert [r.values[F.GENDER] for r in rows] == [Gender.FEMALE, Gender.MALE, Gender.FEMALE,
                                                   Gender.MALE, Gender.FEMALE]
    assert sow.values[F.REFERRER_CONTACT] == "Mme Lejeune"
    assert ozturk.values[F.PROFESSIONAL_PROJECT] == "Comptable"
    assert not any(r.warnings for r in rows)


def test_association_list_keeps_no_national_number() -> None:
    rows = _rows("association_referrals_en.xlsx")
    assert [r.values[F.LAST_NAME] for r in rows] == ["Lahlou", "Hakimi"]
    assert rows[0].values[F.LANGUAGES] == [("fr", G), ("en", G), ("ar", G)]
    assert rows[0].values[F.BIRTH_DATE] == dt.date(2001, 12, 12)
    for row in rows:
        assert not row.errors and not row.warnings
        assert not any("45.67" in str(v) or "456.78" in str(v) for v in row.values.values())


def test_ocmw_csv_with_an_empty_phone() -> None:
    rows = _rows("ocmw_gent_aanmeldingen.csv")
    assert [r.values[F.BIRTH_DATE] for r in rows] == [
        dt.date(2002, 7, 7), dt.date(2003, 1, 15), dt.date(2003, 1, 15)]
    assert rows[0].values[F.LAST_NAME] == "De Vos-Amrani"
    assert rows[0].values[F.LANGUAGES] == [("nl", G), ("ar", G)]
    assert rows[2].values[F.LANGUAGES] == [("prs", G), ("en", G), ("nl", G)]
    assert F.PHONE not in rows[2].values and not rows[2].warnings
    assert rows[1].values[F.MUNICIPALITY] == "Sint-Amandsberg"
