"""The list workbook writer: string cells that are never formulas, control characters
removed, bold frozen header, sized columns, numbers kept, nothing left on cancel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from duodesk.core.errors import Cancelled, TableExportNotWritten
from duodesk.core.progress import Progress
from duodesk.core.xlsx import MAX_CELL, sheet_name, write_table

DANGEROUS = ['=HYPERLINK("http://evil.example","click")', "+32470123456", "-5",
             "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]


def test_text_is_never_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    written = write_table(path, ["Value"], [[text] for text in DANGEROUS],
                          total=len(DANGEROUS), title="Mentees")
    assert written == len(DANGEROUS)
    sheet = openpyxl.load_workbook(path)["Mentees"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in cells] == ["=HYPERLINK(\"http://evil.example\",\"click\")",
                                              "+32470123456", "-5", "@SUM(A1:A2)",
                                              "\t=1+1", "\n=1+1"]  # XML: CR read as LF
    assert {cell.data_type for cell in cells} == {"s"}


def test_header_bold_frozen_filtered_and_columns_sized(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    rows = [["Dupont, Amina", 24, None], ["Peeters, Jan", 31, "a" * 200]]
    write_table(path, ["Name", "Age", "Notes"], rows, total=2, title="Mentees: [all]")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Mentees   all"]
    sheet = book.active
    assert [c.value for c in sheet[1]] == ["Name", "Age", "Notes"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"
    assert sheet["B2"].value == 24 and sheet["B2"].data_type == "n"
    assert sheet["C2"].value is None
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABC"}
    assert widths["A"] == len("Dupont, Amina") + 2
    assert widths["B"] < widths["A"] < widths["C"] == 60


def test_control_characters_removed_and_long_text_cut_visibly(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    write_table(path, ["Note"], [["a\x00b\x1bc\nd"], ["x" * 40_000]], total=2)
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == "abc\nd"
    assert len(sheet["A3"].value) == MAX_CELL
    assert sheet["A3"].value.endswith("…")


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "list.xlsx"
    path.write_bytes(b"the previous export")
    progress = Progress()
    seen: list[int] = []

    def rows():
        for number in range(5_000):
            if number == 1_500:
                progress.cancel()
            seen.append(number)
            yield [str(number)]

    with pytest.raises(Cancelled):
        write_table(path, ["N"], rows(), total=5_000, progress=progress)
    assert path.read_bytes() == b"the previous export"
    assert list(folder.iterdir()) == [path]
    assert len(seen) < 5_000


def test_unwritable_place_is_a_typed_error(tmp_path: Path) -> None:
    target = tmp_path / "missing folder" / "list.xlsx"
    with pytest.raises(TableExportNotWritten) as caught:
        write_table(target, ["N"], [["1"]], total=1)
    assert caught.value.params["path"] == str(target)


def test_too_many_rows_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(TableExportNotWritten) as caught:
        write_table(tmp_path / "list.xlsx", ["N"], [], total=1_048_576)
    assert caught.value.params["detail"] == "too_many_rows"
    assert not (tmp_path / "list.xlsx").exists()


def test_progress_counts_up_to_the_total(tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    write_table(tmp_path / "list.xlsx", ["N"], ([str(n)] for n in range(1_200)), total=1_200,
                progress=Progress(lambda done, total: reports.append((done, total))))
    assert reports[0] == (0, 1_200) and reports[-1] == (1_200, 1_200)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_sheet_names_are_valid() -> None:
    assert sheet_name("Import / Export") == "Import   Export"
    assert len(sheet_name("x" * 50)) == 31
    assert sheet_name("???") == "List"
