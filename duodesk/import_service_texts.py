"""Sentences for the row problems the import *service* adds to the reader's (duplicates,
the person form's refusals, the lines of a merge's journal note, the title of the reasons
column), in the user's language; every other code, and the fields' names, come from the
reader's :mod:`duodesk.import_texts`. GUI and command line alike pass :func:`describe_issue` to
``ImportService.commit``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from duodesk.core.errors import InvalidValue
from duodesk.core.imports.source import RowIssue
from duodesk.import_texts import describe_issue as describe_reader_issue
from duodesk.import_texts import field_label

SERVICE_CODES = frozenset({"invalid_value", "duplicate_known", "duplicate_row", "merge_note",
                           "value_differs", "reasons_column"})


def _reasons(text: str) -> str:
    words = {
        "email": QCoreApplication.translate("ImportRows", "same email"),
        "phone": QCoreApplication.translate("ImportRows", "same phone"),
        "name_and_birth_date": QCoreApplication.translate(
            "ImportRows", "same birth date and a close name"),
    }
    return ", ".join(words.get(reason, reason) for reason in text.split(",") if reason)


def _invalid(issue: RowIssue) -> str:
    params = dict(issue.params)
    reason = params.get("reason")
    field = field_label(issue.field)
    if reason == "age_mentee":
        return QCoreApplication.translate(
            "ImportRows", "{field}: mentees are {min_age} to {max_age} years old at registration; "
            "enter this person by hand if an exception applies.").format(
            field=field, min_age=params.get("min_age", ""), max_age=params.get("max_age", ""))
    from duodesk.messages import describe

    sentence = describe(InvalidValue(**{**params, "field": issue.field.value
                                        if issue.field else ""}))
    # messages names only the form's fields; the import names every one the same way.
    raw = issue.field.value if issue.field else ""
    return sentence.replace(f"{raw}:", f"{field}:", 1) if raw and sentence.startswith(
        f"{raw}:") else sentence


def _service_sentence(issue: RowIssue) -> str:
    params = issue.params
    if issue.code == "invalid_value":
        return _invalid(issue)
    if issue.code == "duplicate_known":
        return QCoreApplication.translate(
            "ImportRows", "Already known as {name} ({reasons}).").format(
            name=params.get("name", ""), reasons=_reasons(params.get("reasons", "")))
    if issue.code == "duplicate_row":
        return QCoreApplication.translate(
            "ImportRows", "Repeats row {row} of the file ({reasons}).").format(
            row=params.get("row", ""), reasons=_reasons(params.get("reasons", "")))
    if issue.code == "merge_note":
        if params.get("partner"):
            return QCoreApplication.translate(
                "ImportRows", "Completed from the file {file_name} of {partner}.").format(
                file_name=params.get("file_name", ""), partner=params.get("partner", ""))
        return QCoreApplication.translate(
            "ImportRows", "Completed from the file {file_name}.").format(
            file_name=params.get("file_name", ""))
    if issue.code == "value_differs":
        return QCoreApplication.translate(
            "ImportRows", "{field} in the file: {value} (kept: {known})").format(
            field=field_label(issue.field), value=params.get("value", ""),
            known=params.get("known", ""))
    return QCoreApplication.translate("ImportRows", "Reasons")  # reasons_column


def describe_issue(issue: RowIssue) -> str:
    """One sentence for a row problem, in the user's language."""
    if issue.code in SERVICE_CODES:
        return _service_sentence(issue)
    return describe_reader_issue(issue)


class ImportCounts(QObject):
    """The command line's summary of an import, each count in Qt's plural forms ("1 ligne
    lue ; 1 importée, 0 fusionnée…" in French, where each part agrees with its own number):
    lupdate finds a count's forms in ``self.tr`` inside a class only."""

    def summary(self, file_name: str, rows: int, imported: int, merged: int, skipped: int,
                rejected: int) -> str:
        return self.tr("{file}: %Ln rows read; {imported}, {merged}, {skipped}, {rejected}.",
                       "", rows).format(
            file=file_name, imported=self.tr("%Ln imported", "", imported),
            merged=self.tr("%Ln merged", "", merged), skipped=self.tr("%Ln skipped", "", skipped),
            rejected=self.tr("%Ln rejected", "", rejected))
