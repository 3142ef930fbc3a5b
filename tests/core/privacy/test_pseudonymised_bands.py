"""An anonymised file has no birth date left: the pseudonymised exchange workbook (SPEC §6)
shows the age band it kept, in its row and in the aggregates."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from duodesk.core.context import Services
from duodesk.core.exchange.pseudonymise import UNKNOWN, Pseudonymiser, pseudonym_secret
from duodesk.core.models import Mentee, Person
from duodesk.core.privacy.anonymise import AnonymisationService
from tests.core.exchange.conftest import antenna, sheets  # noqa: F401


def test_the_kept_age_band_is_exported(antenna: Services, tmp_path: Path) -> None:  # noqa: F811
    before, after = tmp_path / "before.xlsx", tmp_path / "after.xlsx"
    antenna.exchange.export(before, pseudonymised=True)
    with antenna.db.read() as session:
        mentees = list(session.scalars(select(Person.id).join(
            Mentee.__table__, Mentee.__table__.c.id == Person.id).limit(5)))
    AnonymisationService(antenna.db).anonymise(mentees)
    antenna.exchange.export(after, pseudonymised=True)
    with antenna.db.write() as session:
        hashed = Pseudonymiser(pseudonym_secret(session), antenna.reports.today())
        kept = {hashed.pseudonym(str(key)): band for key, band in session.execute(
            select(Person.id, Person.age_band).where(Person.id.in_(mentees)))}
    assert all(kept.values())
    rows = sheets(after)["Mentees"]
    header = rows[0]
    shown = {row[header.index("id")]: row[header.index("age_band")] for row in rows[1:]}
    assert {key: shown[key] for key in kept} == kept
    # The aggregates count them in their bands, not among the unknown ages.
    def unknown(path: Path) -> object:
        return next((row[3] for row in sheets(path)["Aggregates"][1:]
                     if row[:3] == ["mentees", "age_band", UNKNOWN]), 0)

    assert unknown(after) == unknown(before)
