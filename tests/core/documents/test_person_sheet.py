"""The one-page person file: identity, contact, status, languages, sectors, availability and
the current duo, in the language chosen, on one page, without the notes journal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from duodesk.core.codes import DayPart, LanguageLevel, Sector
from duodesk.core.context import Services
from duodesk.core.documents.person_sheet import current_duo, write_person_sheet
from duodesk.core.documents.texts import document_texts
from duodesk.core.models import AuditEntry
from tests.core.documents.helpers import make_duos, pdf_text
from tests.factories import make_mentee

PRINTED = date(2026, 3, 2)


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_a_mentee_in_a_duo(services: Services, tmp_path: Path, language: str) -> None:
    (duo,) = make_duos(services, 1, signed=1)
    mentee_id = services.duos.get(duo).mentee_id
    services.persons.add_journal_entry(mentee_id, "Private note that never prints")
    person = services.persons.get(mentee_id, record_view=False)
    out = tmp_path / "person.pdf"
    write_person_sheet(out, person, current_duo(services.db, mentee_id), language, PRINTED)
    text = pdf_text(out)
    texts = document_texts("sheets", language)
    assert text.count("\f") <= 1  # one page
    for expected in ("Şükrü Ağaoğlu", "Łukasz Wiśniewski", texts["person_title"],
                     texts["mentee_statuses"]["in_duo"], texts["duo_statuses"]["active"],
                     texts["language_names"]["fr"], texts["levels"]["native"],
                     texts["sector_names"]["it"], person.data.email, "1030"):
        assert expected in text, expected
    assert "Private note" not in text
    with services.db.read() as session:
        fields = session.scalars(select(AuditEntry.fields).where(
            AuditEntry.action == "export", AuditEntry.record_id == mentee_id)).all()
    assert fields == ["person_sheet"]


def test_a_person_without_duo_and_with_availability(services: Services, tmp_path: Path) -> None:
    person_id = make_mentee(
        services, first_name="Nguyễn", last_name="Văn Đức",
        languages=[("vi", LanguageLevel.NATIVE), ("xx", LanguageLevel.BASIC)],
        sectors=[Sector.LOGISTICS],
        availability=frozenset({("mon", DayPart.MORNING), ("wed", DayPart.EVENING)}))
    out = tmp_path / "person.pdf"
    person = services.persons.get(person_id, record_view=False)
    write_person_sheet(out, person, current_duo(services.db, person_id), "en", PRINTED)
    text = " ".join(pdf_text(out).split())
    for expected in ("Nguyễn Văn Đức", "No current duo", "Vietnamese (native)", "XX (basic)",
                     "Logistics", "Mon morning · Wed evening", "Printed on 2 March 2026"):
        assert expected in text, expected
