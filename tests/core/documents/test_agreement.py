"""The duo agreement: read back from the PDF in the three languages, names in many scripts
printed with the embedded font, the start date or a blank line to fill in."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from duodesk.core.context import Services
from duodesk.core.documents.agreement import load_agreements, write_agreements
from duodesk.core.documents.texts import document_texts, format_date
from duodesk.core.errors import InvalidValue, NotFound
from duodesk.core.models import AuditEntry, Duo
from tests.core.documents.helpers import make_duos, pdf_text


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_agreement_prints_parties_dates_and_texts_in_the_duo_language(
        services: Services, tmp_path: Path, language: str) -> None:
    signed, unsigned = make_duos(services, 2, language=language, signed=1)
    out = tmp_path / "agreements.pdf"
    write_agreements(out, load_agreements(services.db, [signed, unsigned]))
    data = out.read_bytes()
    assert b"/FontFile2" in data  # the TTF is embedded, not referenced
    assert b"DejaVuSans" in data
    pages = pdf_text(out).split("\f")
    texts = document_texts("agreement", language)
    first = "\n".join(p for p in pages if "AĞAOĞLU" in p)
    second = "\n".join(p for p in pages if "ÁNH" in p)
    for expected in ("Şükrü AĞAOĞLU", "Łukasz WIŚNIEWSKI", "Élodie Coordinatrice",
                     texts["title"], texts["sections"][0]["heading"],
                     texts["sections"][3]["heading"], texts["sections"][4]["heading"],
                     texts["signature"], texts["place"]):
        assert expected in first
    assert "Nguyễn Thị ÁNH" in second and "Göran DAĞLI" in second
    with services.db.read() as session:
        start, end = session.execute(select(Duo.start_date, Duo.planned_end)
                                     .where(Duo.id == signed)).one()
    assert format_date(start, language) in first
    assert format_date(end, language) in first
    # The unsigned duo: blank lines to fill in, never a made-up date.
    assert texts["to_fill_in"] in second
    assert format_date(start, language) not in second
    # Each agreement numbers its own pages.
    assert texts["page"].format(page=1, pages=2) in pages[0].replace("  ", " ")


def test_the_language_can_be_forced_and_an_unknown_one_is_refused(
        services: Services, tmp_path: Path) -> None:
    (duo,) = make_duos(services, 1, language="fr")
    out = tmp_path / "nl.pdf"
    write_agreements(out, load_agreements(services.db, [duo], language="nl"))
    text = pdf_text(out)
    assert "Mentoringovereenkomst" in text and "Convention de mentorat" not in text
    with pytest.raises(InvalidValue):
        load_agreements(services.db, [duo], language="de")


def test_a_missing_duo_is_reported_and_printing_is_audited_without_values(
        services: Services) -> None:
    (duo,) = make_duos(services, 1)
    with pytest.raises(NotFound):
        load_agreements(services.db, [duo, uuid.uuid4()])
    load_agreements(services.db, [duo])
    with services.db.read() as session:
        entries = session.execute(
            select(AuditEntry.record_id, AuditEntry.record_type, AuditEntry.fields)
            .where(AuditEntry.action == "export")).all()
    assert [tuple(e) for e in entries] == [(duo, "duo", "agreement")]
