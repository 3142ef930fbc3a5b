"""Sentences of the exchange workbook (SPEC §6) for the window and the command line: the
errors of :mod:`duodesk.core.exchange` and the problems an import lists, translated through
QtCore (no display needed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from duodesk.core.errors import DuoDeskError
from duodesk.core.exchange import ExchangeProblem

translate = QCoreApplication.translate


def _unreadable(reason: object) -> str:
    if reason == "missing":
        return translate("Exchange", "There is no file {file_name}. Nothing was imported.")
    if reason == "unreadable":
        return translate(
            "Exchange",
            "The file {file_name} cannot be opened (the system refused to read it). Nothing "
            "was imported.")
    if reason == "not_an_exchange_workbook":
        return translate(
            "Exchange",
            "The workbook {file_name} is not an exchange workbook: it has none of the sheets "
            "Mentees, Mentors, Duos, Meetings, Attendance and Evaluations. Nothing was "
            "imported.")
    if reason == "too_large":
        return translate(
            "Exchange",
            "The file {file_name} would unpack to far more data than any exchange workbook "
            "holds (it may be damaged or built to harm). Nothing was imported.")
    if reason == "encrypted":
        return translate(
            "Exchange",
            "The workbook {file_name} is protected by a password. Open it in Excel, remove "
            "the password (or save an unprotected copy) and import that copy. Nothing was "
            "imported.")
    if reason == "sheet_too_large":
        return translate(
            "Exchange",
            "A sheet of {file_name} reaches far beyond its table (a cell typed far to the "
            "right or far below?), too far to be read. Delete the rows and columns beyond "
            "the table, save and import again. Nothing was imported.")
    if reason == "pseudonymised":
        return translate(
            "Exchange",
            "The workbook {file_name} is a pseudonymised export for statistics: its ids "
            "cannot be matched to anyone, so it cannot be imported. Nothing was imported.")
    return translate(
        "Exchange",
        "The file {file_name} is not an Excel workbook (.xlsx), or it is damaged. Nothing "
        "was imported.")


def describe_exchange_error(error: DuoDeskError) -> str:
    """The sentence of an ``exchange_*`` error."""
    params = error.params
    code = error.code
    if code == "exchange_file_unreadable":
        return _unreadable(params.get("reason")).format(file_name=params.get("file_name", ""))
    if code == "exchange_format_too_new":
        return translate(
            "Exchange",
            "The workbook {file_name} was written in version {version} of the exchange "
            "format; this DuoDesk knows up to version {supported}. Update DuoDesk, then "
            "import it again. Nothing was imported.",
        ).format(file_name=params.get("file_name", ""), version=params.get("version", ""),
                 supported=params.get("supported", ""))
    if code == "exchange_text_too_long":
        return translate(
            "Exchange",
            "A text is longer than an Excel cell holds (32,767 characters): the {column} of a "
            "record of the {sheet} sheet ({length} characters, id {record_id}); {count} "
            "text(s) in all. Rather than cut it, the workbook was not written: shorten the "
            "text and export again.",
        ).format(column=params.get("column", ""), sheet=params.get("sheet", ""),
                 length=params.get("length", ""), record_id=params.get("record_id", ""),
                 count=params.get("count", ""))
    if code == "exchange_file_not_written" and params.get("detail") == "no_folder":
        return translate(
            "Exchange",
            "The folder of {path} does not exist. Choose another place; nothing was written.",
        ).format(path=params.get("path", ""))
    return translate(
        "Exchange",
        "The workbook could not be written to {path} ({detail}). Choose another folder or "
        "close the file if it is open in Excel, then try again; nothing was recorded as "
        "exchanged.",
    ).format(path=params.get("path", ""), detail=params.get("detail", ""))


def _number(text: str) -> str:
    """A count written as the user's language writes numbers (100 000, 100.000)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(text)) if text.isdigit() else text


def _what(problem: ExchangeProblem) -> str:
    params = problem.params
    code = problem.code
    value = params.get("value", "")
    if code == "unknown_code":
        return translate(
            "Exchange", "unknown code “{value}” (allowed: {allowed}); the row was not imported",
        ).format(value=value, allowed=params.get("allowed", ""))
    if code == "broken_reference":
        return translate(
            "Exchange",
            "{value} is found neither on the {target} sheet nor in the database; the row was "
            "not imported",
        ).format(value=value, target=params.get("target", ""))
    if code == "not_a_group_session":
        return translate(
            "Exchange",
            "meeting {value} belongs to a duo: its attendance goes in the Meetings sheet's "
            "attended column; the row was not imported",
        ).format(value=value)
    texts = {
        "bad_date": translate("Exchange", "“{value}” is not a date; the row was not imported"),
        "implausible_birth_date": translate(
            "Exchange", "“{value}” cannot be a birth date (in the future or more than 110 years "
                        "ago); the row was not imported"),
        "bad_datetime": translate(
            "Exchange", "“{value}” is not a date and time; the row was not imported"),
        "bad_updated_at": translate(
            "Exchange",
            "“{value}” is not a moment written as 2026-10-01T12:00:00Z; the row was not "
            "imported"),
        "bad_number": translate(
            "Exchange", "“{value}” is not a number of minutes; the row was not imported"),
        "bad_boolean": translate(
            "Exchange", "“{value}” is neither yes nor no; the row was not imported"),
        "bad_id": translate("Exchange", "“{value}” is not an id; the row was not imported"),
        "missing_id": translate("Exchange", "the id is missing; the row was not imported"),
        "missing_value": translate(
            "Exchange", "this column must be filled in; the row was not imported"),
        "duplicate_id": translate(
            "Exchange", "the same id is on an earlier row; this row was not imported"),
        "duplicate_row": translate(
            "Exchange", "this person is already on an earlier row for the same meeting; this "
                        "row was not imported"),
        "text_too_long": translate(
            "Exchange", "the text is {length} characters long, more than an Excel cell holds "
                        "(32,767); the row was not imported"),
        "missing_column": translate(
            "Exchange", "the column is missing, so the sheet was not imported"),
    }
    if code in texts:
        return texts[code].format(value=value, length=_number(params.get("length", "")))
    return translate(
        "Exchange", "this value cannot be read ({code}); the row was not imported",
    ).format(code=code)


def problem_detail(problem: ExchangeProblem) -> str:
    """What is wrong with a problem's cell or row, without where (the window names the sheet
    and column in the user's words)."""
    return _what(problem)


def problem_text(problem: ExchangeProblem) -> str:
    """One problem of an import, e.g. "Mentees, row 12, status: unknown code “sleeping”
    (allowed: registered, …); the row was not imported"."""
    if problem.column:
        where = translate("Exchange", "{sheet}, row {row}, {column}").format(
            sheet=problem.sheet, row=problem.row, column=problem.column)
    else:
        where = translate("Exchange", "{sheet}, row {row}").format(
            sheet=problem.sheet, row=problem.row)
    return f"{where}: {_what(problem)}"
