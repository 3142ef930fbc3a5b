"""Helpers of the document tests: duos whose parties bear names in many scripts, made through
the real services, and the text of a PDF read back with ``pdftotext``."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from duodesk.core.context import Services
from tests.core.duo_setup import TODAY, Clock, available_mentor, duo_service, waiting_mentee
from tests.factories import use_coordinator

FIRST_MEETING = datetime.combine(TODAY + timedelta(days=1), time(14, 0))
# Turkish, Polish, Romanian and Vietnamese letters that Helvetica cannot print.
MENTEES = [("Şükrü", "Ağaoğlu"), ("Nguyễn Thị", "Ánh"), ("Ioana", "Țurcanu")]
MENTORS = [("Łukasz", "Wiśniewski"), ("Göran", "Dağlı"), ("Ştefan", "Lê")]


def make_duos(services: Services, count: int = 3, *, language: str = "fr",
              signed: int = 1) -> list[uuid.UUID]:
    """``count`` accepted duos; the first ``signed`` of them have their agreement signed."""
    use_coordinator(services, "Élodie Coordinatrice")
    clock = Clock()
    duos = duo_service(services, clock)
    ids = []
    for n in range(count):
        first, last = MENTEES[n % len(MENTEES)]
        mentor_first, mentor_last = MENTORS[n % len(MENTORS)]
        mentee = waiting_mentee(services, first_name=first, last_name=last)
        mentor = available_mentor(services, first_name=mentor_first, last_name=mentor_last)
        clock.now = FIRST_MEETING
        duo = duos.propose(mentee, mentor, coordinator_id=None, first_meeting_at=FIRST_MEETING,
                           agreement_language=language)
        ids.append(duo.id)
    clock.now = FIRST_MEETING + timedelta(hours=3)
    for duo_id in ids:
        duos.record_decision(duo_id, "mentee", True)
        duos.record_decision(duo_id, "mentor", True)
    clock.advance(days=7)
    for duo_id in ids[:signed]:
        duos.sign_agreement(duo_id, clock.today())
    return ids


def pdf_text(path: Path) -> str:
    """The text of ``path`` as ``pdftotext`` reads it (layout kept, pages split by \\f)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout
