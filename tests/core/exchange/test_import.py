"""Importing the exchange workbook (SPEC §6): the round trip, importing twice, the merge
rule (one side changed, both sides changed), problems listed and nothing guessed, one
transaction, older workbooks and files that are not exchange workbooks."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from duodesk.core.context import Services
from duodesk.core.errors import Cancelled, ExchangeFileUnreadable, ExchangeFormatTooNew
from duodesk.core.models import Duo, ExchangeConflict, Meeting, Mentee, Mentor, Person
from duodesk.core.progress import Progress
from duodesk.exchange_texts import problem_text
from tests.core.exchange.conftest import (
    dump,
    edit,
    find_row,
    sheets,
    without_exported_at,
)


def _first(services: Services, column: object, where: object = None) -> str:
    with services.db.read() as session:
        query = select(column).order_by(column)
        if where is not None:
            query = query.where(where)
        return str(session.scalars(query.limit(1)).one())


def _all(services: Services, column: object) -> list[str]:
    with services.db.read() as session:
        return [str(value) for value in session.scalars(select(column).order_by(column))]


def test_round_trip_into_an_empty_database(antenna: Services, empty: Services,
                                           tmp_path: Path) -> None:
    first, second = tmp_path / "antenna.xlsx", tmp_path / "hq.xlsx"
    exported = antenna.exchange.export(first)

    result = empty.exchange.import_file(first)
    assert result.problems == ()
    assert result.rows == exported.sheets
    records = sum(count for name, count in exported.sheets.items() if name != "Attendance")
    assert (result.created, result.updated, result.unchanged, result.conflicts) == (
        records, 0, 0, 0)
    empty.exchange.export(second)
    assert without_exported_at(sheets(second)) == without_exported_at(sheets(first))


def test_importing_the_same_workbook_twice_changes_nothing(antenna: Services, empty: Services,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    before = dump(antenna)
    again = antenna.exchange.import_file(out)  # its own export: nothing new
    assert (again.created, again.updated, again.conflicts, again.problems) == (0, 0, 0, ())
    assert dump(antenna) == before

    empty.exchange.import_file(out)
    once = dump(empty)
    twice = empty.exchange.import_file(out)
    assert (twice.created, twice.updated, twice.conflicts) == (0, 0, 0)
    assert twice.unchanged == sum(count for name, count in twice.rows.items()
                                  if name != "Attendance")
    assert dump(empty) == once


def test_a_change_made_at_headquarters_only_is_applied_with_its_date(
        antenna: Services, tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    mentee = _first(antenna, Mentee.id)
    edit(out, "Mentees", mentee, municipality="Anderlecht", languages="fr:native;ar",
         updated_at="2031-01-02T03:04:05Z")

    result = antenna.exchange.import_file(out)
    assert (result.updated, result.conflicts) == (1, 0)
    with antenna.db.read() as session:
        person = session.get(Person, uuid.UUID(mentee))
        assert person is not None
        assert person.municipality == "Anderlecht"
        assert person.updated_at == datetime(2031, 1, 2, 3, 4, 5, tzinfo=UTC)
        assert {(lang.language, str(lang.level)) for lang in person.languages} == {
            ("fr", "native"), ("ar", "good")}  # no level means good
    assert antenna.exchange.import_file(out).updated == 0


def test_a_change_made_here_only_is_kept(antenna: Services, tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    mentee = _first(antenna, Mentee.id)
    with antenna.db.write() as session:
        session.execute(update(Person).where(Person.id == uuid.UUID(mentee))
                        .values(municipality="Forest"))

    result = antenna.exchange.import_file(out)
    assert (result.updated, result.conflicts) == (0, 0)
    again = tmp_path / "again.xlsx"
    antenna.exchange.export(again)
    assert find_row(again, "Mentees", mentee)["municipality"] == "Forest"


def test_a_record_changed_on_both_sides_is_a_conflict_resolved_field_by_field(
        antenna: Services, tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    mentee = _first(antenna, Mentee.id)
    key = uuid.UUID(mentee)
    original = find_row(out, "Mentees", mentee)
    with antenna.db.write() as session:
        session.execute(update(Person).where(Person.id == key).values(
            municipality="Forest", email="here@example.org"))
    edit(out, "Mentees", mentee, municipality="Uccle", phone="+32470999888",
         updated_at="2031-01-02T03:04:05Z")

    result = antenna.exchange.import_file(out)
    assert result.conflicts == 1 and result.updated == 0
    with antenna.db.read() as session:  # nothing overwritten
        person = session.get(Person, key)
        assert person is not None and person.municipality == "Forest"
    [conflict] = antenna.exchange.conflicts()
    assert (conflict.record_type, conflict.record_id) == ("mentee", key)
    assert conflict.label == f"{original['first_name']} {original['last_name']}"
    assert conflict.file_name == "antenna.xlsx"
    fields = {field.name: field for field in conflict.fields}
    assert set(fields) == {"email", "phone", "municipality"}
    assert (fields["municipality"].base, fields["municipality"].local,
            fields["municipality"].file) == (original["municipality"], "Forest", "Uccle")
    assert fields["phone"].file == "+32470999888"

    # The same workbook again: still one conflict waiting, not two.
    assert antenna.exchange.import_file(out).conflicts == 1
    assert len(antenna.exchange.conflicts()) == 1

    with pytest.raises(Exception) as raised:  # a field left without a choice
        antenna.exchange.resolve(conflict.id, {"municipality": "file"})
    assert getattr(raised.value, "code", "") == "invalid_value"
    antenna.exchange.resolve(conflict.id, {"municipality": "file", "phone": "file",
                                           "email": "local"})
    with antenna.db.read() as session:
        person = session.get(Person, key)
        assert person is not None
        assert (person.municipality, person.phone, person.email) == (
            "Uccle", "+32470999888", "here@example.org")
        assert session.scalar(select(func.count()).select_from(ExchangeConflict)
                              .where(ExchangeConflict.resolved_at.is_(None))) == 0
    assert antenna.exchange.conflicts() == []
    # What the file said is now what was exchanged: importing it again finds nothing.
    again = antenna.exchange.import_file(out)
    assert (again.conflicts, again.updated) == (0, 0)


def test_a_row_missing_from_the_file_deletes_nothing(antenna: Services, tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    book = load_workbook(out)
    for name in ("Mentees", "Duos", "Meetings"):
        book[name].delete_rows(2, 5)
    book.save(out)
    before = dump(antenna)
    result = antenna.exchange.import_file(out)
    assert (result.created, result.updated, result.conflicts) == (0, 0, 0)
    assert dump(antenna) == before


def test_unknown_codes_and_broken_references_are_listed_not_guessed(
        antenna: Services, empty: Services, tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    mentee = _first(antenna, Mentee.id)
    duo = _first(antenna, Duo.id)
    meeting = _first(antenna, Meeting.id, Meeting.duo_id.is_not(None))
    edit(out, "Mentees", mentee, status="sleeping", updated_at="2031-01-01T00:00:00Z")
    edit(out, "Duos", duo, mentee_id="00000000-0000-4000-8000-000000000000",
         updated_at="2031-01-01T00:00:00Z")
    edit(out, "Meetings", meeting, starts_at="31/02/2026", kind="party")

    result = empty.exchange.import_file(out)
    found = {(p.sheet, p.column, p.code): p for p in result.problems}
    assert found[("Mentees", "status", "unknown_code")].params["value"] == "sleeping"
    assert "waiting" in found[("Mentees", "status", "unknown_code")].params["allowed"]
    broken = found[("Duos", "mentee_id", "broken_reference")]
    assert broken.params == {"value": "00000000-0000-4000-8000-000000000000",
                             "target": "Mentees"}
    assert ("Meetings", "kind", "unknown_code") in found
    assert ("Meetings", "starts_at", "bad_datetime") in found
    assert found[("Mentees", "status", "unknown_code")].row >= 2
    with empty.db.read() as session:  # those rows left out, the rest imported
        assert session.get(Mentee, uuid.UUID(mentee)) is None
        assert session.get(Duo, uuid.UUID(duo)) is None
        assert session.scalar(select(func.count()).select_from(Mentee)) == 49


def test_a_birth_date_the_person_form_refuses_is_listed_and_its_row_not_imported(
        antenna: Services, empty: Services, tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    mentees = _all(antenna, Mentee.id)
    mentor = _first(antenna, Mentor.id)
    today = datetime.now().date()
    # A placeholder from headquarters' spreadsheet, one typed as text, a date to come, and
    # an old but possible one.
    edit(out, "Mentees", mentees[0], birth_date=datetime(1900, 1, 1),
         updated_at="2031-01-01T00:00:00Z")
    edit(out, "Mentees", mentees[1], birth_date="1899-12-31")  # before 1900: not a date
    edit(out, "Mentees", mentees[2], birth_date=str(date(today.year - 111, 1, 1)))
    edit(out, "Mentors", mentor, birth_date=datetime.combine(today + timedelta(days=1),
                                                             datetime.min.time()))
    old = date(today.year - 109, 1, 1)
    edit(out, "Mentees", mentees[3], birth_date=str(old))

    result = empty.exchange.import_file(out)
    found = {(p.sheet, p.column, p.code): p for p in result.problems}
    placeholder = [p for p in result.problems if p.params.get("value") == "1900-01-01"]
    assert [(p.sheet, p.column, p.code) for p in placeholder] == [
        ("Mentees", "birth_date", "implausible_birth_date")]
    assert placeholder[0].row >= 2
    assert problem_text(placeholder[0]) == (
        f"Mentees, row {placeholder[0].row}, birth_date: “1900-01-01” cannot be a birth date "
        "(in the future or more than 110 years ago); the row was not imported")
    assert ("Mentees", "birth_date", "bad_date") in found
    assert found[("Mentors", "birth_date", "implausible_birth_date")].params == {
        "value": str(today + timedelta(days=1))}
    assert len([p for p in result.problems if p.code == "implausible_birth_date"]) == 3
    with empty.db.read() as session:  # those rows left out, everything else imported
        for refused in (*mentees[:3], mentor):
            assert session.get(Person, uuid.UUID(refused)) is None
        kept = session.get(Person, uuid.UUID(mentees[3]))
        assert kept is not None and kept.birth_date == old
        assert session.scalar(select(func.count()).select_from(Mentee)) == 47

    # A known person's row with such a date changes nothing of that person, as any row
    # with a bad value (its other changes neither).
    edit(out, "Mentees", mentees[0], municipality="Anderlecht")
    with antenna.db.read() as session:
        known = session.get_one(Person, uuid.UUID(mentees[0]))
        before = (known.birth_date, known.municipality, known.updated_at)
    result = antenna.exchange.import_file(out)
    assert ("Mentees", "birth_date", "implausible_birth_date") in {
        (p.sheet, p.column, p.code) for p in result.problems}
    with antenna.db.read() as session:
        known = session.get_one(Person, uuid.UUID(mentees[0]))
        assert (known.birth_date, known.municipality, known.updated_at) == before
        assert known.municipality != "Anderlecht"


def test_an_older_workbook_without_meeting_status_and_coordinator(
        antenna: Services, empty: Services, tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    book = load_workbook(out)
    ws = book["Meetings"]
    header = [cell.value for cell in ws[1]]
    ws.delete_cols(header.index("coordinator") + 1)
    ws.delete_cols(header.index("status") + 1)
    header = [cell.value for cell in ws[1]]
    past = datetime.now() - timedelta(days=3)
    future = datetime.now() + timedelta(days=3)
    ws.cell(2, header.index("starts_at") + 1).value = past.replace(microsecond=0)
    ws.cell(3, header.index("starts_at") + 1).value = future.replace(microsecond=0)
    ids = (ws.cell(2, 1).value, ws.cell(3, 1).value)
    book.save(out)

    result = empty.exchange.import_file(out)
    assert not [p for p in result.problems if p.sheet == "Meetings"]
    with empty.db.read() as session:
        done = session.get(Meeting, uuid.UUID(ids[0]))
        planned = session.get(Meeting, uuid.UUID(ids[1]))
        assert done is not None and planned is not None
        assert (str(done.status), str(planned.status)) == ("done", "planned")
        assert done.coordinator_id is None and planned.coordinator_id is None


def test_the_import_is_one_transaction(antenna: Services, empty: Services,
                                       tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    before = dump(empty)
    seen: list[int] = []

    def cancel_late(done: int, total: int) -> None:
        seen.append(done)
        if done >= total * 0.8:  # the persons and duos are in by now
            progress.cancel()

    progress = Progress(cancel_late)
    with pytest.raises(Cancelled):
        empty.exchange.import_file(out, progress=progress)
    assert len(seen) > 5
    assert dump(empty) == before


def test_files_that_cannot_be_imported_say_why(antenna: Services, tmp_path: Path) -> None:
    with pytest.raises(ExchangeFileUnreadable) as raised:
        antenna.exchange.import_file(tmp_path / "missing.xlsx")
    assert raised.value.params["reason"] == "missing"
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(ExchangeFileUnreadable) as raised:
        antenna.exchange.import_file(text)
    assert raised.value.params["reason"] == "not_a_workbook"

    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    book = load_workbook(out)
    book["About"]["B2"] = 2
    book.save(out)
    with pytest.raises(ExchangeFormatTooNew) as too_new:
        antenna.exchange.import_file(out)
    assert too_new.value.params["version"] == "2"

    other = load_workbook(out)
    for name in other.sheetnames[1:]:
        other[name].title = f"x{name}"
    other.save(out)
    with pytest.raises(ExchangeFileUnreadable) as raised:
        antenna.exchange.import_file(out)
    assert raised.value.params["reason"] == "not_an_exchange_workbook"


def test_attendance_rows_that_cannot_be_taken_are_listed(antenna: Services, empty: Services,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    book = load_workbook(out)
    attendance = book["Attendance"]
    first = [cell.value for cell in attendance[2]]
    attendance.append(first)  # the same person twice for one meeting
    duo_meeting = _first(antenna, Meeting.id, Meeting.duo_id.is_not(None))
    attendance.append([duo_meeting, first[1], "yes"])  # a duo's meeting has no such rows
    book.save(out)

    result = empty.exchange.import_file(out)
    codes = sorted((p.sheet, p.code) for p in result.problems)
    assert codes == [("Attendance", "duplicate_row"), ("Attendance", "not_a_group_session")]
    again = tmp_path / "again.xlsx"
    empty.exchange.export(again)
    assert sheets(again)["Attendance"] == sheets(out)["Attendance"][:-2]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(antenna: Services, tmp_path: Path) -> None:
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024))
    with pytest.raises(ExchangeFileUnreadable) as raised:
        antenna.exchange.import_file(bomb)
    assert raised.value.params["reason"] == "too_large"
