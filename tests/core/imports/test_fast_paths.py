"""The import's shortcuts give what the long way gives: a commit leaves its plan as it was
(only the rows a merge changes are copied), and each fast path of the cleaning agrees with
the library call it saves, over many generated values."""

from __future__ import annotations

import copy
import io
import random
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from duodesk.core.database import Database
from duodesk.core.imports import values
from duodesk.core.imports.plan import DuplicateChoice
from duodesk.core.imports.rejected import cell_text, write_rejected
from tests.core.imports.service_helpers import describe, import_service, make_table, person_row


def test_a_commit_merging_a_repeat_leaves_the_plan_as_it_was(db: Database) -> None:
    """A row merged into the file an earlier row creates changes that file, never the
    plan: a cancelled commit retried, or the wizard's preview, still sees the plan."""
    rows = [person_row(1, GSM="", Langues=""),
            person_row(2, Courriel="import1@example.org", Prénom="Aminata")]
    service = import_service(db)
    table = make_table(rows)
    plan = service.plan(table, service.suggest_mapping(table, None), partner_id=None)
    before = copy.deepcopy([row.clean for row in plan.rows])

    result = service.commit(plan, {3: DuplicateChoice.MERGE}, describe=describe)

    assert (result.imported, result.merged) == (1, 1)
    assert [row.clean for row in plan.rows] == before
    assert plan.rows[0].clean.columns["phone"] is None
    assert plan.rows[0].clean.languages == {}


# --- the rejected-rows workbook --------------------------------------------------------------

_TRICKY_CELLS = (
    "a & <b> > c", "", " lead", "trail ", "   ", "x\ny", "q\"'", "\r\t tab ", "=SUM(A1:A2)",
    "+32 486", "-1", "@user", "Şükrü Yılmaz", "ñ 中文 🙂", "]]>", "&amp;", "a\x07b\x1fc",
    "x" * 40_000, None, 0, 1.0, 2.5, True, date(2001, 2, 28), datetime(2001, 2, 28, 13, 5),
)


