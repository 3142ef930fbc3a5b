"""docs/exchange-format.md is the contract headquarters reads: it must name every sheet,
column and code the program writes, and the columns the pseudonymised variant leaves out."""

from __future__ import annotations

import re
from pathlib import Path

from duodesk.core.exchange.columns import MENTEE_AGE_BANDS, MENTOR_AGE_BANDS, SHEETS

DOC = Path(__file__).resolve().parents[3] / "docs" / "exchange-format.md"


def _section(text: str, sheet: str) -> str:
    start = text.index(f"### {sheet}\n")
    end = text.find("\n### ", start + 1)
    return text[start:end if end > 0 else None]


def test_every_sheet_and_column_is_documented_in_order() -> None:
    text = DOC.read_text(encoding="utf-8")
    for sheet in SHEETS:
        section = _section(text, sheet.name)
        documented = re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)
        assert documented == list(sheet.names), sheet.name
        example = [line for line in section.splitlines() if line.startswith("| ")]
        assert any(line.split("|")[1].strip() == sheet.names[0] for line in example), (
            f"{sheet.name} has no example row")


def test_every_code_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    codes = {code for sheet in SHEETS for column in sheet.columns for code in column.codes}
    missing = sorted(code for code in codes | set(MENTEE_AGE_BANDS) | set(MENTOR_AGE_BANDS)
                     if f"`{code}`" not in text)
    assert missing == []


def test_the_pseudonymised_columns_left_out_are_the_ones_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    paragraph = text[text.index("**no names, contacts"):text.index("**`age_band`**")]
    documented = set(re.findall(r"`([a-z_]+)`", paragraph))
    personal = {column.name for sheet in SHEETS for column in sheet.columns if column.personal}
    assert documented == personal | {"birth_date"}
