"""The impact report exported as a PDF (read back with ``pdftotext``, its font embedded) and
as an Excel workbook (numbers as numbers, every text a string cell), from hand-made duos."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from duodesk import report_texts
from duodesk.core.codes import DuoStatus, EvaluationStage, Outcome, Respondent
from duodesk.core.context import Services
from duodesk.core.errors import DocumentNotWritten
from duodesk.core.reports import ImpactReport
from duodesk.core.reports.report_pdf import write_report_pdf
from duodesk.core.reports.report_xlsx import write_report_xlsx
from duodesk.core.storage.tempfiles import is_temporary
from tests.core.reports.test_indicators import add_duo, evaluate
from tests.factories import make_mentee, make_mentor


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout


@pytest.fixture
def report(services: Services) -> ImpactReport:
    antenna = services.organisation.add_antenna("LDZ", "=Łódź Şehir")
    mentor = make_mentor(services)
    for outcome in (Outcome.JOB_STABLE, Outcome.JOB_OTHER, Outcome.NONE, Outcome.UNREACHABLE):
        add_duo(services, make_mentee(services), mentor, DuoStatus.FINISHED, date(2024, 3, 1),
                outcome=outcome, antenna=antenna.id)
    duo = add_duo(services, make_mentee(services), make_mentor(services), DuoStatus.FINISHED,
                  date(2024, 4, 1), antenna=antenna.id)
    evaluate(services, duo, Respondent.MENTOR, EvaluationStage.END, date(2024, 10, 1),
             feels_useful=True, added_value=False)
    return services.reports.impact(date(2024, 1, 1), date(2024, 12, 31), as_of=date(2025, 6, 1),
                                   antenna_code="LDZ")


def test_the_pdf_reads_like_the_report(report: ImpactReport, tmp_path: Path) -> None:
    target = tmp_path / "impact.pdf"
    write_report_pdf(target, report, report_texts.report_words(report))
    text = " ".join(pdf_text(target).split())
    assert "Impact report" in text
    assert "Antenna: LDZ – =Łódź Şehir" in text
    assert "Duos started from 1 January 2024 to 31 December 2024" in text
    assert "Report date: 1 June 2025" in text
    assert "Unknown outcome: 2" in text
    assert "100.0%" in text and "96.0%" in text and "no data" in text
    assert "How each figure is counted" in text
    data = target.read_bytes()
    # The embedded Unicode font (Ł, Ş print as letters, not boxes).
    assert b"FontFile2" in data and b"DejaVuSans" in data
    assert not [p for p in tmp_path.iterdir() if is_temporary(p.name)]


def test_the_pdf_table_pairs_each_figure_with_the_published_one(report, tmp_path) -> None:
    target = tmp_path / "impact.pdf"
    write_report_pdf(target, report, report_texts.report_words(report))
    lines = [" ".join(line.split()) for line in pdf_text(target).splitlines()]
    # Outcome: 2 positive of 3 known (unreachable and unrecorded are unknown), beside 72.
    assert any(line.endswith("2 3 66.7% 72.0%") for line in lines), lines
    assert "Mentors who feel more useful to society 1 1 100.0% 96.0%" in lines


def test_a_pdf_that_cannot_be_written_leaves_nothing(report, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "impact.pdf").mkdir()  # a folder where the file should go: cannot be replaced
    with pytest.raises(DocumentNotWritten):
        write_report_pdf(folder / "impact.pdf", report, report_texts.report_words(report))
    assert [path.name for path in folder.iterdir()] == ["impact.pdf"]
    with pytest.raises(DocumentNotWritten):
        write_report_pdf(tmp_path / "missing" / "impact.pdf", report,
                         report_texts.report_words(report))


def test_the_workbook_has_numbers_and_string_cells(report, tmp_path: Path) -> None:
    target = tmp_path / "impact.xlsx"
    write_report_xlsx(target, report, report_texts.report_words(report))
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "Impact report"
    assert sheet["A2"].value == "Antenna: LDZ – =Łódź Şehir"
    assert sheet["A2"].data_type == "s"  # not a formula, though it holds "="
    header = [cell.value for cell in sheet[6]]
    assert header[:7] == ["Indicator", "Code", "Yes", "Counted", "Result", "Published",
                          "Unknown"]
    rows = {row[1]: row for row in sheet.iter_rows(min_row=7, max_row=14, values_only=True)}
    assert rows["mentee_positive_outcome"][2:7] == (2, 3, 66.7, 72.0, 2)
    assert rows["mentor_feels_useful"][2:7] == (1, 1, 100.0, 96.0, None)
    assert rows["mentor_added_value"][2:6] == (0, 1, 0.0, 61.0)
    assert rows["mentee_more_confident"][2:6] == (0, 0, "no data", 90.0)
    assert sheet["E7"].number_format == "0.0"
    assert all(sheet.cell(row, 1).data_type == "s" for row in range(6, 15))
    assert not [p for p in tmp_path.iterdir() if is_temporary(p.name)]


def test_a_workbook_that_cannot_be_written_leaves_nothing(report, tmp_path: Path) -> None:
    with pytest.raises(DocumentNotWritten):
        write_report_xlsx(tmp_path / "missing" / "impact.xlsx", report,
                          report_texts.report_words(report))
