"""The reader's row problems and file errors in the coordinator's language."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from duodesk import import_texts, messages
from duodesk.core.errors import ImportFileUnreadable, NoHeaderRow, SheetNotFound
from duodesk.core.imports import fields, values
from duodesk.core.imports.source import ImportField, RowIssue, SourceRow
from duodesk.i18n import install_translators

VALUES_SOURCE = "".join(Path(module.__file__).read_text(encoding="utf-8")
                        for module in (values, fields))


def _codes_raised_by_the_reader() -> set[str]:
    said = set(re.findall(r'\.(?:warn|reject)\(\s*"([a-z_]+)"', VALUES_SOURCE))
    return said | set(re.findall(r'"([a-z_]+_unknown)"', VALUES_SOURCE))  # via _coded()


def test_every_code_the_reader_raises_has_its_own_sentence(qapp: QApplication) -> None:
    codes = _codes_raised_by_the_reader()
    assert {"date_unreadable", "national_number_dropped", "value_too_long"} <= codes
    for code in codes:
        sentence = import_texts.describe_issue(
            RowIssue(code, ImportField.PHONE, {"value": "abc", "limit": "100"}))
        assert "not accepted" not in sentence, code  # not the fallback
        assert "{" not in sentence, code


def test_a_normalised_row_described_in_french_and_dutch(
        qapp: QApplication, compiled_translations: Path) -> None:
    row = values.normalise_row(SourceRow(4, ("Tahiri", "Ines", "30/02/1999")),
                               {0: ImportField.LAST_NAME, 1: ImportField.FIRST_NAME,
                                2: ImportField.BIRTH_DATE}, today=dt.date(2026, 11, 29))
    assert import_texts.describe_issue(row.errors[0]) == (
        "Birth date: “30/02/1999” is not a date (write it day first, like 03/04/1999).")
    install_translators(qapp, "fr")
    assert import_texts.describe_issue(row.errors[0]) == (
        "Date de naissance : « 30/02/1999 » n'est pas une date (jour d'abord, comme "
        "03/04/1999).")
    install_translators(qapp, "nl")
    assert import_texts.describe_issue(row.errors[0]) == (
        "Geboortedatum: ‘30/02/1999’ is geen datum (dag eerst, zoals 03/04/1999).")


@pytest.mark.parametrize(("error", "english", "french"), [
    (ImportFileUnreadable(file_name="liste.xlsx", reason="encrypted"),
     "liste.xlsx is protected by a password.", "liste.xlsx est protégé par un mot de passe."),
    (ImportFileUnreadable(file_name="liste.xlsx", reason="not_a_spreadsheet"),
     "liste.xlsx is not a spreadsheet", "liste.xlsx n'est pas un tableur"),
    (ImportFileUnreadable(file_name="liste.xlsx", reason="too_large"),
     "liste.xlsx is far too large", "liste.xlsx est bien trop volumineux"),
    (NoHeaderRow(file_name="liste.xlsx", sheet="Feuil1"),
     "No header row found in the sheet “Feuil1” of liste.xlsx",
     "Aucune ligne d'en-tête trouvée dans la feuille « Feuil1 » de liste.xlsx"),
    (SheetNotFound(file_name="liste.xlsx", sheet="Mars"),
     "liste.xlsx has no visible sheet named “Mars”.",
     "liste.xlsx n'a pas de feuille visible nommée « Mars »."),
])
def test_file_errors_through_the_common_messages(
        qapp: QApplication, compiled_translations: Path, error, english: str,
        french: str) -> None:
    assert messages.describe(error).startswith(english)
    install_translators(qapp, "fr")
    assert messages.describe(error).startswith(french)
