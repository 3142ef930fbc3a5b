"""Partner files made by the tests, one per trap of SPEC §5 and §10: title rows and merged
cells, hidden sheets, formulas with cached values, dates as serials and text, a zip bomb,
a sheet claiming a million rows, a 100,000-character cell, OpenDocument, CSV in cp1252
and UTF-8. The people in them are made up.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

FIXTURES = Path(__file__).parent / "fixtures" / "imports"

HEADER = ("Nom", "Prénom", "Date de naissance", "GSM", "E-mail", "Code postal", "Langues")
PEOPLE = (
    ("DUPONT", "Amina", "03/04/1999", "0470 12 34 56", "Amina.D@Example.org", "1000",
     "Arabe (langue maternelle), FR courant"),
    ("Janssens", "Jonas", "1998-11-02", "+32 470/12.34.57", "jonas@example.org", "9000",
     "Nederlands; Engels"),
    ("El Idrissi", "Sara", "3-4-01", "0032470123458", "sara@example.org", "4000",
     "Tamazight, Français"),
)


def write_xlsx(path: Path, rows: Iterable[Sequence[object]], *, title: str = "Inscriptions",
               before: Iterable[Sequence[object]] = (), hidden: Sequence[str] = ()) -> Path:
    """A workbook whose hidden sheets (``hidden``, each with a valid header) come first,
    then the sheet ``title`` with ``before`` rows above ``rows``."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name in hidden:
        sheet = book.create_sheet(name)
        sheet.append(HEADER)
        sheet.append(("HIDDEN", "Person", "01/01/2000", "", "", "", ""))
        sheet.sheet_state = "hidden"
    sheet = book.create_sheet(title)
    for row in before:
        sheet.append(list(row))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def replace_in_member(path: Path, member_pattern: str, old: str | re.Pattern, new: str) -> None:
    """Rewrite the archive with ``old`` replaced by ``new`` in the members matching
    ``member_pattern`` (openpyxl cannot write cached formula values or cells over 32,767
    characters, so those are put in afterwards)."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            if re.fullmatch(member_pattern, info.filename):
                text = data.decode("utf-8")
                replaced = old.sub(new, text) if isinstance(old, re.Pattern) else None
                text = replaced if replaced is not None else text.replace(str(old), new)
                data = text.encode("utf-8")
            target.writestr(info.filename, data)


def with_cached_formula_values(path: Path, cached: dict[str, str]) -> None:
    """Give the formula cells ``cached`` (cell reference → text) the value Excel would
    have saved with them."""
    for ref, value in cached.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?')
        replace_in_member(path, r"xl/worksheets/sheet\d+\.xml", pattern,
                          rf'<c r="{ref}" t="str"><f>\2</f><v>{escape(value)}</v>')


def ods(path: Path, rows_xml: str, *, sheet: str = "Feuille1") -> Path:
    """An OpenDocument spreadsheet written by hand: a zip of ``mimetype`` (first, stored)
    and ``content.xml``, which is all a reader needs."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{rows_xml}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def ods_row(*values: str, repeated: int = 1) -> str:
    cells = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p>'
        "</table:table-cell>" if v else "<table:table-cell/>" for v in values)
    attribute = f' table:number-rows-repeated="{repeated}"' if repeated > 1 else ""
    return f"<table:table-row{attribute}>{cells}</table:table-row>"


def ods_date_cell(iso: str, shown: str) -> str:
    return (f'<table:table-cell office:value-type="date" office:date-value="{iso}">'
            f"<text:p>{shown}</text:p></table:table-cell>")


def write_csv(path: Path, rows: Iterable[Sequence[str]], *, separator: str,
              encoding: str) -> Path:
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def zip_bomb(path: Path, *, inflated: int = 20 * 1024 * 1024) -> Path:
    """A file that looks like a workbook but whose sheet inflates a thousandfold."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * inflated)
    return path
