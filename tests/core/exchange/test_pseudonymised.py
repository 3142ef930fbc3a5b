"""The pseudonymised exchange workbook (SPEC §6): no names, contacts, birth dates or free
text; age bands; ids replaced by a keyed hash stable between exports; an Aggregates sheet
whose small counts are hidden."""

from __future__ import annotations

import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from duodesk.core.context import Services
from duodesk.core.errors import ExchangeFileUnreadable
from duodesk.core.exchange.pseudonymise import SECRET_KEY, age_band
from duodesk.core.models import AppSetting, ExchangeState, Meeting, Mentee, Person
from tests.core.exchange.conftest import sheets


def _all_text(path: Path) -> str:
    """Every byte of the workbook's XML, as text: what someone unzipping it would see."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())


def test_no_name_contact_birth_date_or_free_text(antenna: Services, tmp_path: Path) -> None:
    with antenna.db.write() as session:  # a summary that would be free text
        meeting = session.scalars(select(Meeting).limit(1)).one()
        meeting.summary = "Summary-that-must-not-travel"
        meeting.location = "Rue-de-la-Loi-16"
    out = tmp_path / "stats.xlsx"
    result = antenna.exchange.export(out, pseudonymised=True)
    assert result.pseudonymised

    content = _all_text(out)
    read = sheets(out)
    cells = {value for rows in read.values() for row in rows for value in row}
    with antenna.db.read() as session:
        people = session.execute(select(Person.id, Person.first_name, Person.last_name,
                                        Person.email, Person.phone, Person.birth_date)).all()
    assert len(people) == 60
    for key, first, last, email, phone, birth in people:
        # A last name may also be part of a municipality (Woluwe-Saint-Lambert): names are
        # looked for as whole cells, contacts and ids anywhere in the file.
        assert first not in cells and last not in cells and f"{first} {last}" not in content
        for contact in filter(None, (email, phone, phone and phone[3:])):
            assert contact not in content
        assert str(key) not in content
        assert birth is None or birth not in cells
    assert "Summary-that-must-not-travel" not in content and "Rue-de-la-Loi-16" not in content
    assert "age_band" in read["Mentees"][0] and "birth_date" not in read["Mentees"][0]
    for header in (read[name][0] for name in read if name not in ("About", "Aggregates")):
        assert not {"first_name", "last_name", "email", "phone", "summary", "location",
                    "coordinator", "employer", "postal_code"} & set(header)
    assert ["pseudonymised", "yes"] in read["About"]
    with antenna.db.read() as session:  # statistics are no exchange: nothing stamped
        assert session.scalar(select(func.count()).select_from(ExchangeState)) == 0


def test_pseudonyms_are_stable_and_link_the_sheets(antenna: Services, tmp_path: Path) -> None:
    first, second = tmp_path / "one.xlsx", tmp_path / "two.xlsx"
    antenna.exchange.export(first, pseudonymised=True)
    antenna.exchange.export(second, pseudonymised=True)
    one, two = sheets(first), sheets(second)
    assert one["Mentees"] == two["Mentees"] and one["Duos"] == two["Duos"]
    mentee_ids = {row[0] for row in one["Mentees"][1:]}
    assert all(len(key) == 64 for key in mentee_ids)
    duo_header = one["Duos"][0]
    duo_mentees = {row[duo_header.index("mentee_id")] for row in one["Duos"][1:]}
    assert duo_mentees <= mentee_ids
    with antenna.db.read() as session:
        secrets = session.scalars(select(AppSetting.value).where(
            AppSetting.key == SECRET_KEY)).all()
    assert len(secrets) == 1 and len(secrets[0]) == 64


def test_age_bands_and_aggregates(antenna: Services, tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    antenna.exchange.export(out, pseudonymised=True)
    read = sheets(out)
    header = read["Mentees"][0]
    bands = Counter(row[header.index("age_band")] for row in read["Mentees"][1:])
    assert set(bands) <= {"18-20", "21-25", "26-30", "31+", ""}
    with antenna.db.read() as session:
        statuses = Counter(str(s) for s in session.scalars(select(Mentee.status)))
    aggregates = {(row[0], row[1], row[2]): row[3] for row in read["Aggregates"][1:]}
    assert read["Aggregates"][0] == ["population", "by", "value", "count"]
    for status in ("registered", "waiting", "in_duo", "finished", "not_eligible"):
        count = statuses.get(status, 0)
        shown = aggregates[("mentees", "status", status)]
        assert shown == ("<5" if count < 5 else count), status
    for band in ("18-20", "21-25", "26-30", "31+"):
        count = bands.get(band, 0)
        assert aggregates[("mentees", "age_band", band)] == ("<5" if count < 5 else count)
    assert any(value == "<5" for value in aggregates.values())
    assert any(isinstance(value, float | int) and value >= 5 for value in aggregates.values())
    assert ("mentors", "age_band", "70+") in aggregates
    assert any(key[1] == "municipality" for key in aggregates)


@pytest.mark.parametrize(("birth", "mentor", "band"), [
    (date(2006, 6, 2), False, "18-20"), (date(2005, 6, 1), False, "21-25"),
    (date(2000, 6, 2), False, "21-25"), (date(2000, 6, 1), False, "26-30"),
    (date(1995, 6, 2), False, "26-30"), (date(1995, 6, 1), False, "31+"),
    (date(1966, 6, 2), True, "50-59"), (date(1966, 6, 1), True, "60-69"),
    (date(1950, 1, 1), True, "70+"), (None, True, None),
])
def test_age_band_on_the_day(birth: date | None, mentor: bool, band: str | None) -> None:
    assert age_band(birth, date(2026, 6, 1), mentor) == band


def test_a_pseudonymised_workbook_cannot_be_imported(antenna: Services, tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    antenna.exchange.export(out, pseudonymised=True)
    with pytest.raises(ExchangeFileUnreadable) as raised:
        antenna.exchange.import_file(out)
    assert raised.value.params["reason"] == "pseudonymised"
