"""The impact report as an Excel workbook: one sheet with the title, antenna, period and
report date, then one row per indicator — its name, its code (stable for HQ's formulas), yes,
counted, result, published figure, unknown outcomes and how it is counted.

Counts are numbers and percents are numbers shown with one decimal, so that a funder can
chart or sum them; every text is a string cell, never a formula, whatever it starts with.
Written beside the target under a temporary name and moved into place at the end.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from duodesk.core.errors import DocumentNotWritten
from duodesk.core.reports.indicators import ImpactReport
from duodesk.core.reports.published import published
from duodesk.core.reports.words import ReportWords
from duodesk.core.storage.tempfiles import temporary_path
from duodesk.core.xlsx import clean_text, sheet_name

COLUMNS = ("indicator", "code", "numerator", "denominator", "percent", "published", "unknown",
           "explanation")
WIDTHS = (58, 28, 9, 10, 10, 13, 10, 90)


def write_report_xlsx(target: Path, report: ImpactReport, words: ReportWords) -> None:
    """Write the report to ``target``; ``DocumentNotWritten`` when it cannot be written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name(words.title)
    bold = Font(bold=True)
    _text(sheet, 1, 1, words.title).font = Font(bold=True, size=14)
    for row, line in enumerate((words.antenna, words.period, words.as_of), start=2):
        _text(sheet, row, 1, line)
    headings = words.headings
    header_row = 6
    for column, key in enumerate(COLUMNS, start=1):
        _text(sheet, header_row, column, headings[key]).font = bold
    for row, item in enumerate(report.indicators, start=header_row + 1):
        _text(sheet, row, 1, words.names[item.name])
        _text(sheet, row, 2, item.name)
        sheet.cell(row, 3, item.numerator)
        sheet.cell(row, 4, item.denominator)
        for column, value in ((5, item.percent), (6, published(item.name))):
            if value is None:
                _text(sheet, row, column, words.percent(None))
            else:
                sheet.cell(row, column, float(value)).number_format = "0.0"
        if item.unknown is not None:
            sheet.cell(row, 7, item.unknown)
        _text(sheet, row, 8, words.explanations[item.name]).alignment = Alignment(
            wrap_text=True, vertical="top")
    last = header_row + len(report.indicators)
    _text(sheet, last + 2, 1, words.cohort_note)
    _text(sheet, last + 3, 1, words.source_note)
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(64 + column)].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 2)
    _save(book, target)


def _text(sheet: Any, row: int, column: int, text: str) -> Any:
    """A string cell: openpyxl would make a text starting with "=" a live formula."""
    cell = sheet.cell(row, column)
    cell.value = clean_text(text)
    cell.data_type = "s"
    return cell


def _save(book: Any, target: Path) -> None:
    try:
        temporary = temporary_path(target)
    except OSError as error:
        raise DocumentNotWritten(path=str(target), detail=error.strerror or str(error)) from None
    try:
        book.save(temporary)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise DocumentNotWritten(path=str(target), detail=error.strerror or str(error)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
