"""Sentences for what the partner-file reader reports, in the user's language: the problems
of a row (:class:`RowIssue` codes of ``duodesk.core.imports.values``), the names of the
fields a column can be mapped to, and the errors of a file that cannot be read.

QtCore only, so that the wizard, the command line and the rejected-rows workbook say the
same thing. The codes the import service adds (duplicates, the form's refusals) are in
``duodesk.import_service_texts``, which hands every other code to :func:`describe_issue`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from duodesk.core.errors import DuoDeskError
from duodesk.core.imports.source import ImportField, RowIssue

_FIELDS = {
    ImportField.FULL_NAME: QT_TRANSLATE_NOOP("ImportFields", "Full name (last name first)"),
    ImportField.FIRST_NAME: QT_TRANSLATE_NOOP("ImportFields", "First name"),
    ImportField.LAST_NAME: QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    ImportField.GENDER: QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    ImportField.BIRTH_DATE: QT_TRANSLATE_NOOP("ImportFields", "Birth date"),
    ImportField.EMAIL: QT_TRANSLATE_NOOP("ImportFields", "Email"),
    ImportField.PHONE: QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    ImportField.POSTAL_CODE: QT_TRANSLATE_NOOP("ImportFields", "Postcode"),
    ImportField.MUNICIPALITY: QT_TRANSLATE_NOOP("ImportFields", "Municipality"),
    ImportField.LANGUAGES: QT_TRANSLATE_NOOP("ImportFields", "Languages"),
    ImportField.SECTORS: QT_TRANSLATE_NOOP("ImportFields", "Sectors"),
    ImportField.EDUCATION_LEVEL: QT_TRANSLATE_NOOP("ImportFields", "Education level"),
    ImportField.DIPLOMA_RECOGNISED: QT_TRANSLATE_NOOP("ImportFields", "Diploma recognised"),
    ImportField.REFERRAL_DATE: QT_TRANSLATE_NOOP("ImportFields", "Referral date"),
    ImportField.REFERRER_CONTACT: QT_TRANSLATE_NOOP("ImportFields", "Referrer"),
    ImportField.PROFESSIONAL_PROJECT: QT_TRANSLATE_NOOP("ImportFields", "Professional project"),
    ImportField.DRIVING_LICENCE: QT_TRANSLATE_NOOP("ImportFields", "Driving licence"),
    ImportField.JOBSEEKER_SERVICE: QT_TRANSLATE_NOOP("ImportFields", "Jobseeker registration"),
    ImportField.NOTES: QT_TRANSLATE_NOOP("ImportFields", "Notes"),
}

_ISSUES = {
    "date_unreadable": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is not a date (write it day first, like 03/04/1999)."),
    "date_implausible": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” cannot be right (before 1900 or in the future)."),
    "phone_unreadable": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is not a phone number we can read; kept as typed."),
    "phone_extra_dropped": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: only the first number was kept; also given: “{value}”."),
    "email_invalid": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is not a valid email address; left out."),
    "email_extra_dropped": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: only the first address was kept; also given: “{value}”."),
    "postal_code_unknown": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is not a Belgian postcode; left out."),
    "last_name_missing": QT_TRANSLATE_NOOP("ImportIssues", "The last name is missing."),
    "first_name_missing": QT_TRANSLATE_NOOP("ImportIssues", "The first name is missing."),
    "national_number_dropped": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: a national register number was left out; DuoDesk never "
        "stores one."),
    "language_unknown": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is not a language we know; left out."),
    "sector_unknown": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is not a sector we know; left out."),
    "education_unknown": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is not an education level we know; left out."),
    "gender_unknown": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is not a gender we know (F, M or X); left out."),
    "yes_no_unknown": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is neither yes nor no; left out."),
    "jobseeker_service_unknown": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: “{value}” is not Actiris, VDAB, Le Forem or ADG; left out."),
    "value_too_long": QT_TRANSLATE_NOOP(
        "ImportIssues", "{field}: the cell holds more than {limit} characters; left out."),
}


def field_label(field: ImportField | None) -> str:
    """The translated name of a field a column can be mapped to."""
    if field is None:
        return ""
    return QCoreApplication.translate("ImportFields", _FIELDS.get(field, field.value))


def describe_issue(issue: RowIssue) -> str:
    """One sentence for a row problem, with the field's name and the cell as typed."""
    text = _ISSUES.get(issue.code)
    if text is None:
        return QCoreApplication.translate(
            "ImportIssues", "{field}: this value is not accepted ({code}).").format(
            field=field_label(issue.field), code=issue.code)
    return QCoreApplication.translate("ImportIssues", text).format(
        field=field_label(issue.field), value=issue.params.get("value", ""),
        limit=issue.params.get("limit", ""))


IMPORT_ERROR_CODES = frozenset({"import_file_unreadable", "no_header_row", "sheet_not_found"})


def _unreadable(file_name: str, reason: str) -> str:
    if reason == "encrypted":
        text = QCoreApplication.translate(
            "ImportErrors", "{file} is protected by a password. Open it in your "
            "spreadsheet program, remove the password (or save an unprotected copy) and "
            "import that copy.")
    elif reason == "corrupt":
        text = QCoreApplication.translate(
            "ImportErrors", "{file} is damaged or incomplete and cannot be read. Ask "
            "the partner to send it again, or open and save it again in your "
            "spreadsheet program.")
    elif reason == "not_a_spreadsheet":
        text = QCoreApplication.translate(
            "ImportErrors", "{file} is not a spreadsheet, whatever its name says. "
            "DuoDesk imports Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV "
            "files.")
    elif reason == "too_large":
        text = QCoreApplication.translate(
            "ImportErrors", "{file} is far too large for a list of candidates (or "
            "built to fill the memory) and was not opened. Ask the partner for a "
            "plain copy.")
    elif reason == "empty":
        text = QCoreApplication.translate(
            "ImportErrors", "{file} is empty.")
    elif reason == "missing":
        text = QCoreApplication.translate(
            "ImportErrors", "{file} cannot be found. It may have been moved or "
            "renamed.")
    else:
        text = QCoreApplication.translate(
            "ImportErrors", "{file} cannot be read. Check that it is not open in "
            "another program and that you may read it.")
    return text.format(file=file_name)


def describe_import_error(error: DuoDeskError) -> str:
    """The sentence for an error of reading a partner file."""
    params = error.params
    file_name = str(params.get("file_name", ""))
    if error.code == "import_file_unreadable":
        return _unreadable(file_name, str(params.get("reason", "")))
    if error.code == "no_header_row" and params.get("sheet"):
        return QCoreApplication.translate(
            "ImportErrors", "No header row found in the sheet “{sheet}” of {file}: among its "
            "first 30 rows, none names at least three known columns, one of them the last "
            "name or the full name. Check the column titles, or choose another sheet.").format(
            sheet=params["sheet"], file=file_name)
    if error.code == "no_header_row":
        return QCoreApplication.translate(
            "ImportErrors", "No header row found in {file}: among the first 30 rows, none "
            "names at least three known columns, one of them the last name or the full "
            "name. Check the column titles.").format(file=file_name)
    return QCoreApplication.translate(
        "ImportErrors", "{file} has no visible sheet named “{sheet}”.").format(
        file=file_name, sheet=params.get("sheet", ""))