def _openpyxl_sheet(headers, rows, reasons, title) -> bytes:
    """The sheet as openpyxl's write-only mode writes it, every cell a string cell: what
    the rejected-rows workbook was made with before its rows were written directly."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Rejected")

    def cells(values):
        out = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=cell_text(value))
            cell.data_type = "s"
            out.append(cell)
        return out

    width = len(headers)
    sheet.append(cells([*headers, title]))
    for cells_read, reason in zip(rows, reasons, strict=True):
        padded = list(cells_read[:width]) + [None] * (width - len(cells_read))
        sheet.append(cells([*padded, reason]))
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        return package.read("xl/worksheets/sheet1.xml")


def test_the_rejected_workbook_is_written_as_openpyxl_writes_it(tmp_path: Path) -> None:
    rng = random.Random(7)
    headers = [f"Colonne {n}" for n in range(30)] + [" Nom ", "Remarques\x07"]
    rows = [[rng.choice(_TRICKY_CELLS) for _ in range(rng.randint(0, 35))]
            for _ in range(300)]
    reasons = [rng.choice(("Nom manquant", " date < 1900 & plus ", "")) for _ in rows]

    path = write_rejected(tmp_path / "rejets.xlsx", headers, rows, reasons, "Raisons")

    with zipfile.ZipFile(path) as package:
        names = sorted(package.namelist())
        ours = package.read("xl/worksheets/sheet1.xml")
    assert ours == _openpyxl_sheet(headers, rows, reasons, "Raisons")
    assert names == sorted(["[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
                            "docProps/core.xml", "xl/_rels/workbook.xml.rels",
                            "xl/styles.xml", "xl/theme/theme1.xml", "xl/workbook.xml",
                            "xl/worksheets/sheet1.xml"])
    sheet = load_workbook(path).active
    read = [[c.value for c in row] for row in sheet.iter_rows()]
    assert read[0][-1] == "Raisons" and len(read) == 301
    assert all(c.data_type == "s" for row in sheet.iter_rows() for c in row
               if c.value is not None)


# --- the national register number's pattern ---------------------------------------------------

# The pattern as first written, opening with its look-behind: the reference.
_LOOK_BEHIND_FIRST = re.compile(
    r"(?<![\d+])\d{2}[ ./-]?(?:[024]\d|1[0-2]|[35][0-2])[ ./-]?(?:[0-2]\d|3[01])"
    r" ?[-./ ]? ?\d{3} ?[-./ ]? ?\d{2}(?!\d)")


def _number_like(rng: random.Random) -> str:
    """Text around national-number shapes: digits (Arabic-Indic ones too), the separators
    the pattern allows, "+", letters, spaces; real numbers with separators now and then."""
    pieces = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        if kind < 0.4:
            sep = rng.choice(("", " ", ".", "-", "/", " - ", ". "))
            pieces.append(sep.join([f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 19):02d}",
                                    f"{rng.randint(0, 39):02d}", f"{rng.randint(0, 999):03d}",
                                    f"{rng.randint(0, 99):02d}"]))
        else:
            pieces.append("".join(rng.choice("0123456789 ./-+aZ\u0663\u0665")
                                  for _ in range(rng.randint(0, 16))))
    return rng.choice(("", " ", "+", "x", "1")).join(pieces)


def test_the_national_number_pattern_finds_what_the_look_behind_first_form_finds() -> None:
    rng = random.Random(11)
    texts = [_number_like(rng) for _ in range(30_000)]
    texts += ["85.07.25-123.45", "85072512345", "+85072512345", "185072512345", "8507251234",
              "tel 85 07 25 123 45 !", "", "1", "12"]
    found = 0
    for text in texts:
        expected = _LOOK_BEHIND_FIRST.search(text)
        actual = values._NATIONAL_NUMBER.search(text)
        assert (actual and actual.span()) == (expected and expected.span()), text
        assert values._NATIONAL_NUMBER.sub(" ", text) == _LOOK_BEHIND_FIRST.sub(" ", text)
        assert bool(values._NATIONAL_NUMBER.fullmatch(text)) == bool(
            _LOOK_BEHIND_FIRST.fullmatch(text))
        found += expected is not None
    assert 3_000 < found < 27_000  # both kinds of text well represented


# --- emails ------------------------------------------------------------------------------------


def _email_like(rng: random.Random) -> str:
    """Address shapes around the edges of the quick check: long local parts and labels,
    dots and dashes in every place, "--" labels and punycode, special-use and numeric
    top-level domains, capitals, accents, spaces, characters email-validator refuses."""
    def word(alphabet: str, low: int, high: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))

    odd = rng.random() < 0.3  # else only the characters the quick check knows
    local_chars = "abcz09._%+-" + (rng.choice(("ABC", "!#$&'*/=?^`{|}~", "é", " ", "\""))
                                   if odd else "")
    local = ".".join(word(local_chars if odd else "abcz09_%+-", 0 if odd else 1,
                          rng.choice((3, 12, 70)))
                     for _ in range(rng.randint(1, 3)))
    labels = [rng.choice((word("ab0", 1, 8), word("ab0-", 1, 8), word("a", 60, 66),
                          "xn--bcher-kva", "ab--cd", "a-b", "a-", "-a", "", "exa_mple", "éc",
                          "EXAMPLE") if odd else (word("ab0", 1, 8), word("a", 60, 66),
                                                  "a-b", "ab--cd", "example"))
              for _ in range(rng.randint(1, 3))]
    top = rng.choice(("be", "org", "com", "local", "test", "invalid", "onion", "arpa",
                      "localhost", "example", "b", "b3", "12", "x" * 25, "BE", "brussels"))
    domain = ".".join([*labels, top]) if rng.random() < 0.95 else word("ab.", 1, 10)
    return rng.choice(("", "", " ", "mailto:")) + local + rng.choice(("@", "@", "@@", "")) + \
        domain + rng.choice(("", "", " ", "."))


def _slow_email(text: str) -> str | None:
    from duodesk.core import validation
    from duodesk.core.errors import InvalidValue

    try:
        return validation.normalise_email(text)
    except InvalidValue:
        return None


def test_the_quick_email_check_accepts_only_what_email_validator_accepts() -> None:
    from duodesk.core.imports import fields

    rng = random.Random(5)
    texts = [_email_like(rng) for _ in range(20_000)]
    texts += ["jean@school.local", "x@foo.test", "x@" + "a" * 64 + ".be", "a--b@ab--cd.be",
              "x@xn--bcher-kva.example", "Amina.Benali@Example.ORG", " x@y.be ", "x@y.b3"]
    quick = 0
    for text in texts:
        lowered = text.strip().lower().removeprefix("mailto:")
        simple = fields._SIMPLE_EMAIL.match(lowered)
        if simple and simple.group(1) not in fields._SPECIAL_USE_DOMAINS:
            quick += 1
            assert _slow_email(lowered) == lowered, text
        if not text.strip().lower().startswith("mailto:"):
            # The cleaner as a whole answers as email-validator does (a "mailto:" prefix
            # aside, which only the cleaner takes off).
            assert fields._email.__wrapped__(text) == _slow_email(text), text
    assert quick > 800 and len(texts) - quick > 5_000  # both paths well exercised


# --- ids ----------------------------------------------------------------------------------------


def test_ids_drawn_in_one_go_are_those_drawn_one_by_one() -> None:
    from duodesk.core.imports.writer import ClimbingIds

    one_by_one, in_one_go = ClimbingIds(), ClimbingIds()
    in_one_go._random.setstate(one_by_one._random.getstate())
    in_one_go._top = one_by_one._top

    expected = [one_by_one() for _ in range(2_000)]
    texts = in_one_go.texts(1_500) + in_one_go.texts(0) + in_one_go.texts(500)

    assert texts == [uuid.hex for uuid in expected]
    assert all(uuid.version == 4 for uuid in expected)
    assert texts == sorted(texts)  # they climb
    assert in_one_go() == one_by_one()  # and both go on from the same place


# --- phones -------------------------------------------------------------------------------------


def _phone_like(rng: random.Random) -> str:
    """Belgian numbers as lists type them (mobiles in every usual spacing and prefix, fixed
    lines, foreign and short numbers), and digit strings around them."""
    if rng.random() < 0.5:  # a mobile, or something shaped like one
        body = rng.choice(("4", "4", "45", "47", "48", "49", "44", "2", "9")) + "".join(
            rng.choice("0123456789") for _ in range(rng.choice((7, 8, 8, 8, 9))))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 12)))
    typed = rng.choice(("0", "0", "+32", "0032", "32", "+32 (0)", "00 32 ", "+33", "")) + body
    out = []
    for char in typed:
        out.append(char)
        if rng.random() < 0.2:
            out.append(rng.choice((" ", ".", "/", "-", "  ", "(", ")")))
    return "".join(out).strip()


def test_the_quick_mobile_path_gives_what_the_phone_library_gives() -> None:
    from duodesk.core.imports import fields
    from duodesk.core.validation import normalise_phone_lenient

    rng = random.Random(3)
    texts = [_phone_like(rng) for _ in range(30_000)]
    quick = 0
    for text in texts:
        checked = normalise_phone_lenient(text)
        assert fields._phone.__wrapped__(text) == (checked.value or "",
                                                   checked.warning is None), text
        compact = fields._PHONE_SPACING.sub("", text)
        quick += fields._BELGIAN_MOBILE.match(
            "+" + compact if compact.startswith("324") else compact) is not None
    assert quick > 1_000 and len(texts) - quick > 10_000  # both paths well exercised
