"""The sentences of the row problems the import service adds (duplicates, the person form's
refusals, a merge's journal note), as the wizard, the command line and the rejected-rows
workbook show them."""

from __future__ import annotations

import pytest

from duodesk.core.imports.source import ImportField, RowIssue
from duodesk.import_service_texts import describe_issue


@pytest.mark.parametrize(("issue", "sentence"), [
    (RowIssue("duplicate_known", None, {"name": "Amina Benali", "reasons": "email,phone"}),
     "Already known as Amina Benali (same email, same phone)."),
    (RowIssue("duplicate_row", None, {"row": "7", "reasons": "name_and_birth_date"}),
     "Repeats row 7 of the file (same birth date and a close name)."),
    (RowIssue("invalid_value", ImportField.BIRTH_DATE,
              {"reason": "age_mentee", "min_age": "18", "max_age": "33"}),
     "Birth date: mentees are 18 to 33 years old at registration; enter this person by "
     "hand if an exception applies."),
    (RowIssue("invalid_value", ImportField.PROFESSIONAL_PROJECT,
              {"reason": "too_long", "limit": "5000"}),
     "Professional project: at most 5000 characters."),
    (RowIssue("merge_note", None, {"file_name": "liste.xlsx", "partner": "Actiris"}),
     "Completed from the file liste.xlsx of Actiris."),
    (RowIssue("merge_note", None, {"file_name": "liste.xlsx", "partner": ""}),
     "Completed from the file liste.xlsx."),
    (RowIssue("value_differs", ImportField.PHONE, {"value": "+32486000001",
                                                    "known": "+32470000001"}),
     "Phone in the file: +32486000001 (kept: +32470000001)"),
    (RowIssue("reasons_column"), "Reasons"),
])
def test_service_issues_read_as_sentences(issue: RowIssue, sentence: str) -> None:
    assert describe_issue(issue) == sentence


def test_the_readers_issues_go_to_the_readers_sentences() -> None:
    text = describe_issue(RowIssue("last_name_missing", ImportField.LAST_NAME))
    assert text == "The last name is missing."
