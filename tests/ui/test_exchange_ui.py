"""The headquarters exchange in the window, on real databases: export for headquarters then
import into another database through the Import / Export page; a conflict resolved field by
field through the conflict screen; the summaries and the conflict count."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog

from duodesk import labels
from duodesk.core.codes import DuoStatus, MenteeStatus, Outcome
from duodesk.core.context import Services, build_services
from duodesk.core.database import open_database
from duodesk.core.exchange import ExchangeProblem, ImportExchangeResult
from duodesk.ui import messages
from duodesk.ui.exchange.box import ExchangeBox, default_file_name
from duodesk.ui.exchange.conflicts import ConflictDialog
from duodesk.ui.exchange.summaries import ExportSummaryDialog, ImportSummaryDialog
from duodesk.ui.exchange.texts import problem_text, value_text
from tests.factories import make_mentee


@pytest.fixture
def other_database(tmp_path: Path) -> Iterator[Services]:
    """A second antenna database (headquarters' side, or a colleague's laptop)."""
    database = open_database(tmp_path / "other.sqlite")
    services = build_services(database)
    yield services
    database.close()


@pytest.fixture
def make_box(qtbot) -> Callable[[Services], ExchangeBox]:
    def build(services: Services) -> ExchangeBox:
        box = ExchangeBox(lambda: services.exchange, services.organisation)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitUntil(lambda: box.counting == 0)  # the count read on showing is in
        return box

    return build


def _files(monkeypatch: pytest.MonkeyPatch, *, save: Path | None = None,
           open_: Path | None = None) -> None:
    monkeypatch.setattr(messages, "save_file", lambda *_args, **_kw: save)
    monkeypatch.setattr(messages, "open_file", lambda *_args, **_kw: open_)


def _told(dialog: QDialog) -> dict[str, object]:
    """What a summary says (read while it is shown: it is deleted once closed)."""
    if isinstance(dialog, ExportSummaryDialog):
        return {"path": dialog.outcome.path, "folder": dialog.folder_url().toLocalFile(),
                **{sheet: label.text() for sheet, label in dialog.counts.items()}}
    assert isinstance(dialog, ImportSummaryDialog)
    return {**{name: label.text() for name, label in dialog.figures.items()},
            "can_resolve": dialog.resolve_button is not None}


def _export(qtbot, box: ExchangeBox, monkeypatch, answer_dialogs, path: Path
            ) -> dict[str, object]:
    _files(monkeypatch, save=path)
    told: list[dict[str, object]] = []
    answer_dialogs(lambda dialog: told.append(_told(dialog)) or 0)
    box.export_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    return told[0]


def _import(qtbot, box: ExchangeBox, monkeypatch, answer_dialogs, path: Path,
            handler: Callable[[QDialog], int] = lambda _dialog: 0) -> list[QDialog]:
    _files(monkeypatch, open_=path)
    seen = answer_dialogs(handler)
    box.import_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    return seen


def test_export_then_import_into_another_database(qtbot, program, other_database,
                                                  make_box, monkeypatch, answer_dialogs,
                                                  tmp_path: Path) -> None:
    for last_name in ("Aziz", "Bakker"):
        make_mentee(program.services, last_name=last_name)
    program.window.show_page("imports")
    box = program.exchange_box
    assert box is not None and box.isVisible()
    qtbot.waitUntil(lambda: box.counting == 0)
    assert box.export_button.text() == "Export for headquarters…"
    assert default_file_name("BXL", False, date(2026, 11, 2)) == "duodesk-BXL-2026-11-02.xlsx"

    summary = _export(qtbot, box, monkeypatch, answer_dialogs, tmp_path / "for-hq")
    written = tmp_path / "for-hq.xlsx"
    assert summary["path"] == written and written.exists()
    assert summary["Mentees"] == "2" and summary["Mentors"] == "0"
    assert summary["folder"] == str(tmp_path)
    sheet = openpyxl.load_workbook(written, read_only=True)["Mentees"]
    assert sum(1 for _ in sheet.iter_rows(min_row=2)) == 2

    other = make_box(other_database)
    told: list[dict[str, object]] = []
    _import(qtbot, other, monkeypatch, answer_dialogs, written,
            lambda dialog: told.append(_told(dialog)) or 0)
    assert told[0]["created"] == "2"
    assert told[0]["conflicts"] == "0" and told[0]["problems"] == "0"
    assert told[0]["can_resolve"] is False
    persons = other_database.persons
    names = {row.last_name for row in persons.rows(persons.ids(_all_mentees()))}
    assert names == {"Aziz", "Bakker"}
    qtbot.waitUntil(lambda: other.counting == 0)
    assert not other.conflicts_button.isEnabled()


def _all_mentees():
    from duodesk.core.codes import PersonRole
    from duodesk.core.services.person_data import PersonQuery

    return PersonQuery(role=PersonRole.MENTEE)


def _edit(services: Services, person_id, **fields) -> None:
    data = services.persons.get(person_id, record_view=False).data
    services.persons.update(person_id, replace(data, **fields))


def test_a_conflict_is_resolved_field_by_field(qtbot, services, other_database, make_box,
                                               monkeypatch, answer_dialogs,
                                               tmp_path: Path) -> None:
    # Here: an antenna; there: headquarters, which got the antenna's first workbook.
    mentee = make_mentee(services, last_name="Conflit", municipality="Schaerbeek",
                         email="first@example.org")
    first = tmp_path / "first.xlsx"
    services.exchange.export(first)
    other_database.exchange.import_file(first)
    # Both sides change the same mentee before the next exchange.
    _edit(other_database, mentee, email="hq@example.org", municipality="Evere")
    _edit(services, mentee, email="antenna@example.org")
    second = tmp_path / "second.xlsx"
    services.exchange.export(second)

    hq = make_box(other_database)
    chosen: dict[str, object] = {}

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, ImportSummaryDialog):
            assert dialog.figures["conflicts"].text() == "1"
            assert dialog.resolve_button is not None
            return ImportSummaryDialog.RESOLVE
        assert isinstance(dialog, ConflictDialog)
        assert dialog.count_label.text() == "One conflict waits"
        assert dialog.title.text().startswith("Mentee: ")
        fields = {field.name: field for field in dialog.choices}
        assert set(fields) == {"email", "municipality"}
        assert fields["email"].mine.text() == "hq@example.org"
        assert fields["email"].theirs.text() == "antenna@example.org"
        assert fields["email"].base.text() == "first@example.org"
        assert not dialog.resolve_button.isEnabled()  # a field without a choice
        dialog.all_mine.click()
        assert dialog.resolve_button.isEnabled()
        fields["email"].theirs.setChecked(True)  # the antenna's address, the HQ's municipality
        chosen.update({name: field.choice() for name, field in fields.items()})
        dialog.resolve_button.click()
        assert dialog.done_label.isVisibleTo(dialog) and not dialog.detail.isVisibleTo(dialog)
        return 0

    seen = _import(qtbot, hq, monkeypatch, answer_dialogs, second, answer)
    assert [type(d) for d in seen] == [ImportSummaryDialog, ConflictDialog]
    assert chosen == {"email": "file", "municipality": "local"}
    data = other_database.persons.get(mentee, record_view=False).data
    assert (data.email, data.municipality) == ("antenna@example.org", "Evere")
    assert other_database.exchange.conflicts() == []
    qtbot.waitUntil(lambda: hq.counting == 0)
    assert hq.conflicts_button.text() == "No conflict to resolve"
    assert not hq.conflicts_button.isEnabled()


def test_a_conflict_waiting_shows_on_the_page(qtbot, services, other_database, make_box,
                                              tmp_path: Path) -> None:
    mentee = make_mentee(services, last_name="Attente")
    first = tmp_path / "first.xlsx"
    services.exchange.export(first)
    other_database.exchange.import_file(first)
    _edit(other_database, mentee, municipality="Jette")
    _edit(services, mentee, municipality="Uccle")
    services.exchange.export(tmp_path / "second.xlsx")
    result = other_database.exchange.import_file(tmp_path / "second.xlsx")
    assert result.conflicts == 1
    box = make_box(other_database)
    qtbot.waitUntil(lambda: box.conflicts_button.text() == "Conflicts to resolve (1)")
    assert box.conflicts_button.isEnabled()


def test_a_broken_workbook_is_explained_and_changes_nothing(
        qtbot, services, make_box, monkeypatch, tmp_path: Path) -> None:
    broken = tmp_path / "not a workbook.xlsx"
    broken.write_text("this is no spreadsheet")
    box = make_box(services)
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, problem, title=None: errors.append(
        messages.describe(problem) if not isinstance(problem, str) else problem))
    _files(monkeypatch, open_=broken)
    box.import_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "not a workbook.xlsx" in errors[0]
    qtbot.waitUntil(lambda: box.counting == 0)
    assert box.conflict_count == 0


def test_the_import_summary_lists_problems_in_words(qtbot) -> None:
    result = ImportExchangeResult(
        rows={"Mentees": 3}, created=1, updated=0, unchanged=0, conflicts=0,
        problems=(ExchangeProblem("Mentees", 4, "status", "unknown_code",
                                  {"value": "asleep", "allowed": "registered, waiting"}),
                  ExchangeProblem("Duos", 2, "mentor_id", "broken_reference",
                                  {"value": "1234", "target": "Mentors"}),
                  ExchangeProblem("Duos", 2, "status", "missing_value")))
    dialog = ImportSummaryDialog(result, "hq.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.figures["problems"].text() == "2"  # rows, each problem listed below
    texts = [dialog.problem_list.item(n).text() for n in range(dialog.problem_list.count())]
    assert texts == [
        "Mentees, row 4, column “Status”: unknown code “asleep” (allowed: registered, "
        "waiting); the row was not imported",
        "Duos, row 2, column “Mentor”: 1234 is found neither on the Mentors sheet nor in the "
        "database; the row was not imported",
        "Duos, row 2, column “Status”: this column must be filled in; the row was not "
        "imported"]
    assert problem_text(ExchangeProblem("Meetings 2", 9, None, "missing_id")) == (
        "Meetings (2), row 9: the id is missing; the row was not imported")


def test_conflict_values_are_shown_in_the_users_terms() -> None:
    assert value_text("mentee", "status", "waiting") == labels.label(MenteeStatus.WAITING)
    assert value_text("duo", "status", "active") == labels.label(DuoStatus.ACTIVE)
    assert value_text("duo", "outcome", "job_stable") == labels.label(Outcome.JOB_STABLE)
    assert value_text("mentee", "sectors", "it;construction") == "IT, Construction"
    assert value_text("mentee", "gender", "F") == "Female"
    assert value_text("evaluation", "more_confident", "yes") == "Yes"
    assert value_text("mentee", "email", "") == "(empty)"
    assert value_text("mentee", "status", "no_such_code") == "no_such_code"
    assert value_text("meeting", "attendance", "a:yes;b:no;c:yes") == "2 present, 1 absent"


def test_the_pseudonymised_export_holds_no_name(qtbot, services, make_box, monkeypatch,
                                                answer_dialogs, tmp_path: Path) -> None:
    make_mentee(services, last_name="Introuvable", email="introuvable@example.org")
    box = make_box(services)
    box.pseudonymised.setChecked(True)
    suggested: list[Path] = []

    def save_file(_parent, _title, proposed=None, _filters=""):
        suggested.append(proposed)
        return tmp_path / "stats.xlsx"

    monkeypatch.setattr(messages, "save_file", save_file)
    headings: list[str] = []
    answer_dialogs(lambda dialog: headings.append(dialog.heading.text()) or 0)
    box.export_button.click()
    qtbot.waitUntil(lambda: bool(headings), timeout=20_000)
    assert headings == ["The pseudonymised workbook for statistics was written:"]
    assert suggested[0].name.endswith("-pseudonymised.xlsx")
    book = openpyxl.load_workbook(tmp_path / "stats.xlsx", read_only=True)
    texts = {str(cell) for sheet in book for row in sheet.iter_rows(values_only=True)
             for cell in row if cell is not None}
    assert not any("Introuvable" in text or "introuvable@" in text for text in texts)
