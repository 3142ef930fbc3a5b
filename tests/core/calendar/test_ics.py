"""The .ics export parsed back with icalendar: one VEVENT per meeting with a stable UID,
DTSTAMP in UTC, Brussels times with their VTIMEZONE, the summary from the caller, cancelled
meetings marked so; one duo, one coordinator or one meeting; nothing left on failure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import update

from duodesk.core.calendar import CalendarService, Recurrence
from duodesk.core.codes import MeetingKind
from duodesk.core.context import Services
from duodesk.core.errors import CalendarNotWritten, Cancelled
from duodesk.core.models import Meeting
from duodesk.core.progress import Progress
from duodesk.core.storage.tempfiles import is_temporary
from tests.core.calendar.setup import NEXT_WEEK, calendar_service, session_draft
from tests.core.duo_setup import Clock, available_mentor
from tests.factories import make_mentee, use_coordinator

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
def cal(services: Services) -> CalendarService:
    return calendar_service(services, Clock())


def parse(path: Path) -> tuple[icalendar.Calendar, list[icalendar.Event]]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return calendar, list(calendar.walk("VEVENT"))


def test_every_meeting_comes_back_with_the_same_times_and_a_stable_uid(
        services: Services, cal: CalendarService, tmp_path: Path) -> None:
    coordinator = use_coordinator(services)
    # A weekly series across the change to summer time (last Sunday of March).
    spring = datetime(2027, 3, 17, 18, 30)
    place = "Maison; des associations, 2e étage"
    ids = cal.create(session_draft(coordinator.id, starts_at=spring, location=place),
                     Recurrence("weekly", count=3))
    online = cal.create(session_draft(coordinator.id, kind=MeetingKind.INTAKE, title=None,
                                      attendee_ids=(make_mentee(services),), online=True))[0]
    out = tmp_path / "all.ics"
    assert cal.export_ics(out, describe=lambda e: f"Summary {e.title}") == 4
    calendar, events = parse(out)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Brussels"
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {f"{i}@duodesk" for i in [*ids, online]}
    for n, meeting_id in enumerate(ids):
        event = by_uid[f"{meeting_id}@duodesk"]
        start = event.decoded("DTSTART")
        assert start == (spring + timedelta(weeks=n)).replace(tzinfo=BRUSSELS)
        assert event["DTSTART"].params["TZID"] == "Europe/Brussels"
        assert event.decoded("DTEND") - start == timedelta(hours=2)
        assert str(event["SUMMARY"]) == "Summary Intervision mentors"
        assert str(event["LOCATION"]) == place
        assert str(event["STATUS"]) == "CONFIRMED"
        assert event.decoded("DTSTAMP").tzinfo is not None
        assert event.decoded("DTSTAMP").utcoffset() == timedelta(0)
    # Summer time: 18:30 in Brussels is 16:30 UTC after the change, 17:30 before.
    assert by_uid[f"{ids[2]}@duodesk"].decoded("DTSTART").astimezone(UTC).hour == 16
    assert by_uid[f"{ids[0]}@duodesk"].decoded("DTSTART").astimezone(UTC).hour == 17
    assert str(by_uid[f"{online}@duodesk"]["LOCATION"]) == "online"
    # Exporting again gives the same UIDs (calendars update rather than double them).
    again = tmp_path / "again.ics"
    cal.export_ics(again)
    assert {str(e["UID"]) for e in parse(again)[1]} == set(by_uid)


def test_a_change_raises_the_sequence_and_a_cancellation_is_exported_as_such(
        services: Services, cal: CalendarService, tmp_path: Path) -> None:
    coordinator = use_coordinator(services)
    first, second = cal.create(session_draft(coordinator.id), Recurrence("weekly", count=2))
    out = tmp_path / "before.ics"
    cal.export_ics(out)
    before = {str(e["UID"]): int(e["SEQUENCE"]) for e in parse(out)[1]}
    assert set(before.values()) == {0}
    # Stamps are to the second: the meetings were made a minute before the change.
    a_minute_ago = datetime.now(UTC) - timedelta(minutes=1)
    with services.db.write() as session:
        session.execute(update(Meeting).values(created_at=a_minute_ago,
                                               updated_at=a_minute_ago))
    cal.move(first, NEXT_WEEK + timedelta(hours=1))
    cal.cancel(second)
    cal.export_ics(out)
    after = {str(e["UID"]): e for e in parse(out)[1]}
    assert int(after[f"{first}@duodesk"]["SEQUENCE"]) > 0
    assert str(after[f"{second}@duodesk"]["STATUS"]) == "CANCELLED"


def test_one_duo_one_coordinator_or_one_meeting(services: Services, cal: CalendarService,
                                                tmp_path: Path) -> None:
    nadia = use_coordinator(services, "Nadia")
    tom = services.organisation.save_coordinator("Tom", None, None)
    mentor = available_mentor(services)
    mine = cal.create(session_draft(nadia.id, attendee_ids=(mentor,)))[0]
    cal.create(session_draft(tom.id, starts_at=NEXT_WEEK + timedelta(days=1)))
    out = tmp_path / "one.ics"
    assert cal.export_ics(out, coordinator_id=nadia.id) == 1
    assert [str(e["UID"]) for e in parse(out)[1]] == [f"{mine}@duodesk"]
    assert cal.export_ics(out, meeting_id=mine) == 1
    assert [str(e["UID"]) for e in parse(out)[1]] == [f"{mine}@duodesk"]
    assert cal.export_ics(out) == 2


def test_no_personal_notes_go_into_the_file(services: Services, cal: CalendarService,
                                            tmp_path: Path) -> None:
    coordinator = use_coordinator(services)
    cal.create(session_draft(coordinator.id, summary="Private note about a mentor",
                             topics="Confidential topic"))
    out = tmp_path / "notes.ics"
    cal.export_ics(out)
    text = out.read_text(encoding="utf-8")
    assert "Private note" not in text and "Confidential" not in text
    assert "intervision: Intervision mentors" in text  # the default, untranslated summary


def test_a_file_that_cannot_be_written_is_told_and_a_cancel_leaves_nothing(
        services: Services, cal: CalendarService, tmp_path: Path) -> None:
    coordinator = use_coordinator(services)
    cal.create(session_draft(coordinator.id), Recurrence("weekly", count=3))
    with pytest.raises(CalendarNotWritten) as refused:
        cal.export_ics(tmp_path / "missing" / "out.ics")
    assert refused.value.params["path"].endswith("out.ics")
    progress = Progress()
    progress.cancel()
    out = tmp_path / "cancelled.ics"
    with pytest.raises(Cancelled):
        cal.export_ics(out, progress=progress)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if is_temporary(p.name)]


def test_the_time_zone_covers_the_years_exported(services: Services, cal: CalendarService,
                                                 tmp_path: Path) -> None:
    coordinator = use_coordinator(services)
    far = datetime(2040, 7, 4, 10, 0)
    [meeting_id] = cal.create(session_draft(coordinator.id, starts_at=far))
    out = tmp_path / "far.ics"
    cal.export_ics(out)
    calendar, [event] = parse(out)
    [zone] = calendar.walk("VTIMEZONE")
    # The zone's own rules reach 2040: both changes of that year are in it (readers that do
    # not know "Europe/Brussels" by name rely on them).
    zone_text = zone.to_ical().decode().replace("\r\n ", "")
    assert "20400325T" in zone_text and "20401028T" in zone_text
    assert event.decoded("DTSTART") == far.replace(tzinfo=BRUSSELS)
    assert str(event["UID"]) == f"{meeting_id}@duodesk"
