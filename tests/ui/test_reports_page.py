"""The Reports page: the indicators computed on a worker for the period, antenna and report
date chosen, beside the published figures; a reversed period said in place; exports to PDF
and Excel through the file prompt; French and Dutch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from duodesk.core.codes import DuoStatus, EvaluationStage, Outcome, Respondent
from duodesk.core.context import Services
from duodesk.i18n import install_translators
from duodesk.ui import messages
from duodesk.ui.reports.model import COUNTED, NAME, PUBLISHED, RESULT, UNKNOWN, YES
from duodesk.ui.reports.page import ReportsPage
from tests.core.reports.test_indicators import add_duo, evaluate
from tests.factories import make_mentee, make_mentor

TODAY = date(2025, 6, 30)  # the default period is then 2024


@pytest.fixture
def recorded(services: Services) -> Services:
    mentor = make_mentor(services)
    for outcome in (Outcome.JOB_STABLE, Outcome.INTERNSHIP, Outcome.NONE):
        add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2024, 2, 1),
                outcome=outcome)
    duo = add_duo(services, make_mentee(services), make_mentor(services), DuoStatus.FINISHED,
                  date(2024, 3, 1), outcome=Outcome.UNREACHABLE)
    evaluate(services, duo, Respondent.MENTEE, EvaluationStage.END, date(2024, 9, 1),
             more_confident=True, network_expanded=False)
    return services


def open_page(qtbot, services: Services) -> ReportsPage:
    page = ReportsPage(services, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None)
    return page


def cell(page: ReportsPage, row: int, column: int) -> str:
    return page.model.index(row, column).data()


def test_the_last_full_year_is_shown_beside_the_published_figures(qtbot, recorded,
                                                                  qtmodeltester) -> None:
    page = open_page(qtbot, recorded)
    qtmodeltester.check(page.model)
    assert page.from_edit.date() == QDate(2024, 1, 1)
    assert page.to_edit.date() == QDate(2024, 12, 31)
    assert page.as_of_edit.date() == QDate(2025, 6, 30)
    assert page.model.rowCount() == 8
    assert cell(page, 0, NAME) == ("Mentees in a job, internship or qualifying training "
                                   "after 12 months")
    assert [cell(page, 0, column) for column in (YES, COUNTED, RESULT, PUBLISHED, UNKNOWN)] \
        == ["2", "3", "66.7%", "72.0%", "1"]
    assert [cell(page, 2, column) for column in (YES, COUNTED, RESULT, PUBLISHED)] \
        == ["1", "1", "100.0%", "90.0%"]
    assert cell(page, 1, RESULT) == "no data"
    assert "end-of-duo evaluation" in page.model.index(1, NAME).data(
        Qt.ItemDataRole.ToolTipRole)
    assert page.summary.text().endswith("In all: 4 duos.")
    assert page.bars.report is page.report
    qtbot.waitUntil(lambda: page.bars.height() > 300)  # eight indicators' bars, once laid out
    assert page.pdf_button.isEnabled() and page.xlsx_button.isEnabled()


def test_changing_the_report_date_or_the_antenna_recomputes(qtbot, recorded) -> None:
    page = open_page(qtbot, recorded)
    page.as_of_edit.setDate(QDate(2025, 1, 15))  # only the duo of 1 February is not yet due
    qtbot.waitUntil(lambda: page.report.as_of == date(2025, 1, 15))
    assert cell(page, 0, COUNTED) == "0" and cell(page, 0, RESULT) == "no data"
    ghent = page.antenna_box.findData("GNT")
    assert ghent > 0
    page.antenna_box.setCurrentIndex(ghent)
    qtbot.waitUntil(lambda: page.report.antenna_code == "GNT")
    assert page.report.cohort_size == 0
    # An antenna added in Settings is offered the next time the page is shown; the choice stays.
    page.hide()
    recorded.organisation.add_antenna("ARL", "Arlon")
    page.show()
    assert page.antenna_box.findData("ARL") > 0
    assert page.antenna_box.currentData() == "GNT"


def test_a_period_ending_before_it_starts_is_said_without_a_dialog(qtbot, recorded) -> None:
    page = open_page(qtbot, recorded)
    page.to_edit.setDate(QDate(2023, 6, 1))
    qtbot.waitUntil(lambda: page.problem.isVisible())
    assert "before it starts" in page.problem.text()
    assert "ends (1 June 2023)" in page.problem.text()  # a date in words, not 2023-06-01
    assert page.model.rowCount() == 0 and not page.pdf_button.isEnabled()
    page.to_edit.setDate(QDate(2024, 12, 31))
    qtbot.waitUntil(lambda: page.report is not None)
    assert not page.problem.isVisible() and page.model.rowCount() == 8


def test_the_figures_are_read_again_when_the_page_is_shown_again(qtbot, recorded) -> None:
    page = open_page(qtbot, recorded)
    assert cell(page, 0, COUNTED) == "3"
    page.hide()  # the coordinator records a fourth situation at 12 months elsewhere
    add_duo(recorded, make_mentee(recorded), make_mentor(recorded), DuoStatus.FINISHED,
            date(2024, 4, 1), outcome=Outcome.JOB_STABLE)
    page.show()
    qtbot.waitUntil(lambda: cell(page, 0, COUNTED) == "4")
    assert cell(page, 0, YES) == "3"


def test_a_reversed_period_is_said_again_in_the_language_chosen(
        qtbot, qapp, recorded, compiled_translations) -> None:
    page = open_page(qtbot, recorded)
    page.to_edit.setDate(QDate(2023, 6, 1))
    qtbot.waitUntil(lambda: page.problem.isVisible())
    install_translators(qapp, "fr")
    qtbot.waitUntil(lambda: page.pdf_button.text() == "Exporter en PDF…")
    assert "before it starts" not in page.problem.text()
    assert page.problem.text().startswith("La période se termine (1 juin 2023)")


def test_export_to_pdf_and_excel_through_the_file_prompt(qtbot, recorded, tmp_path: Path,
                                                         monkeypatch) -> None:
    page = open_page(qtbot, recorded)
    asked: list[Path | None] = []
    told: list[str] = []

    def save_file(_parent, _title, suggested=None, _filters=""):
        asked.append(suggested)
        return tmp_path / f"chosen{len(asked)}"

    monkeypatch.setattr(messages, "save_file", save_file)
    monkeypatch.setattr(messages, "information", lambda _parent, text, *_: told.append(text))
    page.export_pdf()
    qtbot.waitUntil(lambda: len(told) == 1)
    assert asked[0].name == "impact-report-2024.pdf"
    assert (tmp_path / "chosen1.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "chosen1.pdf") in told[0]
    page.export_xlsx()
    qtbot.waitUntil(lambda: len(told) == 2)
    sheet = load_workbook(tmp_path / "chosen2.xlsx").active
    assert sheet["B7"].value == "mentee_positive_outcome" and sheet["E7"].value == 66.7


def test_a_cancelled_prompt_writes_nothing(qtbot, recorded, tmp_path, monkeypatch) -> None:
    page = open_page(qtbot, recorded)
    monkeypatch.setattr(messages, "save_file", lambda *_args, **_kw: None)
    page.export_pdf()
    page.export_xlsx()
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.xlsx"))


def test_french_and_dutch(qtbot, qapp, recorded, compiled_translations, tmp_path: Path) -> None:
    page = open_page(qtbot, recorded)
    install_translators(qapp, "fr")
    qtbot.waitUntil(lambda: page.pdf_button.text() == "Exporter en PDF…")
    assert cell(page, 0, NAME) == ("Mentees en emploi, en stage ou en formation qualifiante "
                                   "après 12 mois")
    assert cell(page, 0, RESULT) == "66,7\u00a0%"
    assert page.model.headerData(COUNTED, Qt.Orientation.Horizontal) == "Comptés"
    assert page.antenna_box.itemText(0) == "Toutes les antennes"
    assert page.from_edit.text() == "01/01/2024"  # the year in full, in the French order
    assert page.summary.text().endswith("Au total : 4 duos.")
    page.grab().save(str(tmp_path / "reports_fr.png"))
    install_translators(qapp, "nl")
    qtbot.waitUntil(lambda: page.pdf_button.text() == "Exporteren naar pdf…")
    assert cell(page, 0, RESULT) == "66,7%"
    assert page.model.headerData(PUBLISHED, Qt.Orientation.Horizontal) == "Gepubliceerd"
    assert page.from_label.text() == "Duo's begonnen van"
    assert page.to_edit.text() == "31/12/2024"  # as Flanders writes it


def test_the_reports_page_is_in_the_side_bar_after_the_calendar(program, qtbot) -> None:
    keys = program.window.page_keys()
    assert keys.index("reports") == keys.index("calendar") + 1
    assert keys.index("reports") < keys.index("imports")
    program.window.show_page("reports")
    page = program.window.page("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.report is not None)
    assert page.report.cohort_size == 0 and page.model.rowCount() == 8
