"""``duodesk calendar OUT.ics`` run as a real process beside the database: the meetings
chosen, summaries in the user's language, an unknown coordinator or id told in one line;
and the calendar's refusals worded for the user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from duodesk.core.context import build_services
from duodesk.core.database import open_database
from duodesk.core.errors import CalendarNotWritten, CalendarRefused, InvalidValue
from tests.core.calendar.setup import NEXT_WEEK, session_draft
from tests.factories import use_coordinator

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module", autouse=True)
def compiled_translations() -> None:
    """The .qm files that a wheel ships; a source checkout compiles them (gitignored)."""
    from hatch_build import compile_translations

    compile_translations(REPO / "resources" / "i18n")


def duodesk(*arguments: str, language: str = "en") -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "DUODESK_LANG": language}
    return subprocess.run([sys.executable, "-m", "duodesk", *arguments], cwd=REPO, text=True,
                          capture_output=True, env=environment, timeout=120)


@pytest.fixture
def antenna(tmp_path: Path) -> Path:
    """A database with two coordinators' sessions; closed, as a script finds it."""
    path = tmp_path / "antenna.sqlite"
    services = build_services(open_database(path))
    nadia = use_coordinator(services, "Nadia Testcoord")
    tom = services.organisation.save_coordinator("Tom Testcoord", None, None)
    services.calendar.create(session_draft(nadia.id))
    services.calendar.create(session_draft(tom.id, title="Atelier CV",
                                           starts_at=NEXT_WEEK.replace(hour=14)))
    services.close()
    return path


def summaries(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))


def test_the_command_writes_one_coordinators_meetings_in_french(antenna: Path,
                                                                tmp_path: Path) -> None:
    out = tmp_path / "nadia.ics"
    done = duodesk("calendar", str(out), "--db", str(antenna), "--coordinator",
                   " nadia testcoord", language="fr")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Rencontres enregistrées dans {out} : 1."
    assert summaries(out) == ["Intervision – Intervision mentors"]
    done = duodesk("--json", "calendar", str(out), "--db", str(antenna))
    assert done.returncode == 0 and '"events": 2' in done.stdout
    assert summaries(out) == ["Intervision – Atelier CV", "Intervision – Intervision mentors"]


def test_an_unknown_coordinator_or_duo_is_one_line(antenna: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    done = duodesk("calendar", str(out), "--db", str(antenna), "--coordinator", "Nobody",
                   language="nl")
    assert done.returncode == 1
    assert done.stderr.strip() == ("Er is geen coördinator met de naam ‘Nobody’. Gekende "
                                   "coördinatoren: Nadia Testcoord; Tom Testcoord.")
    done = duodesk("calendar", str(out), "--db", str(antenna), "--duo",
                   "5f0c3a6e-1111-4222-8333-944455556666")
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not out.exists()
    done = duodesk("calendar", str(out), "--db", str(antenna), "--meeting", "12")
    assert done.returncode == 2 and "not an id" in done.stderr


def test_the_calendars_refusals_are_sentences() -> None:
    from duodesk.messages import describe

    reasons = ("meeting_cancelled", "meeting_done", "meeting_in_future", "not_invited",
               "duo_attendees_fixed", "kind_fixed", "follow_up_from_duo")
    sentences = {describe(CalendarRefused(reason=reason)) for reason in reasons}
    assert len(sentences) == len(reasons)
    assert "This change to the meeting is not possible." not in sentences
    assert describe(InvalidValue(field="recurrence", reason="too_many", limit=200)) == \
        "Repeat: this would make more than 200 meetings; choose an earlier end date."
    assert describe(InvalidValue(field="meeting_kind", reason="unknown_code")) == \
        "Kind of meeting: choose a value from the list."
    assert "/tmp/x.ics" in describe(CalendarNotWritten(path="/tmp/x.ics", detail="denied"))
