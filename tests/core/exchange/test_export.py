"""Exporting the exchange workbook (SPEC §6): sheets, columns, cell types and formats, text
that a spreadsheet must never evaluate, control characters, over-long text and
continuation sheets."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from duodesk.core.context import Services
from duodesk.core.errors import ExchangeFileNotWritten, ExchangeTextTooLong
from duodesk.core.exchange.columns import SHEETS
from duodesk.core.models import ExchangeState, Meeting, Person
from duodesk.core.progress import Progress
from tests.core.exchange.conftest import find_row, sheets
from tests.factories import make_mentee

INJECTIONS = {
    "first_name": '=HYPERLINK("http://example.org","click")',
    "last_name": "@SUM(A1:A3)",
    "phone": "+32470123456",
    "postal_code": "-5",
    "municipality": "\tTabbed",
    "email": "\rreturn@example.org",
}


def _set_person(services: Services, person_id: object, **values: object) -> None:
    # Straight into the database: these values come from partner files and older versions,
    # past the form's validation, which is exactly what the workbook must survive.
    with services.db.write() as session:
        session.execute(update(Person).where(Person.id == person_id).values(**values))


def test_sheets_columns_and_formats(antenna: Services, tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    result = antenna.exchange.export(out)

    book = load_workbook(out)
    assert book.sheetnames == ["About", "Mentees", "Mentors", "Duos", "Meetings", "Attendance",
                               "Evaluations"]
    about = {row[0]: row[1] for row in book["About"].iter_rows(min_row=2, values_only=True)}
    assert about["format_version"] == 1 and about["antenna"] == "BXL"
    assert about["exported_at"].endswith("Z") and about["app_version"]
    for sheet in SHEETS:
        ws = book[sheet.name]
        assert [cell.value for cell in ws[1]] == list(sheet.names)
        assert all(cell.font.bold for cell in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws[1][-1].column_letter}{ws.max_row}"
        assert ws.column_dimensions["A"].width >= 9
        assert result.sheets[sheet.name] == ws.max_row - 1 > 0
    mentee = next(book["Mentees"].iter_rows(min_row=2, values_only=True))
    header = [cell.value for cell in book["Mentees"][1]]
    row = dict(zip(header, mentee, strict=True))
    assert isinstance(row["registered_on"], datetime)  # an Excel date (openpyxl reads datetime)
    assert book["Mentees"].cell(2, header.index("registered_on") + 1).is_date
    assert isinstance(row["updated_at"], str) and row["updated_at"].endswith("Z")
    assert row["status"] in {"registered", "info_session", "intake", "waiting", "matched",
                             "in_duo", "finished", "stopped", "withdrawn", "not_eligible"}
    meetings = book["Meetings"]
    header = [cell.value for cell in meetings[1]]
    first = next(meetings.iter_rows(min_row=2))
    assert first[header.index("starts_at")].is_date
    assert isinstance(first[header.index("duration_min")].value, int)
    attended = {row[header.index("attended")] for row in
                meetings.iter_rows(min_row=2, values_only=True)}
    assert attended <= {"yes", "no", None} and "yes" in attended
    rules = {str(rule.sqref).split(":")[0][0]: rule.formula1 for rule in
             meetings.data_validations.dataValidation}
    kind_letter = meetings.cell(1, header.index("kind") + 1).column_letter
    assert "duo_meeting" in rules[kind_letter] and "workshop" in rules[kind_letter]


def test_text_that_looks_like_a_formula_stays_text(antenna: Services, tmp_path: Path,
                                                   empty: Services) -> None:
    mentee = make_mentee(antenna)
    _set_person(antenna, mentee, **INJECTIONS)
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)

    ws = load_workbook(out)["Mentees"]
    header = [cell.value for cell in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == str(mentee))
    for name, value in INJECTIONS.items():
        cell = row[header.index(name)]
        assert cell.data_type == "s", name
        if name != "email":  # openpyxl leaves Excel's _x000D_ escape of a CR undecoded
            assert cell.value == value, name
    read = find_row(out, "Mentees", str(mentee))
    assert {name: read[name] for name in INJECTIONS} == INJECTIONS

    # Read back unchanged by the import, into another database.
    assert not empty.exchange.import_file(out).problems
    again = tmp_path / "again.xlsx"
    empty.exchange.export(again)
    read = find_row(again, "Mentees", str(mentee))
    assert {name: read[name] for name in INJECTIONS} == INJECTIONS


def test_text_holding_an_escape_look_alike_comes_back_as_it_was(
        antenna: Services, tmp_path: Path, empty: Services) -> None:
    # A workbook writes a carriage return as _x000D_: a text that happens to hold such a
    # sequence (and nothing else a row could be caught by) must not be read back decoded.
    people = {make_mentee(antenna): {"municipality": "Rue_x0041_Haute",
                                     "postal_code": "1000_x000D_"},
              make_mentee(antenna): {"phone": "0470 12 34 56\r", "postal_code": "_x0031_"}}
    for mentee, texts in people.items():
        _set_person(antenna, mentee, **texts)
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    assert not empty.exchange.import_file(out).problems
    again = tmp_path / "again.xlsx"
    empty.exchange.export(again)
    for workbook in (out, again):
        for mentee, texts in people.items():
            read = find_row(workbook, "Mentees", str(mentee))
            assert {name: read[name] for name in texts} == texts


def test_control_characters_are_removed(antenna: Services, tmp_path: Path) -> None:
    mentee = make_mentee(antenna)
    _set_person(antenna, mentee, municipality="Schaer\x01beek\x1f", last_name="Bell\x07o")
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)

    row = find_row(out, "Mentees", str(mentee))
    assert (row["municipality"], row["last_name"]) == ("Schaerbeek", "Bello")


def test_text_too_long_for_a_cell_is_refused_not_cut(antenna: Services, tmp_path: Path) -> None:
    with antenna.db.write() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id).limit(2)).all()
        meeting[0].summary = "x" * 40_000
        meeting[1].summary = "y" * 32_768
        first_id = meeting[0].id
    out = tmp_path / "antenna.xlsx"
    with pytest.raises(ExchangeTextTooLong) as raised:
        antenna.exchange.export(out)

    assert raised.value.params == {"sheet": "Meetings", "column": "summary",
                                   "record_id": str(first_id), "length": 40_000, "count": 2}
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    with antenna.db.read() as session:  # nothing remembered as exchanged either
        assert session.scalar(select(func.count()).select_from(ExchangeState)) == 0


def test_text_of_exactly_a_cell_is_kept_whole(antenna: Services, tmp_path: Path) -> None:
    with antenna.db.write() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id).limit(1)).one()
        meeting.summary = "z" * 32_767
        meeting_id = str(meeting.id)
    out = tmp_path / "antenna.xlsx"
    antenna.exchange.export(out)
    assert find_row(out, "Meetings", meeting_id)["summary"] == "z" * 32_767


def test_a_full_sheet_goes_on_in_a_continuation_sheet(antenna: Services, tmp_path: Path,
                                                      empty: Services) -> None:
    antenna.exchange.max_rows = 101  # 100 data rows per sheet, as 1,048,575 in Excel
    out = tmp_path / "antenna.xlsx"
    result = antenna.exchange.export(out)

    with antenna.db.read() as session:
        meetings = session.scalar(select(func.count()).select_from(Meeting))
    parts = [name for name in result.sheets if name.startswith("Meetings")]
    assert len(parts) == -(-meetings // 100) >= 3
    assert parts[:3] == ["Meetings", "Meetings 2", "Meetings 3"]
    assert sum(result.sheets[name] for name in parts) == meetings
    assert all(result.sheets[name] == 100 for name in parts[:-1])
    assert sheets(out)["Meetings 2"][0] == sheets(out)["Meetings"][0]

    imported = empty.exchange.import_file(out)
    assert imported.rows["Meetings 3"] == 100 and not imported.problems
    with empty.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == meetings


def test_export_into_a_missing_folder_says_so(antenna: Services, tmp_path: Path) -> None:
    with pytest.raises(ExchangeFileNotWritten):
        antenna.exchange.export(tmp_path / "no such folder" / "antenna.xlsx")
    with antenna.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ExchangeState)) == 0


def test_export_remembers_what_was_exchanged(antenna: Services, tmp_path: Path) -> None:
    out = tmp_path / "antenna.xlsx"
    result = antenna.exchange.export(out)
    with antenna.db.read() as session:
        states = dict(session.execute(select(ExchangeState.record_type, func.count())
                                      .group_by(ExchangeState.record_type)).all())
        mentee = session.scalars(select(ExchangeState).where(
            ExchangeState.record_type == "mentee").limit(1)).one()
        session.expunge(mentee)
    assert states == {"mentee": result.sheets["Mentees"], "mentor": result.sheets["Mentors"],
                      "duo": result.sheets["Duos"], "meeting": result.sheets["Meetings"],
                      "evaluation": result.sheets["Evaluations"]}
    row = find_row(out, "Mentees", str(mentee.record_id))
    assert mentee.exchanged_values is not None
    assert mentee.exchanged_values["last_name"] == row["last_name"]
    assert mentee.exchanged_updated_at.strftime("%Y-%m-%dT%H:%M:%SZ") == row["updated_at"]
    assert isinstance(row["registered_on"], date)


def test_exporting_again_refreshes_the_stamps_of_changed_records_only(
        antenna: Services, tmp_path: Path) -> None:
    antenna.exchange.export(tmp_path / "first.xlsx")
    with antenna.db.write() as session:
        changed, kept = session.scalars(select(Person.id).where(Person.role == "mentee")
                                        .order_by(Person.id).limit(2)).all()
        session.execute(update(Person).where(Person.id == changed).values(
            municipality="Etterbeek"))
        # What a later import remembered for the other one stays as it was.
        session.execute(update(ExchangeState).where(ExchangeState.record_id == kept).values(
            exchanged_values={"marker": "kept"}))
    antenna.exchange.export(tmp_path / "second.xlsx")

    with antenna.db.read() as session:
        states = {key: values for key, values in session.execute(
            select(ExchangeState.record_id, ExchangeState.exchanged_values)
            .where(ExchangeState.record_id.in_([changed, kept])))}
        updated = session.scalar(select(Person.updated_at).where(Person.id == changed))
        stamp = session.scalar(select(ExchangeState.exchanged_updated_at).where(
            ExchangeState.record_id == changed))
    assert states[changed]["municipality"] == "Etterbeek" and stamp == updated
    assert states[kept] == {"marker": "kept"}


def test_the_coordinator_can_save_while_an_export_runs(antenna: Services,
                                                       tmp_path: Path) -> None:
    antenna.exchange.export(tmp_path / "first.xlsx")
    with antenna.db.read() as session:
        mentee = session.scalars(select(Person.id).where(Person.role == "mentee")
                                 .order_by(Person.id).limit(1)).one()
    saved: list[bool] = []

    def save_meanwhile(done: int, total: int) -> None:
        if not saved:  # a write from the window while the export is under way
            with antenna.db.write() as session:
                session.execute(update(Person).where(Person.id == mentee).values(
                    municipality="Evere"))
            saved.append(True)

    out = tmp_path / "second.xlsx"
    antenna.exchange.export(out, progress=Progress(save_meanwhile))
    assert saved
    # The workbook is the snapshot the export started from.
    assert find_row(out, "Mentees", str(mentee))["municipality"] != "Evere"
