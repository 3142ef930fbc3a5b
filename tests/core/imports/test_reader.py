"""Reading partner files: the sample files of the partners, and one generated file per trap
of SPEC §5 and §10 (issue 4 item 1)."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font

from duodesk.core.errors import Cancelled, ImportFileUnreadable, NoHeaderRow, SheetNotFound
from duodesk.core.imports import filetype
from duodesk.core.imports.columns import guess_mapping
from duodesk.core.imports.reader import list_sheets, read_source
from duodesk.core.imports.source import ImportField as F
from duodesk.core.progress import Progress
from tests import imports_files as files
from tests.conftest import SHARED_DATA

SAMPLES = SHARED_DATA


def _sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"the partners' sample file {name} is not beside the project")
    return path


# --- the partners' sample files -------------------------------------------------------------


def test_association_file_is_read_and_mapped_but_national_numbers_are_not() -> None:
    table = read_source(_sample("association_referrals_en.xlsx"))
    assert (table.file_type, table.sheets, table.sheet, table.header_row) == (
        "xlsx", ("Sheet1",), "Sheet1", 1)
    assert len(table.rows) == 2 and [r.number for r in table.rows] == [2, 3]
    assert guess_mapping(table.headers) == {
        0: F.FIRST_NAME, 1: F.LAST_NAME, 2: F.BIRTH_DATE, 3: F.PHONE, 4: F.EMAIL,
        5: F.POSTAL_CODE, 6: F.MUNICIPALITY, 7: F.LANGUAGES}
    assert table.headers[8] == "National number"  # listed as not mapped, never stored


def test_forem_file_title_rows_blank_row_and_date_kinds() -> None:
    path = _sample("forem_liste_orientations.xlsx")
    table = read_source(path)
    assert (table.sheet, table.header_row) == ("Liste", 3)
    assert [r.number for r in table.rows] == [4, 5, 7, 8, 9]  # row 6 is blank
    assert guess_mapping(table.headers) == {
        0: F.LAST_NAME, 1: F.FIRST_NAME, 2: F.BIRTH_DATE, 3: F.GENDER, 4: F.PHONE,
        5: F.EMAIL, 6: F.POSTAL_CODE, 7: F.MUNICIPALITY, 8: F.LANGUAGES,
        9: F.EDUCATION_LEVEL, 10: F.PROFESSIONAL_PROJECT, 11: F.REFERRER_CONTACT}
    births = [r.cells[2] for r in table.rows]
    assert isinstance(births[0], dt.date) and isinstance(births[2], float)
    assert table.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_ocmw_csv_utf8_with_bom_semicolons_and_quoted_list() -> None:
    table = read_source(_sample("ocmw_gent_aanmeldingen.csv"))
    assert (table.file_type, table.sheets, table.sheet, table.header_row) == (
        "csv", (), None, 1)
    assert table.headers[0] == "Familienaam"  # the byte-order mark is not part of it
    assert len(table.rows) == 3  # the last line holds only separators
    assert table.rows[2].cells[7] == "Dari; Engels; Nederlands"
    assert guess_mapping(table.headers) == {
        0: F.LAST_NAME, 1: F.FIRST_NAME, 2: F.BIRTH_DATE, 3: F.PHONE, 4: F.EMAIL,
        5: F.POSTAL_CODE, 6: F.MUNICIPALITY, 7: F.LANGUAGES}


# --- sheets, header row, data rows ------------------------------------------------------------


def test_hidden_sheets_passed_over_title_rows_merged_and_blank_rows(tmp_path: Path) -> None:
    path = files.write_xlsx(
        tmp_path / "liste.xlsx", [files.HEADER, files.PEOPLE[0], (), files.PEOPLE[1]],
        before=[("CPAS de Liège — candidats",), ("Export du 14/10/2026",), ()],
        hidden=["Archives"])
    book = openpyxl.load_workbook(path)
    book["Inscriptions"].merge_cells("A1:G1")
    book.save(path)
    table = read_source(path)
    assert table.sheets == ("Inscriptions",) and list_sheets(path) == ("Inscriptions",)
    assert (table.sheet, table.header_row) == ("Inscriptions", 4)
    assert [r.number for r in table.rows] == [5, 7]
    assert table.rows[0].cells[:2] == ("DUPONT", "Amina")


def test_first_visible_sheet_with_a_header_is_chosen_or_the_one_asked(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Lisez-moi"
    book.active.append(["Ce classeur contient les orientations de septembre."])
    second = book.create_sheet("Septembre")
    second.append(files.HEADER)
    second.append(files.PEOPLE[0])
    third = book.create_sheet("Octobre")
    third.append(files.HEADER)
    third.append(files.PEOPLE[1])
    third.append(files.PEOPLE[2])
    path = tmp_path / "mois.xlsx"
    book.save(path)
    assert read_source(path).sheet == "Septembre"
    chosen = read_source(path, sheet="Octobre")
    assert (chosen.sheet, len(chosen.rows)) == ("Octobre", 2)
    with pytest.raises(SheetNotFound):
        read_source(path, sheet="Novembre")
    with pytest.raises(NoHeaderRow):
        read_source(path, sheet="Lisez-moi")


def test_a_hidden_sheet_cannot_be_asked_for(tmp_path: Path) -> None:
    path = files.write_xlsx(tmp_path / "h.xlsx", [files.HEADER], hidden=["Cachée"])
    with pytest.raises(SheetNotFound):
        read_source(path, sheet="Cachée")


def test_header_below_row_30_is_not_a_header(tmp_path: Path) -> None:
    filler = [(f"ligne {i}",) for i in range(30)]
    path = files.write_xlsx(tmp_path / "bas.xlsx", [files.HEADER, files.PEOPLE[0]],
                            before=filler)
    with pytest.raises(NoHeaderRow) as caught:
        read_source(path)
    assert caught.value.params["file_name"] == "bas.xlsx"
    ok = files.write_xlsx(tmp_path / "ok.xlsx", [files.HEADER, files.PEOPLE[0]],
                          before=filler[:29])
    assert read_source(ok).header_row == 30


def test_columns_keep_their_place_when_the_table_starts_further_right(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for column, name in enumerate(files.HEADER, start=3):
        sheet.cell(row=2, column=column, value=name)
    sheet.cell(row=3, column=3, value="Peeters")
    sheet.cell(row=3, column=4, value="An")
    sheet.cell(row=3, column=6, value="0470 12 34 56")
    path = tmp_path / "droite.xlsx"
    book.save(path)
    table = read_source(path)
    mapping = guess_mapping(table.headers)
    last = next(i for i, f in mapping.items() if f == F.LAST_NAME)
    phone = next(i for i, f in mapping.items() if f == F.PHONE)
    assert table.rows[0].cells[last] == "Peeters"
    assert table.rows[0].cells[phone] == "0470 12 34 56"


def test_formulas_give_their_cached_values(tmp_path: Path) -> None:
    path = files.write_xlsx(tmp_path / "formules.xlsx", [
        ("Nom complet", "Nom", "Prénom", "GSM"),
        ('=B2&" "&C2', "Martin", "Léa", '="0470 "&"12 34 56"'),
    ])
    files.with_cached_formula_values(path, {"A2": "Martin Léa", "D2": "0470 12 34 56"})
    row = read_source(path).rows[0]
    assert row.cells[0] == "Martin Léa" and row.cells[3] == "0470 12 34 56"


def test_a_value_merged_down_over_rows_counts_for_each_row(tmp_path: Path) -> None:
    path = files.write_xlsx(tmp_path / "fusion.xlsx", [
        ("Nom", "Prénom", "GSM", "Référent"),
        ("Aydin", "Can", "0470 12 34 56", "Mme Lejeune"),
        ("Bakari", "Ali", "0470 12 34 57", None),
        ("Costa", "Ana", "0470 12 34 58", None),
    ])
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("D2:D4")
    book.save(path)
    assert [r.cells[3] for r in read_source(path).rows] == ["Mme Lejeune"] * 3


# --- file kinds told by their bytes ---------------------------------------------------------


def test_xls_workbook_with_a_hidden_sheet() -> None:
    table = read_source(files.FIXTURES / "referrals.xls")
    assert (table.file_type, table.sheets, table.header_row) == ("xls", ("Orientations",), 3)
    assert table.rows[0].cells[2] == dt.date(2001, 4, 3)
    assert len(table.rows) == 2


def test_password_protected_workbook_is_said_to_be_encrypted(tmp_path: Path) -> None:
    with pytest.raises(ImportFileUnreadable) as caught:
        read_source(files.FIXTURES / "encrypted.xlsx")
    assert caught.value.params["reason"] == "encrypted"


def test_ods_named_xlsx_is_read_as_ods(tmp_path: Path) -> None:
    rows = (files.ods_row("Liste CPAS") + files.ods_row("Nom", "Prénom", "Naissance", "GSM")
            + "<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{v}</text:p>'
                "</table:table-cell>" for v in ("Diallo", "Awa"))
            + files.ods_date_cell("2000-02-29", "29/02/2000") + "</table:table-row>"
            + files.ods_row("", repeated=1_000_000))
    table = read_source(files.ods(tmp_path / "mal_nommé.xlsx", rows))
    assert (table.file_type, table.sheets, table.header_row) == ("ods", ("Feuille1",), 2)
    assert table.rows[0].cells[:3] == ("Diallo", "Awa", dt.date(2000, 2, 29))


@pytest.mark.parametrize(("content", "reason"), [
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", "not_a_spreadsheet"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not_a_spreadsheet"),
    (b"", "empty"),
    (b"   \r\n", "empty"),
])
def test_files_that_are_not_spreadsheets(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileUnreadable) as caught:
        read_source(path)
    assert caught.value.params == {"file_name": "liste.xlsx", "reason": reason}


def test_a_word_document_zip_and_a_cut_workbook(tmp_path: Path) -> None:
    import zipfile

    docx = tmp_path / "lettre.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ImportFileUnreadable) as caught:
        read_source(docx)
    assert caught.value.params["reason"] == "not_a_spreadsheet"
    whole = files.write_xlsx(tmp_path / "entier.xlsx", [files.HEADER, files.PEOPLE[0]])
    cut = tmp_path / "coupé.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ImportFileUnreadable) as caught:
        read_source(cut)
    assert caught.value.params["reason"] == "corrupt"


def test_an_ole2_file_with_an_encryption_stream_is_encrypted_and_a_missing_file_said(
        tmp_path: Path) -> None:
    fake = tmp_path / "protégé.xls"
    fake.write_bytes(filetype.OLE2_MAGIC + bytes(504) + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(ImportFileUnreadable) as caught:
        read_source(fake)
    assert caught.value.params["reason"] == "encrypted"
    with pytest.raises(ImportFileUnreadable) as caught:
        read_source(tmp_path / "absent.xlsx")
    assert caught.value.params["reason"] == "missing"


# --- traps: zip bomb, a million rows, huge cells --------------------------------------------


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    with pytest.raises(ImportFileUnreadable) as caught:
        read_source(files.zip_bomb(tmp_path / "bombe.xlsx"))
    assert caught.value.params["reason"] == "too_large"


def test_zip_whose_members_add_up_past_the_limit_is_refused() -> None:
    import zipfile

    class Directory:
        def infolist(self) -> list[zipfile.ZipInfo]:
            members = []
            for index in range(3):
                info = zipfile.ZipInfo(f"xl/worksheets/sheet{index}.xml")
                info.file_size, info.compress_size = 80 * 1024 * 1024, 8 * 1024 * 1024
                members.append(info)
            return members

    with pytest.raises(ImportFileUnreadable) as caught:
        filetype.check_zip_sizes(Directory(), "gros.xlsx")  # type: ignore[arg-type]
    assert caught.value.params["reason"] == "too_large"
    small = Directory()
    small.infolist = lambda: Directory.infolist(small)[:2]  # type: ignore[method-assign]
    filetype.check_zip_sizes(small, "moyen.xlsx")  # type: ignore[arg-type]  # 160 MB: fine


@pytest.mark.parametrize("far_cell", ["format", "A1000000", "XFD1000000"])
def test_sheet_claiming_a_million_rows_is_read_in_seconds(tmp_path: Path,
                                                          far_cell: str) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(files.HEADER)
    for person in files.PEOPLE:
        sheet.append(person)
    if far_cell == "format":
        sheet["A1000000"].font = Font(bold=True)  # a formatted, empty row far below
    else:
        sheet[far_cell] = " "  # a blank typed far away: the used range reaches it
    path = tmp_path / "million.xlsx"
    book.save(path)
    started = time.perf_counter()
    table = read_source(path)
    assert time.perf_counter() - started < 5
    assert [r.number for r in table.rows] == [2, 3, 4]


def test_a_100000_character_cell_is_read_whole(tmp_path: Path) -> None:
    path = files.write_xlsx(tmp_path / "long.xlsx", [
        ("Nom", "Prénom", "GSM", "Remarques"), ("Nguyen", "Linh", "0470 12 34 56", "@LONG@")])
    files.replace_in_member(path, r"xl/worksheets/sheet\d+\.xml", "@LONG@", "x" * 100_000)
    assert len(read_source(path).rows[0].cells[3]) == 100_000


# --- CSV ------------------------------------------------------------------------------------


def test_csv_cp1252_semicolons_quoted_fields_with_separators_and_line_breaks(
        tmp_path: Path) -> None:
    path = files.write_csv(tmp_path / "export.csv", [
        ("Liste du CPAS d'Anderlecht",),
        ("Nom", "Prénom", "Né(e) le", "Téléphone", "Remarques"),
        ("Lefèvre", "Zoé", "03/04/1999", "0470 12 34 56", "Disponible; le matin\nsauf lundi"),
        ("", "", "", "", ""),
        ("Ümit", "Çelik", "05.06.2000", "", "À rappeler, après 17 h"),
    ], separator=";", encoding="cp1252")
    table = read_source(path)
    assert (table.file_type, table.header_row, table.headers[2]) == ("csv", 2, "Né(e) le")
    assert [r.number for r in table.rows] == [3, 6]
    assert table.rows[0].cells[4] == "Disponible; le matin\nsauf lundi"
    assert table.rows[1].cells[:2] == ("Ümit", "Çelik")


def test_csv_utf8_bom_with_commas(tmp_path: Path) -> None:
    path = files.write_csv(tmp_path / "export.csv", [
        ("Last name", "First name", "Phone", "Languages"),
        ("Haddad", "Rania", "+32 470 12 34 56", "Arabic, French"),
    ], separator=",", encoding="utf-8-sig")
    table = read_source(path)
    assert table.headers[0] == "Last name"
    assert table.rows[0].cells == ("Haddad", "Rania", "+32 470 12 34 56", "Arabic, French")


# --- progress and cancel --------------------------------------------------------------------


def test_reading_reports_progress_and_stops_when_cancelled(tmp_path: Path) -> None:
    rows = [files.HEADER] + [(f"Nom{i}", "Prénom", "", "", "", "", "") for i in range(5000)]
    path = files.write_xlsx(tmp_path / "grand.xlsx", rows)
    steps: list[tuple[int, int]] = []
    assert len(read_source(path, progress=Progress(lambda d, t: steps.append((d, t)))).rows) \
        == 5000
    assert len(steps) >= 3 and all(done <= total for done, total in steps)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        read_source(path, progress=progress)


def test_a_macro_workbook_is_xlsm_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    import zipfile

    path = files.write_xlsx(tmp_path / "macros.xlsx", [files.HEADER, files.PEOPLE[1]])
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macros")
    table = read_source(path)
    assert (table.file_type, len(table.rows)) == ("xlsm", 1)
    assert list_sheets(files.write_csv(tmp_path / "l.csv", [files.HEADER], separator=";",
                                       encoding="utf-8")) == ()


def test_an_ods_cell_repeated_over_billions_of_cells_is_too_large(tmp_path: Path) -> None:
    repeated = ('<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
                'table:number-columns-repeated="16000" office:value-type="string"><text:p>x'
                "</text:p></table:table-cell></table:table-row>")
    path = files.ods(tmp_path / "bombe.ods", files.ods_row(*files.HEADER) + repeated)
    with pytest.raises(ImportFileUnreadable) as caught:
        read_source(path)
    assert caught.value.params["reason"] == "too_large"


def test_a_filled_ods_cell_repeated_a_few_million_times_is_too_large(tmp_path: Path) -> None:
    repeated = ('<table:table-row table:number-rows-repeated="5000"><table:table-cell '
                'office:value-type="string" table:number-columns-repeated="2000"><text:p>x'
                "</text:p></table:table-cell></table:table-row>")
    path = files.ods(tmp_path / "gros.ods", files.ods_row(*files.HEADER) + repeated)
    with pytest.raises(ImportFileUnreadable) as caught:
        read_source(path)
    assert caught.value.params["reason"] == "too_large"


def test_csv_with_excel_separator_line(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    # Without the first line, ";" would win: the file has more of them than commas.
    path.write_bytes("sep=,\r\nNom,Prénom,GSM,Remarques\r\nDiallo,Awa,0470 12 34 56,"
                     "matin;midi;soir;week-end\r\n".encode("cp1252"))
    table = read_source(path)
    assert (table.header_row, table.headers) == (2, ("Nom", "Prénom", "GSM", "Remarques"))
    assert table.rows[0].cells == ("Diallo", "Awa", "0470 12 34 56", "matin;midi;soir;week-end")


def test_excel_unicode_text_utf16_with_tabs(tmp_path: Path) -> None:
    path = files.write_csv(tmp_path / "export.txt", [
        ("Naam", "Voornaam", "Telefoon", "Talen"),
        ("Yılmaz", "Elif", "0470 12 34 56", "Turks, Nederlands"),
    ], separator="\t", encoding="utf-16")
    table = read_source(path)
    assert (table.file_type, table.headers[0]) == ("csv", "Naam")
    assert table.rows[0].cells == ("Yılmaz", "Elif", "0470 12 34 56", "Turks, Nederlands")
