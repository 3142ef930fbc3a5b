"""The sign-in sheet of a group session: title, date, time, place, coordinator, every invitee
with a signature column, and blank rows for walk-ins, in the language chosen."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from duodesk.core.calendar.views import MeetingDraft
from duodesk.core.context import Services
from duodesk.core.documents.attendance_sheet import sheet_of, write_attendance_sheet
from duodesk.core.documents.texts import document_texts, format_date
from tests.core.documents.helpers import pdf_text
from tests.core.duo_setup import TODAY
from tests.factories import make_mentee, make_mentor, use_coordinator

STARTS = datetime.combine(TODAY + timedelta(days=3), time(18, 30))


def session(services: Services, invitees: int = 3) -> uuid.UUID:
    coordinator = use_coordinator(services, "Élodie Coordinatrice")
    people = [make_mentee(services, first_name="Şükrü", last_name="Ağaoğlu"),
              make_mentor(services, first_name="Nguyễn", last_name="Thị Ánh")]
    people += [make_mentee(services, first_name="Ioana", last_name=f"Țurcanu{n}")
               for n in range(invitees - 2)]
    (meeting_id,) = services.calendar.create(MeetingDraft(
        kind="info_session", starts_at=STARTS, duration_min=90,
        location="Maison de quartier, Schaerbeek", coordinator_id=coordinator.id,
        title="Séance d'information — Łódź & Gent", attendee_ids=tuple(people)))
    return meeting_id



@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_sheet_lists_the_session_and_every_invitee(
        services: Services, tmp_path: Path, language: str) -> None:
    sheet = sheet_of(services.calendar.get(session(services)))
    out = tmp_path / "sheet.pdf"
    write_attendance_sheet(out, sheet, language)
    assert b"/FontFile2" in out.read_bytes()
    text = pdf_text(out)
    texts = document_texts("sheets", language)
    for expected in ("Séance d'information — Łódź & Gent", "Maison de quartier, Schaerbeek",
                     "Élodie Coordinatrice", "18:30 – 20:00", format_date(STARTS.date(), language),
                     "Şükrü Ağaoğlu", "Nguyễn Thị Ánh", "Ioana Țurcanu0",
                     texts["attendance_title"], texts["signature"], texts["walk_ins"],
                     texts["mentee"], texts["mentor"], texts["kinds"]["info_session"]):
        assert expected in text, expected
    # Walk-ins are numbered on after the invitees.
    assert " 11 " in f" {' '.join(text.split())} "


def test_a_long_list_goes_on_over_pages_with_its_header(services: Services,
                                                         tmp_path: Path) -> None:
    sheet = sheet_of(services.calendar.get(session(services, invitees=45)))
    out = tmp_path / "sheet.pdf"
    write_attendance_sheet(out, sheet, "en")
    pages = pdf_text(out).split("\f")
    assert len([p for p in pages if p.strip()]) >= 2
    assert all("Signature" in page for page in pages if page.strip())
    assert "Page 2 of" in pages[1]
